/**
 * The seeded data set: partijen (personen with a BSN, organisaties with a KvK-nummer,
 * contactpersonen), their addresses and e-mail addresses, actoren, klantcontacten with a
 * betrokkene, an actor and often an onderwerpobject, and interne taken. Generated inside
 * PostgreSQL (`insert … select generate_series`) with the secondary indexes dropped during the load
 * and rebuilt after it; the scale and the seed version are recorded in `bench_seed`, and a schema
 * that already holds them is reused.
 * @module
 */
import pg from "pg";
import type { Scale } from "./args.ts";
import { bsnForIndex, passesElfproef } from "./bsn.ts";

// bump when the generated data changes: an older seeded schema is then seeded again
const SEED_VERSION = 1;

/** What the scenarios need to know about a seeded schema. */
export interface SeedInfo {
  scale: Scale["name"];
  /** Highest seeded klantcontact id: rows above it were created by S4 and are removed after it. */
  maxKlantcontactId: number;
  reused: boolean;
}

const TABLES = [
  "partijen",
  "partij_identificatoren",
  "digitale_adressen",
  "actoren",
  "klantcontacten",
  "betrokkenen",
  "onderwerpobjecten",
  "actorklantcontacten",
  "internetaken",
  "internetaak_actoren",
] as const;

const VOORNAMEN = ["Jan", "Piet", "Klaas", "Sanne", "Emma", "Daan", "Sophie", "Lucas", "Julia", "Noah", "Fleur"];
const VOORVOEGSELS = ["", "", "", "", "de", "van", "van der", "van den", "ter"];
const ACHTERNAMEN = ["Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters"];
const RECHTSVORMEN = ["B.V.", "Holding B.V.", "V.O.F.", "Stichting", "Vereniging"];
const STRATEN = ["Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianastraat", "Markt"];
const STEDEN = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Zwolle"];
const AFDELINGEN = ["Burgerzaken", "Belastingen", "Vergunningen", "Werk en Inkomen", "Openbare Ruimte", "Wmo"];
const ONDERWERPEN = [
  "Aanvraag paspoort",
  "Verhuizing doorgeven",
  "Afvalinzameling",
  "Parkeervergunning",
  "WOZ-beschikking",
  "Bijstandsuitkering",
  "Klacht openbare ruimte",
  "Omgevingsvergunning",
  "Rijbewijs verlengen",
  "Gemeentelijke belastingen",
  "Melding overlast",
  "Uittreksel BRP",
  "Wmo-voorziening",
  "Kwijtschelding",
  "Geboorteaangifte",
  "Grofvuil ophalen",
];
const AFLOOP = [
  "vraag beantwoord",
  "doorverbonden met de vakafdeling",
  "terugbelverzoek gemaakt",
  "informatie gemaild",
];
const HANDELINGEN = ["Terugbellen", "Informatie opsturen", "Afspraak inplannen", "Doorzetten naar vakafdeling"];
// kanaal by share of klantcontacten: telefoon 45 %, e-mail 20 %, balie 15 %, webformulier 10 %, brief 5 %, chat 5 %
const KANALEN: [string, number][] = [
  ["telefoon", 0.45],
  ["e-mail", 0.65],
  ["balie", 0.8],
  ["webformulier", 0.9],
  ["brief", 0.95],
  ["chat", 1],
];

/** The kanaal values of the seed, most frequent first (S2 and `--explain` use them). */
export const SEEDED_KANALEN = KANALEN.map(([kanaal]) => kanaal);

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
// one of the values, drawn per row
const pick = (values: string[]) =>
  `(array[${values.map(literal).join(", ")}])[1 + floor(random() * ${values.length})::int]`;

const ADRES_SUBFIELDS = [
  "nummeraanduiding_id",
  "straatnaam",
  "huisnummer",
  "huisnummertoevoeging",
  "postcode",
  "stad",
].concat(["adresregel1", "adresregel2", "adresregel3", "land"]);
// the partijen columns in the order of the select below
const PARTIJ_COLUMNS = [
  ...["id", "uuid", "nummer", "interne_notitie", "soort_partij", "indicatie_geheimhouding", "voorkeurstaal"],
  "indicatie_actief",
  ...ADRES_SUBFIELDS.map((field) => `bezoekadres_${field}`),
  ...ADRES_SUBFIELDS.map((field) => `correspondentieadres_${field}`),
  ...["identificatie_gegeven", "contactnaam_voorletters", "contactnaam_voornaam", "contactnaam_voorvoegsel_achternaam"],
  ...["contactnaam_achternaam", "organisatie_naam", "contactpersoon_uuid", "werkte_voor_partij_id"],
];

/** The load statements in order, each with the table it fills. */
function statements(scale: Scale): { table: (typeof TABLES)[number]; sql: string }[] {
  const { partijen: P, klantcontacten: K, actoren: A } = scale;
  const adres = (prefix: string, given: string) => `
    case when ${given} then lpad((363000000000000 + g.i)::text, 16, '0') else '' end as ${prefix}_nummeraanduiding_id,
    case when ${given} then g.straat else '' end as ${prefix}_straatnaam,
    case when ${given} then g.huisnummer end as ${prefix}_huisnummer,
    '' as ${prefix}_huisnummertoevoeging,
    case when ${given} then g.postcode else '' end as ${prefix}_postcode,
    case when ${given} then g.stad else '' end as ${prefix}_stad,
    case when ${given} then g.straat || ' ' || g.huisnummer else '' end as ${prefix}_adresregel1,
    case when ${given} then g.postcode || '  ' || upper(g.stad) else '' end as ${prefix}_adresregel2,
    '' as ${prefix}_adresregel3,
    case when ${given} then 'NL' else '' end as ${prefix}_land`;
  return [
    {
      table: "partijen",
      sql: `
      insert into partijen (${PARTIJ_COLUMNS.join(", ")})
      select * from (
        select g.i as id, gen_random_uuid() as uuid, lpad(g.i::text, 10, '0') as nummer, '' as interne_notitie,
          g.soort as soort_partij, g.r1 < 0.02 as indicatie_geheimhouding, 'nld' as voorkeurstaal,
          g.r2 < 0.97 as indicatie_actief,
          ${adres("bezoekadres", "g.r3 < 0.8")},
          ${adres("correspondentieadres", "g.r3 < 0.1")},
          true as identificatie_gegeven,
          case when g.soort = 'organisatie' then '' else left(g.voornaam, 1) || '.' end as contactnaam_voorletters,
          case when g.soort = 'organisatie' then '' else g.voornaam end as contactnaam_voornaam,
          case when g.soort = 'organisatie' then '' else g.voorvoegsel end as contactnaam_voorvoegsel_achternaam,
          case when g.soort = 'organisatie' then '' else g.achternaam end as contactnaam_achternaam,
          case when g.soort = 'organisatie' then g.achternaam || ' ' || g.rechtsvorm else '' end as organisatie_naam,
          case when g.soort = 'contactpersoon' then gen_random_uuid() end as contactpersoon_uuid,
          case when g.soort = 'contactpersoon' then g.i - 1 end as werkte_voor_partij_id
        from (
          select i,
            case when i % 20 = 0 then 'organisatie' when i % 20 = 1 and i > 20 then 'contactpersoon' else 'persoon' end as soort,
            random() as r1, random() as r2, random() as r3,
            ${pick(VOORNAMEN)} as voornaam, ${pick(VOORVOEGSELS)} as voorvoegsel, ${pick(ACHTERNAMEN)} as achternaam,
            ${pick(RECHTSVORMEN)} as rechtsvorm, ${pick(STRATEN)} as straat, ${pick(STEDEN)} as stad,
            1 + floor(random() * 250)::int as huisnummer,
            (1000 + floor(random() * 8999))::int || ' ' || chr(65 + floor(random() * 26)::int) || chr(65 + floor(random() * 26)::int) as postcode
          from generate_series(1, ${P}) i
        ) g
      ) rows`,
    },
    {
      table: "partij_identificatoren",
      sql: `
      insert into partij_identificatoren
        (uuid, identificeerde_partij_id, andere_partij_identificator, code_objecttype, code_soort_object_id, object_id, code_register)
      select gen_random_uuid(), id, '', 'natuurlijk_persoon', 'bsn', bench_bsn(id::int), 'brp'
        from partijen where soort_partij = 'persoon'
      union all
      select gen_random_uuid(), id, '', 'niet_natuurlijk_persoon', 'kvk_nummer', lpad((10000000 + id)::text, 8, '0'), 'hr'
        from partijen where soort_partij = 'organisatie'`,
    },
    {
      table: "digitale_adressen",
      sql: `
      insert into digitale_adressen
        (id, uuid, verstrekt_door_partij_id, adres, soort_digitaal_adres, is_standaard_adres, omschrijving, referentie)
      select id, gen_random_uuid(), id,
        lower(contactnaam_voornaam) || '.' || lower(replace(contactnaam_achternaam, ' ', '')) || id || '@example.nl',
        'email', true, 'Privé', ''
      from partijen where soort_partij = 'persoon' and id % 2 = 0`,
    },
    {
      table: "actoren",
      sql: `
      insert into actoren (id, uuid, naam, soort_actor, indicatie_actief, actoridentificator_object_id,
        actoridentificator_code_objecttype, actoridentificator_code_register, actoridentificator_code_soort_object_id,
        identificatie_gegeven, functie, emailadres, telefoonnummer, omschrijving, faxnummer)
      select i, gen_random_uuid(),
        case soort when 'medewerker' then voornaam || ' ' || achternaam
          when 'organisatorische_eenheid' then 'Team ' || afdeling else 'Digitale assistent ' || i end,
        soort, i % 25 <> 0, lpad(i::text, 6, '0'), 'mdw', 'obj', 'idf', true,
        case soort when 'medewerker' then 'Klantcontactmedewerker' when 'geautomatiseerde_actor' then 'Chatbot' else '' end,
        case when soort = 'geautomatiseerde_actor' then '' else 'kcc' || i || '@gemeente.example.nl' end,
        case when soort = 'geautomatiseerde_actor' then '' else '0201234567' end,
        case when soort = 'medewerker' then '' else 'Afdeling ' || afdeling end, ''
      from (
        select i,
          case when i % 50 = 0 then 'organisatorische_eenheid' when i % 50 = 1 then 'geautomatiseerde_actor' else 'medewerker' end as soort,
          ${pick(VOORNAMEN)} as voornaam, ${pick(ACHTERNAMEN)} as achternaam, ${pick(AFDELINGEN)} as afdeling
        from generate_series(1, ${A}) i
      ) g`,
    },
    {
      table: "klantcontacten",
      sql: `
      insert into klantcontacten (id, uuid, nummer, referentienummer, kanaal, onderwerp, inhoud, reactie,
        indicatie_contact_gelukt, hoofd_onderwerp_type, verdere_actie_ondernomen, taal, vertrouwelijk, plaatsgevonden_op, metadata)
      select i, gen_random_uuid(), lpad(i::text, 10, '0'), null,
        case ${KANALEN.map(([kanaal, upTo]) => `when r1 < ${upTo} then ${literal(kanaal)}`).join(" ")} end,
        onderwerp, onderwerp || ': ' || afloop, '',
        case when r2 < 0.8 then true when r2 < 0.95 then false end, '',
        r2 >= 0.8 and r2 < 0.9, 'nld', r3 < 0.03,
        timestamptz '2023-01-01 08:00:00+01' + (i::double precision / ${K}) * interval '1095 days'
          + random() * interval '1 hour',
        '{}'::jsonb
      from (
        select i, random() as r1, random() as r2, random() as r3, ${pick(ONDERWERPEN)} as onderwerp, ${pick(AFLOOP)} as afloop
        from generate_series(1, ${K}) i
      ) g`,
    },
    {
      table: "betrokkenen",
      sql: `
      insert into betrokkenen (id, uuid, was_partij_id, had_klantcontact_id, rol, organisatienaam, initiator,
        contactnaam_voorletters, contactnaam_voornaam, contactnaam_voorvoegsel_achternaam, contactnaam_achternaam)
      select g.i, gen_random_uuid(), p.id, g.i, 'klant', coalesce(p.organisatie_naam, ''), true,
        coalesce(p.contactnaam_voorletters, ''), coalesce(p.contactnaam_voornaam, ''),
        coalesce(p.contactnaam_voorvoegsel_achternaam, ''), coalesce(p.contactnaam_achternaam, '')
      from (
        select i, case when random() < 0.85 then 1 + floor(random() * ${P})::bigint end as partij
        from generate_series(1, ${K}) i
      ) g
      left join partijen p on p.id = g.partij`,
    },
    {
      table: "onderwerpobjecten",
      sql: `
      insert into onderwerpobjecten (uuid, klantcontact_id, was_klantcontact_id, identificator_object_id,
        identificator_code_objecttype, identificator_code_register, identificator_code_soort_object_id)
      select gen_random_uuid(), i, null, gen_random_uuid()::text, 'zaak', 'openzaak', 'uuid'
        from generate_series(1, ${K}) i where i % 5 < 3
      union all
      select gen_random_uuid(), i, i - 1, '', '', '', '' from generate_series(2, ${K}) i where i % 50 = 7`,
    },
    {
      table: "actorklantcontacten",
      sql: `
      insert into actorklantcontacten (uuid, actor_id, klantcontact_id)
      select gen_random_uuid(), 1 + floor(random() * ${A})::bigint, i from generate_series(1, ${K}) i`,
    },
    {
      table: "internetaken",
      sql: `
      insert into internetaken (uuid, nummer, gevraagde_handeling, aanleidinggevend_klantcontact_id, toelichting,
        status, toegewezen_op, afgehandeld_op)
      select gen_random_uuid(), lpad(id::text, 10, '0'), handeling, id, 'Graag contact opnemen met de klant.',
        case when r < 0.7 then 'verwerkt' else 'te_verwerken' end,
        plaatsgevonden_op + interval '1 hour',
        case when r < 0.7 then plaatsgevonden_op + interval '2 days' end
      from (
        select id, plaatsgevonden_op, random() as r, ${pick(HANDELINGEN)} as handeling
        from klantcontacten where id % 10 = 3
      ) g`,
    },
    {
      table: "internetaak_actoren",
      sql: `
      insert into internetaak_actoren (internetaak_id, actor_id, positie)
      select id, 1 + floor(random() * ${A})::bigint, 0 from internetaken`,
    },
  ];
}

// the BSN of a partij id, the same algorithm as bsnForIndex in bsn.ts
const BSN_FUNCTION = `
  create or replace function bench_bsn(i integer) returns text language sql immutable as $$
    select b::text || case when t % 11 = 10 then '1' || ((t + 2) % 11)::text else '0' || (t % 11)::text end
    from (
      select b, 9 * (b / 1000000) + 8 * (b / 100000 % 10) + 7 * (b / 10000 % 10) + 6 * (b / 1000 % 10)
        + 5 * (b / 100 % 10) + 4 * (b / 10 % 10) + 3 * (b % 10) as t
      from (select 1000000 + i as b) base
    ) s
  $$`;

/**
 * Makes sure `database.schema` holds the seeded set of `scale`: reuses it when `bench_seed` says
 * so (after applying any new migration), else drops the schema, migrates and seeds it.
 * @example
 * const seeded = await ensureSeeded({ url, schema: "bench_small" }, SCALES.small, { reseed: false });
 */
export async function ensureSeeded(
  database: { url: string; schema: string },
  scale: Scale,
  options: { reseed: boolean },
): Promise<SeedInfo> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const schema = pg.escapeIdentifier(database.schema);
    const recorded = options.reseed ? undefined : await recordedSeed(client, database.schema, scale);
    if (recorded) {
      await migrateSchema(database);
      console.log(`seed: reusing schema ${database.schema} (scale ${scale.name}, seeded ${recorded.seededAt})`);
      return { scale: scale.name, maxKlantcontactId: recorded.maxKlantcontactId, reused: true };
    }
    console.log(`seed: (re)creating schema ${database.schema} for scale ${scale.name}`);
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.query(`create schema ${schema}`);
    await migrateSchema(database);
    await client.query(`set search_path to ${schema}`);
    const started = performance.now();
    const total = await load(client, database.schema, scale);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `seed: ${total.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${rate(total, seconds)} rows/s overall)`,
    );
    await checkBsns(client);
    const maxKlantcontactId = Number((await client.query("select max(id) as max from klantcontacten")).rows[0].max);
    await client.query(`
      create table bench_seed (scale text not null, version integer not null, rows bigint not null,
        seconds double precision not null, max_klantcontact_id bigint not null, seeded_at timestamptz not null default now())`);
    await client.query(
      "insert into bench_seed (scale, version, rows, seconds, max_klantcontact_id) values ($1, $2, $3, $4, $5)",
      [scale.name, SEED_VERSION, total, seconds, maxKlantcontactId],
    );
    return { scale: scale.name, maxKlantcontactId, reused: false };
  } finally {
    await client.end();
  }
}

async function recordedSeed(
  client: pg.Client,
  schema: string,
  scale: Scale,
): Promise<{ maxKlantcontactId: number; seededAt: string } | undefined> {
  const exists = await client.query("select to_regclass($1) as found", [`${pg.escapeIdentifier(schema)}.bench_seed`]);
  if (!exists.rows[0].found) {
    return undefined;
  }
  const { rows } = await client.query(
    `select max_klantcontact_id, seeded_at from ${pg.escapeIdentifier(schema)}.bench_seed where scale = $1 and version = $2`,
    [scale.name, SEED_VERSION],
  );
  return rows[0]
    ? { maxKlantcontactId: Number(rows[0].max_klantcontact_id), seededAt: new Date(rows[0].seeded_at).toISOString() }
    : undefined;
}

// the server's own migrations, into the bench schema
async function migrateSchema(database: { url: string; schema: string }): Promise<void> {
  const { connect } = await import("../../apps/server/src/db/connection.ts");
  const { migrate } = await import("../../apps/server/src/db/migrations/index.ts");
  const db = connect(database.url, { searchPath: database.schema, poolMax: 1 });
  try {
    const ran = await migrate(db);
    if (ran.length > 0) {
      console.log(`seed: migrations ran in ${database.schema}: ${ran.join(", ")}`);
    }
  } finally {
    await db.destroy();
  }
}

async function load(client: pg.Client, schema: string, scale: Scale): Promise<number> {
  await client.query("set synchronous_commit to off");
  await client.query("set maintenance_work_mem to '256MB'");
  try {
    // foreign-key triggers off for the load (superuser only); every reference is made valid anyway
    await client.query("set session_replication_role to replica");
  } catch {
    console.log("seed: not a superuser, loading with foreign-key checks on (slower)");
  }
  await client.query(BSN_FUNCTION);
  const indexes = await secondaryIndexes(client, schema);
  for (const index of indexes) {
    await client.query(`drop index ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(index.name)}`);
  }
  const uniques = await uniqueConstraints(client, schema);
  for (const unique of uniques) {
    await client.query(`alter table ${unique.table} drop constraint ${pg.escapeIdentifier(unique.name)}`);
  }
  let total = 0;
  for (const { table, sql } of statements(scale)) {
    const started = performance.now();
    const { rowCount } = await client.query(sql);
    const seconds = (performance.now() - started) / 1000;
    total += rowCount ?? 0;
    console.log(
      `seed: ${table.padEnd(22)} ${String(rowCount).padStart(9)} rows ${seconds.toFixed(1).padStart(6)} s ${rate(rowCount ?? 0, seconds).padStart(9)} rows/s`,
    );
  }
  await client.query(
    "update partijen set voorkeurs_digitaal_adres_id = id where soort_partij = 'persoon' and id % 2 = 0",
  );
  for (const table of ["partijen", "digitale_adressen", "actoren", "klantcontacten", "betrokkenen"]) {
    await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
  await client.query("set session_replication_role to origin").catch(() => {});
  let started = performance.now();
  for (const unique of uniques) {
    await client.query(
      `alter table ${unique.table} add constraint ${pg.escapeIdentifier(unique.name)} ${unique.definition}`,
    );
  }
  for (const index of indexes) {
    await client.query(index.definition);
  }
  console.log(
    `seed: ${uniques.length} unique constraints and ${indexes.length} secondary indexes rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  started = performance.now();
  for (const table of TABLES) {
    await client.query(`vacuum (analyze) ${table}`);
  }
  console.log(`seed: vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return total;
}

// indexes that no constraint owns (primary keys and unique constraints stay during the load)
async function secondaryIndexes(client: pg.Client, schema: string): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class c on c.oid = i.indexrelid
       join pg_class t on t.oid = i.indrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = $1 and t.relname = any($2)
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
    [schema, [...TABLES]],
  );
  return rows;
}

// unique constraints (uuid, nummer, …) other than primary keys: no foreign key points at them
async function uniqueConstraints(
  client: pg.Client,
  schema: string,
): Promise<{ table: string; name: string; definition: string }[]> {
  const { rows } = await client.query(
    `select t.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k
       join pg_class t on t.oid = k.conrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = $1 and t.relname = any($2) and k.contype = 'u'
        and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = k.conindid)`,
    [schema, [...TABLES]],
  );
  return rows.map((row) => ({ ...row, table: pg.escapeIdentifier(row.table) }));
}

// the SQL BSNs against the TypeScript elfproef and generator
async function checkBsns(client: pg.Client): Promise<void> {
  const { rows } = await client.query(
    "select identificeerde_partij_id as id, object_id from partij_identificatoren where code_soort_object_id = 'bsn' order by random() limit 1000",
  );
  const wrong = rows.filter((row) => !passesElfproef(row.object_id) || row.object_id !== bsnForIndex(Number(row.id)));
  if (wrong.length > 0) {
    throw new Error(`seed: ${wrong.length} of ${rows.length} sampled BSNs are wrong, e.g. ${wrong[0].object_id}`);
  }
  console.log(`seed: ${rows.length} sampled BSNs pass the elfproef`);
}

function rate(rows: number, seconds: number): string {
  return Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString("en");
}
