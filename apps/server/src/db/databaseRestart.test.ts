/**
 * PostgreSQL stopped and started again under a steady write load, with an embedded PostgreSQL
 * this test owns. What counts: every write the server acknowledged with 201 is there afterwards,
 * the outage answers 503 problem JSON, and the server serves again without a restart.
 */
import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { Knex } from "knex";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_TOKEN } from "../../test/testServer.ts";
import { createApp } from "../app.ts";
import { seedTokens } from "../http/auth.ts";
import { connect } from "./connection.ts";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./embeddedPostgres.ts";
import { migrate } from "./migrations/index.ts";

const WRITERS = 6;
const CATEGORIEEN = "/klantinteracties/api/v1/categorieen";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let port: number;
let dataDir: string;
let database: EmbeddedDatabase | undefined;
let db: Knex;
let base: string;
let close: () => Promise<void>;

// persistent: the data directory must outlive a stop; the test removes it at the end
const start = () => startEmbeddedPostgres({ dataDir, port, database: "restart", persistent: true });

beforeAll(async () => {
  port = await freePort();
  dataDir = fileURLToPath(new URL(`../../../../.data/restart-postgres-${port}`, import.meta.url));
  rmSync(dataDir, { recursive: true, force: true });
  database = await start();
  db = connect(database.url, { poolMax: 10, acquireTimeoutMs: 2_000, logger: pino({ level: "silent" }) });
  await migrate(db);
  await seedTokens(db, [TEST_TOKEN]);
  const server = createApp({ db, config: { externalBaseUrl: undefined, validateResponses: true } }).listen(
    0,
    "127.0.0.1",
  );
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.destroy();
  };
}, 120_000);

afterAll(async () => {
  await close?.();
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Outcome {
  status: number | "network";
  milliseconds: number;
  problemJson: boolean;
  uuid?: string;
}

describe("PostgreSQL stopped and started during a write load", () => {
  it("loses no acknowledged write, answers the outage with 503 problem JSON and recovers", async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    let sequence = 0;
    const writer = async () => {
      while (running) {
        const started = performance.now();
        try {
          const response = await fetch(`${base}${CATEGORIEEN}`, {
            method: "POST",
            headers: { Authorization: `Token ${TEST_TOKEN}`, "Content-Type": "application/json" },
            body: JSON.stringify({ naam: `schrijf-${sequence++}` }),
          });
          const body = (await response.json()) as { uuid?: string };
          outcomes.push({
            status: response.status,
            milliseconds: performance.now() - started,
            problemJson: /^application\/problem\+json/.test(response.headers.get("content-type") ?? ""),
            uuid: response.status === 201 ? body.uuid : undefined,
          });
        } catch {
          outcomes.push({ status: "network", milliseconds: performance.now() - started, problemJson: false });
        }
      }
    };
    const acknowledged = () => outcomes.filter((outcome) => outcome.status === 201).length;
    const until = async (condition: () => boolean) => {
      while (!condition()) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);

    await until(() => acknowledged() >= 30);
    await database?.stop();
    const stoppedAt = outcomes.length;
    await until(() => outcomes.slice(stoppedAt).filter((outcome) => outcome.status === 503).length >= 20);
    database = await start();
    const restartedAt = outcomes.length;
    const beforeRestart = acknowledged();
    await until(() => acknowledged() >= beforeRestart + 30);
    running = false;
    await Promise.all(writers);

    const acknowledgedUuids = outcomes.flatMap((outcome) => (outcome.uuid ? [outcome.uuid] : []));
    const found = await db("categorieen").whereIn("uuid", acknowledgedUuids).count<{ count: string }[]>("* as count");
    const outage = outcomes.slice(stoppedAt, restartedAt);
    const unavailable = outcomes.filter((outcome) => outcome.status === 503);
    const statuses = outcomes.reduce<Record<string, number>>((counts, outcome) => {
      counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
      return counts;
    }, {});
    const slowest503 = Math.max(...unavailable.map((outcome) => outcome.milliseconds));
    console.info(
      `database restart: ${outcomes.length} writes sent, statuses ${JSON.stringify(statuses)}, ` +
        `${acknowledgedUuids.length} acknowledged, ${found[0]?.count} found; ` +
        `503s during the outage ${outage.filter((outcome) => outcome.status === 503).length}, slowest 503 ${slowest503.toFixed(0)} ms`,
    );

    expect(Number(found[0]?.count)).toBe(acknowledgedUuids.length);
    expect(new Set(acknowledgedUuids).size).toBe(acknowledgedUuids.length);
    // a write the database dropped mid-flight may also be a 503; never a 500, never a hang-up
    expect(Object.keys(statuses).sort()).toEqual(["201", "503"]);
    expect(unavailable.every((outcome) => outcome.problemJson)).toBe(true);
    expect(acknowledged()).toBeGreaterThanOrEqual(beforeRestart + 30);
  }, 180_000);
});
