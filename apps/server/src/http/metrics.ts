/**
 * Prometheus metrics at `/metrics`: requests by operation and status, their latency, the
 * database pool, and the process defaults. One registry per app, so apps built in tests do not
 * share counters.
 * @module
 */
import type { RequestHandler } from "express";
import type { Knex } from "knex";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** The metrics of one app: the middleware that counts and the handler that exposes. */
export interface Metrics {
  /** Counts and times every request; mount it first. */
  count: RequestHandler;
  /** Serves the registry in the Prometheus text format. */
  expose: RequestHandler;
}

interface PoolLike {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * Creates the metrics of an app using `db`.
 * @example
 * const metrics = createMetrics(db);
 * app.use(metrics.count);
 * app.get("/metrics", metrics.expose);
 */
export function createMetrics(db: Knex): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "operation", "status"] as const;
  const requests = new Counter({
    name: "http_requests_total",
    help: "Requests answered, by method, contract operation and status.",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer a request, by method, contract operation and status.",
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const pool = () => (db.client as { pool?: PoolLike }).pool;
  new Gauge({
    name: "db_pool_connections",
    help: "Database pool connections by state (used, free, pending acquires).",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const current = pool();
      this.set({ state: "used" }, current?.numUsed() ?? 0);
      this.set({ state: "free" }, current?.numFree() ?? 0);
      this.set({ state: "pending" }, current?.numPendingAcquires() ?? 0);
    },
  });

  return {
    count: (req, res, next) => {
      const stop = duration.startTimer();
      res.on("finish", () => {
        // the operation, not the URL: uuids in paths would make every object its own series
        const labels = {
          method: req.method,
          operation: req.openapi?.schema?.operationId ?? "other",
          status: String(res.statusCode),
        };
        requests.inc(labels);
        stop(labels);
      });
      next();
    },
    expose: async (_req, res) => {
      res.type(registry.contentType).send(await registry.metrics());
    },
  };
}
