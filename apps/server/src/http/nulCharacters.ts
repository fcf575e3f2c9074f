/**
 * U+0000 in a query parameter or a body string: PostgreSQL text cannot hold it, so a filter or a
 * write with one would fail in the database (a 500). Refused up front with a 400 naming the
 * field, as the reference (DRF) does with `null_characters_not_allowed`.
 * @module
 */
import type { RequestHandler } from "express";
import { type InvalidParam, Problem } from "./problem.ts";

/**
 * The dotted paths of every string under `value` that holds U+0000 (in keys too).
 * @example
 * pathsWithNul({ a: ["x", "y\u0000"] }); // ["a.1"]
 */
export function pathsWithNul(value: unknown, path = ""): string[] {
  if (typeof value === "string") {
    return value.includes("\u0000") ? [path || "nonFieldErrors"] : [];
  }
  if (value === null || typeof value !== "object") {
    return [];
  }
  return Object.entries(value).flatMap(([key, item]) => {
    const here = path ? `${path}.${key}` : key;
    return key.includes("\u0000") ? [here] : pathsWithNul(item, here);
  });
}

/**
 * Middleware (after the JSON parser) that refuses a request with U+0000 in its query or body.
 * @example
 * router.use(express.json(), rejectNulCharacters);
 */
export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  const found = [...pathsWithNul(req.query), ...pathsWithNul(req.body)];
  if (found.length > 0) {
    const invalidParams: InvalidParam[] = [...new Set(found)].map((name) => ({
      name,
      code: "null_characters_not_allowed",
      reason: "Null-tekens (U+0000) zijn niet toegestaan.",
    }));
    throw Problem.invalid(invalidParams);
  }
  next();
};
