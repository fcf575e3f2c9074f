import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { readAuditTrail } from "./auditTrail.ts";

const API = "/klantinteracties/api/v1";
const BSN = "123456782";
let server: TestServer;
let failNext = false;

beforeAll(async () => {
  // no audit listener passed: the app records the trail on its own
  server = await startTestServer({
    onWrite: [
      async () => {
        if (failNext) {
          failNext = false;
          throw new Error("a later listener failed");
        }
      },
    ],
  });
});
afterAll(async () => {
  await server.close();
});

describe("audit trail", () => {
  it("records who, what and when of every write, and the sent field names", async () => {
    const before = new Date();
    const partij = (
      await server.request("POST", `${API}/partijen`, {
        body: { soortPartij: "persoon", indicatieActief: true, interneNotitie: "belt liever 's ochtends" },
      })
    ).body;
    await server.request("PATCH", `${API}/partijen/${partij.uuid}`, { body: { indicatieGeheimhouding: true } });
    await server.request("DELETE", `${API}/partijen/${partij.uuid}`);

    const records = await readAuditTrail(server.db, { uuid: partij.uuid });
    expect(records.map((record) => [record.action, record.collection, record.fields])).toEqual([
      ["destroy", "partijen", []],
      ["partial_update", "partijen", ["indicatieGeheimhouding"]],
      ["create", "partijen", ["soortPartij", "indicatieActief", "interneNotitie"]],
    ]);
    for (const record of records) {
      expect(record.actor).toMatch(/^env-/);
      expect(record.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    }
  });

  it("never stores a value: a BSN sent in a write is nowhere in the table", async () => {
    const partij = (
      await server.request("POST", `${API}/partijen`, { body: { soortPartij: "persoon", indicatieActief: true } })
    ).body;
    const created = await server.request("POST", `${API}/partij-identificatoren`, {
      body: {
        identificeerdePartij: { uuid: partij.uuid },
        partijIdentificator: {
          codeRegister: "brp",
          codeObjecttype: "natuurlijk_persoon",
          codeSoortObjectId: "bsn",
          objectId: BSN,
        },
      },
    });
    expect(created.status).toBe(201);
    const [record] = await readAuditTrail(server.db, { resource: "partij-identificatoren", limit: 1 });
    expect(record?.fields).toEqual(["identificeerdePartij", "partijIdentificator"]);
    const everything = await server.db.raw("select audit_trail::text as line from audit_trail");
    expect(everything.rows.length).toBeGreaterThan(0);
    expect(everything.rows.map((row: { line: string }) => row.line).join("\n")).not.toContain(BSN);
  });

  it("covers the Contactgegevens API and maak-klantcontact too", async () => {
    await server.request("POST", "/contactgegevens/api/v1/organisatie", { body: { handelsnaam: "Bakkerij" } });
    await server.request("POST", `${API}/maak-klantcontact`, {
      body: {
        klantcontact: { kanaal: "balie", onderwerp: "x", taal: "nld", vertrouwelijk: false },
        betrokkene: { rol: "klant", initiator: true },
      },
    });
    const latest = await readAuditTrail(server.db, { limit: 3 });
    expect(latest.map((record) => `${record.action} ${record.collection}`)).toEqual([
      "create betrokkenen",
      "create klantcontacten",
      "create organisatie",
    ]);
  });

  it("keeps nothing of a write that rolled back", async () => {
    const count = async () => Number((await server.db("audit_trail").count({ n: "*" }))[0]?.n);
    const before = await count();
    failNext = true;
    const reply = await server.request("POST", `${API}/categorieen`, { body: { naam: "nooit" } });
    expect(reply.status).toBe(500);
    expect(await count()).toBe(before);
  });

  it("reads newest first, filtered by resource and uuid, at most limit", async () => {
    for (const naam of ["een", "twee", "drie"]) {
      await server.request("POST", `${API}/categorieen`, { body: { naam } });
    }
    const records = await readAuditTrail(server.db, { resource: "categorieen", limit: 2 });
    expect(records).toHaveLength(2);
    expect(Number(records[0]?.id)).toBeGreaterThan(Number(records[1]?.id));
    expect(records.every((record) => record.collection === "categorieen")).toBe(true);
  });
});
