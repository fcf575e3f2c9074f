/**
 * The knex connection pool.
 * @module
 */
import knex, { type Knex } from "knex";
import pg from "pg";
import type { Logger } from "pino";

// DATE columns stay "YYYY-MM-DD" strings: pg would make local-midnight Dates that shift by timezone
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

// like the default of DB_ACQUIRE_TIMEOUT_MS
const DEFAULT_ACQUIRE_TIMEOUT_MS = 5000;

/**
 * Opens a pool to a PostgreSQL database; `searchPath` puts the tables in another schema (tests),
 * `applicationName` is what `pg_stat_activity` shows.
 * A query that gets no connection within `acquireTimeoutMs` fails (a 503 for the client) instead
 * of waiting; a refused connection fails at once. Connections that broke are dropped by the pool
 * and replaced on the next query, so the server recovers by itself when the database is back.
 * @example
 * const db = connect("postgres://postgres@127.0.0.1:5432/test", { acquireTimeoutMs: 2000 });
 * await db.raw("select 1");
 */
export function connect(
  url: string,
  options: {
    searchPath?: string;
    poolMax?: number;
    acquireTimeoutMs?: number;
    applicationName?: string;
    /** Where knex's own warnings go (a lost connection, a failed acquire); default: the console. */
    logger?: Logger;
  } = {},
): Knex {
  const { logger } = options;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS;
  return knex({
    client: "pg",
    connection: {
      connectionString: url,
      // a host that drops packets would otherwise hold a new connection until the OS gives up
      connectionTimeoutMillis: acquireTimeoutMs,
      // names the server's sessions in pg_stat_activity
      application_name: options.applicationName ?? "klantinteracties-server",
    },
    acquireConnectionTimeout: acquireTimeoutMs,
    pool: { min: 0, max: options.poolMax ?? 10 },
    ...(logger
      ? {
          log: {
            warn: (message: unknown) => logger.warn({ knex: String(message) }, "database pool"),
            error: (message: unknown) => logger.error({ knex: String(message) }, "database pool"),
            deprecate: (method: string, alternative: string) =>
              logger.warn({ method, alternative }, "knex deprecation"),
            debug: (message: unknown) => logger.debug({ knex: String(message) }, "database pool"),
          },
        }
      : {}),
    ...(options.searchPath ? { searchPath: [options.searchPath] } : {}),
  });
}
