/**
 * `migrate`: brings the database schema up to date (the server also does this at start-up).
 * @module
 */
import type { Knex } from "knex";
import { migrate } from "../db/migrations/index.ts";

/**
 * Runs the pending migrations and prints which ran.
 * @example
 * await migrateCommand(db, console.log); // "ran 3 migrations: 0001_api_tokens, …"
 */
export async function migrateCommand(db: Knex, print: (line: string) => void): Promise<void> {
  const ran = await migrate(db);
  print(ran.length ? `ran ${ran.length} migration(s): ${ran.join(", ")}` : "the schema is up to date");
}
