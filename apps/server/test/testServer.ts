/**
 * The server as tests use it: the real app (response validation on) on an ephemeral port, over a
 * schema of its own in the test database, with one seeded token (all scopes) and more on demand.
 */

import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Knex } from "knex";
import pino from "pino";
import { inject } from "vitest";
import { type AppDependencies, createApp } from "../src/app.ts";
import { connect } from "../src/db/connection.ts";
import { migrate } from "../src/db/migrations/index.ts";
import { hashToken, seedTokens } from "../src/http/auth.ts";
import { answerClientErrors } from "../src/http/clientErrors.ts";
// brings the `databaseUrl` declaration of the global setup into every program that uses this file
import type {} from "./globalSetup.ts";

export const TEST_TOKEN = "test-token-0123456789";

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the server sent
  body: any;
}

export interface TestServer {
  db: Knex;
  /** The schema holding this server's tables, also the `application_name` of its sessions. */
  schema: string;
  /** Absolute URL of a path under the server, e.g. `/klantinteracties/api/v1/categorieen`. */
  url(path: string): string;
  /** Sends a request with the test token unless `token` says otherwise (`null`: no header). */
  request(
    method: string,
    path: string,
    options?: { body?: unknown; rawBody?: string; token?: string | null; headers?: Record<string, string> },
  ): Promise<Reply>;
  /** Stores a token with these scopes and returns its secret. */
  tokenWith(scopes: string[]): Promise<string>;
  close(): Promise<void>;
}

/** What a test may change: the APIs, settings of the app, and the app's pool. */
export interface TestServerOptions extends Partial<Pick<AppDependencies, "apis" | "onWrite">> {
  config?: Partial<AppDependencies["config"]>;
  /** `url`: reach the test database another way (e.g. through a proxy a test can close). */
  pool?: { max?: number; acquireTimeoutMs?: number; url?: string };
}

export async function startTestServer({ apis, config, pool, onWrite }: TestServerOptions = {}): Promise<TestServer> {
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = connect(inject("databaseUrl"), { poolMax: 1 });
  await admin.raw("create schema ??", [schema]);
  await admin.destroy();
  const db = connect(pool?.url ?? inject("databaseUrl"), {
    searchPath: schema,
    poolMax: pool?.max ?? 5,
    acquireTimeoutMs: pool?.acquireTimeoutMs,
    // lets a test find this server's sessions in pg_stat_activity
    applicationName: schema,
    // a test that cuts the database off expects the pool's warnings
    logger: pino({ level: "silent" }),
  });
  await migrate(db);
  await seedTokens(db, [TEST_TOKEN]);
  const app = createApp({
    db,
    config: { externalBaseUrl: undefined, validateResponses: true, ...config },
    ...(apis ? { apis } : {}),
    ...(onWrite ? { onWrite } : {}),
  });
  const server = answerClientErrors(app.listen(0, "127.0.0.1"));
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    db,
    schema,
    url: (path) => `${base}${path}`,
    async request(method, path, { body, rawBody, token = TEST_TOKEN, headers = {} } = {}) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(token === null ? {} : { Authorization: `Token ${token}` }),
          ...(body !== undefined || rawBody !== undefined ? { "Content-Type": "application/json" } : {}),
          ...headers,
        },
        body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
      const text = await response.text();
      const json = /json/.test(response.headers.get("content-type") ?? "");
      return { status: response.status, headers: response.headers, body: json && text ? JSON.parse(text) : text };
    },
    async tokenWith(scopes) {
      const secret = randomBytes(20).toString("hex");
      await db("api_tokens").insert({
        identifier: `test-${secret.slice(0, 12)}`,
        secret_sha256: hashToken(secret),
        scopes,
      });
      return secret;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.raw("drop schema ?? cascade", [schema]);
      await db.destroy();
    },
  };
}
