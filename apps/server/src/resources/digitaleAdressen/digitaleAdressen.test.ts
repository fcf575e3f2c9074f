import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;

// fixtures straight in the tables, so these tests do not depend on /partijen or /betrokkenen
async function insertPartij(db: Knex, soortPartij = "persoon"): Promise<string> {
  const [row] = await db("partijen").insert({ soort_partij: soortPartij, indicatie_actief: true }).returning("uuid");
  return row.uuid;
}
async function insertBetrokkene(db: Knex, rol = "klant"): Promise<string> {
  const [klantcontact] = await db("klantcontacten")
    .insert({ kanaal: "telefoon", onderwerp: "vraag", taal: "nld", vertrouwelijk: false })
    .returning("id");
  const [row] = await db("betrokkenen")
    .insert({ had_klantcontact_id: klantcontact.id, rol, initiator: true })
    .returning("uuid");
  return row.uuid;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const create = (body: Record<string, unknown>) => server.request("POST", `${API}/digitaleadressen`, { body });
const email = (extra: Record<string, unknown> = {}) =>
  create({ adres: "jan@example.nl", soortDigitaalAdres: "email", ...extra });
const read = async (uuid: string) => (await server.request("GET", `${API}/digitaleadressen/${uuid}`)).body;
const patch = (uuid: string, body: unknown) => server.request("PATCH", `${API}/digitaleadressen/${uuid}`, { body });
const put = (uuid: string, body: unknown) => server.request("PUT", `${API}/digitaleadressen/${uuid}`, { body });
const list = async (query: string) => {
  const reply = await server.request("GET", `${API}/digitaleadressen?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.results.map((r: { uuid: string }) => r.uuid);
};

describe("/digitaleadressen", () => {
  it("creates an address of a partij and a betrokkene and returns it with {uuid, url} refs and a Location", async () => {
    const partij = await insertPartij(server.db);
    const betrokkene = await insertBetrokkene(server.db);
    const created = await create({
      verstrektDoorPartij: { uuid: partij },
      verstrektDoorBetrokkene: { uuid: betrokkene },
      adres: "jan.devries@example.nl",
      soortDigitaalAdres: "email",
      isStandaardAdres: true,
      omschrijving: "privé",
      referentie: "email-prive",
      verificatieDatum: "2024-03-12",
    });
    expect(created.status).toBe(201);
    const url = server.url(`${API}/digitaleadressen/${created.body.uuid}`);
    expect(created.headers.get("location")).toBe(url);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url,
      verstrektDoorBetrokkene: { uuid: betrokkene, url: server.url(`${API}/betrokkenen/${betrokkene}`) },
      verstrektDoorPartij: { uuid: partij, url: server.url(`${API}/partijen/${partij}`) },
      adres: "jan.devries@example.nl",
      soortDigitaalAdres: "email",
      isStandaardAdres: true,
      omschrijving: "privé",
      referentie: "email-prive",
      verificatieDatum: "2024-03-12",
    });
    expect(await read(created.body.uuid)).toEqual(created.body);
  });

  it("needs only adres and soort: no partij or betrokkene, not standaard, unverified (verificatieDatum null)", async () => {
    const created = await create({ adres: "iets", soortDigitaalAdres: "overig" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      verstrektDoorBetrokkene: null,
      verstrektDoorPartij: null,
      isStandaardAdres: false,
      omschrijving: "",
      referentie: "",
      verificatieDatum: null,
    });
  });

  it("requires adres and soortDigitaalAdres, and a soort of the enum", async () => {
    const missing = await create({});
    expect(missing.status).toBe(400);
    expect(missing.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]).sort()).toEqual([
      ["adres", "required"],
      ["soortDigitaalAdres", "required"],
    ]);
    const wrong = await create({ adres: "x", soortDigitaalAdres: "fax" });
    expect(wrong.body.invalidParams).toEqual([
      expect.objectContaining({ name: "soortDigitaalAdres", code: "invalid_choice" }),
    ]);
  });

  it("rejects unknown partij and betrokkene uuids on <field>.uuid", async () => {
    const rejected = await email({
      verstrektDoorPartij: { uuid: UNKNOWN },
      verstrektDoorBetrokkene: { uuid: UNKNOWN },
    });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual(
      expect.arrayContaining([
        { name: "verstrektDoorPartij.uuid", code: "does_not_exist", reason: "Partij object bestaat niet." },
        { name: "verstrektDoorBetrokkene.uuid", code: "does_not_exist", reason: "Betrokkene object bestaat niet." },
      ]),
    );
    expect(rejected.body.invalidParams).toHaveLength(2);
  });

  it("rejects an unknown partij together with isStandaardAdres without a second, misleading error", async () => {
    const rejected = await email({ verstrektDoorPartij: { uuid: UNKNOWN }, isStandaardAdres: true });
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "verstrektDoorPartij.uuid" })]);
  });

  describe("adres by soort", () => {
    it.each(["info@example.nl", "Jan.de-Vries+post@sub.example.co.uk", "user@münchen.de"])(
      "accepts the e-mail address %s",
      async (adres) => {
        expect((await create({ adres, soortDigitaalAdres: "email" })).status).toBe(201);
      },
    );

    it.each(["geen-email", "jan@example", "jan@@example.nl", "jan @example.nl", "jan@.example.nl"])(
      "rejects the e-mail address %j with 400 on adres, code invalid",
      async (adres) => {
        const rejected = await create({ adres, soortDigitaalAdres: "email" });
        expect(rejected.status).toBe(400);
        expect(rejected.body.invalidParams).toEqual([
          { name: "adres", code: "invalid", reason: "Voer een geldig e-mailadres in." },
        ]);
      },
    );

    it.each(["0612345678", "+31612345678", "0031612345678", "00311234567", "+441134960000", "0881234567"])(
      "accepts the telephone number %s",
      async (adres) => {
        expect((await create({ adres, soortDigitaalAdres: "telefoonnummer" })).status).toBe(201);
      },
    );

    it.each(["0800123456", "0900123456", "1400", "140123"])(
      "rejects the service number %s with its own reason",
      async (adres) => {
        const rejected = await create({ adres, soortDigitaalAdres: "telefoonnummer" });
        expect(rejected.status).toBe(400);
        expect(rejected.body.invalidParams).toEqual([
          expect.objectContaining({
            name: "adres",
            code: "invalid",
            reason: expect.stringMatching(/0800, 0900, 1400/),
          }),
        ]);
      },
    );

    it.each(["020 753 0523", "+311234", "316123456789", "06-12345678"])(
      "rejects the malformed telephone number %j",
      async (adres) => {
        const rejected = await create({ adres, soortDigitaalAdres: "telefoonnummer" });
        expect(rejected.body.invalidParams).toEqual([
          { name: "adres", code: "invalid", reason: "Het telefoonnummer is ongeldig." },
        ]);
      },
    );

    it("accepts anything up to 80 characters as overig, and nothing longer", async () => {
      expect((await create({ adres: "@jan op Mastodon!", soortDigitaalAdres: "overig" })).status).toBe(201);
      const long = await create({ adres: "x".repeat(81), soortDigitaalAdres: "overig" });
      expect(long.body.invalidParams).toEqual([expect.objectContaining({ name: "adres", code: "max_length" })]);
    });

    it("checks a PATCHed adres against the stored soort", async () => {
      const phone = (await create({ adres: "0612345678", soortDigitaalAdres: "telefoonnummer" })).body;
      const rejected = await patch(phone.uuid, { adres: "jan@example.nl" });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "adres", code: "invalid" })]);
      expect((await patch(phone.uuid, { adres: "+31201234567" })).body.adres).toBe("+31201234567");
      const overig = (await create({ adres: "iets", soortDigitaalAdres: "overig" })).body;
      expect((await patch(overig.uuid, { adres: "nog iets" })).status).toBe(200);
    });

    it("checks the stored adres against a PATCHed soort, and both when both change", async () => {
      const phone = (await create({ adres: "0612345678", soortDigitaalAdres: "telefoonnummer" })).body;
      const rejected = await patch(phone.uuid, { soortDigitaalAdres: "email" });
      expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "adres", code: "invalid" })]);
      const both = await patch(phone.uuid, { soortDigitaalAdres: "email", adres: "jan@example.nl" });
      expect(both.body).toMatchObject({ soortDigitaalAdres: "email", adres: "jan@example.nl" });
      expect((await patch(phone.uuid, { soortDigitaalAdres: "overig" })).status).toBe(200);
    });
  });

  describe("PUT and PATCH", () => {
    it("requires adres and soort on PUT but keeps the other omitted fields", async () => {
      const partij = await insertPartij(server.db);
      const created = (
        await email({ verstrektDoorPartij: { uuid: partij }, omschrijving: "werk", verificatieDatum: "2024-01-01" })
      ).body;
      const incomplete = await put(created.uuid, { omschrijving: "privé" });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
        "adres",
        "soortDigitaalAdres",
      ]);
      const replaced = await put(created.uuid, { adres: "0612345678", soortDigitaalAdres: "telefoonnummer" });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({
        adres: "0612345678",
        soortDigitaalAdres: "telefoonnummer",
        omschrijving: "werk",
        verificatieDatum: "2024-01-01",
        verstrektDoorPartij: { uuid: partij },
      });
    });

    it("changes only what PATCH sends; null unlinks and clears the verificatieDatum", async () => {
      const partij = await insertPartij(server.db);
      const betrokkene = await insertBetrokkene(server.db);
      const created = (
        await email({
          verstrektDoorPartij: { uuid: partij },
          verstrektDoorBetrokkene: { uuid: betrokkene },
          verificatieDatum: "2024-01-01",
        })
      ).body;
      const patched = await patch(created.uuid, {
        verstrektDoorPartij: null,
        verstrektDoorBetrokkene: null,
        verificatieDatum: null,
      });
      expect(patched.body).toMatchObject({
        adres: "jan@example.nl",
        verstrektDoorPartij: null,
        verstrektDoorBetrokkene: null,
        verificatieDatum: null,
      });
    });

    it("reads snake_case keys as their camelCase field", async () => {
      const created = await create({ adres: "x", soort_digitaal_adres: "overig", verificatie_datum: "2023-03-03" });
      expect(created.body).toMatchObject({ soortDigitaalAdres: "overig", verificatieDatum: "2023-03-03" });
    });

    it("answers 404 for an unknown uuid on read, PUT, PATCH and DELETE", async () => {
      const path = `${API}/digitaleadressen/${UNKNOWN}`;
      expect((await server.request("GET", path)).status).toBe(404);
      expect((await put(UNKNOWN, { adres: "x", soortDigitaalAdres: "overig" })).status).toBe(404);
      expect((await patch(UNKNOWN, {})).status).toBe(404);
      expect((await server.request("DELETE", path)).status).toBe(404);
    });
  });

  describe("isStandaardAdres", () => {
    const standaardError = expect.objectContaining({ name: "isStandaardAdres", code: "invalid" });

    it("can only be true for an address of a partij", async () => {
      const rejected = await email({ isStandaardAdres: true });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([standaardError]);
      const loose = (await email()).body;
      expect((await patch(loose.uuid, { isStandaardAdres: true })).body.invalidParams).toEqual([standaardError]);
      expect((await email({ isStandaardAdres: false })).status).toBe(201);
    });

    it("cannot stay true when the partij is unlinked, unless it is switched off too", async () => {
      const partij = await insertPartij(server.db);
      const standaard = (await email({ verstrektDoorPartij: { uuid: partij }, isStandaardAdres: true })).body;
      const rejected = await patch(standaard.uuid, { verstrektDoorPartij: null });
      expect(rejected.body.invalidParams).toEqual([standaardError]);
      const both = await patch(standaard.uuid, { verstrektDoorPartij: null, isStandaardAdres: false });
      expect(both.body).toMatchObject({ verstrektDoorPartij: null, isStandaardAdres: false });
    });

    it("setting it demotes the other standaard address of the same partij and soort only", async () => {
      const partij = await insertPartij(server.db);
      const ander = await insertPartij(server.db);
      const eerste = (await email({ verstrektDoorPartij: { uuid: partij }, isStandaardAdres: true })).body;
      const telefoon = (
        await create({
          verstrektDoorPartij: { uuid: partij },
          adres: "0612345678",
          soortDigitaalAdres: "telefoonnummer",
          isStandaardAdres: true,
        })
      ).body;
      const vanAnder = (await email({ verstrektDoorPartij: { uuid: ander }, isStandaardAdres: true })).body;

      const tweede = await email({
        verstrektDoorPartij: { uuid: partij },
        isStandaardAdres: true,
        adres: "b@example.nl",
      });
      expect(tweede.status).toBe(201);
      expect(tweede.body.isStandaardAdres).toBe(true);
      expect((await read(eerste.uuid)).isStandaardAdres).toBe(false);
      expect((await read(telefoon.uuid)).isStandaardAdres).toBe(true);
      expect((await read(vanAnder.uuid)).isStandaardAdres).toBe(true);

      // and back, by PATCH
      expect((await patch(eerste.uuid, { isStandaardAdres: true })).body.isStandaardAdres).toBe(true);
      expect((await read(tweede.body.uuid)).isStandaardAdres).toBe(false);
      // re-sending true on the standaard address itself changes nothing
      expect((await patch(eerste.uuid, { isStandaardAdres: true })).body.isStandaardAdres).toBe(true);
    });

    it("moving a standaard address to another partij or soort demotes the standaard address there", async () => {
      const partij = await insertPartij(server.db);
      const ander = await insertPartij(server.db);
      const daar = (await email({ verstrektDoorPartij: { uuid: ander }, isStandaardAdres: true })).body;
      const hier = (await email({ verstrektDoorPartij: { uuid: partij }, isStandaardAdres: true })).body;
      const moved = await patch(hier.uuid, { verstrektDoorPartij: { uuid: ander } });
      expect(moved.status).toBe(200);
      expect(moved.body.isStandaardAdres).toBe(true);
      expect((await read(daar.uuid)).isStandaardAdres).toBe(false);

      const overig = (
        await create({
          verstrektDoorPartij: { uuid: ander },
          adres: "x",
          soortDigitaalAdres: "overig",
          isStandaardAdres: true,
        })
      ).body;
      const resorted = await patch(hier.uuid, { soortDigitaalAdres: "overig" });
      expect(resorted.body.isStandaardAdres).toBe(true);
      expect((await read(overig.uuid)).isStandaardAdres).toBe(false);
    });

    it("demotes on PUT too", async () => {
      const partij = await insertPartij(server.db);
      const eerste = (await email({ verstrektDoorPartij: { uuid: partij }, isStandaardAdres: true })).body;
      const tweede = (await email({ verstrektDoorPartij: { uuid: partij } })).body;
      const replaced = await put(tweede.uuid, {
        adres: "c@example.nl",
        soortDigitaalAdres: "email",
        isStandaardAdres: true,
      });
      expect(replaced.body.isStandaardAdres).toBe(true);
      expect((await read(eerste.uuid)).isStandaardAdres).toBe(false);
    });
  });

  describe("referentie", () => {
    const clash = [expect.objectContaining({ name: "nonFieldErrors", code: "unique" })];

    it("is unique per partij and soort when filled", async () => {
      const partij = await insertPartij(server.db);
      expect((await email({ verstrektDoorPartij: { uuid: partij }, referentie: "thuis" })).status).toBe(201);
      const twice = await email({ verstrektDoorPartij: { uuid: partij }, referentie: "thuis", adres: "b@example.nl" });
      expect(twice.status).toBe(400);
      expect(twice.body.invalidParams).toEqual(clash);
    });

    it("may repeat for another soort, another partij, without partij, and when empty", async () => {
      const partij = await insertPartij(server.db);
      const ander = await insertPartij(server.db);
      expect((await email({ verstrektDoorPartij: { uuid: partij }, referentie: "werk" })).status).toBe(201);
      const otherSoort = await create({
        verstrektDoorPartij: { uuid: partij },
        referentie: "werk",
        adres: "0612345678",
        soortDigitaalAdres: "telefoonnummer",
      });
      expect(otherSoort.status).toBe(201);
      expect((await email({ verstrektDoorPartij: { uuid: ander }, referentie: "werk" })).status).toBe(201);
      expect((await email({ referentie: "werk" })).status).toBe(201);
      expect((await email({ referentie: "werk" })).status).toBe(201);
      expect((await email({ verstrektDoorPartij: { uuid: partij }, referentie: "" })).status).toBe(201);
      expect((await email({ verstrektDoorPartij: { uuid: partij }, referentie: "" })).status).toBe(201);
    });

    it("does not clash with itself when PUT or PATCH re-sends its own referentie", async () => {
      const partij = await insertPartij(server.db);
      const created = (await email({ verstrektDoorPartij: { uuid: partij }, referentie: "eigen" })).body;
      const patched = await patch(created.uuid, { referentie: "eigen", omschrijving: "zelfde" });
      expect(patched.status).toBe(200);
      const replaced = await put(created.uuid, {
        verstrektDoorPartij: { uuid: partij },
        referentie: "eigen",
        adres: "nieuw@example.nl",
        soortDigitaalAdres: "email",
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ referentie: "eigen", adres: "nieuw@example.nl" });
    });

    it("clashes when a PATCH moves an address to a partij or soort where its referentie is taken", async () => {
      const partij = await insertPartij(server.db);
      const ander = await insertPartij(server.db);
      await email({ verstrektDoorPartij: { uuid: partij }, referentie: "bezet" });
      const elders = (await email({ verstrektDoorPartij: { uuid: ander }, referentie: "bezet" })).body;
      expect((await patch(elders.uuid, { verstrektDoorPartij: { uuid: partij } })).body.invalidParams).toEqual(clash);
      const zonder = (await email({ referentie: "bezet" })).body;
      expect((await patch(zonder.uuid, { verstrektDoorPartij: { uuid: partij } })).body.invalidParams).toEqual(clash);
      const overig = (
        await create({
          verstrektDoorPartij: { uuid: partij },
          referentie: "bezet",
          adres: "x",
          soortDigitaalAdres: "overig",
        })
      ).body;
      expect(
        (await patch(overig.uuid, { soortDigitaalAdres: "email", adres: "y@example.nl" })).body.invalidParams,
      ).toEqual(clash);
    });

    it.each(["met spatie", "punt.erin", "é", "x".repeat(51)])("rejects the referentie %j", async (referentie) => {
      const rejected = await email({ referentie });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "referentie" })]);
    });
  });

  describe("deletion", () => {
    it("deletes an address and clears it as voorkeursDigitaalAdres of its partij", async () => {
      const partij = await insertPartij(server.db);
      const created = (await email({ verstrektDoorPartij: { uuid: partij } })).body;
      const row = await server.db("digitale_adressen").where({ uuid: created.uuid }).first("id");
      await server.db("partijen").where({ uuid: partij }).update({ voorkeurs_digitaal_adres_id: row.id });
      expect((await server.request("DELETE", `${API}/digitaleadressen/${created.uuid}`)).status).toBe(204);
      expect((await server.request("GET", `${API}/digitaleadressen/${created.uuid}`)).status).toBe(404);
      const stored = await server.db("partijen").where({ uuid: partij }).first("voorkeurs_digitaal_adres_id");
      expect(stored.voorkeurs_digitaal_adres_id).toBeNull();
    });

    it("keeps the address, without verstrektDoorBetrokkene, when its betrokkene is deleted", async () => {
      const betrokkene = await insertBetrokkene(server.db);
      const created = (await email({ verstrektDoorBetrokkene: { uuid: betrokkene } })).body;
      await server.db("betrokkenen").where({ uuid: betrokkene }).delete();
      const kept = await server.request("GET", `${API}/digitaleadressen/${created.uuid}`);
      expect(kept.status).toBe(200);
      expect(kept.body.verstrektDoorBetrokkene).toBeNull();
    });

    it("goes with its partij", async () => {
      const partij = await insertPartij(server.db);
      const created = (await email({ verstrektDoorPartij: { uuid: partij } })).body;
      await server.db("partijen").where({ uuid: partij }).delete();
      expect((await server.request("GET", `${API}/digitaleadressen/${created.uuid}`)).status).toBe(404);
    });
  });

  describe("filters", () => {
    let match: string;
    let other: string;
    let partij: string;
    let betrokkene: string;
    beforeAll(async () => {
      // a fresh pair of objects each filter tells apart; `match` has every property set
      partij = await insertPartij(server.db, "organisatie");
      const anderePartij = await insertPartij(server.db, "persoon");
      betrokkene = await insertBetrokkene(server.db, "vertegenwoordiger");
      const andereBetrokkene = await insertBetrokkene(server.db, "klant");
      const [partijId] = await server.db("partijen").where({ uuid: partij }).pluck("id");
      // two identificatoren of the same partij: the EXISTS filters must not duplicate the address
      await server.db("partij_identificatoren").insert([
        {
          identificeerde_partij_id: partijId,
          code_objecttype: "niet_natuurlijk_persoon",
          code_soort_object_id: "kvk_nummer",
          object_id: "12345678",
          code_register: "hr",
        },
        {
          identificeerde_partij_id: partijId,
          code_objecttype: "niet_natuurlijk_persoon",
          code_soort_object_id: "rsin",
          object_id: "123456782",
          code_register: "hr",
        },
      ]);
      match = (
        await create({
          verstrektDoorPartij: { uuid: partij },
          verstrektDoorBetrokkene: { uuid: betrokkene },
          adres: "Filter.Match@Example.nl",
          soortDigitaalAdres: "email",
          isStandaardAdres: true,
          omschrijving: "Zakelijk Filteradres",
          referentie: "filter-ref",
          verificatieDatum: "2024-06-15",
        })
      ).body.uuid;
      other = (
        await create({
          verstrektDoorPartij: { uuid: anderePartij },
          verstrektDoorBetrokkene: { uuid: andereBetrokkene },
          adres: "0687654321",
          soortDigitaalAdres: "telefoonnummer",
          omschrijving: "thuis",
          referentie: "andere-ref",
        })
      ).body.uuid;
    });

    // each filter: a value that finds `match` and not `other`
    it.each([
      ["adres", "Filter.Match@Example.nl"],
      ["adres__icontains", "match@example"],
      ["soortDigitaalAdres", "email"],
      ["isStandaardAdres", "true"],
      ["omschrijving", "zakelijk filter"],
      ["referentie", "filter-ref"],
      ["verificatieDatum", "2024-06-15"],
      ["verificatieDatum__gt", "2024-06-14"],
      ["verificatieDatum__gte", "2024-06-15"],
      ["verificatieDatum__lt", "2024-06-16"],
      ["verificatieDatum__lte", "2024-06-15"],
      ["isGeverifieerd", "true"],
      ["verstrektDoorBetrokkene__rol", "vertegenwoordiger"],
      ["verstrektDoorPartij__soortPartij", "organisatie"],
      ["verstrektDoorPartij__partijIdentificator__codeObjecttype", "niet_natuurlijk_persoon"],
      ["verstrektDoorPartij__partijIdentificator__codeSoortObjectId", "kvk_nummer"],
      ["verstrektDoorPartij__partijIdentificator__objectId", "12345678"],
      ["verstrektDoorPartij__partijIdentificator__codeRegister", "hr"],
    ])("%s=%s finds the matching address once and not the other", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value)}`);
      expect(found.filter((uuid: string) => uuid === match)).toHaveLength(1);
      expect(found).not.toContain(other);
    });

    it.each([
      ["adres", "filter.match@example.nl"],
      ["adres", "Filter.Match"],
      ["referentie", "filter"],
      ["verificatieDatum__gt", "2024-06-15"],
      ["verificatieDatum__lt", "2024-06-15"],
      ["verstrektDoorPartij__partijIdentificator__objectId", "1234567"],
    ])("%s=%s is exact or strict and does not find the matching address", async (name, value) => {
      expect(await list(`${name}=${encodeURIComponent(value)}`)).not.toContain(match);
    });

    it("the reference filters on partij and betrokkene find by uuid and by the URL's last segment", async () => {
      for (const query of [
        `verstrektDoorPartij__uuid=${partij}`,
        `verstrektDoorPartij__url=https://elders.example.org/api/partijen/${partij}`,
        `verstrektDoorBetrokkene__uuid=${betrokkene}`,
        `verstrektDoorBetrokkene__url=https://elders.example.org/api/betrokkenen/${betrokkene}`,
      ]) {
        expect(await list(query)).toEqual([match]);
      }
      expect(await list(`verstrektDoorPartij__uuid=${UNKNOWN}`)).toEqual([]);
      expect(await list("verstrektDoorPartij__url=https://elders.example.org/api/partijen/geen-uuid")).toEqual([]);
    });

    it("false values select the other side", async () => {
      const notStandaard = await list("isStandaardAdres=false");
      expect(notStandaard).toContain(other);
      expect(notStandaard).not.toContain(match);
      const unverified = await list("isGeverifieerd=false");
      expect(unverified).toContain(other);
      expect(unverified).not.toContain(match);
    });

    it("combines filters with AND", async () => {
      expect(await list(`soortDigitaalAdres=email&verstrektDoorPartij__uuid=${partij}`)).toEqual([match]);
      expect(await list(`soortDigitaalAdres=telefoonnummer&verstrektDoorPartij__uuid=${partij}`)).toEqual([]);
    });

    it.each([
      ["soortDigitaalAdres=fax"],
      ["verstrektDoorPartij__soortPartij=bedrijf"],
      ["verstrektDoorBetrokkene__rol=getuige"],
      ["verificatieDatum__gt=15-06-2024"],
      ["verstrektDoorPartij__uuid=geen-uuid"],
      ["onbekend=1"],
      ["expand=verstrektDoorPartij"],
    ])("rejects %s with 400", async (query) => {
      expect((await server.request("GET", `${API}/digitaleadressen?${query}`)).status).toBe(400);
    });
  });

  describe("expand", () => {
    it("expands verstrektDoorBetrokkene to the full betrokkene, and null when there is none", async () => {
      const betrokkene = await insertBetrokkene(server.db);
      const met = (await email({ verstrektDoorBetrokkene: { uuid: betrokkene } })).body;
      const zonder = (await email()).body;
      const expanded = await server.request(
        "GET",
        `${API}/digitaleadressen/${met.uuid}?expand=verstrektDoorBetrokkene`,
      );
      expect(expanded.status).toBe(200);
      expect(expanded.body._expand.verstrektDoorBetrokkene).toMatchObject({
        uuid: betrokkene,
        url: server.url(`${API}/betrokkenen/${betrokkene}`),
        rol: "klant",
      });
      const listed = await server.request("GET", `${API}/digitaleadressen?expand=verstrektDoorBetrokkene`);
      const byUuid = new Map(listed.body.results.map((r: { uuid: string }) => [r.uuid, r]));
      expect(byUuid.get(zonder.uuid)).toMatchObject({ _expand: { verstrektDoorBetrokkene: null } });
      expect(byUuid.get(met.uuid)).toMatchObject({ _expand: { verstrektDoorBetrokkene: { uuid: betrokkene } } });
    });

    it("expands three levels: the betrokkene, its klantcontact and the interne taken that led from it", async () => {
      const betrokkene = await insertBetrokkene(server.db);
      const { had_klantcontact_id: klantcontactId } = await server
        .db("betrokkenen")
        .where({ uuid: betrokkene })
        .first("had_klantcontact_id");
      const [taak] = await server
        .db("internetaken")
        .insert({
          gevraagde_handeling: "terugbellen",
          aanleidinggevend_klantcontact_id: klantcontactId,
          status: "te_verwerken",
        })
        .returning("uuid");
      const created = (await email({ verstrektDoorBetrokkene: { uuid: betrokkene } })).body;
      const paths = [
        "verstrektDoorBetrokkene",
        "verstrektDoorBetrokkene.hadKlantcontact",
        "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken",
      ];
      const expanded = await server.request("GET", `${API}/digitaleadressen/${created.uuid}?expand=${paths.join(",")}`);
      expect(expanded.status).toBe(200);
      const klantcontact = expanded.body._expand.verstrektDoorBetrokkene._expand.hadKlantcontact;
      expect(klantcontact).toMatchObject({ onderwerp: "vraag" });
      expect(klantcontact._expand.leiddeTotInterneTaken).toEqual([
        expect.objectContaining({ uuid: taak.uuid, gevraagdeHandeling: "terugbellen" }),
      ]);
    });
  });

  it("has no _expand without expand", async () => {
    const created = (await email()).body;
    expect(await read(created.uuid)).not.toHaveProperty("_expand");
  });
});
