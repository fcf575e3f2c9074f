/**
 * `npm start`: configuration, database (embedded when no DATABASE_URL), migrations, tokens,
 * listen, and a graceful shutdown on SIGTERM/SIGINT. With `WEB_CONCURRENCY` > 1 this process
 * does all of that but the listening, which that many node:cluster workers share (each runs this
 * file again and takes the `cluster.isWorker` branch).
 * @module
 */
import cluster from "node:cluster";
import pino from "pino";
import { APIS } from "./apis.ts";
import { apiBasePath, createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { connect } from "./db/connection.ts";
import { trigramSearch } from "./db/migrations/0007_search_indexes.ts";
import { migrate } from "./db/migrations/index.ts";
import { openDatabase } from "./db/openDatabase.ts";
import { deliveryTargets, outboxListeners } from "./events/outbox.ts";
import { startOutboxWorker } from "./events/outboxWorker.ts";
import { limitHeapGrowth } from "./heapGrowth.ts";
import { seedTokens } from "./http/auth.ts";
import { REDACTED_LOG_PATHS } from "./http/requestLog.ts";
import { forkWorkers, listen, stopOnSignals } from "./serve.ts";

limitHeapGrowth();

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
const logger = pino({ level: config.logLevel, redact: REDACTED_LOG_PATHS });

// events are written to the outbox and delivered only when a receiver is configured
const targets = deliveryTargets(config);

if (cluster.isWorker) {
  // forked by the primary below, which has migrated the database and passed its URL
  const db = connect(config.databaseUrl as string, { acquireTimeoutMs: config.dbAcquireTimeoutMs, logger });
  const { drain } = await listen(createApp({ db, config, logger, onWrite: outboxListeners(targets) }), config.port);
  stopOnSignals(logger, async () => {
    await drain();
    await db.destroy();
  });
} else {
  // only the primary starts the embedded PostgreSQL, migrates, seeds tokens and delivers events
  const {
    db,
    url,
    close: closeDatabase,
  } = await openDatabase({
    databaseUrl: config.databaseUrl,
    logger,
    ownSignals: true,
    acquireTimeoutMs: config.dbAcquireTimeoutMs,
  });
  const ran = await migrate(db);
  logger.info({ migrations: ran }, ran.length ? "migrated the database" : "database schema up to date");
  if (!(await trigramSearch(db)).installed) {
    logger.warn("PostgreSQL has no pg_trgm: the icontains filters (inhoud, onderwerp, adres, …) read whole tables");
  }
  const seeded = await seedTokens(db, config.apiTokens);
  if (config.apiTokens.length === 0) {
    logger.warn("API_TOKENS is empty: every API request will be refused with 401");
  } else {
    logger.info({ tokens: config.apiTokens.length, new: seeded }, "API_TOKENS seeded");
  }

  const outboxWorker = targets.length > 0 ? startOutboxWorker({ db, targets, logger }) : undefined;
  if (outboxWorker) {
    logger.info({ targets: targets.map((target) => target.name) }, "event outbox worker started");
  }
  let stopHttp: () => Promise<void>;
  try {
    if (config.webConcurrency > 1) {
      const workers = await forkWorkers({ count: config.webConcurrency, env: { DATABASE_URL: url }, logger });
      stopHttp = workers.stop;
    } else {
      stopHttp = (await listen(createApp({ db, config, logger, onWrite: outboxListeners(targets) }), config.port))
        .drain;
    }
  } catch (error) {
    logger.fatal({ err: error }, `cannot listen on port ${config.port}`);
    await outboxWorker?.stop();
    await closeDatabase();
    process.exit(1);
  }
  const root = config.externalBaseUrl ?? `http://localhost:${config.port}`;
  for (const api of APIS) {
    const base = `${root}${apiBasePath(api.name)}`;
    logger.info(
      {
        api: api.name,
        url: base,
        docs: `${base}/schema`,
        spec: `${base}/openapi.yaml`,
        workers: config.webConcurrency,
      },
      `${api.name} API at ${base}, docs at ${base}/schema`,
    );
  }
  stopOnSignals(logger, async (signal) => {
    logger.info({ signal }, "shutting down: draining requests");
    await stopHttp();
    await outboxWorker?.stop();
    await closeDatabase();
    logger.info("stopped");
  });
}
