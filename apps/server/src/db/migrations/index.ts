/**
 * The migrations, in order. A static list instead of a directory scan, so the same code runs
 * under tsx, vitest and compiled JS.
 * @module
 */
import type { Knex } from "knex";
import * as apiTokens from "./0001_api_tokens.ts";
import * as categorieen from "./0002_categorieen.ts";
import * as contactgegevens from "./0003_contactgegevens.ts";
import * as klantinteracties from "./0004_klantinteracties.ts";
import * as tokenScopes from "./0005_token_scopes.ts";
import * as auditAndOutbox from "./0006_audit_and_outbox.ts";
import * as searchIndexes from "./0007_search_indexes.ts";
import * as actorKlantcontactOrder from "./0008_actor_klantcontact_order.ts";

type Migration = { up(db: Knex): Promise<void>; down(db: Knex): Promise<void> };

const MIGRATIONS: [string, Migration][] = [
  ["0001_api_tokens", apiTokens],
  ["0002_categorieen", categorieen],
  ["0003_contactgegevens", contactgegevens],
  ["0004_klantinteracties", klantinteracties],
  ["0005_token_scopes", tokenScopes],
  ["0006_audit_and_outbox", auditAndOutbox],
  ["0007_search_indexes", searchIndexes],
  ["0008_actor_klantcontact_order", actorKlantcontactOrder],
];

/**
 * The knex migration source holding {@link MIGRATIONS}.
 * @example
 * await db.migrate.latest({ migrationSource });
 */
export const migrationSource: Knex.MigrationSource<[string, Migration]> = {
  getMigrations: async () => MIGRATIONS,
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};

/**
 * Brings the schema up to date; returns the names of the migrations that ran.
 * @example
 * await migrate(db); // ["0001_api_tokens", "0002_categorieen", …] on an empty database
 */
export async function migrate(db: Knex): Promise<string[]> {
  if (await upToDate(db)) {
    return [];
  }
  const [, ran] = (await db.migrate.latest({ migrationSource })) as [number, string[]];
  return ran;
}

// one query instead of the migrator's table checks, lock and listing (every start, nearly always
// with nothing to do); any other state (a migration missing, one unknown to this version, no
// table yet) is left to knex, which migrates or says what is wrong
async function upToDate(db: Knex): Promise<boolean> {
  try {
    const done = new Set((await db("knex_migrations").select("name")).map((row: { name: string }) => row.name));
    return done.size === MIGRATIONS.length && MIGRATIONS.every(([name]) => done.has(name));
  } catch {
    return false;
  }
}
