import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { loadConfig } from "../config.ts";
import { connect } from "../db/connection.ts";
import { type DeliveryTarget, deliveryTargets, outboxListeners } from "./outbox.ts";
import { type OutboxWorkerOptions, retryDelayMs, startOutboxWorker } from "./outboxWorker.ts";

const API = "/klantinteracties/api/v1";
const OBJECTS = 3;
const WRITES_PER_OBJECT = 4;

/** One request the receiver got: which receiver path, which object, the exact body, its answer. */
interface Attempt {
  target: string;
  object: string;
  body: string;
  status: number;
}

/** A Notificaties API and a webhook in one: answers with `answer(body, times seen before)`. */
class Receiver {
  readonly attempts: Attempt[] = [];
  answer: (body: string, seenBefore: number) => number = () => 201;
  #server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const message = JSON.parse(body);
      const target = req.url === "/webhook" ? "cloudevents" : "notificaties";
      const object = target === "cloudevents" ? message.subject : message.resourceUrl.split("/").pop();
      const seenBefore = this.attempts.filter((attempt) => attempt.body === body).length;
      const status = this.answer(body, seenBefore);
      this.attempts.push({ target, object, body, status });
      res.writeHead(status).end();
    });
  });
  url = "";

  async start(): Promise<void> {
    this.#server.listen(0, "127.0.0.1");
    await new Promise((resolve) => this.#server.once("listening", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  accepted(): Attempt[] {
    return this.attempts.filter((attempt) => attempt.status < 300);
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

const receiver = new Receiver();
let server: TestServer;
let targets: DeliveryTarget[];

beforeAll(async () => {
  await receiver.start();
  targets = deliveryTargets(
    loadConfig({
      NOTIFICATIONS_URL: `${receiver.url}/notificaties`,
      CLOUDEVENTS_WEBHOOK_URL: `${receiver.url}/webhook`,
    }),
  );
  server = await startTestServer({ onWrite: outboxListeners(targets) });
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.attempts.length = 0;
  receiver.answer = () => 201;
});

// fast pacing for tests; production keeps the defaults
const FAST: Partial<OutboxWorkerOptions> = { pollMs: 10, backoffBaseMs: 5, backoffMaxMs: 40 };
const quiet = pino({ level: "silent" });

/** Writes OBJECTS partijen with WRITES_PER_OBJECT events each (each message different). */
async function writeEvents(): Promise<void> {
  for (let object = 0; object < OBJECTS; object += 1) {
    const partij = (
      await server.request("POST", `${API}/partijen`, {
        body: { soortPartij: "persoon", indicatieActief: true, interneNotitie: "0" },
      })
    ).body;
    for (let version = 1; version < WRITES_PER_OBJECT - 1; version += 1) {
      await server.request("PATCH", `${API}/partijen/${partij.uuid}`, { body: { interneNotitie: String(version) } });
    }
    await server.request("DELETE", `${API}/partijen/${partij.uuid}`);
  }
}

/** The messages waiting in the outbox, per receiver and object, in the order they must arrive. */
async function expectedMessages(): Promise<Map<string, string[]>> {
  const rows = await server.db("event_outbox").orderBy("id");
  const expected = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row.target} ${row.object_uuid}`;
    expected.set(key, [...(expected.get(key) ?? []), row.payload]);
  }
  return expected;
}

function perObject(attempts: Attempt[]): Map<string, string[]> {
  const received = new Map<string, string[]>();
  for (const attempt of attempts) {
    const key = `${attempt.target} ${attempt.object}`;
    received.set(key, [...(received.get(key) ?? []), attempt.body]);
  }
  return received;
}

const outboxCount = async () => Number((await server.db("event_outbox").count({ n: "*" }))[0]?.n);

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  // a bound on waiting, not a timing assertion: the outcome is checked afterwards
  const deadline = Date.now() + 45_000;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("retryDelayMs", () => {
  it("doubles from the base up to the maximum", () => {
    expect([1, 2, 3, 4, 9, 10, 50].map((attempts) => retryDelayMs(attempts))).toEqual([
      1000, 2000, 4000, 8000, 256_000, 300_000, 300_000,
    ]);
    expect(retryDelayMs(3, { backoffBaseMs: 5, backoffMaxMs: 15 })).toBe(15);
  });
});

describe("outbox worker", { timeout: 60_000 }, () => {
  it("retries refused deliveries until accepted: every event arrives once, in order per object", async () => {
    await writeEvents();
    const expected = await expectedMessages();
    expect(expected.size).toBe(OBJECTS * targets.length);
    // every message is refused twice before it is accepted
    receiver.answer = (_body, seenBefore) => (seenBefore < 2 ? 500 : 201);
    const worker = startOutboxWorker({ db: server.db, targets, logger: quiet, ...FAST });
    try {
      await until(async () => (await outboxCount()) === 0, "the outbox to empty");
    } finally {
      await worker.stop();
    }

    expect(perObject(receiver.accepted())).toEqual(expected);
    expect(receiver.attempts).toHaveLength(3 * OBJECTS * WRITES_PER_OBJECT * targets.length);
    // no attempt at event n+1 of an object before event n was accepted
    for (const [key, messages] of expected) {
      const log = receiver.attempts.filter((attempt) => `${attempt.target} ${attempt.object}` === key);
      messages.forEach((message, index) => {
        const firstTry = log.findIndex((attempt) => attempt.body === message);
        const previousAccepted = log.findIndex(
          (attempt) => attempt.body === messages[index - 1] && attempt.status < 300,
        );
        expect(index === 0 || (previousAccepted >= 0 && previousAccepted < firstTry)).toBe(true);
      });
    }
  });

  it("redelivers what a worker that died between sending and marking left behind", async () => {
    await writeEvents();
    const expected = await expectedMessages();
    const total = [...expected.values()].flat().length;
    // the dying worker has a pool of its own, like another process
    const crashingDb = connect(inject("databaseUrl"), { searchPath: server.schema, poolMax: 1, logger: quiet });
    let sentBeforeCrash = 0;
    const crashing = startOutboxWorker({
      db: crashingDb,
      targets,
      logger: quiet,
      ...FAST,
      afterSend: async (trx, rows) => {
        sentBeforeCrash = rows.length;
        void crashing.stop();
        // the connection dies before the delivered rows are deleted
        await trx.raw("select pg_terminate_backend(pg_backend_pid())");
      },
    });
    await until(async () => sentBeforeCrash > 0, "the first round");
    await crashing.stop();
    await crashingDb.destroy();
    expect(receiver.accepted()).toHaveLength(sentBeforeCrash);
    expect(await outboxCount()).toBe(total);

    const survivor = startOutboxWorker({ db: server.db, targets, logger: quiet, ...FAST });
    try {
      await until(async () => (await outboxCount()) === 0, "the outbox to empty");
    } finally {
      await survivor.stop();
    }
    const received = receiver.accepted();
    // at least once: every event, plus the crashed round's once more
    expect(received).toHaveLength(total + sentBeforeCrash);
    const firstCopies = received.filter(
      (attempt, index) => received.findIndex((other) => other.body === attempt.body) === index,
    );
    expect(perObject(firstCopies)).toEqual(expected);
    // only the crashed round (the first event of each object per receiver) came twice
    expect(sentBeforeCrash).toBe(OBJECTS * targets.length);
    const twice = [...expected.values()].filter((messages) => {
      const [first] = messages;
      return received.filter((attempt) => attempt.body === first).length === 2;
    });
    expect(twice).toHaveLength(sentBeforeCrash);
  });

  it("shares the outbox between two workers without sending anything twice", async () => {
    await writeEvents();
    const expected = await expectedMessages();
    const otherDb = connect(inject("databaseUrl"), { searchPath: server.schema, poolMax: 2, logger: quiet });
    const workers = [
      startOutboxWorker({ db: server.db, targets, logger: quiet, ...FAST, batchSize: 2 }),
      startOutboxWorker({ db: otherDb, targets, logger: quiet, ...FAST, batchSize: 2 }),
    ];
    try {
      await until(async () => (await outboxCount()) === 0, "the outbox to empty");
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await otherDb.destroy();
    }
    expect(perObject(receiver.attempts)).toEqual(expected);
  });

  it("keeps undelivered events while the receiver is down", async () => {
    await writeEvents();
    const total = [...(await expectedMessages()).values()].flat().length;
    receiver.answer = () => 503;
    const worker = startOutboxWorker({ db: server.db, targets, logger: quiet, ...FAST });
    try {
      await until(async () => receiver.attempts.length >= 3 * OBJECTS * targets.length, "a few refused rounds");
    } finally {
      await worker.stop();
    }
    expect(await outboxCount()).toBe(total);
    const [waiting] = await server.db("event_outbox").orderBy("id").limit(1);
    expect(waiting.attempts).toBeGreaterThanOrEqual(1);
    expect(waiting.last_error).toBe("HTTP 503");
    await server.db("event_outbox").delete();
  });
});
