import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { cacheValidatorRouteExpressions } from "./validatorRoutes.ts";

type Compiled = { regexp: RegExp; keys: { name: string }[] };
const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
const pathToRegexpModule = fromValidator("path-to-regexp") as {
  pathToRegexp: (path: unknown, options?: Record<string, unknown>) => Compiled;
};

describe("the validator's route expressions", () => {
  const original = pathToRegexpModule.pathToRegexp;
  cacheValidatorRouteExpressions();
  const cached = pathToRegexpModule.pathToRegexp;

  it("compiles a route once per case sensitivity, to what path-to-regexp makes", () => {
    const route = "/klantinteracties/api/v1/partijen/:uuid";
    const first = cached(route, { sensitive: false, strict: false });
    expect(cached(route, { sensitive: false, strict: true })).toBe(first);
    expect(first.regexp.source).toBe(original(route, { sensitive: false }).regexp.source);
    expect(first.keys.map((key) => key.name)).toEqual(["uuid"]);
    expect(first.regexp.exec("/klantinteracties/api/v1/PARTIJEN/abc")?.[1]).toBe("abc");
    const sensitive = cached(route, { sensitive: true, strict: false });
    expect(sensitive).not.toBe(first);
    expect(sensitive.regexp.exec("/klantinteracties/api/v1/PARTIJEN/abc")).toBeNull();
  });

  it("compiles other shapes as before, every time", () => {
    expect(cached("/a/:b", { end: false })).not.toBe(cached("/a/:b", { end: false }));
    expect(cached("/a/:b", { end: false }).regexp.source).toBe(original("/a/:b", { end: false }).regexp.source);
  });

  it("installs once", () => {
    cacheValidatorRouteExpressions();
    expect(pathToRegexpModule.pathToRegexp).toBe(cached);
  });
});
