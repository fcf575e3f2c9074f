/**
 * The write path of every resource: defaults, references, rules, columns, derived values, the
 * row itself and what follows it, in the caller's transaction. Used by the generic routes and by
 * `maak-klantcontact`, which stores three resources in one transaction.
 * @module
 */
import type { Knex } from "knex";
import { Problem } from "../http/problem.ts";
import { resolveReferences } from "../http/references.ts";
import type { AnyResource, GroupField, Write } from "./resource.ts";

/** A stored row's identity. */
export interface Stored {
  id: string;
  uuid: string;
}

/**
 * Validates and stores one body of `resource`; throws a 400 Problem naming every rejected field.
 * @example
 * await db.transaction((trx) => store(trx, categorieen, { naam: "Ondernemer" }, { method: "POST" }));
 */
export async function store(
  trx: Knex.Transaction,
  resource: AnyResource,
  body: Record<string, unknown>,
  options: { method: Write<unknown>["method"]; existing?: { id: string; uuid: string } },
): Promise<Stored> {
  const { existing, method } = options;
  const given = existing ? body : withDefaults(body, resource.createDefaults);
  const write = { body: given, existing, method, trx };
  const { values: referenced, errors } = await resolveReferences(trx, resource.references ?? {}, given);
  for (const rule of resource.rules ?? []) {
    errors.push(...(await rule(write)));
  }
  if (errors.length > 0) {
    throw Problem.invalid(errors);
  }
  const values = {
    ...columnValues(resource.columns, given),
    ...groupValues(resource.groups, given),
    ...referenced,
    ...(await resource.derive?.(write)),
  };
  let stored: Stored;
  if (existing) {
    if (Object.keys(values).length > 0) {
      await trx(resource.table).where({ id: existing.id }).update(values);
    }
    stored = { id: String(existing.id), uuid: existing.uuid };
  } else {
    const [inserted] = await trx(resource.table).insert(values).returning(["id", "uuid"]);
    stored = { id: String(inserted.id), uuid: inserted.uuid };
  }
  const later = await resource.afterWrite?.({ ...write, id: stored.id });
  if (later && later.length > 0) {
    throw Problem.invalid(later);
  }
  return stored;
}

function withDefaults(
  body: Record<string, unknown>,
  defaults: Record<string, () => unknown> | undefined,
): Record<string, unknown> {
  const given = { ...body };
  for (const [field, value] of Object.entries(defaults ?? {})) {
    if (given[field] === undefined || given[field] === null) {
      given[field] = value();
    }
  }
  return given;
}

function columnValues(columns: Record<string, string>, body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) {
    if (body[field] !== undefined) {
      values[column] = body[field];
    }
  }
  return values;
}

function groupValues(
  groups: Record<string, GroupField> | undefined,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, group] of Object.entries(groups ?? {})) {
    if (body[field] !== undefined) {
      Object.assign(values, group.toColumns(body[field] as Record<string, unknown> | null));
    }
  }
  return values;
}
