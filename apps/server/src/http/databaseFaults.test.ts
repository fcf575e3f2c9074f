import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestServer, TEST_TOKEN, type TestServer } from "../../test/testServer.ts";
import { createApp } from "../app.ts";
import { connect } from "../db/connection.ts";
import { RETRY_AFTER_UNAVAILABLE_SECONDS } from "./problem.ts";

const CATEGORIEEN = "/klantinteracties/api/v1/categorieen";

type Reply = Awaited<ReturnType<TestServer["request"]>>;

function expectUnavailable(reply: Reply) {
  expect(reply.status).toBe(503);
  expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(reply.headers.get("retry-after")).toBe(String(RETRY_AFTER_UNAVAILABLE_SECONDS));
  expect(reply.body).toMatchObject({ status: 503, code: "service_unavailable" });
}

/** A TCP proxy to the test database that a test takes down (cutting every connection) and brings back. */
async function startDatabaseProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((client) => {
        const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("error", () => {});
          socket.on("close", () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      listening.once("error", reject);
      listening.listen(port, "127.0.0.1", () => {
        port = (listening.address() as AddressInfo).port;
        server = listening;
        resolve();
      });
    });
  const down = async () => {
    const closed = new Promise((resolve) => server?.close(resolve));
    for (const socket of sockets) {
      socket.destroy();
    }
    await closed;
  };
  await up();
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  return { url: url.toString(), up, down };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function get(base: string, path: string): Promise<Reply> {
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Token ${TEST_TOKEN}` } });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("a database that cannot be reached", () => {
  it("gives 503 problem JSON with Retry-After at once, without waiting for the acquire timeout", async () => {
    const db = connect(`postgres://postgres@127.0.0.1:${await freePort()}/test`, {
      acquireTimeoutMs: 60_000,
      logger: pino({ level: "silent" }),
    });
    const server = createApp({ db, config: { externalBaseUrl: undefined, validateResponses: true } }).listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expectUnavailable(await get(base, CATEGORIEEN));
      expectUnavailable(await get(base, "/contactgegevens/api/v1/persoon"));
      expect((await get(base, "/_healthz/readyz")).status).toBe(503);
      expect((await get(base, "/_healthz/livez")).status).toBe(200);
    } finally {
      server.close();
      await db.destroy();
    }
  });

  it("that goes away is answered 503 and served again as soon as it is back", async () => {
    const proxy = await startDatabaseProxy(new URL(inject("databaseUrl")));
    const server = await startTestServer({ pool: { url: proxy.url, acquireTimeoutMs: 2000 } });
    try {
      expect((await server.request("GET", CATEGORIEEN)).status).toBe(200);
      await proxy.down();
      expectUnavailable(await server.request("GET", CATEGORIEEN));
      expectUnavailable(await server.request("POST", CATEGORIEEN, { body: { naam: "tijdens storing" } }));
      await proxy.up();
      expect((await server.request("GET", CATEGORIEEN)).status).toBe(200);
      expect((await server.request("POST", CATEGORIEEN, { body: { naam: "na storing" } })).status).toBe(201);
    } finally {
      await proxy.up().catch(() => {});
      await server.close();
      await proxy.down();
    }
  });

  it("whose pool has no free connection within the acquire timeout gives 503, then recovers", async () => {
    const server = await startTestServer({ pool: { max: 1, acquireTimeoutMs: 300 } });
    try {
      const holder = await server.db.transaction();
      try {
        expectUnavailable(await server.request("GET", CATEGORIEEN));
      } finally {
        await holder.rollback();
      }
      expect((await server.request("GET", CATEGORIEEN)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe("connections the database ends", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("are replaced: after pg_terminate_backend the next requests are served again", async () => {
    await Promise.all([1, 2, 3].map(() => server.request("GET", CATEGORIEEN)));
    const admin = connect(inject("databaseUrl"), { poolMax: 1 });
    try {
      const { rows } = await admin.raw(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = ? and pid <> pg_backend_pid()",
        [server.schema],
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.destroy();
    }
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3 && statuses.at(-1) !== 200; attempt++) {
      const reply = await server.request("GET", CATEGORIEEN);
      statuses.push(reply.status);
      if (reply.status !== 200) {
        expectUnavailable(reply);
      }
    }
    expect(statuses.at(-1)).toBe(200);
    expect((await server.request("GET", "/_healthz/readyz", { token: null })).status).toBe(200);
  });

  it("and other database errors give a 500 that shows no SQL, table or stack", async () => {
    await server.db.raw("drop table ?? cascade", [`${server.schema}.categorieen`]);
    const reply = await server.request("GET", CATEGORIEEN);
    expect(reply.status).toBe(500);
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const text = JSON.stringify(reply.body);
    expect(text).not.toMatch(/select|from\s|categorieen"|relation|does not exist|\.ts:\d+|\bat\s+\w+/i);
    expect(reply.body.detail).toBe("Er is een onverwachte fout opgetreden.");
  });
});
