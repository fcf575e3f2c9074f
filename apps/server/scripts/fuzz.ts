/**
 * `npm run fuzz -w apps/server -- --requests 10000 [--seed N] [--concurrency 4]`: hostile requests
 * generated from the contract against an in-process server (response validation on) over demo
 * data, in a schema of its own in DATABASE_URL (or a throw-away embedded PostgreSQL). Prints the
 * requests sent, the status histogram, the 5xx seen and whether the data changed; exits 1 on any
 * violation.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { APIS } from "../src/apis.ts";
import { createApp } from "../src/app.ts";
import { seedDemo } from "../src/cli/seedDemo.ts";
import { connect } from "../src/db/connection.ts";
import { migrate } from "../src/db/migrations/index.ts";
import { seedTokens } from "../src/http/auth.ts";
import { answerClientErrors } from "../src/http/clientErrors.ts";
import { dataFingerprint, existingUuids, formatReport, runFuzz } from "../test/fuzz/fuzzRun.ts";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "10000" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    concurrency: { type: "string", default: "4" },
  },
});
const requests = Number(values.requests);
const seed = Number(values.seed);
const token = randomBytes(16).toString("hex");
const maxBodyBytes = 1024 * 1024;

const embedded = process.env.DATABASE_URL ? undefined : await startThrowAwayPostgres();
const databaseUrl = process.env.DATABASE_URL ?? (embedded?.url as string);
const schema = `fuzz_${randomBytes(6).toString("hex")}`;
const admin = connect(databaseUrl, { poolMax: 1 });
await admin.raw("create schema ??", [schema]);
const db = connect(databaseUrl, { searchPath: schema, poolMax: 10 });
let failed = true;
try {
  await migrate(db);
  await seedTokens(db, [token]);
  await seedDemo(db);
  const app = createApp({ db, config: { externalBaseUrl: undefined, validateResponses: true, maxBodyBytes } });
  const server = answerClientErrors(app.listen(0, "127.0.0.1"));
  await new Promise((resolve) => server.once("listening", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const before = await dataFingerprint(db);
  const started = performance.now();
  console.log(`fuzzing with ${requests} requests, seed ${seed}`);
  const report = await runFuzz({
    baseUrl,
    world: { uuids: await existingUuids(db, APIS), hugeLength: 100_000, maxBodyBytes, token },
    requests,
    seed,
    concurrency: Number(values.concurrency),
    onProgress: (sent) => process.stderr.write(`\r${sent}/${requests}`),
  });
  process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  const after = await dataFingerprint(db);
  const changed = Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]));
  const unchanged = changed.length === 0;
  console.log(formatReport(report, 20));
  console.log(`data unchanged: ${unchanged ? "yes" : `NO (${changed.join(", ")})`}`);
  console.log(`duration: ${seconds.toFixed(1)} s (${(report.sent / seconds).toFixed(0)} requests/s)`);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  failed = report.violations.length > 0 || !unchanged;
} finally {
  await db.destroy();
  await admin.raw("drop schema ?? cascade", [schema]);
  await admin.destroy();
  await embedded?.stop();
}
process.exitCode = failed ? 1 : 0;

async function startThrowAwayPostgres() {
  const { startEmbeddedPostgres } = await import("../src/db/embeddedPostgres.ts");
  const port = 55_000 + Math.floor(Math.random() * 5_000);
  return startEmbeddedPostgres({
    dataDir: fileURLToPath(new URL(`../../../.data/fuzz-postgres-${port}`, import.meta.url)),
    port,
    database: "fuzz",
    persistent: false,
  });
}
