import type { Knex } from "knex";

// The rest of the Klantinteracties schema in one step. Column helpers are spelled out here so
// this migration never changes with the code. Every filter of the contract has an index behind
// it; the ON DELETE of each foreign key is the deletion matrix of the standard.

function identity(db: Knex, table: Knex.CreateTableBuilder): void {
  table.bigIncrements("id");
  table.uuid("uuid").notNullable().unique().defaultTo(db.raw("gen_random_uuid()"));
}

function adres(table: Knex.CreateTableBuilder, prefix: string): void {
  table.string(`${prefix}_nummeraanduiding_id`, 16).notNullable().defaultTo("").index();
  table.string(`${prefix}_straatnaam`, 255).notNullable().defaultTo("");
  table.integer(`${prefix}_huisnummer`).nullable();
  table.string(`${prefix}_huisnummertoevoeging`, 20).notNullable().defaultTo("");
  table.string(`${prefix}_postcode`, 7).notNullable().defaultTo("");
  table.string(`${prefix}_stad`, 255).notNullable().defaultTo("");
  table.string(`${prefix}_adresregel1`, 80).notNullable().defaultTo("").index();
  table.string(`${prefix}_adresregel2`, 80).notNullable().defaultTo("").index();
  table.string(`${prefix}_adresregel3`, 80).notNullable().defaultTo("").index();
  table.string(`${prefix}_land`, 2).notNullable().defaultTo("").index();
}

function contactnaam(table: Knex.CreateTableBuilder, prefix: string, indexed: boolean): void {
  const columns = [
    table.string(`${prefix}_voorletters`, 10).notNullable().defaultTo(""),
    table.string(`${prefix}_voornaam`, 200).notNullable().defaultTo(""),
    table.string(`${prefix}_voorvoegsel_achternaam`, 10).notNullable().defaultTo(""),
    table.string(`${prefix}_achternaam`, 200).notNullable().defaultTo(""),
  ];
  if (indexed) {
    for (const column of columns) {
      column.index();
    }
  }
}

// the free identificator group (objectId, codeObjecttype, codeRegister, codeSoortObjectId)
function identificator(table: Knex.CreateTableBuilder, prefix: string): void {
  table.string(`${prefix}_object_id`, 200).notNullable().defaultTo("").index();
  table.string(`${prefix}_code_objecttype`, 200).notNullable().defaultTo("").index();
  table.string(`${prefix}_code_register`, 200).notNullable().defaultTo("").index();
  table.string(`${prefix}_code_soort_object_id`, 200).notNullable().defaultTo("").index();
}

function reference(
  table: Knex.CreateTableBuilder,
  column: string,
  target: string,
  onDelete: "CASCADE" | "SET NULL" | "RESTRICT",
  nullable = true,
): void {
  const built = table.bigInteger(column).references("id").inTable(target).onDelete(onDelete).index();
  if (nullable) {
    built.nullable();
  } else {
    built.notNullable();
  }
}

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable("partijen", (table) => {
    identity(db, table);
    table.string("nummer", 10).nullable().unique();
    table.string("interne_notitie", 1000).notNullable().defaultTo("");
    table.string("soort_partij", 20).notNullable().index();
    table.boolean("indicatie_geheimhouding").nullable().index();
    table.string("voorkeurstaal", 3).notNullable().defaultTo("");
    table.boolean("indicatie_actief").notNullable().index();
    adres(table, "bezoekadres");
    adres(table, "correspondentieadres");
    // partijIdentificatie, one shape per soortPartij, in one row: whether one was given, then the
    // persoon/contactpersoon contactnaam, the organisatie naam and the contactpersoon's own fields
    table.boolean("identificatie_gegeven").notNullable().defaultTo(false);
    contactnaam(table, "contactnaam", false);
    table.string("organisatie_naam", 200).notNullable().defaultTo("");
    table.uuid("contactpersoon_uuid").nullable();
    // the organisation a contactpersoon worked for; it stays a contactpersoon when that one goes
    reference(table, "werkte_voor_partij_id", "partijen", "SET NULL");
  });

  await db.schema.createTable("partij_identificatoren", (table) => {
    identity(db, table);
    reference(table, "identificeerde_partij_id", "partijen", "CASCADE");
    table.string("andere_partij_identificator", 200).notNullable().defaultTo("").index();
    table.string("code_objecttype", 30).notNullable().index();
    table.string("code_soort_object_id", 30).notNullable().index();
    table.string("object_id", 200).notNullable().index();
    table.string("code_register", 10).notNullable().index();
    // a parent with children cannot go: the standard protects vestigingsnummers' kvk parents
    reference(table, "sub_identificator_van_id", "partij_identificatoren", "RESTRICT");
  });
  await db.raw(`
    create unique index partij_identificatoren_uniek_zonder_ouder on partij_identificatoren
      (code_objecttype, code_soort_object_id, object_id, code_register) where sub_identificator_van_id is null`);
  await db.raw(`
    create unique index partij_identificatoren_uniek_met_ouder on partij_identificatoren
      (code_objecttype, code_soort_object_id, object_id, code_register, sub_identificator_van_id)
      where sub_identificator_van_id is not null`);
  await db.raw(`
    create unique index partij_identificatoren_soort_per_partij on partij_identificatoren
      (identificeerde_partij_id, code_soort_object_id) where identificeerde_partij_id is not null`);

  await db.schema.createTable("vertegenwoordigingen", (table) => {
    identity(db, table);
    reference(table, "vertegenwoordigende_partij_id", "partijen", "CASCADE", false);
    reference(table, "vertegenwoordigde_partij_id", "partijen", "CASCADE", false);
    table.unique(["vertegenwoordigende_partij_id", "vertegenwoordigde_partij_id"]);
  });
  await db.raw(`alter table vertegenwoordigingen add constraint vertegenwoordigingen_niet_zichzelf
    check (vertegenwoordigende_partij_id <> vertegenwoordigde_partij_id)`);

  // categorie-relaties stored partij uuids unchecked until partijen existed; none can be kept
  await db("categorie_relaties").whereNotNull("partij_uuid").update({ partij_uuid: null });
  await db.schema.alterTable("categorie_relaties", (table) => {
    table.dropColumn("partij_uuid");
    reference(table, "partij_id", "partijen", "CASCADE");
  });

  await db.schema.createTable("rekeningnummers", (table) => {
    identity(db, table);
    reference(table, "partij_id", "partijen", "CASCADE");
    table.string("iban", 34).notNullable().index();
    table.string("bic", 11).notNullable().defaultTo("").index();
  });

  await db.schema.createTable("klantcontacten", (table) => {
    identity(db, table);
    table.string("nummer", 10).nullable().unique();
    table.string("referentienummer", 10).nullable().unique();
    table.string("kanaal", 50).notNullable().index();
    table.string("onderwerp", 200).notNullable();
    table.string("inhoud", 1000).notNullable().defaultTo("");
    table.string("reactie", 4000).notNullable().defaultTo("");
    table.boolean("indicatie_contact_gelukt").nullable().index();
    table.string("hoofd_onderwerp_type", 200).notNullable().defaultTo("");
    table.boolean("verdere_actie_ondernomen").notNullable().defaultTo(false);
    table.string("taal", 3).notNullable();
    table.boolean("vertrouwelijk").notNullable().index();
    table.timestamp("plaatsgevonden_op", { useTz: true }).notNullable().defaultTo(db.fn.now()).index();
    table.jsonb("metadata").notNullable().defaultTo("{}");
  });
  await db.raw(`alter table klantcontacten add constraint klantcontacten_gelukt_zonder_verdere_actie
    check (not (coalesce(indicatie_contact_gelukt, false) and verdere_actie_ondernomen))`);
  // the list order of the standard: newest plaatsgevondenOp first, then newest id
  await db.raw("create index klantcontacten_volgorde on klantcontacten (plaatsgevonden_op desc, id desc)");

  await db.schema.createTable("betrokkenen", (table) => {
    identity(db, table);
    reference(table, "was_partij_id", "partijen", "CASCADE");
    reference(table, "had_klantcontact_id", "klantcontacten", "CASCADE", false);
    adres(table, "bezoekadres");
    adres(table, "correspondentieadres");
    contactnaam(table, "contactnaam", true);
    table.string("rol", 20).notNullable().index();
    table.string("organisatienaam", 200).notNullable().defaultTo("").index();
    table.boolean("initiator").notNullable();
  });

  await db.schema.createTable("digitale_adressen", (table) => {
    identity(db, table);
    reference(table, "verstrekt_door_betrokkene_id", "betrokkenen", "SET NULL");
    reference(table, "verstrekt_door_partij_id", "partijen", "CASCADE");
    table.string("adres", 80).notNullable().index();
    table.string("soort_digitaal_adres", 20).notNullable().index();
    table.boolean("is_standaard_adres").notNullable().defaultTo(false).index();
    table.string("omschrijving", 40).notNullable().defaultTo("");
    table.string("referentie", 50).notNullable().defaultTo("").index();
    table.date("verificatie_datum").nullable().index();
  });
  await db.raw(`
    create unique index digitale_adressen_een_standaard on digitale_adressen
      (verstrekt_door_partij_id, soort_digitaal_adres) where is_standaard_adres`);
  await db.raw(`
    create unique index digitale_adressen_referentie_uniek on digitale_adressen
      (verstrekt_door_partij_id, referentie, soort_digitaal_adres)
      where verstrekt_door_partij_id is not null and referentie <> ''`);

  // a partij's preferences point into its own lists; deleting the preferred one clears them
  await db.schema.alterTable("partijen", (table) => {
    reference(table, "voorkeurs_digitaal_adres_id", "digitale_adressen", "SET NULL");
    reference(table, "voorkeurs_rekeningnummer_id", "rekeningnummers", "SET NULL");
  });

  await db.schema.createTable("onderwerpobjecten", (table) => {
    identity(db, table);
    reference(table, "klantcontact_id", "klantcontacten", "CASCADE");
    reference(table, "was_klantcontact_id", "klantcontacten", "CASCADE");
    identificator(table, "identificator");
  });

  await db.schema.createTable("bijlagen", (table) => {
    identity(db, table);
    reference(table, "was_bijlage_van_klantcontact_id", "klantcontacten", "CASCADE");
    identificator(table, "identificator");
  });

  await db.schema.createTable("actoren", (table) => {
    identity(db, table);
    table.string("naam", 200).notNullable().index();
    table.string("soort_actor", 30).notNullable().index();
    table.boolean("indicatie_actief").notNullable().defaultTo(true).index();
    identificator(table, "actoridentificator");
    // actorIdentificatie, one shape per soortActor, in one row
    table.boolean("identificatie_gegeven").notNullable().defaultTo(false);
    table.string("functie", 40).notNullable().defaultTo("");
    table.string("emailadres", 254).notNullable().defaultTo("");
    table.string("telefoonnummer", 20).notNullable().defaultTo("");
    table.string("omschrijving", 200).notNullable().defaultTo("");
    table.string("faxnummer", 20).notNullable().defaultTo("");
  });

  await db.schema.createTable("actorklantcontacten", (table) => {
    identity(db, table);
    reference(table, "actor_id", "actoren", "CASCADE", false);
    reference(table, "klantcontact_id", "klantcontacten", "CASCADE", false);
    table.unique(["actor_id", "klantcontact_id"]);
  });

  await db.schema.createTable("internetaken", (table) => {
    identity(db, table);
    table.string("nummer", 10).nullable().unique();
    table.string("referentienummer", 10).nullable().unique();
    table.string("gevraagde_handeling", 200).notNullable();
    reference(table, "aanleidinggevend_klantcontact_id", "klantcontacten", "CASCADE", false);
    table.string("toelichting", 1000).notNullable().defaultTo("");
    table.string("status", 20).notNullable().index();
    table.timestamp("toegewezen_op", { useTz: true }).notNullable().defaultTo(db.fn.now()).index();
    table.timestamp("afgehandeld_op", { useTz: true }).nullable();
  });
  // the actors a taak is assigned to, in the order given; deleting an actor only unassigns it
  await db.schema.createTable("internetaak_actoren", (table) => {
    table.bigIncrements("id");
    reference(table, "internetaak_id", "internetaken", "CASCADE", false);
    reference(table, "actor_id", "actoren", "CASCADE", false);
    table.integer("positie").notNullable();
    table.unique(["internetaak_id", "actor_id"]);
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of [
    "internetaak_actoren",
    "internetaken",
    "actorklantcontacten",
    "actoren",
    "bijlagen",
    "onderwerpobjecten",
  ]) {
    await db.schema.dropTable(table);
  }
  await db.schema.alterTable("partijen", (table) => {
    table.dropColumn("voorkeurs_digitaal_adres_id");
    table.dropColumn("voorkeurs_rekeningnummer_id");
  });
  for (const table of ["digitale_adressen", "betrokkenen", "klantcontacten", "rekeningnummers"]) {
    await db.schema.dropTable(table);
  }
  await db.schema.alterTable("categorie_relaties", (table) => {
    table.dropColumn("partij_id");
    table.uuid("partij_uuid").nullable().index();
  });
  for (const table of ["vertegenwoordigingen", "partij_identificatoren", "partijen"]) {
    await db.schema.dropTable(table);
  }
}
