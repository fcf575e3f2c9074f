/**
 * The outcome of a check and the summaries the reports show.
 * @module
 */
import { type Check, CONFORMANCE_CLASSES, type ConformanceClass } from "../checks/check.ts";
import type { Exchange } from "../http/exchange.ts";

export type Outcome = "passed" | "failed" | "skipped";

/** What running one check gave. */
export interface CheckResult {
  id: string;
  conformanceClass: ConformanceClass;
  kind: Check["kind"];
  resource: string;
  api: Check["api"];
  rule: string;
  reference: string;
  outcome: Outcome;
  message?: string;
  /** The exchange that shows the failure. */
  evidence?: Exchange;
  /** How many requests the check made. */
  requests: number;
  notes: string[];
  durationMs: number;
}

/** Passed/failed/skipped counts. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts the outcomes of results grouped by a key. */
export function tallyBy(results: CheckResult[], key: (result: CheckResult) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const result of results) {
    const name = key(result);
    const tally = tallies.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
    tally[result.outcome] += 1;
    tallies.set(name, tally);
  }
  return new Map([...tallies.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** A class conforms when it ran checks and none failed. */
export type Verdict = "conformant" | "not conformant" | "not tested";

/** The verdict of every conformance class. */
export function verdicts(results: CheckResult[]): Record<ConformanceClass, Verdict> {
  const out = {} as Record<ConformanceClass, Verdict>;
  for (const conformanceClass of CONFORMANCE_CLASSES) {
    const own = results.filter(
      (result) => result.conformanceClass === conformanceClass && result.outcome !== "skipped",
    );
    out[conformanceClass] =
      own.length === 0
        ? "not tested"
        : own.some((result) => result.outcome === "failed")
          ? "not conformant"
          : "conformant";
  }
  return out;
}
