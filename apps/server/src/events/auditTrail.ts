/**
 * The audit trail: one row per write, kept in the write's transaction (a rolled-back write leaves
 * no record, a committed one always has one). It holds who, what and when, and the names of the
 * fields a request sent, never their values, so no BSN or other personal data lands in it.
 * @module
 */
import type { Knex } from "knex";
import type { WriteEvent, WriteListener } from "../resources/writeEvents.ts";

/** One audit record as {@link readAuditTrail} returns it. */
export interface AuditRecord {
  id: string;
  at: Date;
  /** Token identifier; `null` for writes of the server itself (seed). */
  actor: string | null;
  collection: string;
  uuid: string;
  action: WriteEvent["action"];
  fields: string[];
}

// contract field names are identifiers; anything else a client put in a body key is not kept,
// so a value smuggled in as a key (a BSN is all digits) cannot reach the table
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/**
 * The write listener that records every write; `createApp` always installs it.
 * @example
 * createApp({ db, config, onWrite: [recordAuditTrail] });
 */
export const recordAuditTrail: WriteListener = async (trx, event) => {
  await trx("audit_trail").insert({
    at: event.at,
    actor: event.actor ?? null,
    collection: event.collection,
    object_uuid: event.uuid,
    action: event.action,
    fields: event.fields.filter((field) => FIELD_NAME.test(field)),
  });
};

/** What {@link readAuditTrail} selects; every part optional. */
export interface AuditQuery {
  /** A collection, e.g. `partijen`. */
  resource?: string;
  uuid?: string;
  /** At most this many records (default 50). */
  limit?: number;
}

/**
 * Audit records, newest first.
 * @example
 * const records = await readAuditTrail(db, { resource: "partijen", limit: 10 });
 * records[0]; // { id: "42", at: 2026-…, actor: "portaal", collection: "partijen", uuid: "…", action: "create", fields: ["soortPartij", …] }
 */
export async function readAuditTrail(
  db: Knex,
  { resource, uuid, limit = 50 }: AuditQuery = {},
): Promise<AuditRecord[]> {
  const query = db("audit_trail").select("id", "at", "actor", "collection", "object_uuid", "action", "fields");
  if (resource !== undefined) {
    query.where({ collection: resource });
  }
  if (uuid !== undefined) {
    query.where({ object_uuid: uuid });
  }
  const rows = await query.orderBy("id", "desc").limit(limit);
  return rows.map((row) => ({
    id: String(row.id),
    at: row.at,
    actor: row.actor,
    collection: row.collection,
    uuid: row.object_uuid,
    action: row.action,
    fields: row.fields,
  }));
}
