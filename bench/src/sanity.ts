/**
 * Before measuring: one answer of each scenario from both tiers, compared field by field (with
 * each tier's own origin in URLs made equal), so T-raw is known to do the same work.
 * @module
 */
import type { RequestSpec } from "./load.ts";

/** One field where the tiers' answers differ. */
export interface Mismatch {
  path: string;
  raw: unknown;
  full: unknown;
}

// fields that differ between two creations of the same object
const VOLATILE = new Set(["uuid", "url", "plaatsgevondenOp"]);

/**
 * The fields where two JSON values differ (`ignore`: field names not compared, e.g. generated ids).
 * @example
 * diffJson({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); // [{ path: "$.b[1]", raw: 2, full: 3 }]
 */
export function diffJson(raw: unknown, full: unknown, ignore: ReadonlySet<string> = new Set(), path = "$"): Mismatch[] {
  if (Array.isArray(raw) && Array.isArray(full)) {
    const length = Math.max(raw.length, full.length);
    return Array.from({ length }, (_, index) => diffJson(raw[index], full[index], ignore, `${path}[${index}]`)).flat();
  }
  if (isObject(raw) && isObject(full)) {
    const keys = [...new Set([...Object.keys(raw), ...Object.keys(full)])].filter((key) => !ignore.has(key));
    return keys.flatMap((key) => diffJson(raw[key], full[key], ignore, `${path}.${key}`));
  }
  return Object.is(raw, full) ? [] : [{ path, raw, full }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What one tier answered. */
export interface Answer {
  status: number;
  body: unknown;
}

/**
 * Sends one request to a tier; its origin in the body is replaced by `ORIGIN`.
 * @example
 * const answer = await ask("http://127.0.0.1:40123", token, { method: "GET", path: "/klantinteracties/api/v1/partijen/…" });
 */
export async function ask(origin: string, token: string, request: RequestSpec): Promise<Answer> {
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: { authorization: `Token ${token}`, "content-type": "application/json" },
    ...(request.body ? { body: request.body } : {}),
  });
  const text = (await response.text()).replaceAll(origin, "ORIGIN");
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: compared as text
  }
  return { status: response.status, body };
}

/**
 * Compares the tiers' answers to one request; a write is compared without its generated fields.
 * @example
 * compareAnswers(rawAnswer, fullAnswer, "POST"); // [] when they agree
 */
export function compareAnswers(raw: Answer, full: Answer, method: RequestSpec["method"]): Mismatch[] {
  if (raw.status !== full.status) {
    return [{ path: "status", raw: raw.status, full: full.status }];
  }
  return diffJson(raw.body, full.body, method === "POST" ? VOLATILE : new Set());
}
