import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { connect } from "../db/connection.ts";
import { migrateCommand } from "./migrate.ts";

describe("migrate", () => {
  it("runs every migration on an empty schema, then reports the schema up to date", async () => {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    const admin = connect(inject("databaseUrl"), { poolMax: 1 });
    await admin.raw("create schema ??", [schema]);
    const db = connect(inject("databaseUrl"), { searchPath: schema, poolMax: 1 });
    try {
      const lines: string[] = [];
      await migrateCommand(db, (line) => lines.push(line));
      await migrateCommand(db, (line) => lines.push(line));
      expect(lines[0]).toMatch(/^ran \d+ migration\(s\): 0001_api_tokens, .*0003_contactgegevens/);
      expect(lines[1]).toBe("the schema is up to date");
      expect(await db.schema.hasTable("contactgegevens_personen")).toBe(true);
    } finally {
      await db.destroy();
      await admin.raw("drop schema ?? cascade", [schema]);
      await admin.destroy();
    }
  });
});
