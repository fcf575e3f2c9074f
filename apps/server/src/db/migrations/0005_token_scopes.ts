import type { Knex } from "knex";

// what a token may do, per API and mode (`klantinteracties:read`, `contactgegevens:*`, `*`, …);
// tokens made before scopes existed keep the full access they had
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable("api_tokens", (table) => {
    table.specificType("scopes", "text[]").notNullable().defaultTo(db.raw("'{*}'::text[]"));
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable("api_tokens", (table) => {
    table.dropColumn("scopes");
  });
}
