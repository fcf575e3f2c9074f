/**
 * One PostgreSQL for the whole test run: the server in DATABASE_URL when set, else an embedded one
 * (fresh, deleted afterwards). Each test file then works in a schema of its own (testServer.ts).
 */
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

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
  // a free port and a directory of its own: several workspaces' test runs may each start one
  const port = await freePort();
  const dataDir = fileURLToPath(new URL(`../../../.data/test-postgres-${port}`, import.meta.url));
  rmSync(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedPostgres({
    dataDir,
    port,
    database: "test",
    persistent: false,
  });
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
