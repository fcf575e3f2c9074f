/**
 * One PostgreSQL for the suite's own tests: DATABASE_URL when set, else an embedded one on a port
 * of its own (the server's tests use 54329), deleted afterwards.
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import "vitest";
import type { TestProject } from "vitest/node";

const EMBEDDED_PORT = 54331;

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    return undefined;
  }
  // a computed specifier keeps the server's sources out of this package's typecheck
  const embedded = "@klantinteracties/server/src/db/embeddedPostgres.ts";
  const { startEmbeddedPostgres } = await import(embedded);
  const dataDir = fileURLToPath(new URL(`../../../.data/conformance-postgres-${EMBEDDED_PORT}`, import.meta.url));
  rmSync(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, database: "test", persistent: false });
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
