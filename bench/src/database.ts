/**
 * Where the seeded data lives: schema `bench_<scale>` in the database of `DATABASE_URL`, or, without
 * it, in an embedded PostgreSQL of its own (data kept in `<repo>/.data/bench-postgres`, port
 * 54329), so a seeded set survives between runs and never mixes with `npm start`'s data.
 * @module
 */
import { fileURLToPath } from "node:url";
import type { Scale } from "./args.ts";

const EMBEDDED_PORT = 54329;

/** A database to seed and serve from; `close` stops the embedded PostgreSQL if one was started. */
export interface BenchDatabase {
  /** Connection URL without the schema. */
  url: string;
  /** The schema holding the seeded tables (put first on the search path of every connection). */
  schema: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the bench database for a scale.
 * @example
 * const database = await openBenchDatabase(SCALES.small, process.env.DATABASE_URL);
 * database.schema; // "bench_small"
 * await database.close();
 */
export async function openBenchDatabase(scale: Scale, databaseUrl: string | undefined): Promise<BenchDatabase> {
  const schema = `bench_${scale.name}`;
  if (databaseUrl) {
    return { url: databaseUrl, schema, embedded: false, close: async () => {} };
  }
  // loaded only when used: importing it installs process exit hooks
  const { startEmbeddedPostgres } = await import("../../apps/server/src/db/embeddedPostgres.ts");
  const dataDir = fileURLToPath(new URL("../../.data/bench-postgres", import.meta.url));
  console.log(`no DATABASE_URL: starting an embedded PostgreSQL in ${dataDir} on port ${EMBEDDED_PORT}`);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: EMBEDDED_PORT,
    database: "bench",
    persistent: true,
    ownSignals: true,
  });
  return { url: embedded.url, schema, embedded: true, close: () => embedded.stop() };
}
