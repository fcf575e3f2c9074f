import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";
import { passesElfproef } from "../shared/partijIdentificator.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const partij = async (): Promise<string> =>
  (await server.db("partijen").insert({ soort_partij: "persoon", indicatie_actief: true }).returning("uuid"))[0].uuid;
const create = (body: unknown) => server.request("POST", `${API}/partij-identificatoren`, { body });
const bsn = (objectId = "111222333") => ({
  codeRegister: "brp",
  codeObjecttype: "natuurlijk_persoon",
  codeSoortObjectId: "bsn",
  objectId,
});
const kvk = (objectId = "12345678") => ({
  codeRegister: "hr",
  codeObjecttype: "niet_natuurlijk_persoon",
  codeSoortObjectId: "kvk_nummer",
  objectId,
});
const vestiging = (objectId = "296648875154") => ({
  codeRegister: "hr",
  codeObjecttype: "vestiging",
  codeSoortObjectId: "vestigingsnummer",
  objectId,
});
const names = (reply: { body: { invalidParams: { name: string }[] } }) =>
  reply.body.invalidParams.map((param) => param.name);

describe("/partij-identificatoren", () => {
  it("creates an identificator with its partij and returns every field", async () => {
    const eigenaar = await partij();
    const created = await create({
      identificeerdePartij: { uuid: eigenaar },
      anderePartijIdentificator: "oud-123",
      partijIdentificator: bsn(),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(`${API}/partij-identificatoren/${created.body.uuid}`),
      identificeerdePartij: { uuid: eigenaar, url: server.url(`${API}/partijen/${eigenaar}`) },
      anderePartijIdentificator: "oud-123",
      partijIdentificator: bsn(),
      subIdentificatorVan: null,
    });
    const read = await server.request("GET", `${API}/partij-identificatoren/${created.body.uuid}`);
    expect(read.body).toEqual(created.body);
  });

  it("takes a uuid chosen by the client on create, once", async () => {
    const chosen = "6e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b";
    const created = await create({ uuid: chosen, partijIdentificator: bsn("123456782") });
    expect(created.status).toBe(201);
    expect(created.body.uuid).toBe(chosen);
    const again = await create({ uuid: chosen, partijIdentificator: kvk("87654321") });
    expect(again.status).toBe(400);
    expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: "uuid", code: "unique" })]);
  });

  it("may exist without a partij", async () => {
    const created = await create({ identificeerdePartij: null, partijIdentificator: kvk("11111111") });
    expect(created.status).toBe(201);
    expect(created.body.identificeerdePartij).toBeNull();
  });

  it("requires the group and its four sub-fields", async () => {
    const missing = await create({ anderePartijIdentificator: "x" });
    expect(missing.status).toBe(400);
    expect(names(missing)).toEqual(["partijIdentificator"]);
    const empty = await create({ partijIdentificator: {} });
    expect(names(empty).sort()).toEqual(
      [
        "partijIdentificator.codeObjecttype",
        "partijIdentificator.codeRegister",
        "partijIdentificator.codeSoortObjectId",
        "partijIdentificator.objectId",
      ].sort(),
    );
    expect(empty.body.invalidParams.every((param: { code: string }) => param.code === "required")).toBe(true);
  });

  it("rejects values outside the enums on their sub-field", async () => {
    const rejected = await create({
      partijIdentificator: { codeRegister: "x", codeObjecttype: "y", codeSoortObjectId: "z", objectId: "" },
    });
    expect(rejected.status).toBe(400);
    expect(names(rejected).sort()).toEqual(
      [
        "partijIdentificator.codeObjecttype",
        "partijIdentificator.codeRegister",
        "partijIdentificator.codeSoortObjectId",
      ].sort(),
    );
  });

  it("checks the register -> objecttype -> soort hierarchy", async () => {
    const wrongObjecttype = await create({
      partijIdentificator: { ...bsn(), codeObjecttype: "niet_natuurlijk_persoon" },
    });
    expect(wrongObjecttype.status).toBe(400);
    // brp knows no niet_natuurlijk_persoon, and that objecttype has no bsn: both are said
    expect(wrongObjecttype.body.invalidParams).toEqual([
      expect.objectContaining({ name: "partijIdentificatorCodeObjecttype", code: "invalid" }),
      expect.objectContaining({ name: "partijIdentificatorCodeSoortObjectId", code: "invalid" }),
    ]);
    const wrongSoort = await create({ partijIdentificator: { ...bsn(), codeSoortObjectId: "kvk_nummer" } });
    expect(wrongSoort.body.invalidParams).toEqual([
      expect.objectContaining({ name: "partijIdentificatorCodeSoortObjectId", code: "invalid" }),
    ]);
  });

  it.each([
    ["a BSN of the wrong length", bsn("12"), "9 cijfers"],
    ["a BSN that fails the elfproef", bsn("123456789"), "elfproef"],
    ["a BSN with letters", bsn("12345678a"), "cijfers"],
    ["an RSIN that fails the elfproef", { ...kvk(), codeSoortObjectId: "rsin", objectId: "123456789" }, "RSIN"],
    ["a KvK-nummer of 9 digits", kvk("123456789"), "8 cijfers"],
  ])("rejects %s on partijIdentificatorObjectId", async (_, groep, reason) => {
    const rejected = await create({ partijIdentificator: groep });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      { name: "partijIdentificatorObjectId", code: "invalid", reason: expect.stringContaining(reason) },
    ]);
  });

  it("accepts 000000000 as a BSN (it passes the elfproef)", () => {
    expect(passesElfproef("000000000")).toBe(true);
    expect(passesElfproef("111222333")).toBe(true);
    expect(passesElfproef("111222334")).toBe(false);
  });

  describe("vestigingsnummer and subIdentificatorVan", () => {
    it("requires a kvk_nummer parent, of any partij or of none", async () => {
      const without = await create({ partijIdentificator: vestiging() });
      expect(without.status).toBe(400);
      expect(without.body.invalidParams).toEqual([
        expect.objectContaining({ name: "subIdentificatorVan", code: "invalid" }),
      ]);

      const bsnParent = (await create({ partijIdentificator: bsn("296648875") })).body;
      const underBsn = await create({
        partijIdentificator: vestiging(),
        subIdentificatorVan: { uuid: bsnParent.uuid },
      });
      expect(underBsn.status).toBe(400);
      expect(underBsn.body.invalidParams[0]).toMatchObject({ name: "subIdentificatorVan", code: "invalid" });

      const parent = (await create({ partijIdentificator: kvk("22222222") })).body;
      const ok = await create({
        identificeerdePartij: { uuid: await partij() },
        partijIdentificator: vestiging(),
        subIdentificatorVan: { uuid: parent.uuid },
      });
      expect(ok.status).toBe(201);
      expect(ok.body.subIdentificatorVan).toEqual({
        uuid: parent.uuid,
        url: server.url(`${API}/partij-identificatoren/${parent.uuid}`),
      });
    });

    it("rejects an unknown subIdentificatorVan on subIdentificatorVan.uuid", async () => {
      const rejected = await create({ partijIdentificator: bsn(), subIdentificatorVan: { uuid: UNKNOWN } });
      expect(rejected.body.invalidParams).toEqual([
        {
          name: "subIdentificatorVan.uuid",
          code: "does_not_exist",
          reason: "PartijIdentificator object bestaat niet.",
        },
      ]);
    });

    it("cannot be its own parent", async () => {
      const own = (await create({ partijIdentificator: kvk("33333333") })).body;
      const rejected = await server.request("PATCH", `${API}/partij-identificatoren/${own.uuid}`, {
        body: { subIdentificatorVan: { uuid: own.uuid } },
      });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams[0]).toMatchObject({ name: "subIdentificatorVan", code: "invalid" });
    });

    it("a parent with children keeps its codeSoortObjectId and cannot be deleted", async () => {
      const parent = (await create({ partijIdentificator: kvk("44444444") })).body;
      const child = (
        await create({ partijIdentificator: vestiging("000000000044"), subIdentificatorVan: { uuid: parent.uuid } })
      ).body;
      const path = `${API}/partij-identificatoren/${parent.uuid}`;
      const changed = await server.request("PATCH", path, {
        body: { partijIdentificator: { ...kvk(), codeSoortObjectId: "rsin", objectId: "296648875" } },
      });
      expect(changed.status).toBe(400);
      expect(changed.body.invalidParams).toEqual([
        expect.objectContaining({ name: "partijIdentificatorCodeSoortObjectId", code: "invalid" }),
      ]);
      const deleted = await server.request("DELETE", path);
      expect(deleted.status).toBe(400);
      expect(deleted.body.invalidParams).toEqual([
        { name: "nonFieldErrors", code: "protected", reason: expect.stringContaining(child.uuid) },
      ]);
      expect((await server.request("GET", path)).status).toBe(200);
      // once the child is gone the parent may go
      expect((await server.request("DELETE", `${API}/partij-identificatoren/${child.uuid}`)).status).toBe(204);
      expect((await server.request("DELETE", path)).status).toBe(204);
      expect((await server.request("GET", path)).status).toBe(404);
    });
  });

  describe("uniqueness", () => {
    it("the four values occur once without a parent", async () => {
      await create({ partijIdentificator: bsn("100000009") });
      const again = await create({ partijIdentificator: bsn("100000009") });
      expect(again.status).toBe(400);
      expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: "__all__", code: "invalid" })]);
    });

    it("the same vestigingsnummer may occur under different parents, once per parent", async () => {
      const one = (await create({ partijIdentificator: kvk("55555555") })).body;
      const two = (await create({ partijIdentificator: kvk("66666666") })).body;
      const nummer = vestiging("000000000055");
      expect((await create({ partijIdentificator: nummer, subIdentificatorVan: { uuid: one.uuid } })).status).toBe(201);
      expect((await create({ partijIdentificator: nummer, subIdentificatorVan: { uuid: two.uuid } })).status).toBe(201);
      const again = await create({ partijIdentificator: nummer, subIdentificatorVan: { uuid: one.uuid } });
      expect(again.status).toBe(400);
      expect(again.body.invalidParams[0]).toMatchObject({ name: "__all__", code: "invalid" });
    });

    it("a partij has one identificator per codeSoortObjectId, also when one is moved to it", async () => {
      const eigenaar = await partij();
      await create({ identificeerdePartij: { uuid: eigenaar }, partijIdentificator: bsn("200000007") });
      const second = await create({ identificeerdePartij: { uuid: eigenaar }, partijIdentificator: bsn("300000005") });
      expect(second.status).toBe(400);
      expect(second.body.invalidParams).toEqual([
        expect.objectContaining({ name: "__all__", code: "invalid", reason: expect.stringContaining("bsn") }),
      ]);
      const elsewhere = (
        await create({ identificeerdePartij: { uuid: await partij() }, partijIdentificator: bsn("300000005") })
      ).body;
      const moved = await server.request("PATCH", `${API}/partij-identificatoren/${elsewhere.uuid}`, {
        body: { identificeerdePartij: { uuid: eigenaar } },
      });
      expect(moved.status).toBe(400);
      expect(moved.body.invalidParams[0].name).toBe("__all__");
    });

    it("an update does not clash with the identificator itself", async () => {
      const created = (await create({ partijIdentificator: bsn("400000003") })).body;
      const put = await server.request("PUT", `${API}/partij-identificatoren/${created.uuid}`, {
        body: { partijIdentificator: bsn("400000003"), anderePartijIdentificator: "gewijzigd" },
      });
      expect(put.status).toBe(200);
      expect(put.body.anderePartijIdentificator).toBe("gewijzigd");
    });
  });

  it("PUT requires the group and keeps omitted fields; PATCH changes only what it sends", async () => {
    const eigenaar = await partij();
    const created = (
      await create({
        identificeerdePartij: { uuid: eigenaar },
        anderePartijIdentificator: "a",
        partijIdentificator: bsn("500000001"),
      })
    ).body;
    const path = `${API}/partij-identificatoren/${created.uuid}`;
    const incomplete = await server.request("PUT", path, { body: { anderePartijIdentificator: "b" } });
    expect(incomplete.status).toBe(400);
    expect(names(incomplete)).toEqual(["partijIdentificator"]);
    const put = await server.request("PUT", path, { body: { partijIdentificator: bsn("610000007") } });
    expect(put.body).toMatchObject({
      identificeerdePartij: { uuid: eigenaar },
      anderePartijIdentificator: "a",
      partijIdentificator: bsn("610000007"),
    });
    const patched = await server.request("PATCH", path, { body: { identificeerdePartij: null } });
    expect(patched.body).toMatchObject({ identificeerdePartij: null, partijIdentificator: bsn("610000007") });
  });

  it("rejects an unknown identificeerdePartij on identificeerdePartij.uuid", async () => {
    const rejected = await create({ identificeerdePartij: { uuid: UNKNOWN }, partijIdentificator: bsn("700000008") });
    expect(rejected.body.invalidParams).toEqual([
      { name: "identificeerdePartij.uuid", code: "does_not_exist", reason: "Partij object bestaat niet." },
    ]);
  });

  it("answers 404 for an unknown uuid on every operation", async () => {
    const path = `${API}/partij-identificatoren/${UNKNOWN}`;
    expect((await server.request("GET", path)).status).toBe(404);
    expect((await server.request("PATCH", path, { body: {} })).status).toBe(404);
    expect((await server.request("PUT", path, { body: { partijIdentificator: bsn() } })).status).toBe(404);
    expect((await server.request("DELETE", path)).status).toBe(404);
  });

  it("goes with its partij when the partij is deleted", async () => {
    const eigenaar = await partij();
    const created = (await create({ identificeerdePartij: { uuid: eigenaar }, partijIdentificator: kvk("77777777") }))
      .body;
    await server.db("partijen").where({ uuid: eigenaar }).delete();
    expect((await server.request("GET", `${API}/partij-identificatoren/${created.uuid}`)).status).toBe(404);
  });

  describe("filters", () => {
    let match: string;
    let other: string;
    beforeAll(async () => {
      match = (await create({ anderePartijIdentificator: "filter-a", partijIdentificator: kvk("88888888") })).body.uuid;
      other = (await create({ anderePartijIdentificator: "filter-b", partijIdentificator: bsn("800000006") })).body
        .uuid;
    });
    const list = async (query: string) =>
      (await server.request("GET", `${API}/partij-identificatoren?${query}`)).body.results.map(
        (r: { uuid: string }) => r.uuid,
      );

    it.each([
      ["anderePartijIdentificator", "filter-a"],
      ["partijIdentificatorCodeObjecttype", "niet_natuurlijk_persoon"],
      ["partijIdentificatorCodeSoortObjectId", "kvk_nummer"],
      ["partijIdentificatorObjectId", "88888888"],
      ["partijIdentificatorCodeRegister", "hr"],
    ])("%s matches exactly", async (name, value) => {
      const found = await list(`${name}=${value}`);
      expect(found).toContain(match);
      expect(found).not.toContain(other);
    });

    it("an enum filter with an unknown value is a 400", async () => {
      const reply = await server.request("GET", `${API}/partij-identificatoren?partijIdentificatorCodeRegister=kvk`);
      expect(reply.status).toBe(400);
    });
  });
});
