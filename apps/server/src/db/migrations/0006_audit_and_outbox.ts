import type { Knex } from "knex";

// The audit trail (who wrote what, when; field names only, never values) and the event outbox
// (messages written in the same transaction as the change, deleted once delivered).
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable("audit_trail", (table) => {
    table.bigIncrements("id");
    table.timestamp("at", { useTz: true }).notNullable();
    // the token identifier; null for the server itself (seed)
    table.string("actor", 100).nullable();
    table.string("collection", 100).notNullable();
    table.uuid("object_uuid").notNullable();
    table.string("action", 20).notNullable();
    table.specificType("fields", "text[]").notNullable().defaultTo(db.raw("'{}'::text[]"));
    // `audit --resource x` and `audit --uuid y` read newest first
    table.index(["collection", "id"]);
    table.index(["object_uuid", "id"]);
  });
  await db.schema.createTable("event_outbox", (table) => {
    table.bigIncrements("id");
    // which delivery: `notificaties` or `cloudevents`; its URL comes from the configuration
    table.string("target", 20).notNullable();
    table.uuid("object_uuid").notNullable();
    // the message as sent (text keeps its field order; jsonb would not)
    table.text("payload").notNullable();
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.integer("attempts").notNullable().defaultTo(0);
    table.timestamp("next_attempt_at", { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.string("last_error", 500).nullable();
    // the worker's question: is there an older undelivered event of this object for this target?
    table.index(["target", "object_uuid", "id"]);
    table.index(["next_attempt_at", "id"]);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable("event_outbox");
  await db.schema.dropTable("audit_trail");
}
