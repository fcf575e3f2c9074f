import { describe, expect, it } from "vitest";
import type { JsonObject } from "../types.ts";
import { judge, object, tinyContract } from "./contract-pairs.ts";
import { normalizeForDiff } from "./normalize.ts";

describe("normalizeForDiff", () => {
  it("inlines references and cuts a recursion (Partij → werkteVoorPartij → Partij) into a marker", () => {
    const partij = object({ naam: { type: "string" }, werkteVoorPartij: { $ref: "#/components/schemas/Partij" } });
    const document = tinyContract({
      response: { $ref: "#/components/schemas/Partij" },
      components: { schemas: { Partij: partij } },
    });
    const text = JSON.stringify(normalizeForDiff(document));
    expect(text).not.toContain("$ref");
    expect(text).toContain('"werkteVoorPartij":{"x-recursive":"Partij"}');
  });

  it("compares by shape: a schema renamed or wrapped in allOf is no change", () => {
    const naam = object({ naam: { type: "string" } });
    const base = {
      response: { $ref: "#/components/schemas/ExpandPartij" },
      components: { schemas: { ExpandPartij: naam } },
    };
    const current = {
      response: { allOf: [{ $ref: "#/components/schemas/Partij" }] },
      components: { schemas: { Partij: naam } },
    };
    expect(judge(base, current)).toEqual([]);
  });

  it("reads a oneOf of enums (Django's BlankEnum) as one enum", () => {
    const oneOf: JsonObject = { oneOf: [{ type: "string", enum: ["m", "v"] }, { enum: [""] }] };
    const single = { type: "string", enum: ["m", "v", ""] };
    expect(judge({ request: object({ geslacht: oneOf }) }, { request: object({ geslacht: single }) })).toEqual([]);
  });
});
