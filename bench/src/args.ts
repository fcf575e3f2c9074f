/**
 * The command line of `npm run bench`: scale, timing and what to run.
 * @module
 */
import { parseArgs } from "node:util";

/** How big the seeded data set is. */
export interface Scale {
  name: "default" | "small";
  klantcontacten: number;
  partijen: number;
  actoren: number;
}

/** The two data sets: the one the targets are about, and one for quick runs (≈ 1/100). */
export const SCALES: Record<Scale["name"], Scale> = {
  default: { name: "default", klantcontacten: 1_000_000, partijen: 200_000, actoren: 500 },
  small: { name: "small", klantcontacten: 10_000, partijen: 2_000, actoren: 50 },
};

export const SCENARIO_IDS = ["S1", "S2", "S3", "S4", "S5"] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** What one run does. */
export interface BenchOptions {
  scale: Scale;
  /** Measured seconds per scenario and tier. */
  duration: number;
  /** Unmeasured seconds before each measurement (first requests, JIT, caches). */
  warmup: number;
  connections: number;
  scenarios: ScenarioId[];
  /** Drop the seeded schema and seed again even when it holds this scale already. */
  reseed: boolean;
  /** Run the filter EXPLAINs instead of the load scenarios. */
  explain: boolean;
  /** Runs per filter for the p95 of `--explain`. */
  explainRuns: number;
  /** Run the servers under `--cpu-prof` and print where their CPU time went. */
  profile: boolean;
}

/** Thrown for a command line that cannot be run; the message says why. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `usage: npm run bench -- [--scale default|small] [--duration s] [--warmup s] [--connections n]
                        [--scenarios S1,S2,…] [--reseed] [--profile] [--explain [--runs n]]`;

/**
 * Reads the command line; the small scale gets shorter default durations.
 * @example
 * parseBenchArgs(["--scale", "small"]).duration; // 10
 * parseBenchArgs(["--duration", "30", "--scenarios", "S1,S5"]).scenarios; // ["S1", "S5"]
 */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const scaleName = values.scale ?? "default";
  if (scaleName !== "default" && scaleName !== "small") {
    throw new UsageError(`--scale must be default or small, got "${scaleName}"\n${USAGE}`);
  }
  const small = scaleName === "small";
  const scenarios = (values.scenarios ?? SCENARIO_IDS.join(","))
    .split(",")
    .map((id) => id.trim().toUpperCase())
    .filter(Boolean);
  const unknown = scenarios.filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id));
  if (unknown.length > 0 || scenarios.length === 0) {
    throw new UsageError(`--scenarios takes a list of ${SCENARIO_IDS.join(", ")}, got "${values.scenarios}"`);
  }
  return {
    scale: SCALES[scaleName],
    duration: positive("--duration", values.duration, small ? 10 : 20),
    warmup: positive("--warmup", values.warmup, small ? 3 : 5),
    connections: positive("--connections", values.connections, 32),
    scenarios: scenarios as ScenarioId[],
    reseed: values.reseed ?? false,
    explain: values.explain ?? false,
    explainRuns: positive("--runs", values.runs, 20),
    profile: values.profile ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      scale: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      scenarios: { type: "string" },
      reseed: { type: "boolean" },
      explain: { type: "boolean" },
      runs: { type: "string" },
      profile: { type: "boolean" },
    },
  });
}

function positive(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`${flag} must be a positive number, got "${value}"`);
  }
  return number;
}
