/**
 * Our reference server, started in-process for the suite's own tests: the real app (response
 * validation on) on an ephemeral port, in a schema of its own, with one seeded token.
 * @module
 */
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The little of a Knex instance this module uses. */
interface Database {
  raw(sql: string, bindings?: unknown[]): Promise<unknown>;
  destroy(): Promise<void>;
}

/**
 * Imports a module of the server by a computed specifier, so that this package's typecheck does
 * not compile the server's sources (which other engineers change at the same time).
 */
// biome-ignore lint/suspicious/noExplicitAny: the server's own types stay out of this package on purpose
function serverModule(path: string): Promise<any> {
  return import(`@klantinteracties/server/${path}`);
}

export const REFERENCE_TOKEN = "conformance-token-0123456789";

/** A running reference server. */
export interface ReferenceServer {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  klantinteractiesUrl: string;
  contactgegevensUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the reference server on `databaseUrl`, in a fresh schema that `close` drops again.
 * @example
 * const server = await startReferenceServer("postgres://postgres@127.0.0.1:5432/test");
 * await server.close();
 */
export async function startReferenceServer(databaseUrl: string): Promise<ReferenceServer> {
  const { createApp } = await serverModule("src/app.ts");
  const { connect } = await serverModule("src/db/connection.ts");
  const { migrate } = await serverModule("src/db/migrations/index.ts");
  const { seedTokens } = await serverModule("src/http/auth.ts");
  const schema = `conformance_${randomBytes(6).toString("hex")}`;
  const admin: Database = connect(databaseUrl, { poolMax: 1 });
  await admin.raw("create schema ??", [schema]);
  await admin.destroy();
  const db: Database = connect(databaseUrl, { searchPath: schema, poolMax: 5 });
  await migrate(db);
  await seedTokens(db, [REFERENCE_TOKEN]);
  const app = createApp({ db, config: { externalBaseUrl: undefined, validateResponses: true } });
  const server: Server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    klantinteractiesUrl: `${origin}/klantinteracties/api/v1`,
    contactgegevensUrl: `${origin}/contactgegevens/api/v1`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.raw("drop schema ?? cascade", [schema]);
      await db.destroy();
    },
  };
}
