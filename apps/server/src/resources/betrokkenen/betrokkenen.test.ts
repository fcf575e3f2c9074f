import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;
let klantcontact: { id: string; uuid: string };
let partij: { id: string; uuid: string };

const insertKlantcontact = async (extra: Record<string, unknown> = {}) =>
  (
    await server
      .db("klantcontacten")
      .insert({ kanaal: "telefoon", onderwerp: "x", taal: "nld", vertrouwelijk: false, ...extra })
      .returning(["id", "uuid"])
  )[0] as { id: string; uuid: string };
const insertPartij = async (nummer?: string) =>
  (
    await server
      .db("partijen")
      .insert({ soort_partij: "persoon", indicatie_actief: true, nummer })
      .returning(["id", "uuid"])
  )[0] as { id: string; uuid: string };

beforeAll(async () => {
  server = await startTestServer();
  klantcontact = await insertKlantcontact();
  partij = await insertPartij("1234");
});
afterAll(async () => {
  await server.close();
});

const create = (body: Record<string, unknown>) =>
  server.request("POST", `${API}/betrokkenen`, {
    body: { hadKlantcontact: { uuid: klantcontact.uuid }, rol: "klant", initiator: true, ...body },
  });
const list = async (query: string): Promise<string[]> => {
  const reply = await server.request("GET", `${API}/betrokkenen?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.results.map((result: { uuid: string }) => result.uuid);
};
const ref = (collection: string, uuid: string) => ({ uuid, url: server.url(`${API}/${collection}/${uuid}`) });

describe("/betrokkenen", () => {
  it("creates with the minimum: no partij, no names, no addresses", async () => {
    const created = await create({});
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.body).toEqual({
      ...ref("betrokkenen", created.body.uuid),
      wasPartij: null,
      hadKlantcontact: ref("klantcontacten", klantcontact.uuid),
      digitaleAdressen: [],
      bezoekadres: null,
      correspondentieadres: null,
      contactnaam: null,
      volledigeNaam: "",
      rol: "klant",
      organisatienaam: "",
      initiator: true,
    });
  });

  it("stores partij, contactnaam and addresses, and derives volledigeNaam without voorletters", async () => {
    const created = await create({
      wasPartij: { uuid: partij.uuid },
      contactnaam: { voorletters: "J.", voornaam: "Jan", voorvoegselAchternaam: "de", achternaam: "Vries" },
      bezoekadres: { straatnaam: "Amstel", huisnummer: 1, postcode: "1011 PN", stad: "Amsterdam", land: "NL" },
      organisatienaam: "Gemeente",
      rol: "vertegenwoordiger",
      initiator: false,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      wasPartij: ref("partijen", partij.uuid),
      contactnaam: { voorletters: "J.", voornaam: "Jan", voorvoegselAchternaam: "de", achternaam: "Vries" },
      volledigeNaam: "Jan de Vries",
      bezoekadres: expect.objectContaining({ straatnaam: "Amstel", huisnummer: 1, postcode: "1011 PN", land: "NL" }),
      correspondentieadres: null,
      organisatienaam: "Gemeente",
      rol: "vertegenwoordiger",
      initiator: false,
    });
    const read = await server.request("GET", `${API}/betrokkenen/${created.body.uuid}`);
    expect(read.body).toEqual(created.body);
  });

  it("skips empty name parts in volledigeNaam", async () => {
    const created = await create({ contactnaam: { voorletters: "P.", achternaam: "Bozeman" } });
    expect(created.body.volledigeNaam).toBe("Bozeman");
    expect(created.body.contactnaam).toEqual({
      voorletters: "P.",
      voornaam: "",
      voorvoegselAchternaam: "",
      achternaam: "Bozeman",
    });
  });

  it("requires hadKlantcontact, rol and initiator, and checks the rol choice", async () => {
    const rejected = await server.request("POST", `${API}/betrokkenen`, { body: {} });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams.map((param: { name: string }) => param.name).sort()).toEqual([
      "hadKlantcontact",
      "initiator",
      "rol",
    ]);
    const rol = await create({ rol: "baas" });
    expect(rol.body.invalidParams).toEqual([expect.objectContaining({ name: "rol", code: "invalid_choice" })]);
  });

  it("rejects unknown klantcontact and partij uuids on <field>.uuid", async () => {
    const rejected = await create({ hadKlantcontact: { uuid: UNKNOWN }, wasPartij: { uuid: UNKNOWN } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      { name: "wasPartij.uuid", code: "does_not_exist", reason: "Partij object bestaat niet." },
      { name: "hadKlantcontact.uuid", code: "does_not_exist", reason: "Klantcontact object bestaat niet." },
    ]);
  });

  it("rejects an invalid address with 400 naming the sub-field", async () => {
    const postcode = await create({ correspondentieadres: { postcode: "1011PN" } });
    expect(postcode.status).toBe(400);
    expect(postcode.body.invalidParams).toEqual([expect.objectContaining({ name: "correspondentieadres.postcode" })]);
    const land = await create({ bezoekadres: { land: "nl" } });
    expect(land.status).toBe(400);
    expect(land.body.invalidParams).toEqual([expect.objectContaining({ name: "bezoekadres.land", code: "invalid" })]);
  });

  it("PUT keeps omitted groups; sending a group replaces it whole and null empties it", async () => {
    const created = (
      await create({
        wasPartij: { uuid: partij.uuid },
        contactnaam: { voornaam: "Jan", achternaam: "Jansen" },
        bezoekadres: { stad: "Utrecht" },
      })
    ).body;
    const path = `${API}/betrokkenen/${created.uuid}`;
    const incomplete = await server.request("PUT", path, { body: { rol: "klant" } });
    expect(incomplete.status).toBe(400);
    const put = await server.request("PUT", path, {
      body: {
        hadKlantcontact: { uuid: klantcontact.uuid },
        rol: "klant",
        initiator: false,
        contactnaam: { achternaam: "Pietersen" },
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      wasPartij: ref("partijen", partij.uuid),
      contactnaam: { voorletters: "", voornaam: "", voorvoegselAchternaam: "", achternaam: "Pietersen" },
      volledigeNaam: "Pietersen",
      bezoekadres: expect.objectContaining({ stad: "Utrecht" }),
      initiator: false,
    });
    const patched = await server.request("PATCH", path, {
      body: { wasPartij: null, contactnaam: null, bezoekadres: null },
    });
    expect(patched.body).toMatchObject({ wasPartij: null, contactnaam: null, volledigeNaam: "", bezoekadres: null });
    const moved = await insertKlantcontact();
    const relinked = await server.request("PATCH", path, { body: { hadKlantcontact: { uuid: moved.uuid } } });
    expect(relinked.body.hadKlantcontact).toEqual(ref("klantcontacten", moved.uuid));
    const nulled = await server.request("PATCH", path, { body: { hadKlantcontact: null } });
    expect(nulled.status).toBe(400);
  });

  it("lists the digitale adressen it gave (read-only), expands them, and keeps them unlinked on delete", async () => {
    const created = (await create({})).body;
    const { id } = await server.db("betrokkenen").where({ uuid: created.uuid }).first("id");
    const [adres] = await server
      .db("digitale_adressen")
      .insert({ verstrekt_door_betrokkene_id: id, adres: "a@example.org", soort_digitaal_adres: "email" })
      .returning("uuid");
    const path = `${API}/betrokkenen/${created.uuid}`;
    const read = await server.request("GET", path);
    expect(read.body.digitaleAdressen).toEqual([ref("digitaleadressen", adres.uuid)]);
    const expanded = await server.request("GET", `${path}?expand=digitaleAdressen`);
    expect(expanded.body._expand.digitaleAdressen).toEqual([
      expect.objectContaining({ uuid: adres.uuid, adres: "a@example.org" }),
    ]);
    const listed = await server.request(
      "GET",
      `${API}/betrokkenen?expand=digitaleAdressen&hadKlantcontact__uuid=${klantcontact.uuid}`,
    );
    expect(listed.body.results.every((result: { _expand?: unknown }) => result._expand !== undefined)).toBe(true);

    const ignored = await server.request("PATCH", path, { body: { digitaleAdressen: [] } });
    expect(ignored.body.digitaleAdressen).toHaveLength(1);

    expect((await server.request("DELETE", path)).status).toBe(204);
    expect((await server.request("GET", path)).status).toBe(404);
    expect(
      await server.db("digitale_adressen").where({ uuid: adres.uuid }).first("verstrekt_door_betrokkene_id"),
    ).toEqual({
      verstrekt_door_betrokkene_id: null,
    });
  });

  it("answers 404 for an unknown uuid", async () => {
    for (const method of ["GET", "PATCH", "DELETE"]) {
      const reply = await server.request(method, `${API}/betrokkenen/${UNKNOWN}`, {
        body: method === "PATCH" ? {} : undefined,
      });
      expect(reply.status).toBe(404);
    }
  });

  it("goes when its klantcontact or its partij goes", async () => {
    const kc = await insertKlantcontact();
    const eigen = await insertPartij();
    const viaKlantcontact = (await create({ hadKlantcontact: { uuid: kc.uuid } })).body;
    const viaPartij = (await create({ wasPartij: { uuid: eigen.uuid } })).body;
    await server.db("klantcontacten").where({ id: kc.id }).delete();
    await server.db("partijen").where({ id: eigen.id }).delete();
    expect((await server.request("GET", `${API}/betrokkenen/${viaKlantcontact.uuid}`)).status).toBe(404);
    expect((await server.request("GET", `${API}/betrokkenen/${viaPartij.uuid}`)).status).toBe(404);
  });
});

describe("/betrokkenen filters", () => {
  let match: string;
  let other: string;
  let adres: string;
  let kc: { id: string; uuid: string };
  let filterPartij: { id: string; uuid: string };

  beforeAll(async () => {
    kc = await insertKlantcontact({ nummer: "31", referentienummer: "32" });
    filterPartij = await insertPartij("9090");
    await server.db("partij_identificatoren").insert({
      identificeerde_partij_id: filterPartij.id,
      code_objecttype: "niet_natuurlijk_persoon",
      code_soort_object_id: "kvk_nummer",
      object_id: "12345678",
      code_register: "hr",
    });
    match = (
      await create({
        hadKlantcontact: { uuid: kc.uuid },
        wasPartij: { uuid: filterPartij.uuid },
        contactnaam: { voorletters: "F.", voornaam: "Fatima", voorvoegselAchternaam: "el", achternaam: "Amrani" },
        organisatienaam: "Bakkerij",
      })
    ).body.uuid;
    other = (await create({ contactnaam: { voornaam: "fatima" }, organisatienaam: "bakkerij" })).body.uuid;
    const { id } = await server.db("betrokkenen").where({ uuid: match }).first("id");
    // two adressen of the same betrokkene: a join would list it twice
    for (const value of ["f@example.org", "f@example.org"]) {
      adres = (
        await server
          .db("digitale_adressen")
          .insert({ verstrekt_door_betrokkene_id: id, adres: value, soort_digitaal_adres: "email" })
          .returning("uuid")
      )[0].uuid;
    }
  });

  it.each([
    ["contactnaamVoorletters", () => "F."],
    ["contactnaamVoornaam", () => "Fatima"],
    ["contactnaamVoorvoegselAchternaam", () => "el"],
    ["contactnaamAchternaam", () => "Amrani"],
    ["organisatienaam", () => "Bakkerij"],
    ["hadKlantcontact__uuid", () => kc.uuid],
    ["hadKlantcontact__url", () => `https://elders.example.org/klantcontacten/${kc.uuid}`],
    ["hadKlantcontact__nummer", () => "31"],
    ["hadKlantcontact__referentienummer", () => "32"],
    ["verstrektedigitaalAdres__uuid", () => adres],
    ["verstrektedigitaalAdres__url", () => `https://elders.example.org/digitaleadressen/${adres}`],
    ["verstrektedigitaalAdres__adres", () => "f@example.org"],
    ["wasPartij__uuid", () => filterPartij.uuid],
    ["wasPartij__url", () => `https://elders.example.org/partijen/${filterPartij.uuid}`],
    ["wasPartij__nummer", () => "9090"],
    ["wasPartij__partijIdentificator__codeObjecttype", () => "niet_natuurlijk_persoon"],
    ["wasPartij__partijIdentificator__codeSoortObjectId", () => "kvk_nummer"],
    ["wasPartij__partijIdentificator__objectId", () => "12345678"],
    ["wasPartij__partijIdentificator__codeRegister", () => "hr"],
  ])("filters on %s (exact), once per betrokkene", async (name, value) => {
    expect(await list(`${name}=${value()}`)).toEqual([match]);
  });

  it("matches nothing for other values, other case or a url that does not end in a uuid", async () => {
    for (const query of [
      "contactnaamVoornaam=FATIMA",
      "organisatienaam=Bakker",
      "verstrektedigitaalAdres__adres=F@example.org",
      "wasPartij__partijIdentificator__objectId=87654321",
      "hadKlantcontact__url=https://elders.example.org/klantcontacten/31",
      `wasPartij__uuid=${UNKNOWN}`,
    ]) {
      expect(await list(query), query).toEqual([]);
    }
    expect(await list("organisatienaam=bakkerij")).toEqual([other]);
  });
});
