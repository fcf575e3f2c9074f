import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const create = (body: unknown) => server.request("POST", `${API}/partijen`, { body });
const path = (uuid: string) => `${API}/partijen/${uuid}`;
const get = async (uuid: string, query = "") => (await server.request("GET", `${path(uuid)}${query}`)).body;
const ref = (collection: string, uuid: string) => ({ uuid, url: server.url(`${API}/${collection}/${uuid}`) });
const persoon = { soortPartij: "persoon", indicatieActief: true };

// rows of resources built elsewhere, straight into their tables
const idOf = async (uuid: string): Promise<string> => (await server.db("partijen").where({ uuid }).first("id")).id;
const adres = async (partijUuid?: string, standaard = false): Promise<string> =>
  (
    await server
      .db("digitale_adressen")
      .insert({
        adres: `${Math.random().toString(36).slice(2)}@example.org`,
        soort_digitaal_adres: "email",
        is_standaard_adres: standaard,
        verstrekt_door_partij_id: partijUuid ? await idOf(partijUuid) : null,
      })
      .returning("uuid")
  )[0].uuid;
const rekening = async (partijUuid?: string): Promise<string> =>
  (
    await server
      .db("rekeningnummers")
      .insert({ iban: "NL91ABNA0417164300", partij_id: partijUuid ? await idOf(partijUuid) : null })
      .returning("uuid")
  )[0].uuid;
const partijRow = async (values: Record<string, unknown> = {}): Promise<string> =>
  (
    await server
      .db("partijen")
      .insert({ soort_partij: "persoon", indicatie_actief: true, ...values })
      .returning("uuid")
  )[0].uuid;
const ownerOfAdres = async (uuid: string) =>
  (await server.db("digitale_adressen").where({ uuid }).first("verstrekt_door_partij_id", "is_standaard_adres")) as {
    verstrekt_door_partij_id: string | null;
    is_standaard_adres: boolean;
  };

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
const vestiging = (objectId: string) => ({
  codeRegister: "hr",
  codeObjecttype: "vestiging",
  codeSoortObjectId: "vestigingsnummer",
  objectId,
});

describe("/partijen", () => {
  describe("create and read", () => {
    it("creates a partij from its two required fields, with empty relations and no identificatie", async () => {
      const created = await create(persoon);
      expect(created.status).toBe(201);
      expect(created.headers.get("location")).toBe(created.body.url);
      expect(created.body).toEqual({
        uuid: expect.any(String),
        url: server.url(path(created.body.uuid)),
        nummer: null,
        interneNotitie: "",
        betrokkenen: [],
        categorieRelaties: [],
        digitaleAdressen: [],
        voorkeursDigitaalAdres: null,
        vertegenwoordigden: [],
        rekeningnummers: [],
        voorkeursRekeningnummer: null,
        partijIdentificatoren: [],
        soortPartij: "persoon",
        indicatieGeheimhouding: null,
        voorkeurstaal: "",
        indicatieActief: true,
        bezoekadres: null,
        correspondentieadres: null,
      });
      expect(await get(created.body.uuid)).toEqual(created.body);
    });

    it("names both required fields of an empty body, in order", async () => {
      const rejected = await create({});
      expect(rejected.status).toBe(400);
      expect(
        rejected.body.invalidParams.map((param: { name: string; code: string }) => [param.name, param.code]),
      ).toEqual([
        ["soortPartij", "required"],
        ["indicatieActief", "required"],
      ]);
    });

    it("stores the plain fields and both addresses", async () => {
      const created = await create({
        ...persoon,
        interneNotitie: "Belt liever na 17.00 uur.",
        voorkeurstaal: "nld",
        indicatieGeheimhouding: false,
        bezoekadres: { straatnaam: "Amstel", huisnummer: 1, postcode: "1011 PN", stad: "Amsterdam", land: "NL" },
        correspondentieadres: { adresregel1: "Postbus 202", land: "NL" },
      });
      expect(created.body).toMatchObject({
        interneNotitie: "Belt liever na 17.00 uur.",
        voorkeurstaal: "nld",
        indicatieGeheimhouding: false,
        bezoekadres: {
          straatnaam: "Amstel",
          huisnummer: 1,
          postcode: "1011 PN",
          stad: "Amsterdam",
          land: "NL",
          adresregel1: "",
        },
        correspondentieadres: { adresregel1: "Postbus 202", land: "NL", straatnaam: "" },
      });
    });

    it("checks the address groups", async () => {
      const postcode = await create({ ...persoon, bezoekadres: { postcode: "1011PN" } });
      expect(postcode.status).toBe(400);
      expect(postcode.body.invalidParams[0].name).toBe("bezoekadres.postcode");
      const land = await create({ ...persoon, correspondentieadres: { land: "nl" } });
      expect(land.body.invalidParams).toEqual([
        expect.objectContaining({
          name: "correspondentieadres.land",
          code: "invalid",
          reason: expect.stringContaining("NL"),
        }),
      ]);
    });

    it("rejects a soortPartij outside the enum", async () => {
      const rejected = await create({ soortPartij: "bedrijf", indicatieActief: true });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams[0].name).toBe("soortPartij");
    });
  });

  describe("partijIdentificatie", () => {
    it("a persoon has a contactnaam and a derived volledigeNaam without voorletters", async () => {
      const created = await create({
        ...persoon,
        partijIdentificatie: {
          contactnaam: { voorletters: "J.", voornaam: "Jan", voorvoegselAchternaam: "de", achternaam: "Vries" },
          volledigeNaam: "genegeerd",
        },
      });
      expect(created.status).toBe(201);
      expect(created.body.partijIdentificatie).toEqual({
        contactnaam: { voorletters: "J.", voornaam: "Jan", voorvoegselAchternaam: "de", achternaam: "Vries" },
        volledigeNaam: "Jan de Vries",
      });
    });

    it("a persoon with contactnaam null has an empty volledigeNaam", async () => {
      const created = await create({ ...persoon, partijIdentificatie: { contactnaam: null } });
      expect(created.body.partijIdentificatie).toEqual({ contactnaam: null, volledigeNaam: "" });
    });

    it("an organisatie has a naam", async () => {
      const created = await create({
        soortPartij: "organisatie",
        indicatieActief: true,
        partijIdentificatie: { naam: "Bewindvoering Noord B.V." },
      });
      expect(created.body.partijIdentificatie).toEqual({ naam: "Bewindvoering Noord B.V." });
    });

    it("a contactpersoon works for an organisatie and keeps its own uuid across updates", async () => {
      const organisatie = (
        await create({ soortPartij: "organisatie", indicatieActief: true, partijIdentificatie: { naam: "Noord" } })
      ).body.uuid;
      const created = await create({
        soortPartij: "contactpersoon",
        indicatieActief: true,
        partijIdentificatie: {
          werkteVoorPartij: { uuid: organisatie },
          contactnaam: { voornaam: "Piet", achternaam: "Jansen" },
        },
      });
      expect(created.status).toBe(201);
      expect(created.body.partijIdentificatie).toEqual({
        uuid: expect.any(String),
        werkteVoorPartij: ref("partijen", organisatie),
        contactnaam: { voorletters: "", voornaam: "Piet", voorvoegselAchternaam: "", achternaam: "Jansen" },
        volledigeNaam: "Piet Jansen",
      });
      const own = created.body.partijIdentificatie.uuid;
      const put = await server.request("PUT", path(created.body.uuid), {
        body: {
          soortPartij: "contactpersoon",
          indicatieActief: true,
          partijIdentificatie: { contactnaam: { voornaam: "Piet" } },
        },
      });
      expect(put.body.partijIdentificatie).toMatchObject({ uuid: own, werkteVoorPartij: null, volledigeNaam: "Piet" });
      const chosen = "2b7c4e1a-9d3f-4a6b-8c5e-1f0a2d3b4c5d";
      const named = await server.request("PATCH", path(created.body.uuid), {
        body: { soortPartij: "contactpersoon", partijIdentificatie: { uuid: chosen } },
      });
      expect(named.body.partijIdentificatie.uuid).toBe(chosen);
    });

    it("werkteVoorPartij must be an existing organisatie", async () => {
      const persoonUuid = (await create(persoon)).body.uuid;
      const notOrganisatie = await create({
        soortPartij: "contactpersoon",
        indicatieActief: true,
        partijIdentificatie: { werkteVoorPartij: { uuid: persoonUuid } },
      });
      expect(notOrganisatie.status).toBe(400);
      expect(notOrganisatie.body.invalidParams).toEqual([
        expect.objectContaining({ name: "partijIdentificatie.werkteVoorPartij.uuid", code: "invalid" }),
      ]);
      const unknown = await create({
        soortPartij: "contactpersoon",
        indicatieActief: true,
        partijIdentificatie: { werkteVoorPartij: { uuid: UNKNOWN } },
      });
      expect(unknown.body.invalidParams).toEqual([
        {
          name: "partijIdentificatie.werkteVoorPartij.uuid",
          code: "does_not_exist",
          reason: "Partij object bestaat niet.",
        },
      ]);
    });

    it("is only read with soortPartij in the same body, replaces the previous one whole, and goes when the soort changes", async () => {
      const created = (
        await create({ ...persoon, partijIdentificatie: { contactnaam: { voornaam: "Jan", achternaam: "Vries" } } })
      ).body;
      const ignored = await server.request("PATCH", path(created.uuid), {
        body: { partijIdentificatie: { contactnaam: { voornaam: "Kees" } } },
      });
      expect(ignored.body.partijIdentificatie.volledigeNaam).toBe("Jan Vries");
      const replaced = await server.request("PATCH", path(created.uuid), {
        body: { soortPartij: "persoon", partijIdentificatie: { contactnaam: { voornaam: "Kees" } } },
      });
      expect(replaced.body.partijIdentificatie).toEqual({
        contactnaam: { voorletters: "", voornaam: "Kees", voorvoegselAchternaam: "", achternaam: "" },
        volledigeNaam: "Kees",
      });
      const otherSoort = await server.request("PATCH", path(created.uuid), { body: { soortPartij: "organisatie" } });
      expect(otherSoort.body.soortPartij).toBe("organisatie");
      expect(otherSoort.body).not.toHaveProperty("partijIdentificatie");
    });
  });

  describe("nummer", () => {
    it("is optional, digits only and unique", async () => {
      const first = await create({ ...persoon, nummer: "0000001234" });
      expect(first.body.nummer).toBe("0000001234");
      const duplicate = await create({ ...persoon, nummer: "0000001234" });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.invalidParams).toEqual([expect.objectContaining({ name: "nummer", code: "unique" })]);
      const letters = await create({ ...persoon, nummer: "12a" });
      expect(letters.body.invalidParams).toEqual([expect.objectContaining({ name: "nummer", code: "invalid" })]);
      const tooLong = await create({ ...persoon, nummer: "12345678901" });
      expect(tooLong.body.invalidParams).toEqual([expect.objectContaining({ name: "nummer", code: "max_length" })]);
    });

    it("may be re-sent unchanged on PUT, and an empty one is no nummer", async () => {
      const created = (await create({ ...persoon, nummer: "77" })).body;
      expect((await server.request("PUT", path(created.uuid), { body: { ...persoon, nummer: "77" } })).status).toBe(
        200,
      );
      expect((await create({ ...persoon, nummer: "" })).body.nummer).toBeNull();
      expect((await create({ ...persoon, nummer: "" })).status).toBe(201);
    });
  });

  describe("PUT and PATCH", () => {
    it("PUT requires soortPartij and indicatieActief and keeps omitted fields; PATCH changes only what it sends", async () => {
      const created = (await create({ ...persoon, voorkeurstaal: "nld", interneNotitie: "a" })).body;
      const incomplete = await server.request("PUT", path(created.uuid), { body: { interneNotitie: "b" } });
      expect(incomplete.status).toBe(400);
      const put = await server.request("PUT", path(created.uuid), { body: { ...persoon, interneNotitie: "b" } });
      expect(put.body).toMatchObject({ interneNotitie: "b", voorkeurstaal: "nld" });
      const patched = await server.request("PATCH", path(created.uuid), { body: { indicatieActief: false } });
      expect(patched.body).toMatchObject({ indicatieActief: false, interneNotitie: "b", soortPartij: "persoon" });
    });

    it("answers 404 for an unknown uuid", async () => {
      expect((await server.request("GET", path(UNKNOWN))).status).toBe(404);
      expect((await server.request("PUT", path(UNKNOWN), { body: persoon })).status).toBe(404);
      expect((await server.request("PATCH", path(UNKNOWN), { body: {} })).status).toBe(404);
      expect((await server.request("DELETE", path(UNKNOWN))).status).toBe(404);
    });
  });

  describe("digitaleAdressen and rekeningnummers", () => {
    it("POST moves the listed items to the new partij, and they stop being the old owner's preference", async () => {
      const oud = await partijRow();
      const [a, r] = [await adres(oud, true), await rekening(oud)];
      await server
        .db("partijen")
        .where({ uuid: oud })
        .update({
          voorkeurs_digitaal_adres_id: (await server.db("digitale_adressen").where({ uuid: a }).first("id")).id,
        });
      const created = await create({
        ...persoon,
        digitaleAdressen: [{ uuid: a }],
        voorkeursDigitaalAdres: { uuid: a },
        rekeningnummers: [{ uuid: r }],
        voorkeursRekeningnummer: { uuid: r },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        digitaleAdressen: [ref("digitaleadressen", a)],
        voorkeursDigitaalAdres: ref("digitaleadressen", a),
        rekeningnummers: [ref("rekeningnummers", r)],
        voorkeursRekeningnummer: ref("rekeningnummers", r),
      });
      expect(await get(oud)).toMatchObject({ digitaleAdressen: [], rekeningnummers: [], voorkeursDigitaalAdres: null });
      // it was the old owner's standaard address, not the new one's
      expect((await ownerOfAdres(a)).is_standaard_adres).toBe(false);
    });

    it("a sent list is the whole list: unlisted items are unlinked, not deleted; null counts as []", async () => {
      const [a, b, c] = [await adres(), await adres(), await adres()];
      const created = (await create({ ...persoon, digitaleAdressen: [{ uuid: a }, { uuid: b }] })).body;
      const put = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, digitaleAdressen: [{ uuid: b }, { uuid: c }] },
      });
      expect(put.body.digitaleAdressen).toEqual([ref("digitaleadressen", b), ref("digitaleadressen", c)]);
      expect((await ownerOfAdres(a)).verstrekt_door_partij_id).toBeNull();
      const emptied = await server.request("PATCH", path(created.uuid), { body: { digitaleAdressen: null } });
      expect(emptied.body.digitaleAdressen).toEqual([]);
      expect(await server.db("digitale_adressen").whereIn("uuid", [a, b, c]).count("* as n").first()).toEqual({
        n: "3",
      });
      const kept = await server.request("PATCH", path(created.uuid), { body: { interneNotitie: "x" } });
      expect(kept.body.digitaleAdressen).toEqual([]);
    });

    it("unlinking the preferred item clears the preference", async () => {
      const [a, b] = [await adres(), await adres()];
      const created = (
        await create({ ...persoon, digitaleAdressen: [{ uuid: a }, { uuid: b }], voorkeursDigitaalAdres: { uuid: a } })
      ).body;
      const patched = await server.request("PATCH", path(created.uuid), { body: { digitaleAdressen: [{ uuid: b }] } });
      expect(patched.status).toBe(200);
      expect(patched.body.voorkeursDigitaalAdres).toBeNull();
    });

    it("rejects an unknown item on <list>.<index>.uuid", async () => {
      const rejected = await create({
        ...persoon,
        digitaleAdressen: [{ uuid: await adres() }, { uuid: UNKNOWN }],
        rekeningnummers: [{ uuid: UNKNOWN }],
      });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        { name: "digitaleAdressen.1.uuid", code: "does_not_exist", reason: "DigitaalAdres object bestaat niet." },
        { name: "rekeningnummers.0.uuid", code: "does_not_exist", reason: "Rekeningnummer object bestaat niet." },
      ]);
    });

    it("POST: the preferred item must be in the sent list", async () => {
      const a = await adres();
      const rejected = await create({ ...persoon, voorkeursDigitaalAdres: { uuid: a } });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "voorkeursDigitaalAdres", code: "invalid" }),
      ]);
      const r = await rekening();
      const rekeningRejected = await create({ ...persoon, rekeningnummers: [], voorkeursRekeningnummer: { uuid: r } });
      expect(rekeningRejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "voorkeursRekeningnummer", code: "invalid" }),
      ]);
    });

    it("PUT: the preferred item must be in a non-empty sent list, or among the linked ones when the list is not sent", async () => {
      const [a, b] = [await adres(), await adres()];
      const created = (await create({ ...persoon, digitaleAdressen: [{ uuid: a }] })).body;
      const empty = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, digitaleAdressen: [], voorkeursDigitaalAdres: { uuid: a } },
      });
      expect(empty.status).toBe(400);
      expect(empty.body.invalidParams).toEqual([
        { name: "voorkeursDigitaalAdres", code: "invalid", reason: expect.stringContaining("lege lijst") },
      ]);
      const notListed = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, digitaleAdressen: [{ uuid: a }], voorkeursDigitaalAdres: { uuid: b } },
      });
      expect(notListed.body.invalidParams[0]).toMatchObject({ name: "voorkeursDigitaalAdres", code: "invalid" });
      // without the list the linked ones count (the reference answers 500 here)
      const linked = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, voorkeursDigitaalAdres: { uuid: a } },
      });
      expect(linked.status).toBe(200);
      expect(linked.body.voorkeursDigitaalAdres).toEqual(ref("digitaleadressen", a));
      const foreign = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, voorkeursDigitaalAdres: { uuid: b } },
      });
      expect(foreign.status).toBe(400);
      const r = await rekening();
      const rekeningForeign = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, voorkeursRekeningnummer: { uuid: r } },
      });
      expect(rekeningForeign.body.invalidParams).toEqual([
        expect.objectContaining({ name: "voorkeursRekeningnummer", code: "invalid" }),
      ]);
    });

    it("PATCH: the preferred item must be linked; null clears it", async () => {
      const created = (await create(persoon)).body;
      const a = await adres(created.uuid);
      const b = await adres();
      expect(
        (await server.request("PATCH", path(created.uuid), { body: { voorkeursDigitaalAdres: { uuid: b } } })).status,
      ).toBe(400);
      const set = await server.request("PATCH", path(created.uuid), { body: { voorkeursDigitaalAdres: { uuid: a } } });
      expect(set.body.voorkeursDigitaalAdres).toEqual(ref("digitaleadressen", a));
      const cleared = await server.request("PATCH", path(created.uuid), { body: { voorkeursDigitaalAdres: null } });
      expect(cleared.body.voorkeursDigitaalAdres).toBeNull();
    });

    it("deleting the preferred address clears the preference", async () => {
      const created = (await create(persoon)).body;
      const a = await adres(created.uuid);
      await server.request("PATCH", path(created.uuid), { body: { voorkeursDigitaalAdres: { uuid: a } } });
      await server.db("digitale_adressen").where({ uuid: a }).delete();
      expect((await get(created.uuid)).voorkeursDigitaalAdres).toBeNull();
    });
  });

  describe("nested partijIdentificatoren", () => {
    it("POST creates items without uuid and takes over items with uuid from another partij", async () => {
      const ander = (await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: kvk("10000001") }] }))
        .body;
      const bestaand = ander.partijIdentificatoren[0].uuid;
      const created = await create({
        ...persoon,
        partijIdentificatoren: [
          { partijIdentificator: bsn(), anderePartijIdentificator: "x" },
          { uuid: bestaand, partijIdentificator: kvk("10000002") },
        ],
      });
      expect(created.status).toBe(201);
      expect(created.body.partijIdentificatoren).toEqual([
        {
          uuid: bestaand,
          url: server.url(`${API}/partij-identificatoren/${bestaand}`),
          identificeerdePartij: ref("partijen", created.body.uuid),
          anderePartijIdentificator: "",
          partijIdentificator: kvk("10000002"),
          subIdentificatorVan: null,
        },
        {
          uuid: expect.any(String),
          url: expect.any(String),
          identificeerdePartij: ref("partijen", created.body.uuid),
          anderePartijIdentificator: "x",
          partijIdentificator: bsn(),
          subIdentificatorVan: null,
        },
      ]);
      expect((await get(ander.uuid)).partijIdentificatoren).toEqual([]);
    });

    it("accepts null and [] on create", async () => {
      expect((await create({ ...persoon, partijIdentificatoren: null })).body.partijIdentificatoren).toEqual([]);
      expect((await create({ ...persoon, partijIdentificatoren: [] })).body.partijIdentificatoren).toEqual([]);
    });

    it("rejects identificeerdePartij in an item, a uuid twice and an unknown uuid", async () => {
      const existing = (await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: kvk("10000003") }] }))
        .body.partijIdentificatoren[0].uuid;
      const rejected = await create({
        ...persoon,
        partijIdentificatoren: [
          { partijIdentificator: bsn("123456782"), identificeerdePartij: { uuid: UNKNOWN } },
          { uuid: existing, partijIdentificator: kvk("10000003") },
          { uuid: existing, partijIdentificator: kvk("10000003") },
          { uuid: UNKNOWN, partijIdentificator: kvk("10000004") },
        ],
      });
      expect(rejected.status).toBe(400);
      expect(
        rejected.body.invalidParams.map((param: { name: string; code: string }) => [param.name, param.code]),
      ).toEqual([
        ["partijIdentificatoren.0.identificeerdePartij", "invalid"],
        ["partijIdentificatoren.2.uuid", "duplicated"],
        ["partijIdentificatoren.3.uuid", "does_not_exist"],
      ]);
    });

    it("validates every item fully and names errors partijIdentificatoren.<index>.<field>", async () => {
      const wrongNumber = await create({
        ...persoon,
        partijIdentificatoren: [{ partijIdentificator: kvk("10000005") }, { partijIdentificator: bsn("123") }],
      });
      expect(wrongNumber.status).toBe(400);
      expect(wrongNumber.body.invalidParams).toEqual([
        expect.objectContaining({ name: "partijIdentificatoren.1.partijIdentificatorObjectId", code: "invalid" }),
      ]);
      const twoBsns = await create({
        ...persoon,
        partijIdentificatoren: [{ partijIdentificator: bsn("200000007") }, { partijIdentificator: bsn("300000005") }],
      });
      expect(twoBsns.body.invalidParams).toEqual([
        expect.objectContaining({ name: "partijIdentificatoren.1.__all__", code: "invalid" }),
      ]);
      const noParent = await create({
        ...persoon,
        partijIdentificatoren: [{ partijIdentificator: vestiging("000000000001") }],
      });
      expect(noParent.body.invalidParams).toEqual([
        expect.objectContaining({ name: "partijIdentificatoren.0.subIdentificatorVan", code: "invalid" }),
      ]);
      const missing = await create({
        ...persoon,
        partijIdentificatoren: [{ partijIdentificator: { codeRegister: "brp" } }],
      });
      expect(missing.body.invalidParams.map((param: { name: string }) => param.name)).toContain(
        "partijIdentificatoren.0.partijIdentificator.objectId",
      );
      // nothing of a rejected write is kept
      expect(await server.db("partij_identificatoren").where({ object_id: "200000007" }).first()).toBeUndefined();
    });

    it("a clash with a stored identificator is named on its item", async () => {
      await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: bsn("400000003") }] });
      const clash = await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: bsn("400000003") }] });
      expect(clash.status).toBe(400);
      expect(clash.body.invalidParams).toEqual([expect.objectContaining({ name: "partijIdentificatoren.0.__all__" })]);
    });

    it("PUT/PATCH with the key deletes unlisted ones, updates listed ones and creates new ones", async () => {
      const created = (
        await create({
          ...persoon,
          partijIdentificatoren: [{ partijIdentificator: bsn("500000001") }, { partijIdentificator: kvk("10000006") }],
        })
      ).body;
      const [first, second] = created.partijIdentificatoren.map((item: { uuid: string }) => item.uuid);
      const put = await server.request("PUT", path(created.uuid), {
        body: {
          ...persoon,
          partijIdentificatoren: [
            { uuid: second, partijIdentificator: kvk("10000007"), anderePartijIdentificator: "bijgewerkt" },
            { partijIdentificator: { ...kvk("296648875"), codeSoortObjectId: "rsin" } },
          ],
        },
      });
      expect(put.status).toBe(200);
      expect(put.body.partijIdentificatoren).toEqual([
        expect.objectContaining({
          uuid: second,
          partijIdentificator: kvk("10000007"),
          anderePartijIdentificator: "bijgewerkt",
        }),
        expect.objectContaining({ partijIdentificator: expect.objectContaining({ codeSoortObjectId: "rsin" }) }),
      ]);
      expect((await server.request("GET", `${API}/partij-identificatoren/${first}`)).status).toBe(404);
      const untouched = await server.request("PATCH", path(created.uuid), { body: { interneNotitie: "x" } });
      expect(untouched.body.partijIdentificatoren).toHaveLength(2);
      const emptied = await server.request("PATCH", path(created.uuid), { body: { partijIdentificatoren: [] } });
      expect(emptied.body.partijIdentificatoren).toEqual([]);
    });

    it("a vestigingsnummer may hang under a kvk_nummer of the same partij; both may go together", async () => {
      const created = (await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: kvk("10000008") }] }))
        .body;
      const parent = created.partijIdentificatoren[0].uuid;
      const withChild = await server.request("PATCH", path(created.uuid), {
        body: {
          partijIdentificatoren: [
            { uuid: parent, partijIdentificator: kvk("10000008") },
            { partijIdentificator: vestiging("000000000008"), subIdentificatorVan: { uuid: parent } },
          ],
        },
      });
      expect(withChild.status).toBe(200);
      expect(withChild.body.partijIdentificatoren[1].subIdentificatorVan).toEqual(
        ref("partij-identificatoren", parent),
      );
      const both = await server.request("PATCH", path(created.uuid), { body: { partijIdentificatoren: [] } });
      expect(both.status).toBe(200);
    });

    it("an unlisted parent of another partij's vestigingsnummer stays: 400 nonFieldErrors and nothing changes", async () => {
      const created = (
        await create({
          ...persoon,
          interneNotitie: "voor",
          partijIdentificatoren: [{ partijIdentificator: kvk("10000009") }],
        })
      ).body;
      const parent = created.partijIdentificatoren[0].uuid;
      await create({
        ...persoon,
        partijIdentificatoren: [
          { partijIdentificator: vestiging("000000000009"), subIdentificatorVan: { uuid: parent } },
        ],
      });
      const rejected = await server.request("PUT", path(created.uuid), {
        body: { ...persoon, interneNotitie: "na", partijIdentificatoren: [{ partijIdentificator: bsn("610000007") }] },
      });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "nonFieldErrors", code: "protected" }),
      ]);
      const after = await get(created.uuid);
      expect(after.interneNotitie).toBe("voor");
      expect(after.partijIdentificatoren.map((item: { uuid: string }) => item.uuid)).toEqual([parent]);
    });
  });

  describe("read-only relations and expand", () => {
    let partij: string;
    let categorieRelatie: string;
    let betrokkene: string;
    let vertegenwoordigde: string;
    let digitaalAdres: string;
    beforeAll(async () => {
      partij = (await create(persoon)).body.uuid;
      const partijId = await idOf(partij);
      const [categorie] = await server.db("categorieen").insert({ naam: "Mantelzorger" }).returning("id");
      categorieRelatie = (
        await server
          .db("categorie_relaties")
          .insert({ partij_id: partijId, categorie_id: categorie.id, begin_datum: "2024-01-15" })
          .returning("uuid")
      )[0].uuid;
      const [klantcontact] = await server
        .db("klantcontacten")
        .insert({ kanaal: "telefoon", onderwerp: "vraag", taal: "nld", vertrouwelijk: false })
        .returning("id");
      betrokkene = (
        await server
          .db("betrokkenen")
          .insert({ was_partij_id: partijId, had_klantcontact_id: klantcontact.id, rol: "klant", initiator: true })
          .returning("uuid")
      )[0].uuid;
      vertegenwoordigde = await partijRow();
      await server.db("vertegenwoordigingen").insert({
        vertegenwoordigende_partij_id: partijId,
        vertegenwoordigde_partij_id: await idOf(vertegenwoordigde),
      });
      digitaalAdres = await adres(partij);
    });

    it("lists betrokkenen, categorieRelaties (with naam and dates) and vertegenwoordigden", async () => {
      const read = await get(partij);
      expect(read.betrokkenen).toEqual([ref("betrokkenen", betrokkene)]);
      expect(read.categorieRelaties).toEqual([
        {
          ...ref("categorie-relaties", categorieRelatie),
          categorieNaam: "Mantelzorger",
          beginDatum: "2024-01-15",
          eindDatum: null,
        },
      ]);
      expect(read.vertegenwoordigden).toEqual([ref("partijen", vertegenwoordigde)]);
      expect((await get(vertegenwoordigde)).vertegenwoordigden).toEqual([]);
    });

    it("ignores read-only relations in a body", async () => {
      const patched = await server.request("PATCH", path(partij), {
        body: { betrokkenen: [], vertegenwoordigden: [] },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.betrokkenen).toHaveLength(1);
    });

    it("expands categorieRelaties and digitaleAdressen as full objects, on detail and list", async () => {
      const read = await get(partij, "?expand=categorieRelaties,digitaleAdressen");
      expect(read._expand.categorieRelaties).toEqual([
        expect.objectContaining({ uuid: categorieRelatie, partij: ref("partijen", partij), beginDatum: "2024-01-15" }),
      ]);
      expect(read._expand.digitaleAdressen).toEqual([
        expect.objectContaining({ uuid: digitaalAdres, soortDigitaalAdres: "email" }),
      ]);
      const listed = await server.request("GET", `${API}/partijen?expand=digitaleAdressen&soortPartij=persoon`);
      const own = listed.body.results.find((item: { uuid: string }) => item.uuid === partij);
      expect(own._expand.digitaleAdressen).toHaveLength(1);
      const other = listed.body.results.find((item: { uuid: string }) => item.uuid === vertegenwoordigde);
      expect(other._expand).toEqual({ digitaleAdressen: [] });
    });

    it("expands betrokkenen and, one level deeper, their klantcontact", async () => {
      const read = await get(partij, "?expand=betrokkenen,betrokkenen.hadKlantcontact");
      expect(read._expand.betrokkenen).toEqual([
        expect.objectContaining({ uuid: betrokkene, wasPartij: ref("partijen", partij) }),
      ]);
      expect(read._expand.betrokkenen[0]._expand.hadKlantcontact).toEqual(
        expect.objectContaining({ onderwerp: "vraag", kanaal: "telefoon" }),
      );
    });

    it("rejects an unknown expand value and unknown parameters on the detail", async () => {
      expect((await server.request("GET", `${path(partij)}?expand=rekeningnummers`)).status).toBe(400);
      expect((await server.request("GET", `${path(partij)}?onbekend=1`)).status).toBe(400);
    });
  });

  describe("filters", () => {
    let match: string;
    let other: string;
    let curator: string;
    beforeAll(async () => {
      match = (
        await create({
          soortPartij: "organisatie",
          indicatieActief: false,
          indicatieGeheimhouding: true,
          nummer: "4242",
          bezoekadres: {
            nummeraanduidingId: "0363200000218908",
            adresregel1: "b1",
            adresregel2: "b2",
            adresregel3: "b3",
            land: "NL",
          },
          correspondentieadres: {
            nummeraanduidingId: "0363200000218909",
            adresregel1: "c1",
            adresregel2: "c2",
            adresregel3: "c3",
            land: "BE",
          },
          partijIdentificatoren: [
            { partijIdentificator: kvk("42424242") },
            { partijIdentificator: { ...kvk("700000008"), codeSoortObjectId: "rsin" } },
          ],
        })
      ).body.uuid;
      other = (
        await create({
          ...persoon,
          indicatieGeheimhouding: false,
          partijIdentificatoren: [{ partijIdentificator: bsn("800000006") }],
        })
      ).body.uuid;
      // a vestiging under match's kvk, for the subIdentificatorVan filters
      const kvkUuid = (await get(match)).partijIdentificatoren[0].uuid;
      const vestigingPartij = (
        await create({
          soortPartij: "organisatie",
          indicatieActief: true,
          partijIdentificatoren: [
            { partijIdentificator: vestiging("000000004242"), subIdentificatorVan: { uuid: kvkUuid } },
          ],
        })
      ).body.uuid;
      // categories: match is in two, so a naïve join would list it twice
      const [een, twee] = await server
        .db("categorieen")
        .insert([{ naam: "Ondernemer" }, { naam: "Vereniging" }])
        .returning("id");
      await server.db("categorie_relaties").insert([
        { partij_id: await idOf(match), categorie_id: een.id },
        { partij_id: await idOf(match), categorie_id: twee.id },
      ]);
      curator = await partijRow();
      await server.db("vertegenwoordigingen").insert([
        { vertegenwoordigende_partij_id: await idOf(curator), vertegenwoordigde_partij_id: await idOf(match) },
        { vertegenwoordigende_partij_id: await idOf(match), vertegenwoordigde_partij_id: await idOf(other) },
      ]);
      vestigingen = vestigingPartij;
    });
    let vestigingen: string;
    const list = async (query: string): Promise<string[]> => {
      const reply = await server.request("GET", `${API}/partijen?${query}`);
      expect(reply.status).toBe(200);
      return reply.body.results.map((r: { uuid: string }) => r.uuid);
    };

    it.each([
      ["nummer", "4242"],
      ["soortPartij", "organisatie"],
      ["indicatieActief", "false"],
      ["indicatieGeheimhouding", "true"],
      ["bezoekadresNummeraanduidingId", "0363200000218908"],
      ["bezoekadresAdresregel1", "b1"],
      ["bezoekadresAdresregel2", "b2"],
      ["bezoekadresAdresregel3", "b3"],
      ["bezoekadresLand", "NL"],
      ["correspondentieadresNummeraanduidingId", "0363200000218909"],
      ["correspondentieadresAdresregel1", "c1"],
      ["correspondentieadresAdresregel2", "c2"],
      ["correspondentieadresAdresregel3", "c3"],
      ["correspondentieadresLand", "BE"],
      ["partijIdentificator__objectId", "42424242"],
      ["partijIdentificator__codeSoortObjectId", "kvk_nummer"],
      ["partijIdentificator__codeObjecttype", "niet_natuurlijk_persoon"],
      ["partijIdentificator__codeRegister", "hr"],
      ["categorierelatie__categorie__naam", "Ondernemer"],
    ])("%s matches exactly", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value)}`);
      expect(found).toContain(match);
      expect(found).not.toContain(other);
      expect(new Set(found).size).toBe(found.length);
    });

    it("nummer is exact", async () => {
      expect(await list("nummer=424")).not.toContain(match);
    });

    it("to-many filters never list a partij twice", async () => {
      expect(
        (await list("categorierelatie__categorie__naam=Ondernemer,Vereniging")).filter((uuid) => uuid === match),
      ).toHaveLength(1);
      expect((await list("partijIdentificator__codeRegister=hr")).filter((uuid) => uuid === match)).toHaveLength(1);
    });

    it("categorierelatie__categorie__naam takes a comma-separated list", async () => {
      expect(await list("categorierelatie__categorie__naam=Bestaat%20niet,Vereniging")).toEqual([match]);
      expect(await list("categorierelatie__categorie__naam=ondernemer")).toEqual([]);
    });

    it("subIdentificatorVan__* finds the partijen with an identificator under the given parent", async () => {
      for (const query of [
        "subIdentificatorVan__objectId=42424242",
        "subIdentificatorVan__codeSoortObjectId=kvk_nummer",
        "subIdentificatorVan__codeObjecttype=niet_natuurlijk_persoon",
        "subIdentificatorVan__codeRegister=hr",
      ]) {
        const found = await list(query);
        expect(found).toContain(vestigingen);
        expect(found).not.toContain(match);
      }
      expect(await list("subIdentificatorVan__objectId=42424242&partijIdentificator__objectId=000000004242")).toEqual([
        vestigingen,
      ]);
    });

    it("vertegenwoordigdePartij__uuid/__url give the partijen represented BY that partij", async () => {
      expect(await list(`vertegenwoordigdePartij__uuid=${curator}`)).toEqual([match]);
      expect(
        await list(`vertegenwoordigdePartij__url=${encodeURIComponent(`https://x.example.org/partijen/${match}`)}`),
      ).toEqual([other]);
      expect(await list("vertegenwoordigdePartij__url=https://x.example.org/partijen/geen-uuid")).toEqual([]);
    });

    it("rejects a soortPartij outside the enum and unknown parameters", async () => {
      expect((await server.request("GET", `${API}/partijen?soortPartij=bedrijf`)).status).toBe(400);
      expect((await server.request("GET", `${API}/partijen?onbekend=1`)).status).toBe(400);
    });
  });

  describe("delete", () => {
    it("cascades to what hangs on the partij and unlinks contactpersonen from an organisatie", async () => {
      const organisatie = (
        await create({
          soortPartij: "organisatie",
          indicatieActief: true,
          partijIdentificatoren: [
            { partijIdentificator: kvk("20000001") },
            { partijIdentificator: { ...kvk("500000001"), codeSoortObjectId: "rsin" } },
          ],
        })
      ).body;
      const a = await adres(organisatie.uuid);
      const r = await rekening(organisatie.uuid);
      const contactpersoon = (
        await create({
          soortPartij: "contactpersoon",
          indicatieActief: true,
          partijIdentificatie: { werkteVoorPartij: { uuid: organisatie.uuid }, contactnaam: { voornaam: "Piet" } },
        })
      ).body.uuid;
      const vertegenwoordigd = await partijRow();
      await server.db("vertegenwoordigingen").insert({
        vertegenwoordigende_partij_id: await idOf(organisatie.uuid),
        vertegenwoordigde_partij_id: await idOf(vertegenwoordigd),
      });
      const deleted = await server.request("DELETE", path(organisatie.uuid));
      expect(deleted.status).toBe(204);
      expect((await server.request("GET", path(organisatie.uuid))).status).toBe(404);
      expect(await server.db("digitale_adressen").where({ uuid: a }).first()).toBeUndefined();
      expect(await server.db("rekeningnummers").where({ uuid: r }).first()).toBeUndefined();
      expect(await server.db("partij_identificatoren").where({ object_id: "20000001" }).first()).toBeUndefined();
      expect(
        await server
          .db("vertegenwoordigingen")
          .count("* as n")
          .where({ vertegenwoordigde_partij_id: await idOf(vertegenwoordigd) })
          .first(),
      ).toEqual({ n: "0" });
      const left = await get(contactpersoon);
      expect(left.soortPartij).toBe("contactpersoon");
      expect(left).not.toHaveProperty("partijIdentificatie");
    });

    it("deletes a partij whose own identificatoren hang under each other", async () => {
      const created = (await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: kvk("20000002") }] }))
        .body;
      const parent = created.partijIdentificatoren[0].uuid;
      await server.request("PATCH", path(created.uuid), {
        body: {
          partijIdentificatoren: [
            { uuid: parent, partijIdentificator: kvk("20000002") },
            { partijIdentificator: vestiging("000000000002"), subIdentificatorVan: { uuid: parent } },
          ],
        },
      });
      expect((await server.request("DELETE", path(created.uuid))).status).toBe(204);
    });

    it("is refused with 400 while another partij's vestigingsnummer hangs under one of its identificatoren", async () => {
      const created = (await create({ ...persoon, partijIdentificatoren: [{ partijIdentificator: kvk("20000003") }] }))
        .body;
      const parent = created.partijIdentificatoren[0].uuid;
      const vestigingUuid = (
        await create({
          ...persoon,
          partijIdentificatoren: [
            { partijIdentificator: vestiging("000000000003"), subIdentificatorVan: { uuid: parent } },
          ],
        })
      ).body.partijIdentificatoren[0].uuid;
      const refused = await server.request("DELETE", path(created.uuid));
      expect(refused.status).toBe(400);
      expect(refused.body.invalidParams).toEqual([
        { name: "nonFieldErrors", code: "protected", reason: expect.stringContaining(vestigingUuid) },
      ]);
      expect((await server.request("GET", path(created.uuid))).status).toBe(200);
    });
  });
});
