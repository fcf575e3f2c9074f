import { describe, expect, it } from "vitest";
import { percentile, seqScansOf } from "./explain.ts";

describe("seqScansOf", () => {
  it("finds seq scans at any depth of a JSON plan, with their rows", () => {
    const plan = {
      "Node Type": "Aggregate",
      Plans: [
        { "Node Type": "Index Scan", "Relation Name": "partijen", "Actual Rows": 1 },
        {
          "Node Type": "Hash",
          Plans: [{ "Node Type": "Seq Scan", "Relation Name": "betrokkenen", "Actual Rows": 42 }],
        },
      ],
    };
    expect(seqScansOf(plan)).toEqual(["betrokkenen (42 rows)"]);
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });
});
