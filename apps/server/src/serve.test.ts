import cluster from "node:cluster";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { forkWorkers } from "./serve.ts";

const PORT = 18_790 + (process.pid % 100);
const logger = pino({ level: "silent" });

beforeAll(() => {
  // the workers run a fixture (TypeScript, through tsx) instead of this test file
  cluster.setupPrimary({
    exec: fileURLToPath(new URL("../test/fixtures/clusterWorker.ts", import.meta.url)),
    execArgv: ["--import", "tsx"],
    silent: true,
  });
});
afterAll(() => {
  cluster.removeAllListeners();
});

describe("WEB_CONCURRENCY", () => {
  it("defaults to one process and takes 1 to 64", () => {
    expect(loadConfig({}).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: "2" }).webConcurrency).toBe(2);
    for (const bad of ["0", "65", "twee"]) {
      expect(() => loadConfig({ WEB_CONCURRENCY: bad })).toThrow(/WEB_CONCURRENCY/);
    }
  });
});

describe("forkWorkers", () => {
  it("starts workers that share the port and drains a request in flight before they stop", async () => {
    const workers = await forkWorkers({ count: 2, env: { PORT: String(PORT) }, logger });
    const pids = new Set<string>();
    for (let attempt = 0; attempt < 20 && pids.size < 2; attempt++) {
      pids.add(await (await fetch(`http://127.0.0.1:${PORT}/`)).text());
    }
    expect(pids.size).toBe(2);
    const slow = fetch(`http://127.0.0.1:${PORT}/?wait=500`).then(async (response) => ({
      status: response.status,
      body: await response.text(),
    }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await workers.stop();
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
    expect(await slow).toMatchObject({ status: 200 });
  }, 60_000);

  it("fails the start when a worker dies before it listens", async () => {
    await expect(
      forkWorkers({ count: 2, env: { PORT: String(PORT), FAIL_BEFORE_LISTEN: "1" }, logger }),
    ).rejects.toThrow(/before it listened/);
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  }, 60_000);
});
