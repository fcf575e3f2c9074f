/**
 * One PostgreSQL for the whole test run: the server in DATABASE_URL when set, else an embedded one
 * (fresh, deleted afterwards). Each test file then works in a schema of its own (testServer.ts).
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const EMBEDDED_TEST_PORT = 54329;

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
  const { startEmbeddedPostgres } = await import("../src/db/embeddedPostgres.ts");
  const dataDir = fileURLToPath(new URL(`../../../.data/test-postgres-${EMBEDDED_TEST_PORT}`, import.meta.url));
  rmSync(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedPostgres({
    dataDir,
    port: EMBEDDED_TEST_PORT,
    database: "test",
    persistent: false,
  });
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
