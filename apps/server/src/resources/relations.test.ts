import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { seedDemo } from "../cli/seedDemo.ts";
import { childUuids } from "./relations.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemo(server.db);
});
afterAll(async () => {
  await server.close();
});

describe("childUuids", () => {
  it("gives each parent the uuids of its children, oldest first, for several relations in one query", async () => {
    const ids = (await server.db("partijen").pluck("id")).map(String);
    const queries: string[] = [];
    const count = (query: { sql: string }) => queries.push(query.sql);
    server.db.on("query", count);
    const children = await childUuids(server.db, [...ids, "999999999"], {
      betrokkenen: ["betrokkenen", "was_partij_id"],
      digitaleAdressen: ["digitale_adressen", "verstrekt_door_partij_id"],
    });
    server.db.off("query", count);
    expect(queries).toHaveLength(1);

    let some = 0;
    for (const id of ids) {
      const betrokkenen = await server.db("betrokkenen").where("was_partij_id", id).orderBy("id").pluck("uuid");
      const adressen = await server
        .db("digitale_adressen")
        .where("verstrekt_door_partij_id", id)
        .orderBy("id")
        .pluck("uuid");
      expect(children.betrokkenen(id)).toEqual(betrokkenen);
      expect(children.digitaleAdressen(Number(id))).toEqual(adressen);
      some += betrokkenen.length > 1 ? 1 : 0;
    }
    // the demo data has partijen with more than one betrokkene, so the order is tested
    expect(some).toBeGreaterThan(0);
    expect(children.betrokkenen("999999999")).toEqual([]);
    expect(
      (await childUuids(server.db, [], { betrokkenen: ["betrokkenen", "had_klantcontact_id"] })).betrokkenen(1),
    ).toEqual([]);
  });
});
