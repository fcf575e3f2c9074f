/**
 * Console output: a line per failure as it happens, then the verdicts and the closing count.
 * @module
 */
import type { RunReport } from "../run/conformance.ts";
import { type CheckResult, tallyBy, verdicts } from "../run/result.ts";

/** One line for a failed check (passed checks stay quiet). */
export function failureLine(result: CheckResult): string {
  return `FAIL ${result.id}: ${result.message?.split("\n")[0]?.slice(0, 300) ?? ""}`;
}

/**
 * The closing summary; its last line is `N passed, M failed`.
 * @example
 * console.log(summaryText(report));
 */
export function summaryText(report: RunReport): string {
  const lines: string[] = [""];
  const tallies = tallyBy(report.results, (result) => result.conformanceClass);
  const verdict = verdicts(report.results);
  for (const [name, tally] of tallies) {
    lines.push(
      `${name.padEnd(16)} ${String(verdict[name as keyof typeof verdict]).padEnd(15)} ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`,
    );
  }
  const passed = report.results.filter((result) => result.outcome === "passed").length;
  const failed = report.results.filter((result) => result.outcome === "failed").length;
  lines.push(`${passed} passed, ${failed} failed`);
  return lines.join("\n");
}
