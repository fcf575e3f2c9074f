import type { Knex } from "knex";

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable("categorieen", (table) => {
    table.bigIncrements("id");
    table.uuid("uuid").notNullable().unique().defaultTo(db.raw("gen_random_uuid()"));
    table.string("naam", 80).notNullable().defaultTo("").index();
  });
  await db.schema.createTable("categorie_relaties", (table) => {
    table.bigIncrements("id");
    table.uuid("uuid").notNullable().unique().defaultTo(db.raw("gen_random_uuid()"));
    // becomes a bigint FK to partijen (on delete cascade) when that table exists
    table.uuid("partij_uuid").nullable().index();
    table.bigInteger("categorie_id").nullable().references("id").inTable("categorieen").onDelete("CASCADE").index();
    table.date("begin_datum").nullable().index();
    table.date("eind_datum").nullable().index();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable("categorie_relaties");
  await db.schema.dropTable("categorieen");
}
