/**
 * `npm run bench [-- --scale small] [--duration s] …`: seed (or reuse) the data set, start T-raw
 * and T-full, check that they answer alike, measure every scenario on both, and report the table,
 * `results/<date>.json` and, last, the ratio line. `--explain` times every list filter instead.
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { connect } from "../../apps/server/src/db/connection.ts";
import { seedTokens } from "../../apps/server/src/http/auth.ts";
import { type BenchOptions, parseBenchArgs, SCENARIO_IDS, UsageError } from "./args.ts";
import { type BenchDatabase, openBenchDatabase } from "./database.ts";
import { explainFilters, FILTER_P95_TARGET_MS } from "./explain.ts";
import { measure } from "./load.ts";
import { printProfiles } from "./profile.ts";
import { cpuRatio, formatTable, ratio, ratioLine, type ScenarioResult, TIERS, type Tier } from "./report.ts";
import { ask, compareAnswers, type Mismatch } from "./sanity.ts";
import { buildScenarios, type Scenario } from "./scenarios.ts";
import { ensureSeeded, type SeedInfo } from "./seed.ts";
import { killAll, startTier, type TierServer } from "./servers.ts";

// a token for the bench schema only; it never leaves this machine's loopback
const TOKEN = "bench-token-not-a-secret";
const RESULTS = fileURLToPath(new URL("../results/", import.meta.url));
const TARGET_SCENARIOS = ["S1", "S2", "S5"] as const;

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const database = await openBenchDatabase(options.scale, process.env.DATABASE_URL);
const servers: TierServer[] = [];
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) {
      return;
    }
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and the database`);
    killAll();
    void database.close().finally(() => process.exit(130));
  });
}

try {
  const seed = await ensureSeeded(database, options.scale, { reseed: options.reseed });
  if (options.explain) {
    await runExplain(database, seed);
  } else {
    await runScenarios(database, seed);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await database.close();
}

async function runExplain(database: BenchDatabase, seed: SeedInfo): Promise<void> {
  const timings = await explainFilters(database, options.explainRuns);
  const file = writeResults("explain", {
    kind: "explain",
    scale: seed.scale,
    runs: options.explainRuns,
    targetP95Ms: FILTER_P95_TARGET_MS,
    machine: await machine(database),
    filters: timings,
  });
  console.log(`results: ${file}`);
}

async function runScenarios(database: BenchDatabase, seed: SeedInfo): Promise<void> {
  const db = connect(database.url, { searchPath: database.schema, poolMax: 1 });
  await seedTokens(db, [TOKEN]).finally(() => db.destroy());
  const scenarios = (await buildScenarios(database, seed.maxKlantcontactId)).filter((scenario) =>
    options.scenarios.includes(scenario.id),
  );
  const environment = { databaseUrl: database.url, schema: database.schema, token: TOKEN };
  const startup: Partial<Record<Tier, number>> = {};
  const profileDir = options.profile
    ? fileURLToPath(
        new URL(`../../.data/bench-profiles/${new Date().toISOString().replace(/[:.]/g, "-")}/`, import.meta.url),
      )
    : undefined;
  for (const tier of TIERS) {
    const server = await startTier(tier, environment, profileDir);
    servers.push(server);
    startup[tier] = server.startupMs;
    console.log(`T-${tier}: pid ${server.pid} on ${server.origin}, started in ${server.startupMs.toFixed(0)} ms`);
  }
  const byTier = (tier: Tier) => servers.find((server) => server.tier === tier) as TierServer;

  const cleaner = new pg.Client({ connectionString: database.url, options: `-c search_path=${database.schema}` });
  await cleaner.connect();
  const sanity: Record<string, { raw: number; full: number; mismatches: Mismatch[] }> = {};
  const results: ScenarioResult[] = [];
  try {
    console.log("\nsanity check: one answer of each scenario from both tiers, field by field");
    for (const scenario of scenarios) {
      sanity[scenario.id] = await check(scenario, byTier("raw"), byTier("full"));
      await scenario.cleanUp?.(cleaner);
    }
    console.log(
      `\nmeasuring: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per scenario and tier`,
    );
    for (const scenario of scenarios) {
      const result: ScenarioResult = { id: scenario.id, title: scenario.title, tiers: {} };
      for (const tier of TIERS) {
        const answered = sanity[scenario.id]?.[tier];
        if (answered !== scenario.status) {
          console.log(`${scenario.id} T-${tier}: skipped, it answers ${answered} instead of ${scenario.status}`);
          continue;
        }
        const server = byTier(tier);
        const spec = {
          origin: server.origin,
          token: TOKEN,
          connections: options.connections,
          requests: scenario.requests,
        };
        const measured = await measure(server, spec, options.warmup, options.duration);
        await scenario.cleanUp?.(cleaner);
        result.tiers[tier] = measured;
        console.log(
          `${scenario.id} T-${tier}: ${measured.reqPerSec.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ${measured.cpuUsPerReq.toFixed(0)} CPU-µs/req, RSS ${measured.rssMb.toFixed(0)} MB, ${measured.failures} failures`,
        );
      }
      results.push(result);
    }
  } finally {
    await cleaner.end();
  }

  console.log(
    `\nscale ${seed.scale}, ${options.connections} connections, ${options.duration} s per run, load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}`,
  );
  console.log(formatTable(results));
  const targets = targetChecks(results, startup);
  console.log("\ntargets (T-full):");
  for (const target of targets) {
    console.log(
      `  ${target.met === undefined ? "n/a " : target.met ? "met " : "MISS"}  ${target.what}: ${target.measured}`,
    );
  }
  const file = writeResults("scenarios", {
    kind: "scenarios",
    scale: seed.scale,
    options: {
      duration: options.duration,
      warmup: options.warmup,
      connections: options.connections,
      scenarios: options.scenarios,
    },
    machine: await machine(database),
    startupMs: startup,
    sanity,
    results: results.map((result) => ({ ...result, ratio: ratio(result) ?? null, cpuRatio: cpuRatio(result) ?? null })),
    targets,
    ratioLine: ratioLine(results, SCENARIO_IDS),
  });
  console.log(`results: ${file}`);
  // stopped before the last line, so nothing a child prints can come after it
  const tiers = new Map(servers.map((server) => [server.pid, server.tier]));
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  if (profileDir) {
    printProfiles(profileDir, tiers);
  }
  console.log(ratioLine(results, SCENARIO_IDS));
}

async function check(scenario: Scenario, raw: TierServer, full: TierServer) {
  const request = scenario.requests[0];
  if (!request) {
    throw new Error(`${scenario.id} has no requests`);
  }
  const [rawAnswer, fullAnswer] = [await ask(raw.origin, TOKEN, request), await ask(full.origin, TOKEN, request)];
  const mismatches = compareAnswers(rawAnswer, fullAnswer, request.method);
  const summary = mismatches.length === 0 ? "same" : `${mismatches.length} mismatches`;
  console.log(
    `${scenario.id} ${request.method} ${request.path}: raw ${rawAnswer.status}, full ${fullAnswer.status}, ${summary}`,
  );
  for (const mismatch of mismatches.slice(0, 10)) {
    console.log(`    ${mismatch.path}: raw ${short(mismatch.raw)} | full ${short(mismatch.full)}`);
  }
  if (mismatches.length > 10) {
    console.log(`    … and ${mismatches.length - 10} more`);
  }
  return { raw: rawAnswer.status, full: fullAnswer.status, mismatches };
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}

function targetChecks(results: ScenarioResult[], startup: Partial<Record<Tier, number>>) {
  const checks: { what: string; measured: string; met: boolean | undefined }[] = [];
  for (const id of TARGET_SCENARIOS) {
    const result = results.find((candidate) => candidate.id === id);
    const value = result ? ratio(result) : undefined;
    checks.push({
      what: `${id} T-full >= 0.5 x T-raw`,
      measured: value === undefined ? "not measured" : value.toFixed(2),
      met: value === undefined ? undefined : value >= 0.5,
    });
    const p99 = result?.tiers.full?.p99;
    checks.push({
      what: `${id} p99 < 15 ms at ${options.connections} connections`,
      measured: p99 === undefined ? "not measured" : `${p99} ms`,
      met: p99 === undefined ? undefined : p99 < 15,
    });
  }
  const rss = Math.max(0, ...results.map((result) => result.tiers.full?.rssMb ?? 0));
  checks.push({
    what: "RSS < 200 MB",
    measured: rss ? `${rss.toFixed(0)} MB` : "not measured",
    met: rss ? rss < 200 : undefined,
  });
  // the T-full child runs the TypeScript through tsx; `npm start` runs a bundle (see startup.ts)
  checks.push({
    what: "start-up < 2 s: `npm run startup -w bench` measures `npm start`",
    measured:
      startup.full === undefined
        ? "not measured here"
        : `not measured here (the T-full child, through tsx: ${(startup.full / 1000).toFixed(2)} s)`,
    met: undefined,
  });
  return checks;
}

async function machine(database: BenchDatabase) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const version = (await client.query("show server_version")).rows[0].server_version as string;
  await client.end();
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg(),
    node: process.version,
    postgres: version,
    database: database.embedded ? "embedded" : "DATABASE_URL",
  };
}

function writeResults(kind: "scenarios" | "explain", content: unknown): string {
  mkdirSync(RESULTS, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const suffix = [
    kind === "explain" ? "-explain" : "",
    options.scale.name === "small" ? "-small" : "",
    // a subset, or profiled servers (slower): never in place of a plain run
    kind === "scenarios" && options.scenarios.length < SCENARIO_IDS.length ? "-partial" : "",
    options.profile ? "-profile" : "",
  ].join("");
  const file = `${RESULTS}${date}${suffix}.json`;
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...(content as object) }, null, 2)}\n`);
  return file;
}
