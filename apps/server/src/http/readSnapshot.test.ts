import { randomBytes } from "node:crypto";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type {} from "../../test/globalSetup.ts";
import { connect } from "../db/connection.ts";
import { inReadSnapshot } from "./readSnapshot.ts";

type Pool = { numUsed(): number };

describe("inReadSnapshot", () => {
  const schema = `test_snapshot_${randomBytes(4).toString("hex")}`;
  let db: Knex;
  const used = () => (db.client as { pool: Pool }).pool.numUsed();
  const count = async (connection: Knex) => Number((await connection("items").count("* as n").first())?.n);

  beforeAll(async () => {
    const admin = connect(inject("databaseUrl"), { poolMax: 1 });
    await admin.raw("create schema ??", [schema]);
    await admin.destroy();
    db = connect(inject("databaseUrl"), { searchPath: schema, poolMax: 2 });
    await db.schema.createTable("items", (table) => {
      table.increments("id");
    });
  });
  afterAll(async () => {
    await db.raw("drop schema ?? cascade", [schema]);
    await db.destroy();
  });

  it("reads one snapshot on one connection, also through clones and raw queries, and hands it back", async () => {
    await db("items").insert({});
    const seen = await inReadSnapshot(db, async (snapshot) => {
      const before = await count(snapshot);
      await db("items").insert({}); // committed meanwhile, on the other connection
      const pid = async () => (await snapshot.raw("select pg_backend_pid() as pid")).rows[0].pid;
      const rows = snapshot("items").select("id");
      return {
        before,
        after: await count(snapshot),
        cloned: (await rows.clone()).length,
        pids: new Set([await pid(), await pid()]).size,
        level: (await snapshot.raw("show transaction_isolation")).rows[0].transaction_isolation,
      };
    });
    expect(seen).toEqual({ before: 1, after: 1, cloned: 1, pids: 1, level: "repeatable read" });
    expect(await count(db)).toBe(2);
    expect(used()).toBe(0);
  });

  it("refuses writes, rolls back on an error and leaves no connection inside a transaction", async () => {
    await expect(inReadSnapshot(db, (snapshot) => snapshot("items").insert({}))).rejects.toMatchObject({
      code: "25006",
    });
    await expect(inReadSnapshot(db, (snapshot) => snapshot.raw("select 1/0"))).rejects.toMatchObject({
      code: "22012",
    });
    expect(used()).toBe(0);
    // both pooled connections are idle outside any transaction again
    const states = await Promise.all([
      db.raw("select now() = statement_timestamp() as idle"),
      db.raw("select now() = statement_timestamp() as idle"),
    ]);
    expect(states.map((state) => state.rows[0].idle)).toEqual([true, true]);
  });

  it("reports its queries on the knex instance, like every other query", async () => {
    const sql: string[] = [];
    const record = (query: { sql: string }) => sql.push(query.sql);
    db.on("query", record);
    await inReadSnapshot(db, (snapshot) => snapshot("items").first());
    db.off("query", record);
    expect(sql).toEqual([
      "begin transaction isolation level repeatable read read only",
      'select * from "items" limit $1',
      "commit",
    ]);
  });
});
