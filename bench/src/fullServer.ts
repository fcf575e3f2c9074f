/**
 * T-full: the reference server as production runs it — the heap growth of main.ts, `createApp` with the configuration
 * defaults of `loadConfig` (response validation off unless BENCH_VALIDATE_RESPONSES=1), pino at `info` writing to /dev/null,
 * metrics and token authentication — on its own pool to the seeded schema. Runs as a child of
 * `npm run bench`; the token is seeded by the parent.
 * @module
 */
import { createServer } from "node:http";
import type { Knex } from "knex";
import pino from "pino";
import { createApp } from "../../apps/server/src/app.ts";
import { loadConfig } from "../../apps/server/src/config.ts";
import { connect } from "../../apps/server/src/db/connection.ts";
import { limitHeapGrowth } from "../../apps/server/src/heapGrowth.ts";
import { childEnvironment, failStartup, serveOverIpc } from "./childServer.ts";

type Pool = { numUsed(): number; numPendingAcquires(): number };

// requests still queued when the load stopped keep running after their sockets closed: let them
// finish (at most 10 s) rather than abort their queries
async function untilIdle(db: Knex): Promise<void> {
  const pool = (db.client as { pool?: Pool }).pool;
  const deadline = Date.now() + 10_000;
  while (pool && pool.numUsed() + pool.numPendingAcquires() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

try {
  // as npm start does (main.ts)
  limitHeapGrowth();
  const { databaseUrl, schema } = childEnvironment();
  // BENCH_VALIDATE_RESPONSES=1 measures what response validation (on in tests) costs
  const config = {
    ...loadConfig({ LOG_LEVEL: "info" }),
    validateResponses: process.env.BENCH_VALIDATE_RESPONSES === "1",
  };
  const logger = pino({ level: config.logLevel }, pino.destination({ dest: "/dev/null", sync: false }));
  const db = connect(databaseUrl, { searchPath: schema });
  const app = createApp({ db, config, logger });
  serveOverIpc(createServer(app), async () => {
    await untilIdle(db);
    await db.destroy();
  });
} catch (error) {
  failStartup(error);
}
