import { describe, expect, it } from "vitest";
import { formatTable, ratio, ratioLine, type ScenarioResult, type TierResult } from "./report.ts";

const measured = (reqPerSec: number, failures = 0): TierResult => ({
  reqPerSec,
  p50: 3,
  p99: 9,
  cpuUsPerReq: 400,
  rssMb: 120,
  requests: reqPerSec * 10,
  failures,
});

describe("ratio", () => {
  it("is full req/s over raw req/s", () => {
    expect(ratio({ id: "S1", title: "", tiers: { raw: measured(2000), full: measured(900) } })).toBeCloseTo(0.45);
  });

  it("is undefined when a tier is missing or had failures", () => {
    expect(ratio({ id: "S1", title: "", tiers: { raw: measured(2000) } })).toBeUndefined();
    expect(ratio({ id: "S1", title: "", tiers: { raw: measured(2000), full: measured(900, 3) } })).toBeUndefined();
  });
});

describe("ratioLine", () => {
  it("lists every scenario with two decimals, n/a for what was not measured", () => {
    const results: ScenarioResult[] = [
      { id: "S1", title: "", tiers: { raw: measured(2000), full: measured(900) } },
      { id: "S2", title: "", tiers: { raw: measured(300), full: measured(300) } },
    ];
    expect(ratioLine(results, ["S1", "S2", "S3", "S4", "S5"])).toBe(
      "ratio full/raw: S1 0.45, S2 1.00, S3 n/a, S4 n/a, S5 n/a",
    );
  });
});

describe("formatTable", () => {
  it("prints one row per tier and the ratio on the full row", () => {
    const table = formatTable([{ id: "S1", title: "partij", tiers: { raw: measured(2000), full: measured(900) } }]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/full .* 0\.45 +1\.00$/);
  });
});
