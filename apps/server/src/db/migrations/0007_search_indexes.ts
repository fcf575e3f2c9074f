import type { Knex } from "knex";

// Trigram indexes for the `icontains` filters (a case-insensitive "contains" is an ILIKE
// '%…%', which no b-tree can answer: without these, each such filter reads the whole table).
// They need the pg_trgm extension, which PostgreSQL ships in its contrib package (the embedded
// PostgreSQL and Debian's postgresql-15 both have it). Where it is missing or may not be
// created, this migration does nothing and the filters stay correct, only slower;
// `trigramSearch` tells the server so at start-up.

/** Every column an `icontains` filter searches (grep `icontains(` in src/resources). */
export const TRIGRAM_COLUMNS: readonly [table: string, column: string][] = [
  ["klantcontacten", "inhoud"],
  ["klantcontacten", "onderwerp"],
  ["klantcontacten", "reactie"],
  ["digitale_adressen", "adres"],
  ["digitale_adressen", "omschrijving"],
  ["actoren", "naam"],
];

/**
 * Whether pg_trgm is installed in this database, and in which schema (its operator class is named
 * with that schema, so the indexes work whatever the search path).
 * @example
 * await trigramSearch(db); // { installed: true, schema: "public" }
 */
export async function trigramSearch(db: Knex): Promise<{ installed: boolean; schema?: string }> {
  const { rows } = await db.raw(
    "select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'",
  );
  const schema = (rows as { schema: string }[])[0]?.schema;
  return schema ? { installed: true, schema } : { installed: false };
}

export async function up(db: Knex): Promise<void> {
  if (!(await trigramSearch(db)).installed) {
    const { rows } = await db.raw("select 1 from pg_available_extensions where name = 'pg_trgm'");
    if (rows.length === 0) {
      return;
    }
    try {
      // a savepoint: a refused CREATE EXTENSION (no privilege, or another schema's migration
      // creating it at the same moment) must not abort this migration
      await db.transaction(async (savepoint) => {
        // in public, not the first schema of the search path (tests and the bench use their own)
        await savepoint.raw("create extension if not exists pg_trgm with schema public");
      });
    } catch {
      // checked again below: it may exist now all the same
    }
  }
  const { schema } = await trigramSearch(db);
  if (!schema) {
    return;
  }
  for (const [table, column] of TRIGRAM_COLUMNS) {
    await db.raw(`create index ?? on ?? using gin (?? ${quote(schema)}.gin_trgm_ops)`, [
      `${table}_${column}_trigram`,
      table,
      column,
    ]);
  }
}

export async function down(db: Knex): Promise<void> {
  for (const [table, column] of TRIGRAM_COLUMNS) {
    await db.raw("drop index if exists ??", [`${table}_${column}_trigram`]);
  }
  // the extension stays: other schemas of this database may index with it
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
