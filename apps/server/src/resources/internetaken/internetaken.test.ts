import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";
import { ApiUrls } from "../../http/urls.ts";
import { parseExpand, present } from "../present.ts";
import { type AnyResource, defineResource } from "../resource.ts";
import { internetaken } from "./internetaken.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;
let kc: string;
let jan: string;
let piet: string;
let team: string;

// fixtures straight in the tables, so these tests do not depend on the other resources
async function actor(naam: string): Promise<string> {
  const [row] = await server.db("actoren").insert({ naam, soort_actor: "medewerker" }).returning("uuid");
  return row.uuid;
}
async function klantcontact(values: Record<string, unknown> = {}): Promise<string> {
  const [row] = await server
    .db("klantcontacten")
    .insert({ kanaal: "telefoon", onderwerp: "x", taal: "nld", vertrouwelijk: false, ...values })
    .returning("uuid");
  return row.uuid;
}

beforeAll(async () => {
  server = await startTestServer();
  kc = await klantcontact();
  jan = await actor("Jan");
  piet = await actor("Piet");
  team = await actor("Team Inkomen");
});
afterAll(async () => {
  await server.close();
});

const create = (body: Record<string, unknown>) => server.request("POST", `${API}/internetaken`, { body });
const taak = (extra: Record<string, unknown> = {}) =>
  create({
    gevraagdeHandeling: "Terugbellen",
    aanleidinggevendKlantcontact: { uuid: kc },
    toegewezenAanActoren: [{ uuid: jan }],
    status: "te_verwerken",
    ...extra,
  });
const path = (uuid: string) => `${API}/internetaken/${uuid}`;
const ref = (uuid: string) => ({ uuid, url: server.url(`${API}/actoren/${uuid}`) });
const list = async (query: string) =>
  (await server.request("GET", `${API}/internetaken?${query}`)).body.results.map((r: { uuid: string }) => r.uuid);

describe("/internetaken", () => {
  it("creates a taak assigned to actoren in the given order; the first is toegewezenAanActor", async () => {
    const before = Date.now();
    const created = await taak({ toegewezenAanActoren: [{ uuid: piet }, { uuid: jan }], toelichting: "na 14 uur" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(server.url(path(created.body.uuid)));
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(path(created.body.uuid)),
      nummer: null,
      referentienummer: null,
      gevraagdeHandeling: "Terugbellen",
      aanleidinggevendKlantcontact: { uuid: kc, url: server.url(`${API}/klantcontacten/${kc}`) },
      toegewezenAanActor: ref(piet),
      toegewezenAanActoren: [ref(piet), ref(jan)],
      toelichting: "na 14 uur",
      status: "te_verwerken",
      toegewezenOp: expect.any(String),
      afgehandeldOp: null,
    });
    expect(Date.parse(created.body.toegewezenOp)).toBeGreaterThanOrEqual(before - 1000);
    expect((await server.request("GET", path(created.body.uuid))).body).toEqual(created.body);
  });

  it("accepts the deprecated single toegewezenAanActor and returns both fields", async () => {
    const created = await taak({ toegewezenAanActoren: undefined, toegewezenAanActor: { uuid: team } });
    expect(created.status).toBe(201);
    expect(created.body.toegewezenAanActor).toEqual(ref(team));
    expect(created.body.toegewezenAanActoren).toEqual([ref(team)]);
  });

  it("accepts an empty toegewezenAanActoren and then leaves toegewezenAanActor out", async () => {
    const created = await taak({ toegewezenAanActoren: [] });
    expect(created.status).toBe(201);
    expect(created.body.toegewezenAanActoren).toEqual([]);
    expect(created.body).not.toHaveProperty("toegewezenAanActor");
  });

  it("assigns an actor named twice once, at its first place", async () => {
    const created = await taak({ toegewezenAanActoren: [{ uuid: jan }, { uuid: piet }, { uuid: jan }] });
    expect(created.status).toBe(201);
    expect(created.body.toegewezenAanActoren).toEqual([ref(jan), ref(piet)]);
  });

  it("ignores a toegewezenOp sent by the client", async () => {
    const created = await taak({ toegewezenOp: "2000-01-01T00:00:00Z" });
    expect(created.body.toegewezenOp).not.toBe("2000-01-01T00:00:00.000Z");
    const put = await server.request("PUT", path(created.body.uuid), {
      body: {
        gevraagdeHandeling: "x",
        aanleidinggevendKlantcontact: { uuid: kc },
        toegewezenAanActoren: [{ uuid: jan }],
        status: "te_verwerken",
        toegewezenOp: "2000-01-01T00:00:00Z",
      },
    });
    expect(put.body.toegewezenOp).toBe(created.body.toegewezenOp);
  });

  describe("actor assignment", () => {
    const neither = "nonFieldErrors";
    it("POST without either field is a 400 on nonFieldErrors", async () => {
      const rejected = await taak({ toegewezenAanActoren: undefined });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        { name: neither, code: "invalid", reason: expect.stringContaining("toegewezenAanActor") },
      ]);
    });

    it("POST with both fields is a 400 on nonFieldErrors", async () => {
      const rejected = await taak({ toegewezenAanActor: { uuid: jan } });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        { name: neither, code: "invalid", reason: expect.stringContaining("niet allebei") },
      ]);
    });

    it("PUT needs exactly one of them too", async () => {
      const created = (await taak()).body;
      const body = { gevraagdeHandeling: "x", aanleidinggevendKlantcontact: { uuid: kc }, status: "te_verwerken" };
      const none = await server.request("PUT", path(created.uuid), { body });
      expect(none.status).toBe(400);
      expect(none.body.invalidParams[0].name).toBe(neither);
      const both = await server.request("PUT", path(created.uuid), {
        body: { ...body, toegewezenAanActor: { uuid: jan }, toegewezenAanActoren: [{ uuid: jan }] },
      });
      expect(both.status).toBe(400);
      expect(both.body.invalidParams[0].name).toBe(neither);
      const replaced = await server.request("PUT", path(created.uuid), {
        body: { ...body, toegewezenAanActor: { uuid: piet } },
      });
      expect(replaced.body.toegewezenAanActoren).toEqual([ref(piet)]);
    });

    it("PATCH may leave both out (the assignment stays) and either one replaces it", async () => {
      const created = (await taak({ toegewezenAanActoren: [{ uuid: jan }, { uuid: piet }] })).body;
      const untouched = await server.request("PATCH", path(created.uuid), { body: { toelichting: "x" } });
      expect(untouched.body.toegewezenAanActoren).toEqual([ref(jan), ref(piet)]);
      const single = await server.request("PATCH", path(created.uuid), {
        body: { toegewezenAanActor: { uuid: team } },
      });
      expect(single.body.toegewezenAanActoren).toEqual([ref(team)]);
      const reordered = await server.request("PATCH", path(created.uuid), {
        body: { toegewezenAanActoren: [{ uuid: piet }, { uuid: team }, { uuid: jan }] },
      });
      expect(reordered.body.toegewezenAanActoren).toEqual([ref(piet), ref(team), ref(jan)]);
      expect(reordered.body.toegewezenAanActor).toEqual(ref(piet));
      const both = await server.request("PATCH", path(created.uuid), {
        body: { toegewezenAanActor: { uuid: jan }, toegewezenAanActoren: [] },
      });
      expect(both.status).toBe(400);
    });

    it("rejects unknown actoren on the index of the list or on toegewezenAanActor.uuid, and stores nothing", async () => {
      const before = await server.db("internetaken").count({ n: "*" }).first();
      const listed = await taak({ toegewezenAanActoren: [{ uuid: jan }, { uuid: UNKNOWN }] });
      expect(listed.status).toBe(400);
      expect(listed.body.invalidParams).toEqual([
        { name: "toegewezenAanActoren.1.uuid", code: "does_not_exist", reason: "Actor object bestaat niet." },
      ]);
      const single = await taak({ toegewezenAanActoren: undefined, toegewezenAanActor: { uuid: UNKNOWN } });
      expect(single.body.invalidParams).toEqual([
        { name: "toegewezenAanActor.uuid", code: "does_not_exist", reason: "Actor object bestaat niet." },
      ]);
      expect(await server.db("internetaken").count({ n: "*" }).first()).toEqual(before);
    });

    it("a failed PATCH keeps the old assignment", async () => {
      const created = (await taak()).body;
      const rejected = await server.request("PATCH", path(created.uuid), {
        body: { toegewezenAanActoren: [{ uuid: UNKNOWN }] },
      });
      expect(rejected.status).toBe(400);
      expect((await server.request("GET", path(created.uuid))).body.toegewezenAanActoren).toEqual([ref(jan)]);
    });
  });

  describe("validation", () => {
    it("requires gevraagdeHandeling, aanleidinggevendKlantcontact and status", async () => {
      const rejected = await create({ toegewezenAanActoren: [{ uuid: jan }] });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
        "aanleidinggevendKlantcontact",
        "gevraagdeHandeling",
        "status",
      ]);
    });

    it("rejects an unknown klantcontact and an unknown status", async () => {
      const klant = await taak({ aanleidinggevendKlantcontact: { uuid: UNKNOWN } });
      expect(klant.body.invalidParams).toEqual([
        {
          name: "aanleidinggevendKlantcontact.uuid",
          code: "does_not_exist",
          reason: "Klantcontact object bestaat niet.",
        },
      ]);
      const status = await taak({ status: "klaar" });
      expect(status.body.invalidParams).toEqual([expect.objectContaining({ name: "status", code: "invalid_choice" })]);
    });

    it.each(["nummer", "referentienummer"])("%s: digits only, at most 10, unique", async (field) => {
      const letters = await taak({ [field]: "12a" });
      expect(letters.status).toBe(400);
      expect(letters.body.invalidParams).toEqual([expect.objectContaining({ name: field, code: "invalid" })]);
      const long = await taak({ [field]: "12345678901" });
      expect(long.body.invalidParams).toEqual([expect.objectContaining({ name: field, code: "max_length" })]);

      const value = field === "nummer" ? "0000000042" : "0000000043";
      const first = await taak({ [field]: value });
      expect(first.status).toBe(201);
      expect(first.body[field]).toBe(value);
      const again = await taak({ [field]: value });
      expect(again.status).toBe(400);
      expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: field, code: "unique" })]);
      const own = await server.request("PATCH", path(first.body.uuid), { body: { [field]: value } });
      expect(own.status).toBe(200);
      const other = (await taak()).body;
      const taken = await server.request("PATCH", path(other.uuid), { body: { [field]: value } });
      expect(taken.body.invalidParams).toEqual([expect.objectContaining({ name: field, code: "unique" })]);
    });

    it("stores an empty nummer as none, so several taken may have one", async () => {
      const first = await taak({ nummer: "", referentienummer: "" });
      const second = await taak({ nummer: "", referentienummer: "" });
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(second.body).toMatchObject({ nummer: null, referentienummer: null });
    });
  });

  describe("status and afgehandeldOp", () => {
    it("rejects afgehandeldOp while the status is te_verwerken (sent or stored)", async () => {
      const rejected = await taak({ afgehandeldOp: "2024-03-05T13:40:00Z" });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "afgehandeldOp", code: "invalid" }),
      ]);
      const created = (await taak()).body;
      const patched = await server.request("PATCH", path(created.uuid), {
        body: { afgehandeldOp: "2024-03-05T13:40:00Z" },
      });
      expect(patched.status).toBe(400);
      expect(patched.body.invalidParams[0].name).toBe("afgehandeldOp");
    });

    it("sets afgehandeldOp to now when the taak becomes verwerkt without one", async () => {
      const before = Date.now();
      const created = await taak({ status: "verwerkt" });
      expect(created.status).toBe(201);
      expect(Date.parse(created.body.afgehandeldOp)).toBeGreaterThanOrEqual(before - 1000);
      const open = (await taak()).body;
      const done = await server.request("PATCH", path(open.uuid), { body: { status: "verwerkt" } });
      expect(done.body.afgehandeldOp).not.toBeNull();
    });

    it("keeps a given afgehandeldOp, also through later updates that stay verwerkt", async () => {
      const created = (await taak({ status: "verwerkt", afgehandeldOp: "2024-03-05T13:40:00Z" })).body;
      expect(created.afgehandeldOp).toBe("2024-03-05T13:40:00.000Z");
      const patched = await server.request("PATCH", path(created.uuid), { body: { toelichting: "x" } });
      expect(patched.body.afgehandeldOp).toBe("2024-03-05T13:40:00.000Z");
      const again = await server.request("PATCH", path(created.uuid), { body: { status: "verwerkt" } });
      expect(again.body.afgehandeldOp).toBe("2024-03-05T13:40:00.000Z");
      const moved = await server.request("PATCH", path(created.uuid), {
        body: { afgehandeldOp: "2024-04-01T08:00:00+02:00" },
      });
      expect(moved.body.afgehandeldOp).toBe("2024-04-01T06:00:00.000Z");
    });

    it("an explicit null afgehandeldOp on a verwerkt taak becomes now", async () => {
      const created = (await taak({ status: "verwerkt", afgehandeldOp: "2024-03-05T13:40:00Z" })).body;
      const patched = await server.request("PATCH", path(created.uuid), { body: { afgehandeldOp: null } });
      expect(patched.status).toBe(200);
      expect(Date.parse(patched.body.afgehandeldOp)).toBeGreaterThan(Date.parse("2025-01-01"));
    });

    it("clears afgehandeldOp when the status goes back to te_verwerken", async () => {
      const created = (await taak({ status: "verwerkt" })).body;
      const reopened = await server.request("PATCH", path(created.uuid), { body: { status: "te_verwerken" } });
      expect(reopened.body.afgehandeldOp).toBeNull();
      const withDate = await server.request("PATCH", path(created.uuid), {
        body: { status: "te_verwerken", afgehandeldOp: "2024-03-05T13:40:00Z" },
      });
      expect(withDate.status).toBe(400);
    });
  });

  it("PUT keeps omitted optional fields; PATCH changes only what it sends", async () => {
    const created = (await taak({ toelichting: "blijft", referentienummer: "77" })).body;
    const put = await server.request("PUT", path(created.uuid), {
      body: {
        gevraagdeHandeling: "Nieuw",
        aanleidinggevendKlantcontact: { uuid: kc },
        toegewezenAanActoren: [{ uuid: jan }],
        status: "te_verwerken",
      },
    });
    expect(put.body).toEqual({ ...created, gevraagdeHandeling: "Nieuw" });
    const patched = await server.request("PATCH", path(created.uuid), { body: { referentienummer: null } });
    expect(patched.body).toEqual({ ...created, gevraagdeHandeling: "Nieuw", referentienummer: null });
  });

  describe("delete", () => {
    it("deletes the taak and its assignments; the actoren stay", async () => {
      const created = (await taak({ toegewezenAanActoren: [{ uuid: jan }, { uuid: piet }] })).body;
      const { id } = await server.db("internetaken").where({ uuid: created.uuid }).first("id");
      expect((await server.request("DELETE", path(created.uuid))).status).toBe(204);
      expect((await server.request("GET", path(created.uuid))).status).toBe(404);
      expect(await server.db("internetaak_actoren").where({ internetaak_id: id })).toEqual([]);
      expect(await server.db("actoren").whereIn("uuid", [jan, piet])).toHaveLength(2);
    });

    it("goes with its klantcontact", async () => {
      const eigen = await klantcontact();
      const created = (await taak({ aanleidinggevendKlantcontact: { uuid: eigen } })).body;
      await server.db("klantcontacten").where({ uuid: eigen }).delete();
      expect((await server.request("GET", path(created.uuid))).status).toBe(404);
    });

    it("keeps the taak without the deleted actor", async () => {
      const weg = await actor("Weg");
      const created = (await taak({ toegewezenAanActoren: [{ uuid: weg }, { uuid: jan }] })).body;
      await server.db("actoren").where({ uuid: weg }).delete();
      const after = (await server.request("GET", path(created.uuid))).body;
      expect(after.toegewezenAanActoren).toEqual([ref(jan)]);
      expect(after.toegewezenAanActor).toEqual(ref(jan));
    });
  });

  it("answers 404 for an unknown uuid on every operation", async () => {
    const body = {
      gevraagdeHandeling: "x",
      aanleidinggevendKlantcontact: { uuid: kc },
      toegewezenAanActoren: [{ uuid: jan }],
      status: "te_verwerken",
    };
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const reply = await server.request(method, path(UNKNOWN), { body: method.startsWith("P") ? body : undefined });
      expect(reply.status, method).toBe(404);
    }
  });

  it("loads the actoren of a whole page with one query", async () => {
    await taak({ toegewezenAanActoren: [{ uuid: jan }, { uuid: piet }] });
    await taak({ toegewezenAanActoren: [{ uuid: team }] });
    const queries: string[] = [];
    const record = (query: { sql: string }) => queries.push(query.sql);
    server.db.on("query", record);
    const page = await server.request("GET", `${API}/internetaken?pageSize=50`);
    server.db.off("query", record);
    expect(page.body.results.length).toBeGreaterThan(2);
    expect(queries.filter((sql) => sql.includes("internetaak_actoren"))).toHaveLength(1);
  });

  it("as an expand target (klantcontact.leiddeTotInterneTaken) brings each taak with its actoren", async () => {
    const eigen = await klantcontact();
    const created = (
      await taak({ aanleidinggevendKlantcontact: { uuid: eigen }, toegewezenAanActoren: [{ uuid: piet }] })
    ).body;
    // a stand-in for /klantcontacten (another resource), pointing at its taken like the real one
    const klantcontacten = defineResource<{ id: string; uuid: string; taken?: string[] }, unknown>({
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
      columns: {},
      expand: { leiddeTotInterneTaken: "internetaken" },
      load: async (db, rows) => {
        const taken = await db("internetaken").whereIn(
          "aanleidinggevend_klantcontact_id",
          rows.map((row) => row.id),
        );
        for (const row of rows) {
          row.taken = taken
            .filter((t) => String(t.aanleidinggevend_klantcontact_id) === String(row.id))
            .map((t) => t.uuid);
        }
      },
      toContract: (row) => ({ uuid: row.uuid, leiddeTotInterneTaken: (row.taken ?? []).map((uuid) => ({ uuid })) }),
    });
    const urls = new ApiUrls("https://ki.example.org/klantinteracties/api/v1");
    const registry = new Map<string, AnyResource>([
      ["klantcontacten", klantcontacten],
      ["internetaken", internetaken],
    ]);
    const rows = await server.db("klantcontacten").where({ uuid: eigen });
    const [object] = await present(server.db, klantcontacten, rows, {
      urls,
      registry,
      expand: parseExpand("leiddeTotInterneTaken"),
    });
    expect(object?._expand).toEqual({
      leiddeTotInterneTaken: [
        expect.objectContaining({
          uuid: created.uuid,
          toegewezenAanActoren: [{ uuid: piet, url: urls.resource("actoren", piet) }],
        }),
      ],
    });
  });

  describe("filters", () => {
    let match: { uuid: string; toegewezenOp: string };
    let other: string;
    let kcMatch: string;
    let kcOther: string;
    let solo: string;
    beforeAll(async () => {
      kcMatch = await klantcontact({ nummer: "5550001", referentienummer: "6660001" });
      kcOther = await klantcontact({ nummer: "5550002", referentienummer: "6660002" });
      solo = await actor("Solo");
      const gedeeld = await actor("Gedeeld");
      const ookGedeeld = await actor("Gedeeld");
      match = (
        await taak({
          nummer: "1110001",
          referentienummer: "2220001",
          status: "verwerkt",
          aanleidinggevendKlantcontact: { uuid: kcMatch },
          toegewezenAanActoren: [{ uuid: gedeeld }, { uuid: solo }, { uuid: ookGedeeld }],
        })
      ).body;
      other = (
        await taak({
          nummer: "1110002",
          referentienummer: "2220002",
          aanleidinggevendKlantcontact: { uuid: kcOther },
          toegewezenAanActoren: [{ uuid: piet }],
        })
      ).body.uuid;
    });

    it.each([
      ["nummer", () => "1110001"],
      ["referentienummer", () => "2220001"],
      ["status", () => "verwerkt"],
      ["toegewezenOp", () => match.toegewezenOp],
      ["actoren__naam", () => "Gedeeld"],
      ["toegewezenAanActor__uuid", () => solo],
      ["toegewezenAanActor__url", () => `https://elders.example.org/api/actoren/${solo}`],
      ["aanleidinggevendKlantcontact__uuid", () => kcMatch],
      ["aanleidinggevendKlantcontact__url", () => `https://elders.example.org/api/klantcontacten/${kcMatch}`],
      ["klantcontact__uuid", () => kcMatch],
      ["klantcontact__nummer", () => "5550001"],
      ["klantcontact__referentienummer", () => "6660001"],
    ])("%s matches (once, whatever the number of matching actoren)", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value())}`);
      expect(found).toContain(match.uuid);
      expect(found.filter((uuid: string) => uuid === match.uuid)).toHaveLength(1);
      expect(found).not.toContain(other);
    });

    it("toegewezenAanActor__uuid matches any assigned actor, not only the first", async () => {
      const found = await list(`toegewezenAanActor__uuid=${solo}`);
      expect(found).toEqual([match.uuid]);
    });

    it("filters are exact", async () => {
      expect(await list("actoren__naam=gedeeld")).toEqual([]);
      expect(await list("nummer=111000")).toEqual([]);
      expect(await list("toegewezenOp=2000-01-01T00:00:00Z")).toEqual([]);
    });

    it("a __url whose last segment is not a uuid matches nothing", async () => {
      expect(await list("toegewezenAanActor__url=https://x.example.org/actoren/abc")).toEqual([]);
      expect(await list("aanleidinggevendKlantcontact__url=https://x.example.org/klantcontacten/abc")).toEqual([]);
    });

    it("invalid values are a 400 on the parameter", async () => {
      for (const query of ["status=klaar", "toegewezenOp=gisteren", "toegewezenAanActor__uuid=nope"]) {
        const reply = await server.request("GET", `${API}/internetaken?${query}`);
        expect(reply.status, query).toBe(400);
        expect(reply.body.invalidParams[0].name).toBe(query.split("=")[0]);
      }
    });
  });
});
