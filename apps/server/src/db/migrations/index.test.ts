import { randomBytes } from "node:crypto";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect } from "../connection.ts";
import { migrate } from "./index.ts";

const schema = `test_${randomBytes(6).toString("hex")}`;
let db: Knex;

beforeAll(async () => {
  const admin = connect(inject("databaseUrl"), { poolMax: 1 });
  await admin.raw("create schema ??", [schema]);
  await admin.destroy();
  db = connect(inject("databaseUrl"), { searchPath: schema, poolMax: 2 });
});
afterAll(async () => {
  await db.raw("drop schema ?? cascade", [schema]);
  await db.destroy();
});

describe("migrate", () => {
  it("runs every migration on an empty schema, then has nothing to run", async () => {
    const ran = await migrate(db);
    expect(ran[0]).toBe("0001_api_tokens");
    expect(ran).toContain("0007_search_indexes");
    expect(await migrate(db)).toEqual([]);
  });

  it("leaves a schema with a migration this version does not know to knex, which refuses it", async () => {
    await db("knex_migrations").insert({ name: "9999_from_a_newer_version", batch: 99, migration_time: new Date() });
    await expect(migrate(db)).rejects.toThrow(/migration directory is corrupt.*9999_from_a_newer_version/);
  });
});
