import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "./connection.ts";
import { startEmbeddedPostgres } from "./embeddedPostgres.ts";
import { migrate, migrationSource } from "./migrations/index.ts";

// runs even when the suite uses DATABASE_URL, so the zero-setup path stays covered
describe("startEmbeddedPostgres", () => {
  it("starts a throw-away PostgreSQL that migrates, and removes it on stop", async () => {
    // under the system temp folder, which the postgres user can always traverse (a clone may sit below a 700 home)
    const dataDir = join(tmpdir(), "klantinteracties-test-postgres-54328");
    rmSync(dataDir, { recursive: true, force: true });
    const database = await startEmbeddedPostgres({ dataDir, port: 54328, database: "probe", persistent: false });
    const db = connect(database.url);
    try {
      const all = (await migrationSource.getMigrations([])).map((migration) =>
        migrationSource.getMigrationName(migration),
      );
      expect(await migrate(db)).toEqual(all);
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.destroy();
      await database.stop();
    }
    expect(existsSync(dataDir)).toBe(false);
  });
});
