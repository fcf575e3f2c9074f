/**
 * The knex connection pool.
 * @module
 */
import knex, { type Knex } from "knex";
import pg from "pg";

// DATE columns stay "YYYY-MM-DD" strings: pg would make local-midnight Dates that shift by timezone
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/**
 * Opens a pool to a PostgreSQL database; `searchPath` puts the tables in another schema (tests).
 * @example
 * const db = connect("postgres://postgres@127.0.0.1:5432/test");
 * await db.raw("select 1");
 */
export function connect(url: string, options: { searchPath?: string; poolMax?: number } = {}): Knex {
  return knex({
    client: "pg",
    connection: url,
    pool: { min: 0, max: options.poolMax ?? 10 },
    ...(options.searchPath ? { searchPath: [options.searchPath] } : {}),
  });
}
