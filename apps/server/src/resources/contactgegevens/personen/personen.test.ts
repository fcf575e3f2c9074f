import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../../test/testServer.ts";

const API = "/contactgegevens/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const ANNA = {
  geboortedatum: "1985-06-23",
  overlijdensdatum: null,
  geslachtsnaam: "Berg",
  geslacht: "v",
  voorvoegsel: "van den",
  voornamen: "Anna Maria",
  adres: {
    nummeraanduidingId: "0344200000098765",
    straatnaam: "Oudegracht",
    huisnummer: 45,
    huisnummertoevoeging: "",
    postcode: "3511 AB",
    stad: "Utrecht",
    adresregel1: "",
    adresregel2: "",
    adresregel3: "",
    land: "NL",
  },
};
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const create = (body: unknown) => server.request("POST", `${API}/persoon`, { body });

describe("/persoon", () => {
  it("creates, reads, replaces, patches and deletes a persoon", async () => {
    const created = await create(ANNA);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(`${API}/persoon/${created.body.uuid}`),
      ...ANNA,
    });
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.headers.get("api-version")).toBe("1.1.1");

    const path = `${API}/persoon/${created.body.uuid}`;
    expect((await server.request("GET", path)).body).toEqual(created.body);

    const replaced = await server.request("PUT", path, {
      body: { geboortedatum: "1985-06-24", geslachtsnaam: "Bergh" },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ ...created.body, geboortedatum: "1985-06-24", geslachtsnaam: "Bergh" });

    const patched = await server.request("PATCH", path, { body: { overlijdensdatum: "2050-01-01", geslacht: "" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ overlijdensdatum: "2050-01-01", geslacht: "", geslachtsnaam: "Bergh" });

    expect((await server.request("DELETE", path)).status).toBe(204);
    expect((await server.request("GET", path)).status).toBe(404);
  });

  it("gives empty text for optional names and geslacht, and adres null, when they are left out", async () => {
    const created = await create({ geboortedatum: "2000-01-01", geslachtsnaam: "Jansen" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      geslacht: "",
      voorvoegsel: "",
      voornamen: "",
      overlijdensdatum: null,
      adres: null,
    });
  });

  it("PUT requires geboortedatum and geslachtsnaam, naming both", async () => {
    const created = (await create(ANNA)).body;
    const rejected = await server.request("PUT", `${API}/persoon/${created.uuid}`, { body: { voornamen: "Anna" } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams.map((param: { name: string }) => param.name).sort()).toEqual([
      "geboortedatum",
      "geslachtsnaam",
    ]);
  });

  it("PATCH leaves the required fields alone when it omits them", async () => {
    const created = (await create(ANNA)).body;
    const patched = await server.request("PATCH", `${API}/persoon/${created.uuid}`, { body: { voornamen: "Anna" } });
    expect(patched.body).toEqual({ ...created, voornamen: "Anna" });
  });

  it("does not compare the dates: overlijdensdatum may lie before geboortedatum", async () => {
    const created = await create({ ...ANNA, overlijdensdatum: "1900-01-01" });
    expect(created.status).toBe(201);
    expect(created.body.overlijdensdatum).toBe("1900-01-01");
  });

  it.each([
    ["geslacht outside m/v/o", { ...ANNA, geslacht: "x" }, "geslacht", "invalid_choice"],
    ["geslachtsnaam over 200 characters", { ...ANNA, geslachtsnaam: "x".repeat(201) }, "geslachtsnaam", "max_length"],
    ["voorvoegsel over 10 characters", { ...ANNA, voorvoegsel: "x".repeat(11) }, "voorvoegsel", "max_length"],
    ["voornamen over 200 characters", { ...ANNA, voornamen: "x".repeat(201) }, "voornamen", "max_length"],
    ["geboortedatum not a date", { ...ANNA, geboortedatum: "1985-02-30" }, "geboortedatum", "invalid"],
    ["a lowercase land", { ...ANNA, adres: { land: "de" } }, "adres.land", "invalid"],
    ["a postcode without its space", { ...ANNA, adres: { postcode: "3511AB" } }, "adres.postcode", "invalid"],
  ])("rejects %s with 400 on that field", async (_case, body, name, code) => {
    const rejected = await create(body);
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name, code })]);
  });

  it("answers 404 for an unknown uuid and 400 on uuid for a path that is not a uuid", async () => {
    expect((await server.request("GET", `${API}/persoon/${UNKNOWN}`)).status).toBe(404);
    expect((await server.request("DELETE", `${API}/persoon/${UNKNOWN}`)).status).toBe(404);
    const malformed = await server.request("GET", `${API}/persoon/nope`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.invalidParams[0].name).toBe("uuid");
  });

  it("pages newest first and rejects unknown query parameters", async () => {
    const older = (await create({ ...ANNA, voornamen: "Ouder" })).body.uuid;
    const newer = (await create({ ...ANNA, voornamen: "Jonger" })).body.uuid;
    const page = await server.request("GET", `${API}/persoon?pageSize=1`);
    expect(page.body.results.map((p: { uuid: string }) => p.uuid)).toEqual([newer]);
    expect(page.body.next).toBe(server.url(`${API}/persoon?page=2&pageSize=1`));
    const second = await server.request("GET", `${API}/persoon?page=2&pageSize=1`);
    expect(second.body.results[0].uuid).toBe(older);
    expect((await server.request("GET", `${API}/persoon?geslachtsnaam=Berg`)).status).toBe(400);
  });

  it("needs a token", async () => {
    const reply = await server.request("GET", `${API}/persoon`, { token: null });
    expect(reply.status).toBe(401);
    expect(reply.headers.get("api-version")).toBe("1.1.1");
  });
});
