import { describe, expect, it } from "vitest";
import type { RunReport } from "../run/conformance.ts";
import type { CheckResult } from "../run/result.ts";
import { summaryText } from "./console.ts";
import { htmlReport } from "./html.ts";
import { junitXml } from "./junit.ts";

const result = (id: string, outcome: CheckResult["outcome"], message?: string): CheckResult => ({
  id,
  conformanceClass: id.split("/")[0] as CheckResult["conformanceClass"],
  kind: "lifecycle",
  resource: id.split("/")[1] ?? "",
  api: "klantinteracties",
  rule: 'A rule <with> markup & quotes "".',
  reference: "partijenCreate",
  outcome,
  message,
  requests: 1,
  notes: [],
  durationMs: 5,
});

const report: RunReport = {
  target: { baseUrls: { klantinteracties: "http://x/klantinteracties/api/v1" }, token: "***" },
  contractVersions: { klantinteracties: "0.9.0", contactgegevens: "1.1.1" },
  seed: 1,
  runs: 2,
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:01:00Z",
  results: [
    result("core-write/partijen/lifecycle", "failed", "expected 201, got 200"),
    result("auth/partijen/no-token", "passed"),
  ],
  uncovered: ["klantcontacten?hadBetrokkene__digitaaladres__adres__icontains"],
};

describe("reports", () => {
  it("writes one testsuite per class and a failure element for a failed check", () => {
    const xml = junitXml(report);
    expect(xml).toContain('<testsuite name="core-write" tests="1" failures="1"');
    expect(xml).toContain('<failure message="expected 201, got 200"');
    expect(xml).toContain("&lt;with&gt; markup &amp; quotes");
  });
  it("gives the verdict per class in the HTML page and escapes text", () => {
    const html = htmlReport(report);
    expect(html).toContain('<td>core-write</td><td class="not">not conformant</td>');
    expect(html).toContain('<td>auth</td><td class="conformant">conformant</td>');
    expect(html).not.toContain("<with>");
  });
  it("ends the console summary with the closing count", () => {
    expect(summaryText(report).split("\n").at(-1)).toBe("1 passed, 1 failed");
  });
});
