/**
 * `npm start`: configuration, database (embedded when no DATABASE_URL), migrations, tokens,
 * listen, and a graceful shutdown on SIGTERM/SIGINT.
 * @module
 */
import type { Server } from "node:http";
import pino from "pino";
import { APIS } from "./apis.ts";
import { apiBasePath, createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { migrate } from "./db/migrations/index.ts";
import { openDatabase } from "./db/openDatabase.ts";
import { seedTokens } from "./http/auth.ts";

const DRAIN_TIMEOUT_MS = 10_000;

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const logger = pino({ level: config.logLevel });

const { db, close: closeDatabase } = await openDatabase({
  databaseUrl: config.databaseUrl,
  logger,
  ownSignals: true,
  acquireTimeoutMs: config.dbAcquireTimeoutMs,
});
const ran = await migrate(db);
logger.info({ migrations: ran }, ran.length ? "migrated the database" : "database schema up to date");
const seeded = await seedTokens(db, config.apiTokens);
if (config.apiTokens.length === 0) {
  logger.warn("API_TOKENS is empty: every API request will be refused with 401");
} else {
  logger.info({ tokens: config.apiTokens.length, new: seeded }, "API_TOKENS seeded");
}

const app = createApp({ db, config, logger });
const server: Server = app.listen(config.port, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error }, `cannot listen on port ${config.port}`);
    void closeDatabase().finally(() => process.exit(1));
    return;
  }
  const root = config.externalBaseUrl ?? `http://localhost:${config.port}`;
  for (const api of APIS) {
    const base = `${root}${apiBasePath(api.name)}`;
    logger.info(
      { api: api.name, url: base, docs: `${base}/schema`, spec: `${base}/openapi.yaml` },
      `${api.name} API at ${base}, docs at ${base}/schema`,
    );
  }
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;
  logger.info({ signal }, "shutting down: draining requests");
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timeout = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
  await drained;
  clearTimeout(timeout);
  await closeDatabase();
  logger.info("stopped");
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
