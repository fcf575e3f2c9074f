/**
 * What a run measured, as a console table, a JSON file and the closing ratio line.
 * @module
 */
import type { ScenarioId } from "./args.ts";

export const TIERS = ["raw", "full"] as const;
export type Tier = (typeof TIERS)[number];

/** One scenario on one tier. */
export interface TierResult {
  reqPerSec: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  /** CPU time (user + system) of the server process per answered request, in microseconds. */
  cpuUsPerReq: number;
  /** Resident set size of the server process after the measurement, in MB. */
  rssMb: number;
  requests: number;
  /** Responses that were not the scenario's expected status, plus socket errors and timeouts. */
  failures: number;
}

/** One scenario on every tier. */
export interface ScenarioResult {
  id: ScenarioId;
  title: string;
  tiers: Partial<Record<Tier, TierResult>>;
}

/**
 * T-full's throughput as a fraction of T-raw's, or `undefined` when a tier is missing or failed.
 * @example
 * ratio({ id: "S1", title: "", tiers: { raw: { reqPerSec: 2000, … }, full: { reqPerSec: 900, … } } }); // 0.45
 */
export function ratio(result: ScenarioResult): number | undefined {
  const { raw, full } = result.tiers;
  if (!raw || !full || raw.reqPerSec <= 0 || raw.failures > 0 || full.failures > 0) {
    return undefined;
  }
  return full.reqPerSec / raw.reqPerSec;
}

/**
 * T-raw's CPU time per request as a fraction of T-full's: the throughput ratio a CPU-bound server
 * would reach on a machine of its own (steadier than req/s on a shared one).
 * @example
 * cpuRatio(result); // 0.31 when T-full spends 3.2 × the CPU of T-raw per request
 */
export function cpuRatio(result: ScenarioResult): number | undefined {
  const { raw, full } = result.tiers;
  return raw && full && full.cpuUsPerReq > 0 ? raw.cpuUsPerReq / full.cpuUsPerReq : undefined;
}

/**
 * The closing line of a run; a scenario not measured (or failing on a tier) shows `n/a`.
 * @example
 * ratioLine(results); // "ratio full/raw: S1 0.45, S2 0.61, S3 0.38, S4 0.52, S5 n/a"
 */
export function ratioLine(results: ScenarioResult[], ids: readonly ScenarioId[]): string {
  const parts = ids.map((id) => {
    const result = results.find((candidate) => candidate.id === id);
    const value = result ? ratio(result) : undefined;
    return `${id} ${value === undefined ? "n/a" : value.toFixed(2)}`;
  });
  return `ratio full/raw: ${parts.join(", ")}`;
}

/**
 * The results as an aligned text table, one row per scenario and tier.
 * @example
 * console.log(formatTable(results));
 */
export function formatTable(results: ScenarioResult[]): string {
  const header = [
    "scenario",
    "tier",
    "req/s",
    "p50 ms",
    "p99 ms",
    "CPU µs/req",
    "RSS MB",
    "fail",
    "full/raw",
    "CPU raw/full",
  ];
  const rows: string[][] = [];
  for (const result of results) {
    for (const tier of TIERS) {
      const measured = result.tiers[tier];
      const value = ratio(result);
      rows.push([
        tier === "raw" ? `${result.id} ${result.title}` : "",
        tier,
        measured ? measured.reqPerSec.toFixed(0) : "-",
        measured ? measured.p50.toFixed(1) : "-",
        measured ? measured.p99.toFixed(1) : "-",
        measured ? measured.cpuUsPerReq.toFixed(0) : "-",
        measured ? measured.rssMb.toFixed(0) : "-",
        measured ? String(measured.failures) : "-",
        tier === "full" && value !== undefined ? value.toFixed(2) : "",
        tier === "full" ? (cpuRatio(result)?.toFixed(2) ?? "") : "",
      ]);
    }
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}
