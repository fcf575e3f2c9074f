/**
 * `npm run startup -w bench [-- --runs 3] [--embedded]`: how long `npm start` takes from spawn to
 * its "API at" log line and to the first 200 of `/_healthz/readyz`, the first and second answer
 * of a list request (the first one pays for whatever the server compiles lazily), and the RSS
 * of the server process after that. With `DATABASE_URL` the server uses that database (schema
 * `public`); with `--embedded` (or without `DATABASE_URL`) its embedded PostgreSQL, which the
 * first run initialises and which is therefore left out of the figures. Prints numbers, asserts
 * nothing.
 * @module
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { percentile } from "./explain.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PORT = 18_731;
const TOKEN = "startup-bench-token";
const LIST = "/klantinteracties/api/v1/klantcontacten?pageSize=1";

interface StartupRun {
  apiAtMs: number;
  readyMs: number;
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

// the RSS of the node process serving: the largest process of `npm start`'s process group (npm,
// its shell and tsx's launcher are all smaller)
function serverRss(root: ChildProcess): number {
  const listed = execFileSync("ps", ["-o", "rss=", "-g", String(root.pid)], { encoding: "utf8" });
  return Math.max(0, ...listed.split("\n").filter(Boolean).map(Number)) / 1024;
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
    return { apiAtMs, readyMs, firstRequestMs: first.ms, secondRequestMs: second.ms, rssMb: serverRss(child) };
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

if (embedded) {
  console.log("embedded PostgreSQL: one start first, so that it is initialised (not counted)");
  await startOnce();
}
const results: StartupRun[] = [];
for (let run = 0; run < runs; run++) {
  const result = await startOnce();
  results.push(result);
  console.log(
    `run ${run + 1}: "API at" ${result.apiAtMs.toFixed(0)} ms, readyz ${result.readyMs.toFixed(0)} ms, first list ${result.firstRequestMs.toFixed(0)} ms, second ${result.secondRequestMs.toFixed(0)} ms, RSS ${result.rssMb.toFixed(0)} MB`,
  );
}
const median = (pick: (run: StartupRun) => number) => percentile(results.map(pick), 50).toFixed(0);
console.log(
  `median of ${runs} (${embedded ? "embedded PostgreSQL" : "DATABASE_URL"}): "API at" ${median((run) => run.apiAtMs)} ms, readyz ${median((run) => run.readyMs)} ms, first list ${median((run) => run.firstRequestMs)} ms, second ${median((run) => run.secondRequestMs)} ms, RSS ${median((run) => run.rssMb)} MB`,
);
