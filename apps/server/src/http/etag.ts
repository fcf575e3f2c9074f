/**
 * Optimistic concurrency: the version of an object as an `ETag` (a strong validator over its
 * contract representation without `_expand`), and the `If-Match` / `If-None-Match` checks.
 * The write routes compare `If-Match` under the row lock, so of two writes sent with the same
 * version exactly one goes through.
 * @module
 */
import { hash } from "node:crypto";
import { Problem } from "./problem.ts";

/**
 * The ETag of an object as the API presents it: a quoted SHA-256 (base64url) of its JSON, leaving
 * out `_expand` (which the client chooses, and which is not part of the object's own state).
 * @example
 * etagOf({ uuid: "…", naam: "Inwoner" }); // '"q1Jx…"'
 */
export function etagOf(object: Record<string, unknown>): string {
  return jsonWithEtag(object).etag;
}

/**
 * An object's JSON (exactly what `res.json` sends) with its {@link etagOf}: without `_expand` (every
 * write and most reads) one serialisation serves both.
 * @example
 * const { json, etag } = jsonWithEtag(object);
 * res.set("ETag", etag).type("json").send(json);
 */
export function jsonWithEtag(object: Record<string, unknown>): { json: string; etag: string } {
  if (!Object.hasOwn(object, "_expand")) {
    const json = JSON.stringify(object);
    return { json, etag: etagOfJson(json) };
  }
  const { _expand, ...own } = object;
  return { json: JSON.stringify(object), etag: etagOfJson(JSON.stringify(own)) };
}

function etagOfJson(json: string): string {
  return `"${hash("sha256", json, "base64url")}"`;
}

/**
 * The entity tags of an `If-Match`/`If-None-Match` value: `*`, or the quoted tags it lists
 * (weak ones keep their `W/`). Text that is not a tag list yields no tags, so it matches nothing.
 * @example
 * parseEntityTags('"a", W/"b"'); // ['"a"', 'W/"b"']
 */
export function parseEntityTags(header: string): string[] | "*" {
  if (header.trim() === "*") {
    return "*";
  }
  return header.match(/(W\/)?"[^"]*"/g) ?? [];
}

/**
 * Throws a 412 unless `If-Match` allows the current version (strong comparison: a weak tag never
 * matches). Without the header every version is allowed, as before optimistic concurrency.
 * @example
 * requireIfMatch(req.get("If-Match"), etagOf(current)); // inside the write transaction, after the row lock
 */
export function requireIfMatch(header: string | undefined, current: string): void {
  if (header === undefined) {
    return;
  }
  const tags = parseEntityTags(header);
  if (tags === "*" || tags.includes(current)) {
    return;
  }
  throw new Problem(
    "precondition_failed",
    "Het object is gewijzigd sinds de versie in If-Match; haal het opnieuw op en probeer het met de nieuwe ETag.",
  );
}

/**
 * Whether `If-None-Match` names the current version (weak comparison, as RFC 9110 asks for GET):
 * the client's copy is current and a 304 suffices.
 * @example
 * if (noneMatchHits(req.get("If-None-Match"), etag)) res.status(304).end();
 */
export function noneMatchHits(header: string | undefined, current: string): boolean {
  if (header === undefined) {
    return false;
  }
  const tags = parseEntityTags(header);
  return tags === "*" || tags.some((tag) => tag.replace(/^W\//, "") === current);
}
