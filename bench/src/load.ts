/**
 * Runs one scenario against one tier: a forked autocannon runner warms up, then measures, while
 * the server child's CPU time is read right before and after the measurement.
 * @module
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TierResult } from "./report.ts";
import type { TierServer } from "./servers.ts";

/** One request of a scenario. */
export interface RequestSpec {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

/** What the runner needs for one scenario on one tier. */
export interface LoadSpec {
  origin: string;
  token: string;
  connections: number;
  requests: RequestSpec[];
}

/** Messages to the runner. */
export type ToRunner = { type: "warmup" | "measure"; spec: LoadSpec; seconds: number } | { type: "exit" };

/** Messages from the runner. */
export type FromRunner =
  | {
      type: "result";
      phase: "warmup" | "measure";
      requests: number;
      seconds: number;
      p50: number;
      p99: number;
      non2xx: number;
      errors: number;
      timeouts: number;
    }
  | { type: "error"; message: string };

const RUNNER = fileURLToPath(new URL("./loadRunner.ts", import.meta.url));

/**
 * Warms up for `warmup` seconds, then measures for `duration` seconds.
 * @example
 * const result = await measure(server, { origin: server.origin, token, connections: 32, requests }, 5, 20);
 */
export async function measure(
  server: TierServer,
  spec: LoadSpec,
  warmup: number,
  duration: number,
): Promise<TierResult> {
  const runner = fork(RUNNER, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const phase = (type: "warmup" | "measure", seconds: number) =>
    new Promise<Extract<FromRunner, { type: "result" }>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load runner exited with code ${code}`));
      runner.once("exit", onExit);
      runner.once("message", (message: FromRunner) => {
        runner.off("exit", onExit);
        if (message.type === "error") {
          reject(new Error(message.message));
        } else {
          resolve(message);
        }
      });
      runner.send({ type, spec, seconds } satisfies ToRunner);
    });
  try {
    await phase("warmup", warmup);
    const before = await server.usage();
    const result = await phase("measure", duration);
    const after = await server.usage();
    return {
      reqPerSec: result.requests / result.seconds,
      p50: result.p50,
      p99: result.p99,
      cpuUsPerReq: result.requests > 0 ? (after.cpuMicros - before.cpuMicros) / result.requests : 0,
      rssMb: after.rssBytes / 1024 / 1024,
      requests: result.requests,
      failures: result.non2xx + result.errors + result.timeouts,
    };
  } finally {
    if (runner.connected) {
      runner.send({ type: "exit" } satisfies ToRunner);
    }
  }
}
