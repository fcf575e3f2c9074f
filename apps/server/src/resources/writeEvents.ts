/**
 * What happens after every write, inside its transaction: the audit trail and the event outbox
 * listen here, so a write and its record commit (or roll back) together. Handlers report writes;
 * listeners decide what to keep.
 * @module
 */
import type { Knex } from "knex";

/** One create, update or delete of one object, as the API saw it. */
export interface WriteEvent {
  /** Collection path, e.g. `partijen`. */
  collection: string;
  /** Model name, e.g. `Partij`. */
  model: string;
  uuid: string;
  /** Absolute URL of the object. */
  url: string;
  /** The reference's notification actions. */
  action: "create" | "update" | "partial_update" | "destroy";
  /** The contract fields the request sent (nothing on destroy). */
  fields: string[];
  /** The token identifier of the client that wrote; `undefined` for the server itself (seed). */
  actor: string | undefined;
  at: Date;
}

/**
 * Called for every write, in the write's transaction; a throw rolls the write back. A create or
 * update is reported after the row is stored, a destroy just before the row goes.
 */
export type WriteListener = (trx: Knex.Transaction, event: WriteEvent) => Promise<void>;

/**
 * Tells every listener about a write.
 * @example
 * await emitWrite(trx, listeners, { collection: "partijen", model: "Partij", uuid, url, action: "create", fields, actor, at: new Date() });
 */
export async function emitWrite(
  trx: Knex.Transaction,
  listeners: readonly WriteListener[],
  event: WriteEvent,
): Promise<void> {
  for (const listener of listeners) {
    await listener(trx, event);
  }
}
