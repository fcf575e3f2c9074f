/**
 * The child side of a tier: listen on a free loopback port, tell the parent over IPC, answer its
 * questions about CPU time and memory, and close when told.
 * @module
 */
import type { Server } from "node:http";

/** Messages from the parent to a server child. */
export type ToServer = { type: "usage" } | { type: "stop" };

/** Messages from a server child to the parent. */
export type FromServer =
  | { type: "ready"; port: number; uptimeMs: number }
  | { type: "usage"; cpuMicros: number; rssBytes: number }
  | { type: "failed"; message: string };

/** What the parent hands a server child in its environment. */
export interface ChildEnvironment {
  databaseUrl: string;
  schema: string;
  token: string;
}

/**
 * Reads the child's environment (set by `startTier`).
 * @example
 * const { databaseUrl, schema, token } = childEnvironment();
 */
export function childEnvironment(): ChildEnvironment {
  const { BENCH_DATABASE_URL, BENCH_SCHEMA, BENCH_TOKEN } = process.env;
  if (!BENCH_DATABASE_URL || !BENCH_SCHEMA || !BENCH_TOKEN || !process.send) {
    throw new Error("a bench server runs as a child of `npm run bench` (BENCH_* variables and IPC missing)");
  }
  return { databaseUrl: BENCH_DATABASE_URL, schema: BENCH_SCHEMA, token: BENCH_TOKEN };
}

/**
 * Listens on 127.0.0.1 and serves the parent's IPC requests until it says stop.
 * @example
 * serveOverIpc(createServer(handler), () => pool.end());
 */
export function serveOverIpc(server: Server, close: () => Promise<void>): void {
  const send = (message: FromServer) => process.send?.(message);
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    send({ type: "ready", port, uptimeMs: process.uptime() * 1000 });
  });
  process.on("message", (message: ToServer) => {
    if (message.type === "usage") {
      const { user, system } = process.cpuUsage();
      send({ type: "usage", cpuMicros: user + system, rssBytes: process.memoryUsage().rss });
    } else if (message.type === "stop") {
      // requests still queued from the last run finish first, then the pool closes
      server.close(() => {
        void close().finally(() => process.exit(0));
      });
      server.closeIdleConnections();
    }
  });
  // the parent went away: do not linger
  process.on("disconnect", () => process.exit(0));
}

/**
 * Reports a start-up failure to the parent and exits.
 * @example
 * main().catch(failStartup);
 */
export function failStartup(error: unknown): void {
  process.send?.({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100);
}
