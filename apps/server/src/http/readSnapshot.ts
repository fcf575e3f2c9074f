/**
 * One snapshot for all the queries of a read (the object, its relations, each expand level, the
 * count and the page), so an object deleted meanwhile is either wholly there or wholly gone.
 *
 * knex's own transaction builds a whole knex instance per transaction and wraps every query of it
 * in a client of its own; for a read, which only needs its queries on one connection between
 * BEGIN and COMMIT, that machinery was the larger part of what knex cost per GET. Here the
 * queries are knex's usual builders, pinned to one pooled connection with `.connection()`.
 * @module
 */
import type { Knex } from "knex";

// what knex's pg dialect sends for { isolationLevel: "repeatable read", readOnly: true }
const BEGIN = "begin transaction isolation level repeatable read read only";

type Connection = { end(): Promise<void> };

/**
 * Runs `read` in a read-only REPEATABLE READ transaction on one connection of `db`'s pool, with a
 * `Knex` whose queries (builders and `raw`, from calling it or any of its methods) run on that
 * connection. It commits after `read`, rolls back when `read` throws, and always hands the
 * connection back; one whose rollback failed is closed, so the pool never lends out a connection
 * still inside a transaction.
 * @example
 * const partij = await inReadSnapshot(db, (snapshot) => find(snapshot, partijen, uuid));
 */
export async function inReadSnapshot<T>(db: Knex, read: (snapshot: Knex) => Promise<T>): Promise<T> {
  const connection = (await db.client.acquireConnection()) as Connection;
  const snapshot = pinned(db, connection);
  try {
    await snapshot.raw(BEGIN);
    const result = await read(snapshot);
    await snapshot.raw("commit");
    return result;
  } catch (error) {
    // outside a transaction ROLLBACK only warns; when it fails, the connection is not to be trusted
    await snapshot.raw("rollback").catch(() => connection.end().catch(() => undefined));
    throw error;
  } finally {
    await db.client.releaseConnection(connection);
  }
}

type Pinnable = { connection(connection: unknown): unknown; toSQL(): unknown };

// builders and raw queries are the values that can run; anything else (fn, client, …) passes as is
function isPinnable(value: unknown): value is Pinnable {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Pinnable).connection === "function" &&
    typeof (value as Pinnable).toSQL === "function"
  );
}

type Method = (...args: unknown[]) => unknown;

// one pinned `db` per pooled connection, made when the connection is first used for a read
const pinnedByConnection = new WeakMap<Connection, Knex>();

// `db`, with every builder it makes pinned to `connection` (clones keep the connection)
function pinned(db: Knex, connection: Connection): Knex {
  const known = pinnedByConnection.get(connection);
  if (known) {
    return known;
  }
  const pin = (value: unknown) => (isPinnable(value) ? value.connection(connection) : value);
  // the pinning twin of each method, kept while the method stays the same
  const twins = new Map<PropertyKey, { method: Method; twin: Method }>();
  const knex = new Proxy(db, {
    apply: (target, _this, args: unknown[]) => pin(Reflect.apply(target, target, args)),
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") {
        return value;
      }
      let known = twins.get(property);
      if (known?.method !== value) {
        const method = value as Method;
        known = { method, twin: (...args: unknown[]) => pin(Reflect.apply(method, target, args)) };
        twins.set(property, known);
      }
      return known.twin;
    },
  });
  pinnedByConnection.set(connection, knex);
  return knex;
}
