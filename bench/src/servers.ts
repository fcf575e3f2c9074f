/**
 * The parent side of a tier: fork its server, wait until it listens, ask it for CPU time and
 * memory, and stop it (killing it when it does not stop in time).
 * @module
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChildEnvironment, FromServer, ToServer } from "./childServer.ts";
import type { Tier } from "./report.ts";

const ENTRY: Record<Tier, string> = {
  raw: fileURLToPath(new URL("./rawServer.ts", import.meta.url)),
  full: fileURLToPath(new URL("./fullServer.ts", import.meta.url)),
};
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** A running tier server. */
export interface TierServer {
  tier: Tier;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  pid: number;
  /** From fork to listening, in milliseconds (includes loading TypeScript through tsx). */
  startupMs: number;
  /** The child's own uptime when it listened (process start to listening, without the fork). */
  uptimeMs: number;
  usage(): Promise<{ cpuMicros: number; rssBytes: number }>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * Kills every server child still running (for an interrupted run).
 * @example
 * process.on("SIGINT", () => { killAll(); process.exit(130); });
 */
export function killAll(): void {
  for (const child of running) {
    child.kill("SIGKILL");
  }
}

/**
 * Starts the server of a tier; with `profileDir`, under `--cpu-prof`.
 * @example
 * const server = await startTier("raw", { databaseUrl, schema: "bench_small", token });
 * await server.stop();
 */
export async function startTier(tier: Tier, environment: ChildEnvironment, profileDir?: string): Promise<TierServer> {
  const started = performance.now();
  const child = fork(ENTRY[tier], [], {
    // a profile is written when the child exits, named after its pid
    execArgv: ["--import", "tsx", ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [])],
    env: {
      ...process.env,
      NODE_ENV: "production",
      BENCH_DATABASE_URL: environment.databaseUrl,
      BENCH_SCHEMA: environment.schema,
      BENCH_TOKEN: environment.token,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  const { port, uptimeMs } = await new Promise<{ port: number; uptimeMs: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`T-${tier} did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.on("message", (message: FromServer) => {
      if (message.type === "ready") {
        clearTimeout(timer);
        resolve({ port: message.port, uptimeMs: message.uptimeMs });
      } else if (message.type === "failed") {
        clearTimeout(timer);
        reject(new Error(`T-${tier} failed to start: ${message.message}`));
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`T-${tier} exited with code ${code} before listening`));
    });
  });
  const startupMs = performance.now() - started;
  const send = (message: ToServer) => child.send(message);
  return {
    tier,
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    startupMs,
    uptimeMs,
    usage: () =>
      new Promise((resolve) => {
        const listener = (message: FromServer) => {
          if (message.type === "usage") {
            child.off("message", listener);
            resolve({ cpuMicros: message.cpuMicros, rssBytes: message.rssBytes });
          }
        };
        child.on("message", listener);
        send({ type: "usage" });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        send({ type: "stop" });
      }),
  };
}
