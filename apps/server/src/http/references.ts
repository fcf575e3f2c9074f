/**
 * References between resources: `{uuid}` in, `{uuid, url}` out. A referenced uuid that does not
 * exist is a 400 on `<field>.uuid`, like the reference implementation.
 * @module
 */
import type { Knex } from "knex";
import type { InvalidParam } from "./problem.ts";
import type { ApiUrls } from "./urls.ts";

/** How a writable `{uuid}` field is stored. */
export interface ReferenceField {
  /** Column of the referring table. */
  column: string;
  /** Collection path of the target, for its `url`. */
  collection: string;
  /** Model name in messages ("Categorie object bestaat niet."). */
  model: string;
  /**
   * Table holding the target; the column then stores the target's internal `id`.
   * Without it the column stores the uuid unchecked (only while the target resource is not built).
   */
  table?: string;
}

/** A reference as the contract returns it. */
export interface ReferenceOut {
  uuid: string;
  url: string;
}

/**
 * The `{uuid, url}` of a referenced object, or `null` when there is none.
 * @example
 * referenceOut(urls, "categorieen", row.categorie_uuid); // { uuid, url } | null
 */
export function referenceOut(urls: ApiUrls, collection: string, uuid: string | null | undefined): ReferenceOut | null {
  return uuid ? { uuid, url: urls.resource(collection, uuid) } : null;
}

/**
 * Turns the reference fields present in a body into column values; unknown uuids become
 * `invalidParams` instead of values. `null` unlinks.
 * @example
 * const { values, errors } = await resolveReferences(trx, { categorie: field }, { categorie: { uuid } });
 * values; // { categorie_id: 42 }
 */
export async function resolveReferences(
  db: Knex,
  fields: Record<string, ReferenceField>,
  body: Record<string, unknown>,
): Promise<{ values: Record<string, unknown>; errors: InvalidParam[] }> {
  const values: Record<string, unknown> = {};
  const errors: InvalidParam[] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (!(name in body)) {
      continue;
    }
    const given = body[name] as { uuid?: string } | null;
    if (given === null || given.uuid === undefined) {
      values[field.column] = null;
      continue;
    }
    if (!field.table) {
      values[field.column] = given.uuid;
      continue;
    }
    const target = await db(field.table).where({ uuid: given.uuid }).first("id");
    if (target) {
      values[field.column] = target.id;
    } else {
      errors.push({ name: `${name}.uuid`, code: "does_not_exist", reason: `${field.model} object bestaat niet.` });
    }
  }
  return { values, errors };
}
