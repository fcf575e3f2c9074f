import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const PARTIJ = "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  // a partij straight in the table, so these tests do not depend on /partijen
  await server.db("partijen").insert({ uuid: PARTIJ, soort_partij: "persoon", indicatie_actief: true });
});
afterAll(async () => {
  await server.close();
});

const create = (body: unknown) => server.request("POST", `${API}/rekeningnummers`, { body });
const list = async (query: string) =>
  (await server.request("GET", `${API}/rekeningnummers?${query}`)).body.results.map((r: { uuid: string }) => r.uuid);

describe("/rekeningnummers", () => {
  it("creates a rekeningnummer of a partij and returns it with {uuid, url} refs and a Location", async () => {
    const created = await create({ partij: { uuid: PARTIJ }, iban: "NL91ABNA0417164300", bic: "ABNANL2A" });
    expect(created.status).toBe(201);
    const url = server.url(`${API}/rekeningnummers/${created.body.uuid}`);
    expect(created.headers.get("location")).toBe(url);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url,
      partij: { uuid: PARTIJ, url: server.url(`${API}/partijen/${PARTIJ}`) },
      iban: "NL91ABNA0417164300",
      bic: "ABNANL2A",
    });
    const read = await server.request("GET", `${API}/rekeningnummers/${created.body.uuid}`);
    expect(read.body).toEqual(created.body);
  });

  it("needs only an iban: no partij is null, no bic an empty text", async () => {
    const created = await create({ iban: "DE89370400440532013000" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ partij: null, bic: "" });
  });

  it("checks the IBAN by its shape only: a wrong check digit passes, lowercase letters too", async () => {
    expect((await create({ iban: "NL00ABNA0417164300" })).status).toBe(201);
    expect((await create({ iban: "nl91abna0417164300" })).status).toBe(201);
  });

  it.each([
    ["spaces", "NL91 ABNA 0417 1643 00"],
    ["no country", "9191ABNA0417164300"],
    ["letters as check digits", "NLAAABNA0417164300"],
    ["no account part", "NL91"],
  ])("rejects an iban with %s with 400 on iban", async (_case, iban) => {
    const rejected = await create({ iban });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "iban", code: "invalid" })]);
  });

  it("rejects an iban longer than 34 characters with max_length", async () => {
    const rejected = await create({ iban: `NL91${"A".repeat(31)}` });
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "iban", code: "max_length" })]);
  });

  it("requires the iban on POST and on PUT", async () => {
    const missing = await create({ bic: "ABNANL2A" });
    expect(missing.status).toBe(400);
    expect(missing.body.invalidParams).toEqual([expect.objectContaining({ name: "iban", code: "required" })]);
    const created = (await create({ iban: "NL91ABNA0417164300" })).body;
    const put = await server.request("PUT", `${API}/rekeningnummers/${created.uuid}`, { body: { bic: "ABNANL2A" } });
    expect(put.status).toBe(400);
    expect(put.body.invalidParams).toEqual([expect.objectContaining({ name: "iban", code: "required" })]);
  });

  it.each([
    ["shorter than 8 characters", "ABNANL2"],
    ["longer than 11 characters", "ABNANL2AXXXX"],
    ["whitespace", "ABNA NL2A"],
  ])("rejects a bic %s with 400 on bic", async (_case, bic) => {
    const rejected = await create({ iban: "NL91ABNA0417164300", bic });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "bic" })]);
  });

  it("accepts a bic of 8 and of 11 characters", async () => {
    expect((await create({ iban: "NL91ABNA0417164300", bic: "ABNANL2A" })).status).toBe(201);
    expect((await create({ iban: "NL91ABNA0417164300", bic: "ABNANL2AXXX" })).status).toBe(201);
  });

  it("rejects an unknown partij with 400 on partij.uuid", async () => {
    const rejected = await create({ partij: { uuid: UNKNOWN }, iban: "NL91ABNA0417164300" });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      { name: "partij.uuid", code: "does_not_exist", reason: "Partij object bestaat niet." },
    ]);
  });

  it("keeps omitted fields on PUT and changes only what PATCH sends; null unlinks the partij", async () => {
    const created = (await create({ partij: { uuid: PARTIJ }, iban: "NL91ABNA0417164300", bic: "ABNANL2A" })).body;
    const path = `${API}/rekeningnummers/${created.uuid}`;
    const put = await server.request("PUT", path, { body: { iban: "NL02RABO0123456789" } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ iban: "NL02RABO0123456789", bic: "ABNANL2A", partij: { uuid: PARTIJ } });
    const patched = await server.request("PATCH", path, { body: { partij: null } });
    expect(patched.body).toMatchObject({ iban: "NL02RABO0123456789", bic: "ABNANL2A", partij: null });
    const emptied = await server.request("PATCH", path, { body: { bic: "" } });
    expect(emptied.body.bic).toBe("");
  });

  it("answers 404 for an unknown uuid on read, PUT, PATCH and DELETE", async () => {
    const path = `${API}/rekeningnummers/${UNKNOWN}`;
    expect((await server.request("GET", path)).status).toBe(404);
    expect((await server.request("PUT", path, { body: { iban: "NL91ABNA0417164300" } })).status).toBe(404);
    expect((await server.request("PATCH", path, { body: {} })).status).toBe(404);
    expect((await server.request("DELETE", path)).status).toBe(404);
  });

  it("deletes a rekeningnummer and clears it as voorkeursRekeningnummer of its partij", async () => {
    const created = (await create({ partij: { uuid: PARTIJ }, iban: "NL91ABNA0417164300" })).body;
    const row = await server.db("rekeningnummers").where({ uuid: created.uuid }).first("id");
    await server.db("partijen").where({ uuid: PARTIJ }).update({ voorkeurs_rekeningnummer_id: row.id });
    const deleted = await server.request("DELETE", `${API}/rekeningnummers/${created.uuid}`);
    expect(deleted.status).toBe(204);
    expect((await server.request("GET", `${API}/rekeningnummers/${created.uuid}`)).status).toBe(404);
    const partij = await server.db("partijen").where({ uuid: PARTIJ }).first("voorkeurs_rekeningnummer_id");
    expect(partij.voorkeurs_rekeningnummer_id).toBeNull();
  });

  it("goes with its partij when the partij is deleted", async () => {
    const [partij] = await server
      .db("partijen")
      .insert({ soort_partij: "organisatie", indicatie_actief: true })
      .returning("uuid");
    const created = (await create({ partij: { uuid: partij.uuid }, iban: "NL91ABNA0417164300" })).body;
    await server.db("partijen").where({ uuid: partij.uuid }).delete();
    expect((await server.request("GET", `${API}/rekeningnummers/${created.uuid}`)).status).toBe(404);
  });

  it("lists newest first", async () => {
    const first = (await create({ iban: "NL91ABNA0417164301" })).body.uuid;
    const second = (await create({ iban: "NL91ABNA0417164302" })).body.uuid;
    const found = await list("pageSize=2");
    expect(found).toEqual([second, first]);
  });

  describe("filters", () => {
    let match: string;
    let other: string;
    beforeAll(async () => {
      match = (await create({ iban: "GB29NWBK60161331926819", bic: "NWBKGB2L" })).body.uuid;
      other = (await create({ iban: "GB29NWBK60161331926810", bic: "NWBKGB2LXXX" })).body.uuid;
    });

    it.each([
      ["iban", "GB29NWBK60161331926819"],
      ["bic", "NWBKGB2L"],
    ])("%s matches exactly (case-sensitive, no partial match)", async (name, value) => {
      const found = await list(`${name}=${value}`);
      expect(found).toEqual([match]);
      expect(found).not.toContain(other);
      expect(await list(`${name}=${value.toLowerCase()}`)).toEqual([]);
      expect(await list(`${name}=${value.slice(0, -1)}`)).toEqual([]);
    });

    it("uuid matches exactly", async () => {
      expect(await list(`uuid=${match}`)).toEqual([match]);
      expect(await list(`uuid=${UNKNOWN}`)).toEqual([]);
    });

    it("rejects a malformed uuid filter and an unknown parameter with 400", async () => {
      expect((await server.request("GET", `${API}/rekeningnummers?uuid=abc`)).status).toBe(400);
      const unknown = await server.request("GET", `${API}/rekeningnummers?partij__uuid=${PARTIJ}`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.invalidParams).toEqual([expect.objectContaining({ code: "unknown-parameters" })]);
    });
  });
});
