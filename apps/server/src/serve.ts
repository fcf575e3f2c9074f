/**
 * How `npm start` runs its HTTP side: one process listening, or (`WEB_CONCURRENCY` > 1) a primary
 * that forks that many node:cluster workers sharing the port. Both drain on SIGTERM/SIGINT.
 * @module
 */
import cluster, { type Worker } from "node:cluster";
import type { RequestListener, Server } from "node:http";
import { createServer } from "node:http";
import type { Logger } from "pino";
import { answerClientErrors } from "./http/clientErrors.ts";

// how long open requests may take to finish after a stop signal before their sockets are closed
const DRAIN_TIMEOUT_MS = 10_000;

/** A listening server and how to stop it gracefully. */
export interface Listening {
  server: Server;
  /** Stops accepting, lets open requests finish (at most 10 s), then resolves. */
  drain(): Promise<void>;
}

/**
 * Listens on `port`; resolves once listening, rejects when the port cannot be had.
 * @example
 * const { drain } = await listen(createApp({ db, config }), 8000);
 * await drain();
 */
export function listen(handler: RequestListener, port: number): Promise<Listening> {
  // malformed requests Node refuses itself (a 16 KiB URL, a broken request line) get problem JSON too
  const server = answerClientErrors(createServer(handler));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve({
        server,
        drain: async () => {
          const drained = new Promise<void>((done) => server.close(() => done()));
          server.closeIdleConnections();
          const timeout = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
          await drained;
          clearTimeout(timeout);
        },
      });
    });
  });
}

/** The workers of the primary, and how to stop them all. */
export interface Workers {
  /** Sends every worker SIGTERM and resolves when all have exited (they drain first). */
  stop(): Promise<void>;
}

/**
 * Forks `count` cluster workers (this module's caller runs again in each, with `cluster.isWorker`)
 * with `env` added, resolves when every one listens. A worker that dies later is replaced; one
 * that dies before it ever listened fails the start instead (it would only die again).
 * @example
 * const workers = await forkWorkers({ count: 2, env: { DATABASE_URL: url }, logger });
 * await workers.stop();
 */
export function forkWorkers(options: { count: number; env: Record<string, string>; logger: Logger }): Promise<Workers> {
  const { count, env, logger } = options;
  let stopping = false;
  const live = new Set<Worker>();
  const stop = async () => {
    stopping = true;
    await Promise.all(
      [...live].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) {
              resolve();
              return;
            }
            worker.once("exit", () => resolve());
            worker.process.kill("SIGTERM");
          }),
      ),
    );
  };
  return new Promise((resolve, reject) => {
    let listening = 0;
    const fork = () => {
      const worker = cluster.fork(env);
      live.add(worker);
      let listened = false;
      worker.once("listening", () => {
        listened = true;
        listening += 1;
        if (listening === count) {
          resolve({ stop });
        }
      });
      worker.once("exit", (code, signal) => {
        live.delete(worker);
        if (stopping) {
          return;
        }
        if (listened) {
          logger.error({ pid: worker.process.pid, code, signal }, "HTTP worker died: starting another");
          listening -= 1;
          fork();
        } else {
          void stop().finally(() => reject(new Error(`an HTTP worker exited (${code ?? signal}) before it listened`)));
        }
      });
    };
    for (let index = 0; index < count; index++) {
      fork();
    }
  });
}

/**
 * Runs `stop` on the first SIGTERM or SIGINT, then exits (1 when stopping failed).
 * @example
 * stopOnSignals(logger, async () => { await drain(); await db.destroy(); });
 */
export function stopOnSignals(logger: Logger, stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) {
        return;
      }
      stopping = true;
      stop(signal).then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}
