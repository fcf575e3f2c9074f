/**
 * `npm start` as operators run it: the real entry point in a child process, stopped with SIGTERM
 * while a burst of requests is in flight (held up by a row lock this test owns).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect } from "./db/connection.ts";

const API = "/klantinteracties/api/v1";
const TOKEN = `shutdown-${randomBytes(8).toString("hex")}`;
const SLOW = 8;
const QUICK = 12;

const schema = `shutdown_${randomBytes(6).toString("hex")}`;
const admin = connect(inject("databaseUrl"), { poolMax: 2 });
let child: ChildProcess;
let base: string;
let output = "";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// the server's sessions work in a schema of their own, through the connection's search_path
function urlInSchema(url: string): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set("options", `-c search_path=${schema}`);
  return withSchema.toString();
}

async function waitUntilReady(): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${base}/_healthz/readyz`)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not become ready:\n${output}`);
}

beforeAll(async () => {
  await admin.raw("create schema ??", [schema]);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: urlInSchema(inject("databaseUrl")),
      PORT: String(port),
      API_TOKENS: TOKEN,
      LOG_LEVEL: "info",
      WEB_CONCURRENCY: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await waitUntilReady();
}, 90_000);

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGKILL");
  }
  await admin.raw("drop schema ?? cascade", [schema]);
  await admin.destroy();
});

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Token ${TOKEN}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as { uuid: string } };
};

describe("SIGTERM during a burst of requests", () => {
  it("answers every request already accepted, completely, and then exits 0", async () => {
    const partij = await call("POST", `${API}/partijen`, { soortPartij: "persoon", indicatieActief: true });
    expect(partij.status).toBe(201);

    // hold the partij's row, so the PATCHes wait in the server with their transaction open
    const locker = await admin.client.acquireConnection();
    await locker.query("begin");
    await locker.query(`select 1 from ${schema}.partijen where uuid = $1 for update`, [partij.body.uuid]);
    const slow = Array.from({ length: SLOW }, (_, index) =>
      call("PATCH", `${API}/partijen/${partij.body.uuid}`, { interneNotitie: `schrijver ${index}` }),
    );
    const quick = Array.from({ length: QUICK }, () => call("GET", `${API}/partijen?pageSize=5`));
    // the first PATCH waits for this lock, the others for the first: count every server session
    // that waits for a lock at all
    const blocked = async () =>
      Number(
        (
          await admin.raw(
            `select count(*) from pg_stat_activity
              where application_name = 'klantinteracties-server' and cardinality(pg_blocking_pids(pid)) > 0`,
          )
        ).rows[0].count,
      );
    while ((await blocked()) < SLOW) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    // the server stops accepting while the slow requests still wait for the lock
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode).toBeNull();
    await locker.query("commit");
    admin.client.releaseConnection(locker);

    const settled = await Promise.allSettled([...slow, ...quick]);
    const outcome = settled.map((result) => (result.status === "fulfilled" ? result.value.status : "no answer"));
    expect(outcome, output).toEqual([...Array(SLOW).fill(200), ...Array(QUICK).fill(200)]);
    const answers = settled.map((result) => (result as PromiseFulfilledResult<Awaited<(typeof slow)[0]>>).value);
    for (const answer of answers.slice(0, SLOW)) {
      expect(answer.body.uuid).toBe(partij.body.uuid);
    }
    expect(await exited, output).toBe(0);
    const notes = await admin
      .withSchema(schema)
      .from("partijen")
      .where({ uuid: partij.body.uuid })
      .first("interne_notitie");
    expect(notes.interne_notitie).toMatch(/^schrijver \d$/);
    await expect(fetch(`${base}/_healthz/livez`)).rejects.toThrow();
  }, 60_000);
});
