import type { Knex } from "knex";

// the ten columns of an address group, spelled out here so this migration never changes with the code
function adres(table: Knex.CreateTableBuilder, prefix: string): void {
  table.string(`${prefix}_nummeraanduiding_id`, 16).notNullable().defaultTo("");
  table.string(`${prefix}_straatnaam`, 255).notNullable().defaultTo("");
  table.integer(`${prefix}_huisnummer`).nullable();
  table.string(`${prefix}_huisnummertoevoeging`, 20).notNullable().defaultTo("");
  table.string(`${prefix}_postcode`, 7).notNullable().defaultTo("");
  table.string(`${prefix}_stad`, 255).notNullable().defaultTo("");
  table.string(`${prefix}_adresregel1`, 80).notNullable().defaultTo("");
  table.string(`${prefix}_adresregel2`, 80).notNullable().defaultTo("");
  table.string(`${prefix}_adresregel3`, 80).notNullable().defaultTo("");
  table.string(`${prefix}_land`, 2).notNullable().defaultTo("");
}

// Contactgegevens has no filters and no relations: no indexes beyond the uuid
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable("contactgegevens_organisaties", (table) => {
    table.bigIncrements("id");
    table.uuid("uuid").notNullable().unique().defaultTo(db.raw("gen_random_uuid()"));
    table.string("handelsnaam", 255).notNullable();
    table.date("oprichtingsdatum").nullable();
    table.date("opheffingsdatum").nullable();
    adres(table, "adres");
  });
  await db.schema.createTable("contactgegevens_personen", (table) => {
    table.bigIncrements("id");
    table.uuid("uuid").notNullable().unique().defaultTo(db.raw("gen_random_uuid()"));
    table.date("geboortedatum").notNullable();
    table.date("overlijdensdatum").nullable();
    table.string("geslachtsnaam", 200).notNullable();
    table.string("geslacht", 1).notNullable().defaultTo("");
    table.string("voorvoegsel", 10).notNullable().defaultTo("");
    table.string("voornamen", 200).notNullable().defaultTo("");
    adres(table, "adres");
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable("contactgegevens_personen");
  await db.schema.dropTable("contactgegevens_organisaties");
}
