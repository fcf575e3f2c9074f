import { describe, expect, it } from "vitest";
import { object, tinyContract } from "./contract-pairs.ts";
import { checkTypeCompatibility } from "./type-compat.ts";

const text = { type: "string" };

describe("the type-level check", () => {
  it("passes when requests only gain optional fields and responses only gain fields", async () => {
    const base = tinyContract({ request: object({ naam: text }), response: object({ naam: text }, ["naam"]) });
    const current = tinyContract({
      request: object({ naam: text, code: text }),
      response: object({ naam: text, code: text }, ["naam"]),
    });
    expect(await checkTypeCompatibility(base, current)).toEqual([]);
  }, 60_000);

  it("names the request and the response whose types no longer fit", async () => {
    const base = tinyContract({ request: object({ naam: text }), response: object({ naam: text }, ["naam"]) });
    const current = tinyContract({
      request: object({ naam: text, code: text }, ["code"]),
      response: object({ naam: { type: "integer" } }, ["naam"]),
    });
    const problems = await checkTypeCompatibility(base, current);
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "request body of POST /dingen",
      "response 201 of POST /dingen",
    ]);
  }, 60_000);
});
