import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";
import { todayInNetherlands } from "../resource.ts";

const API = "/klantinteracties/api/v1";
const PARTIJ = "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;
let ondernemer: { uuid: string; url: string };

beforeAll(async () => {
  server = await startTestServer();
  // a partij straight in the table, so these tests do not depend on /partijen
  await server.db("partijen").insert({ uuid: PARTIJ, soort_partij: "persoon", indicatie_actief: true, nummer: "4711" });
  ondernemer = (await server.request("POST", `${API}/categorieen`, { body: { naam: "Ondernemer" } })).body;
});
afterAll(async () => {
  await server.close();
});

const create = (body: unknown) => server.request("POST", `${API}/categorie-relaties`, { body });
const list = async (query: string) =>
  (await server.request("GET", `${API}/categorie-relaties?${query}`)).body.results.map((r: { uuid: string }) => r.uuid);

describe("/categorie-relaties", () => {
  it("creates a relatie with {uuid} references and returns {uuid, url} plus the categorie naam", async () => {
    const created = await create({
      partij: { uuid: PARTIJ },
      categorie: { uuid: ondernemer.uuid },
      beginDatum: "2024-01-15",
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(`${API}/categorie-relaties/${created.body.uuid}`),
      partij: { uuid: PARTIJ, url: server.url(`${API}/partijen/${PARTIJ}`) },
      categorie: { uuid: ondernemer.uuid, url: ondernemer.url, naam: "Ondernemer" },
      beginDatum: "2024-01-15",
      eindDatum: null,
    });
  });

  it("defaults beginDatum to today when it is missing or null, and accepts {}", async () => {
    expect((await create({})).body.beginDatum).toBe(todayInNetherlands());
    expect((await create({ beginDatum: null })).body.beginDatum).toBe(todayInNetherlands());
  });

  it("keeps omitted fields on PUT, unlinks with null and sets dates on PATCH", async () => {
    const created = (await create({ categorie: { uuid: ondernemer.uuid }, beginDatum: "2024-01-01" })).body;
    const path = `${API}/categorie-relaties/${created.uuid}`;
    const put = await server.request("PUT", path, { body: { eindDatum: "2024-12-31" } });
    expect(put.body).toMatchObject({
      beginDatum: "2024-01-01",
      eindDatum: "2024-12-31",
      categorie: { uuid: ondernemer.uuid },
    });
    const patched = await server.request("PATCH", path, { body: { categorie: null } });
    expect(patched.body.categorie).toBeNull();
    expect(patched.body.eindDatum).toBe("2024-12-31");
  });

  it("reads snake_case keys as their camelCase field", async () => {
    const created = await create({ begin_datum: "2023-03-03" });
    expect(created.body.beginDatum).toBe("2023-03-03");
  });

  it("rejects an unknown categorie uuid with 400 on categorie.uuid", async () => {
    const rejected = await create({ categorie: { uuid: UNKNOWN } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      { name: "categorie.uuid", code: "does_not_exist", reason: "Categorie object bestaat niet." },
    ]);
  });

  it("rejects an invalid uuid in a reference with 400 naming the dotted path", async () => {
    const rejected = await create({ categorie: { uuid: "not-a-uuid" } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "categorie.uuid", code: "invalid" })]);
  });

  it("rejects a reference that is not an object on <field>.nonFieldErrors, once", async () => {
    const rejected = await create({ partij: "abc" });
    expect(rejected.body.invalidParams).toEqual([
      expect.objectContaining({ name: "partij.nonFieldErrors", code: "invalid" }),
    ]);
  });

  it("deletes its relaties with a categorie", async () => {
    const categorie = (await server.request("POST", `${API}/categorieen`, { body: { naam: "Tijdelijk" } })).body;
    const relatie = (await create({ categorie: { uuid: categorie.uuid } })).body;
    await server.request("DELETE", `${API}/categorieen/${categorie.uuid}`);
    expect((await server.request("GET", `${API}/categorie-relaties/${relatie.uuid}`)).status).toBe(404);
  });

  describe("filters", () => {
    let match: string;
    let other: string;
    beforeAll(async () => {
      const tweede = (await server.request("POST", `${API}/categorieen`, { body: { naam: "Mantelzorger" } })).body;
      match = (
        await create({
          partij: { uuid: PARTIJ },
          categorie: { uuid: tweede.uuid },
          beginDatum: "2020-02-02",
          eindDatum: "2021-02-02",
        })
      ).body.uuid;
      other = (await create({ categorie: { uuid: ondernemer.uuid }, beginDatum: "2020-02-03" })).body.uuid;
    });

    it.each([
      ["partij__uuid", PARTIJ],
      ["partij__url", `https://elders.example.org/api/partijen/${PARTIJ}`],
      ["categorie__naam", "Mantelzorger"],
      ["beginDatum", "2020-02-02"],
      ["eindDatum", "2021-02-02"],
    ])("%s matches exactly", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value)}`);
      expect(found).toContain(match);
      expect(found).not.toContain(other);
    });

    it("categorie__uuid and categorie__url match the categorie", async () => {
      expect(await list(`categorie__uuid=${ondernemer.uuid}`)).toContain(other);
      expect(await list(`categorie__url=${encodeURIComponent(ondernemer.url)}`)).toContain(other);
      expect(await list(`categorie__uuid=${ondernemer.uuid}`)).not.toContain(match);
    });

    it("categorie__naam is case-sensitive", async () => {
      expect(await list("categorie__naam=mantelzorger")).toEqual([]);
    });

    it("a __url whose last segment is not a uuid matches nothing; a malformed URL is a 400", async () => {
      expect(await list("categorie__url=https://x.example.org/categorieen/abc")).toEqual([]);
      const malformed = await server.request("GET", `${API}/categorie-relaties?categorie__url=not%20a%20url`);
      expect(malformed.status).toBe(400);
      expect(malformed.body.invalidParams[0].name).toBe("categorie__url");
    });

    it("partij__nummer matches the partij's nummer exactly", async () => {
      expect(await list("partij__nummer=4711")).toContain(match);
      expect(await list("partij__nummer=4711")).not.toContain(other);
      expect(await list("partij__nummer=0004711")).toEqual([]);
    });

    it("an invalid __uuid value is a 400 on that parameter", async () => {
      const reply = await server.request("GET", `${API}/categorie-relaties?partij__uuid=nope`);
      expect(reply.status).toBe(400);
      expect(reply.body.invalidParams[0].name).toBe("partij__uuid");
    });

    it("the detail endpoint ignores list filters but rejects other parameters", async () => {
      const path = `${API}/categorie-relaties/${match}`;
      expect((await server.request("GET", `${path}?categorie__naam=x`)).status).toBe(200);
      expect((await server.request("GET", `${path}?bogus=1`)).status).toBe(400);
    });
  });
});
