import type { Knex } from "knex";

// only the SHA-256 of a secret is kept; the secret itself is shown once, when it is created
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable("api_tokens", (table) => {
    table.bigIncrements("id");
    table.string("identifier", 100).notNullable().unique();
    table.string("secret_sha256", 64).notNullable().unique();
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.timestamp("last_used_at", { useTz: true }).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable("api_tokens");
}
