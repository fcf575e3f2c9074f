/**
 * The database the server and the CLI use: the server in `DATABASE_URL`, or else the embedded
 * PostgreSQL whose data is kept in `<repo>/.data/postgres`.
 * @module
 */
import { fileURLToPath } from "node:url";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { connect } from "./connection.ts";

const EMBEDDED_PORT = 54320;

/** An open pool and how to close it (and stop the embedded PostgreSQL, if one was started). */
export interface OpenDatabase {
  db: Knex;
  /** Where it is (the embedded one's URL too), for processes that open pools of their own. */
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database; without `databaseUrl`, starts the embedded one first. `ownSignals`: the
 * caller handles SIGINT/SIGTERM and calls `close` (a long-running server). `acquireTimeoutMs`: see
 * {@link connect}.
 * @example
 * const { db, close } = await openDatabase({ databaseUrl: process.env.DATABASE_URL, logger });
 * await close();
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  logger: Logger;
  ownSignals?: boolean;
  acquireTimeoutMs?: number;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const db = connect(options.databaseUrl, { acquireTimeoutMs: options.acquireTimeoutMs, logger: options.logger });
    return { db, url: options.databaseUrl, close: () => db.destroy() };
  }
  const dataDir = fileURLToPath(new URL("../../../../.data/postgres", import.meta.url));
  options.logger.info({ dataDir, port: EMBEDDED_PORT }, "no DATABASE_URL: starting the embedded PostgreSQL");
  // loaded only when used: importing it installs process exit hooks
  const { startEmbeddedPostgres } = await import("./embeddedPostgres.ts");
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: EMBEDDED_PORT,
    database: "klantinteracties",
    persistent: true,
    ownSignals: options.ownSignals ?? false,
  });
  const db = connect(embedded.url, { acquireTimeoutMs: options.acquireTimeoutMs, logger: options.logger });
  return {
    db,
    url: embedded.url,
    close: async () => {
      await db.destroy();
      await embedded.stop();
    },
  };
}
