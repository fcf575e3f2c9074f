/**
 * `npm run startup -w bench [-- --runs 3] [--embedded]`: how long `npm start` takes from spawn to
 * its "API at" log line and to the first 200 of `/_healthz/readyz`, the first and second answer
 * of a list request (the first one pays for whatever the server compiles lazily), and the RSS
 * of the server process after that, and the CPU time the start took (npm, its shells and the
 * server, not PostgreSQL: the steadier figure on a shared machine). With `DATABASE_URL` the server uses that database (schema
 * `public`); with `--embedded` (or without `DATABASE_URL`) its embedded PostgreSQL, which the
 * first run initialises and which is therefore left out of the figures. The server's dist/ is
 * built before the runs (`npm start` rebuilds it only after a source change, ≈ 0.3 s more), so
 * every run measures an ordinary start. Prints numbers, asserts nothing.
 * @module
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { percentile } from "./explain.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PORT = 18_731;
const TOKEN = "startup-bench-token";
const LIST = "/klantinteracties/api/v1/klantcontacten?pageSize=1";

interface StartupRun {
  apiAtMs: number;
  readyMs: number;
  cpuMs: number;
  firstRequestMs: number;
  secondRequestMs: number;
  rssMb: number;
}

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3;
const embedded = args.includes("--embedded") || !process.env.DATABASE_URL;

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `Token ${TOKEN}` } });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

// the RSS of the node process serving: the largest process of `npm start`'s process group (npm
// and its shells are smaller)
function serverRss(root: ChildProcess): number {
  const listed = execFileSync("ps", ["-o", "rss=", "-g", String(root.pid)], { encoding: "utf8" });
  return Math.max(0, ...listed.split("\n").filter(Boolean).map(Number)) / 1024;
}

// CPU time so far of the processes in `npm start`'s process group but PostgreSQL's, from /proc
// (utime + stime + those of children waited for, in clock ticks of 10 ms)
function startCpuMs(root: ChildProcess): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    const fields = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    if (fields[2] === root.pid && !stat.includes("(postgres)")) {
      ticks += (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
    }
  }
  return ticks * 10;
}

async function startOnce(): Promise<StartupRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), API_TOKENS: TOKEN, LOG_LEVEL: "info" };
  if (embedded) {
    delete env.DATABASE_URL;
  }
  const started = performance.now();
  const child = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"], detached: true });
  let apiAtMs = 0;
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (!apiAtMs && output.includes(" API at ")) {
      apiAtMs = performance.now() - started;
    }
  });
  try {
    let readyMs = 0;
    let cpuMs = 0;
    while (!readyMs) {
      if (child.exitCode !== null) {
        throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      }
      if (performance.now() - started > 120_000) {
        throw new Error(`not ready after 120 s:\n${output}`);
      }
      try {
        if ((await timed(`http://127.0.0.1:${PORT}/_healthz/readyz`)).status === 200) {
          readyMs = performance.now() - started;
          cpuMs = startCpuMs(child);
        }
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    const first = await timed(`http://127.0.0.1:${PORT}${LIST}`);
    const second = await timed(`http://127.0.0.1:${PORT}${LIST}`);
    if (first.status !== 200 || second.status !== 200) {
      throw new Error(`the list request answered ${first.status}, ${second.status}`);
    }
    return { apiAtMs, readyMs, cpuMs, firstRequestMs: first.ms, secondRequestMs: second.ms, rssMb: serverRss(child) };
  } finally {
    // the whole group: npm, its shell and the server (which stops the embedded PostgreSQL)
    if (child.pid) {
      process.kill(-child.pid, "SIGTERM");
    }
    await new Promise((resolve) => child.once("exit", resolve));
    // let the server finish its own shutdown before the next start takes the port
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
}

execFileSync(process.execPath, [`${ROOT}apps/server/scripts/build.mjs`], { stdio: "inherit" });
if (embedded) {
  console.log("embedded PostgreSQL: one start first, so that it is initialised (not counted)");
  await startOnce();
}
const results: StartupRun[] = [];
for (let run = 0; run < runs; run++) {
  const result = await startOnce();
  results.push(result);
  console.log(
    `run ${run + 1}: "API at" ${result.apiAtMs.toFixed(0)} ms, readyz ${result.readyMs.toFixed(0)} ms (CPU ${result.cpuMs} ms), first list ${result.firstRequestMs.toFixed(0)} ms, second ${result.secondRequestMs.toFixed(0)} ms, RSS ${result.rssMb.toFixed(0)} MB`,
  );
}
const median = (pick: (run: StartupRun) => number) => percentile(results.map(pick), 50).toFixed(0);
console.log(
  `median of ${runs} (${embedded ? "embedded PostgreSQL" : "DATABASE_URL"}): "API at" ${median((run) => run.apiAtMs)} ms, readyz ${median((run) => run.readyMs)} ms (CPU ${median((run) => run.cpuMs)} ms), first list ${median((run) => run.firstRequestMs)} ms, second ${median((run) => run.secondRequestMs)} ms, RSS ${median((run) => run.rssMb)} MB`,
);
