/**
 * The structural diff of two contracts: api-smart-diff lists what was added, removed or replaced;
 * this module says where that is for a client (request or response, which operation, which
 * field) so that `rules.ts` can judge it.
 * @module
 */
import { apiCompare } from "api-smart-diff";
import type { Json, JsonObject } from "../types.ts";
import { normalizeForDiff } from "./normalize.ts";

export type Segment = string | number;
/** Which way the changed part travels: a client writes requests and reads responses. */
export type Direction = "request" | "response" | "operation" | "document";

export interface Change {
  action: "add" | "remove" | "replace" | "rename";
  /** Path in the base document; an added key or array item is named as in the new one. */
  path: Segment[];
  direction: Direction;
  /** Human location, e.g. ``POST /partijen, request body `partijIdentificatie.naam` ``. */
  where: string;
  before?: Json;
  after?: Json;
  /** The object that holds the changed key, in the base and in the new document. */
  baseParent?: JsonObject;
  newParent?: JsonObject;
  /** The two documents after normalisation, for rules that look further up. */
  base: JsonObject;
  current: JsonObject;
  /** api-smart-diff's own verdict, the fallback when no rule of ours applies. */
  libraryVerdict: string;
}

/**
 * Every difference between two contracts, located.
 * @example
 * const changes = findChanges(releasedContract, loadContract("klantinteracties"));
 * changes.filter((c) => c.direction === "request").length;
 */
export function findChanges(baseDocument: JsonObject, currentDocument: JsonObject): Change[] {
  if (JSON.stringify(baseDocument) === JSON.stringify(currentDocument)) {
    return [];
  }
  const base = normalizeForDiff(baseDocument);
  const current = normalizeForDiff(currentDocument);
  const { diffs } = apiCompare(withoutEqualOperations(base, current), withoutEqualOperations(current, base));
  return diffs.map((diff) => {
    const path = diff.path as Segment[];
    const newPath = toNewPath(path, base, current, diff.action === "add" ? (diff.after as Json) : undefined);
    return {
      action: diff.action,
      path: diff.action === "add" ? newPath : path,
      direction: directionOf(path),
      where: describeLocation(path, base),
      before: diff.before as Json,
      after: diff.after as Json,
      baseParent: asObject(valueAt(base, path.slice(0, -1))),
      newParent: asObject(valueAt(current, newPath.slice(0, -1))),
      base,
      current,
      libraryVerdict: diff.type,
    };
  });
}

// the inlined documents are large (every operation carries its whole schema tree); operations
// that came out equal are left out of the comparison, which makes a small change a fast diff
function withoutEqualOperations(document: JsonObject, other: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(asObject(document.paths) ?? {})) {
    const otherItem = asObject(asObject(other.paths)?.[path]);
    const kept = Object.entries(asObject(item) ?? {}).filter(
      ([method, operation]) => JSON.stringify(operation) !== JSON.stringify(otherItem?.[method]),
    );
    paths[path] = Object.fromEntries(kept);
  }
  return { ...document, paths };
}

/** RFC 6901 pointer of a path, e.g. `/paths/~1partijen/get`. */
export function toPointer(path: Segment[]): string {
  return path.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

export function valueAt(root: Json, path: Segment[]): Json | undefined {
  let node: Json | undefined = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") {
      return undefined;
    }
    node = Array.isArray(node) ? node[Number(segment)] : node[segment];
  }
  return node;
}

export function asObject(value: Json | undefined): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

function directionOf(path: Segment[]): Direction {
  if (path[0] !== "paths") {
    return "document";
  }
  if (path[3] === "parameters" || path[3] === "requestBody") {
    return "request";
  }
  if (path[3] === "responses") {
    return "response";
  }
  return "operation";
}

// parameters are matched by name, not position: the base's index is translated to the new one's
function toNewPath(path: Segment[], base: JsonObject, current: JsonObject, added?: Json): Segment[] {
  const result = [...path];
  const index = path.indexOf("parameters");
  if (index < 0 || index + 1 >= path.length) {
    return result;
  }
  const wanted =
    index + 2 === path.length && added ? asObject(added) : asObject(valueAt(base, path.slice(0, index + 2)));
  const list = valueAt(current, result.slice(0, index + 1));
  if (wanted && Array.isArray(list)) {
    const found = list.findIndex((p) => asObject(p)?.name === wanted.name && asObject(p)?.in === wanted.in);
    if (found >= 0) {
      result[index + 1] = found;
    }
  }
  return result;
}

function describeLocation(path: Segment[], base: JsonObject): string {
  if (path[0] !== "paths" || path.length < 2) {
    return path.join(".") || "document";
  }
  const operation = path.length > 2 ? `${String(path[2]).toUpperCase()} ${path[1]}` : String(path[1]);
  const part = path[3];
  if (part === "parameters" && path.length > 4) {
    const parameter = asObject(valueAt(base, path.slice(0, 5)));
    const name = parameter ? `${parameter.in} parameter \`${parameter.name}\`` : "a parameter";
    return `${operation}, ${name}`;
  }
  if (part === "requestBody") {
    return `${operation}, request body${fieldName(path.slice(4))}`;
  }
  if (part === "responses" && path.length > 4) {
    return `${operation}, response ${path[4]}${fieldName(path.slice(5))}`;
  }
  return operation;
}

// `content/application~1json/schema/properties/a/items/properties/b` → `a[].b`
function fieldName(rest: Segment[]): string {
  const start = rest.indexOf("schema");
  if (start < 0) {
    return "";
  }
  let name = "";
  const schemaPath = rest.slice(start + 1);
  for (let i = 0; i < schemaPath.length; i++) {
    if (schemaPath[i] === "properties" && i + 1 < schemaPath.length) {
      name += `${name ? "." : ""}${schemaPath[++i]}`;
    } else if (schemaPath[i] === "items") {
      name += "[]";
    }
  }
  return name ? ` \`${name}\`` : "";
}
