/**
 * The Express application, built from its dependencies and nothing else (no env, no listen), so
 * tests run it as it runs in production.
 * @module
 */
import { readFileSync } from "node:fs";
import { distFile, loadContract } from "@klantinteracties/contract";
import express, { type Express, type RequestHandler, Router } from "express";
import type { Knex } from "knex";
import pino, { type Logger } from "pino";
import { APIS, type ApiDefinition } from "./apis.ts";
import { type Config, loadConfig } from "./config.ts";
import { recordAuditTrail } from "./events/auditTrail.ts";
import { apiVersion } from "./http/apiVersion.ts";
import { requireToken } from "./http/auth.ts";
import { jsonBody } from "./http/bodyLimits.ts";
import { contractValidation } from "./http/contractValidation.ts";
import { cors } from "./http/cors.ts";
import { docsRouter } from "./http/docs.ts";
import { createMetrics } from "./http/metrics.ts";
import { rejectNulCharacters } from "./http/nulCharacters.ts";
import { Problem, problemHandler } from "./http/problem.ts";
import { joinRepeatedExpand, rejectUnknownQueryParameters } from "./http/queryParameters.ts";
import { rateLimit } from "./http/rateLimit.ts";
import { normaliseRequestBodies } from "./http/requestBody.ts";
import { requestLog } from "./http/requestLog.ts";
import "./http/request.ts";
import { securityHeaders } from "./http/securityHeaders.ts";
import { ApiUrls, origin } from "./http/urls.ts";
import { crudRouter } from "./resources/crudRouter.ts";
import type { ApiContext } from "./resources/present.ts";
import type { WriteListener } from "./resources/writeEvents.ts";

/** What {@link createApp} needs; the hardening settings default to {@link loadConfig}'s defaults. */
export interface AppDependencies {
  db: Knex;
  config: Pick<Config, "externalBaseUrl" | "validateResponses"> &
    Partial<Pick<Config, "corsOrigins" | "maxBodyBytes" | "rateLimitPerMinute" | "exactCountLimit">>;
  logger?: Logger;
  /** The APIs and their resources; default {@link APIS}. */
  apis?: ApiDefinition[];
  /** Told about every write in its transaction (e.g. the event outbox), after the audit trail, which is always on. */
  onWrite?: WriteListener[];
}

const DEFAULTS = loadConfig({});

/**
 * Builds the application serving every API of {@link APIS}.
 * @example
 * const app = createApp({ db, config: loadConfig() });
 * app.listen(8000);
 */
export function createApp({
  db,
  config,
  logger = pino({ level: "silent" }),
  apis = APIS,
  onWrite = [],
}: AppDependencies): Express {
  const app = express();
  app.disable("x-powered-by");
  const metrics = createMetrics(db);
  app.use(securityHeaders(), requestLog(logger), metrics.count, cors(config.corsOrigins ?? []));
  app.get("/metrics", metrics.expose);

  app.get("/_healthz/livez", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/_healthz/readyz", async (_req, res) => {
    try {
      await db.raw("select 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });

  // one limiter for every API: a token has one budget
  const limit = rateLimit(config.rateLimitPerMinute);
  for (const api of apis) {
    const { basePath, router } = apiRouter(api, db, config, limit, [recordAuditTrail, ...onWrite]);
    app.use(basePath, router);
  }
  app.use(() => {
    throw new Problem("not_found", "Deze URL bestaat niet.");
  });
  app.use(problemHandler({ logger, typeBase: (req) => origin(req, config.externalBaseUrl) }));
  return app;
}

/**
 * Where each API lives: the base path of its contract's first server (e.g. `/klantinteracties/api/v1`).
 * @example
 * apiBasePath("klantinteracties"); // "/klantinteracties/api/v1"
 */
export function apiBasePath(api: ApiDefinition["name"]): string {
  const servers = loadContract(api).servers as { url: string }[] | undefined;
  return new URL(servers?.[0]?.url ?? "/", "http://base").pathname.replace(/\/$/, "");
}

function apiRouter(
  api: ApiDefinition,
  db: Knex,
  config: AppDependencies["config"],
  limit: RequestHandler,
  onWrite: WriteListener[],
) {
  const contract = loadContract(api.name);
  const basePath = apiBasePath(api.name);
  const router = Router();
  router.use(apiVersion(String((contract.info as { version: string }).version)));

  // the specification is public, like the reference's schema endpoints
  const specJson = readFileSync(distFile(api.name, "json"), "utf8");
  const specYaml = readFileSync(distFile(api.name, "yaml"), "utf8");
  router.get("/openapi.json", (_req, res) => {
    res.set("Access-Control-Allow-Origin", "*").type("application/json").send(specJson);
  });
  router.get("/openapi.yaml", (_req, res) => {
    res.set("Access-Control-Allow-Origin", "*").type("application/yaml").send(specYaml);
  });
  router.use(docsRouter(String((contract.info as { title: string }).title)));

  router.use(requireToken(db, api.name), limit);
  const maxBytes = config.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  router.use(jsonBody({ maxBytes }), rejectNulCharacters, normaliseRequestBodies(contract, basePath));
  router.use(joinRepeatedExpand, ...contractValidation(contract, config));
  router.use(rejectUnknownQueryParameters(contract, basePath));
  router.use((req, res, next) => {
    res.locals.urls = new ApiUrls(`${origin(req, config.externalBaseUrl)}${basePath}`);
    next();
  });
  const context: ApiContext = {
    db,
    registry: new Map(api.resources.map((resource) => [resource.collection, resource])),
    onWrite,
    paging: { exactCountLimit: config.exactCountLimit ?? DEFAULTS.exactCountLimit },
  };
  for (const resource of api.resources) {
    router.use(`/${resource.collection}`, crudRouter(resource, context));
  }
  for (const operation of api.operations ?? []) {
    router.use(operation(context));
  }
  router.use((req) => {
    throw req.openapi
      ? new Problem("not_implemented", "Deze operatie staat in de standaard maar is nog niet gebouwd.")
      : new Problem("not_found", "Deze URL bestaat niet in de API.");
  });
  return { basePath, router };
}
