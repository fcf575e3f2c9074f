import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const MINIMAAL = { kanaal: "telefoon", onderwerp: "Parkeervergunning", taal: "nld", vertrouwelijk: false };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const create = (body: Record<string, unknown>) =>
  server.request("POST", `${API}/klantcontacten`, { body: { ...MINIMAAL, ...body } });
const list = async (query: string): Promise<string[]> => {
  const reply = await server.request("GET", `${API}/klantcontacten?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.results.map((result: { uuid: string }) => result.uuid);
};
const idOf = async (uuid: string): Promise<string> =>
  (await server.db("klantcontacten").where({ uuid }).first("id")).id;
const insertPartij = async (nummer?: string) =>
  (
    await server
      .db("partijen")
      .insert({ soort_partij: "persoon", indicatie_actief: true, nummer })
      .returning(["id", "uuid"])
  )[0] as { id: string; uuid: string };
const insertBetrokkene = async (klantcontactId: string, extra: Record<string, unknown> = {}) =>
  (
    await server
      .db("betrokkenen")
      .insert({ had_klantcontact_id: klantcontactId, rol: "klant", initiator: true, ...extra })
      .returning(["id", "uuid"])
  )[0] as { id: string; uuid: string };

describe("/klantcontacten create and read", () => {
  it("creates with the minimum and fills the defaults", async () => {
    const before = Date.now();
    const created = await create({});
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.body).toMatchObject({
      url: server.url(`${API}/klantcontacten/${created.body.uuid}`),
      gingOverOnderwerpobjecten: [],
      hadBetrokkenActoren: [],
      omvatteBijlagen: [],
      hadBetrokkenen: [],
      leiddeTotInterneTaken: [],
      nummer: null,
      referentienummer: null,
      inhoud: "",
      reactie: "",
      indicatieContactGelukt: null,
      verdereActieOndernomen: false,
      metadata: {},
      ...MINIMAAL,
    });
    const plaatsgevondenOp = Date.parse(created.body.plaatsgevondenOp);
    expect(plaatsgevondenOp).toBeGreaterThanOrEqual(before - 1000);
    expect(plaatsgevondenOp).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("stores every writable field and renders plaatsgevondenOp in UTC with Z", async () => {
    const created = await create({
      referentienummer: "0000012345",
      nummer: "4711",
      inhoud: "Wanneer krijg ik een besluit?",
      reactie: "Binnen acht weken.",
      indicatieContactGelukt: true,
      hoofdOnderwerpType: "https://catalogi.example.org/zaaktypen/1",
      taal: "de",
      vertrouwelijk: true,
      plaatsgevondenOp: "2024-03-12T10:41:00+01:00",
      metadata: { bronsysteem: "kcc", x: "y".repeat(255) },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      referentienummer: "0000012345",
      nummer: "4711",
      indicatieContactGelukt: true,
      hoofdOnderwerpType: "https://catalogi.example.org/zaaktypen/1",
      taal: "de",
      plaatsgevondenOp: "2024-03-12T09:41:00Z",
      metadata: { bronsysteem: "kcc", x: "y".repeat(255) },
    });
    const read = await server.request("GET", `${API}/klantcontacten/${created.body.uuid}`);
    expect(read.body).toEqual(created.body);
  });

  it("keeps microseconds of plaatsgevondenOp, so the exact filter finds what was returned", async () => {
    const created = await create({ plaatsgevondenOp: "2023-01-02T03:04:05.123456Z" });
    expect(created.body.plaatsgevondenOp).toBe("2023-01-02T03:04:05.123456Z");
    expect(await list("plaatsgevondenOp=2023-01-02T03:04:05.123456Z")).toEqual([created.body.uuid]);
    expect(await list("plaatsgevondenOp=2023-01-02T03:04:05Z")).toEqual([]);
  });

  it("answers 404 for an unknown uuid on read, update and delete", async () => {
    for (const method of ["GET", "PATCH", "PUT", "DELETE"]) {
      const body = method === "GET" || method === "DELETE" ? undefined : MINIMAAL;
      const reply = await server.request(method, `${API}/klantcontacten/${UNKNOWN}`, { body });
      expect(reply.status).toBe(404);
    }
  });

  it("requires kanaal, onderwerp, taal and vertrouwelijk", async () => {
    const rejected = await server.request("POST", `${API}/klantcontacten`, { body: {} });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams.map((param: { name: string }) => param.name).sort()).toEqual([
      "kanaal",
      "onderwerp",
      "taal",
      "vertrouwelijk",
    ]);
  });
});

describe("/klantcontacten rules", () => {
  it("rejects a successful contact with further action (400 nonFieldErrors)", async () => {
    const rejected = await create({ indicatieContactGelukt: true, verdereActieOndernomen: true });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      expect.objectContaining({ name: "nonFieldErrors", code: "no-further-action-when-contact-succesful" }),
    ]);
  });

  it("on PATCH takes the field left out from the stored klantcontact", async () => {
    const gelukt = (await create({ indicatieContactGelukt: true })).body;
    const patched = await server.request("PATCH", `${API}/klantcontacten/${gelukt.uuid}`, {
      body: { verdereActieOndernomen: true },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.invalidParams[0].code).toBe("no-further-action-when-contact-succesful");
    const both = await server.request("PATCH", `${API}/klantcontacten/${gelukt.uuid}`, {
      body: { indicatieContactGelukt: false, verdereActieOndernomen: true },
    });
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({ indicatieContactGelukt: false, verdereActieOndernomen: true });
  });

  // the contract's `default: false` must not be written into PATCH bodies by the validator
  it("keeps a stored verdereActieOndernomen when a PATCH leaves it out", async () => {
    const verder = (await create({ verdereActieOndernomen: true })).body;
    const path = `${API}/klantcontacten/${verder.uuid}`;
    const unrelated = await server.request("PATCH", path, { body: { reactie: "later" } });
    expect(unrelated.body.verdereActieOndernomen).toBe(true);
    const rejected = await server.request("PATCH", path, { body: { indicatieContactGelukt: true } });
    expect(rejected.status).toBe(400);
  });

  it("accepts only digits in nummer and referentienummer (400 invalid on the field)", async () => {
    const rejected = await create({ nummer: "12a", referentienummer: "R-1" });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      expect.objectContaining({ name: "nummer", code: "invalid" }),
      expect.objectContaining({ name: "referentienummer", code: "invalid" }),
    ]);
    const tooLong = await create({ referentienummer: "12345678901" });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.invalidParams).toEqual([
      expect.objectContaining({ name: "referentienummer", code: "max_length" }),
    ]);
  });

  it("keeps nummer and referentienummer unique (400 unique), but a klantcontact may keep its own", async () => {
    const first = (await create({ nummer: "900001", referentienummer: "800001" })).body;
    const duplicate = await create({ nummer: "900001", referentienummer: "800001" });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.invalidParams).toEqual([
      expect.objectContaining({ name: "nummer", code: "unique" }),
      expect.objectContaining({ name: "referentienummer", code: "unique" }),
    ]);
    const own = await server.request("PUT", `${API}/klantcontacten/${first.uuid}`, {
      body: { ...MINIMAAL, nummer: "900001", referentienummer: "800001" },
    });
    expect(own.status).toBe(200);
    const other = (await create({})).body;
    const taken = await server.request("PATCH", `${API}/klantcontacten/${other.uuid}`, {
      body: { referentienummer: "800001" },
    });
    expect(taken.status).toBe(400);
    expect(taken.body.invalidParams).toEqual([expect.objectContaining({ name: "referentienummer", code: "unique" })]);
  });

  it("treats an empty nummer as none, so several klantcontacten can leave it empty", async () => {
    expect((await create({ nummer: "", referentienummer: "" })).body).toMatchObject({
      nummer: null,
      referentienummer: null,
    });
    expect((await create({ nummer: "", referentienummer: "" })).status).toBe(201);
  });

  it("accepts and returns an empty hoofdOnderwerpType, the standard's 'no type'", async () => {
    const created = await create({ hoofdOnderwerpType: "" });
    expect(created.status).toBe(201);
    expect(created.body.hoofdOnderwerpType).toBe("");
    expect((await create({})).body.hoofdOnderwerpType).toBe("");
  });

  it("rejects a hoofdOnderwerpType that is not an http(s) URL with a host", async () => {
    for (const value of ["geen url", "mailto:iemand@example.org", "https://"]) {
      const rejected = await create({ hoofdOnderwerpType: value });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "hoofdOnderwerpType", code: "invalid" }),
      ]);
    }
  });

  it("rejects metadata that is not an object of texts of at most 255 characters", async () => {
    for (const metadata of ["tekst", null, ["a"], { a: 1 }, { a: "x".repeat(256) }]) {
      const rejected = await create({ metadata });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams[0].name).toMatch(/^metadata/);
    }
  });
});

describe("/klantcontacten PUT and PATCH", () => {
  it("PUT requires the required fields and keeps omitted optional ones; PATCH changes only what it sends", async () => {
    const created = (await create({ inhoud: "vraag", metadata: { a: "b" }, referentienummer: "555" })).body;
    const path = `${API}/klantcontacten/${created.uuid}`;
    const incomplete = await server.request("PUT", path, { body: { kanaal: "balie" } });
    expect(incomplete.status).toBe(400);
    const put = await server.request("PUT", path, { body: { ...MINIMAAL, kanaal: "balie" } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ kanaal: "balie", inhoud: "vraag", metadata: { a: "b" }, referentienummer: "555" });
    const patched = await server.request("PATCH", path, { body: { reactie: "antwoord", referentienummer: null } });
    expect(patched.body).toMatchObject({
      kanaal: "balie",
      inhoud: "vraag",
      reactie: "antwoord",
      referentienummer: null,
    });
  });

  it("ignores read-only lists sent in a body", async () => {
    const created = await create({ hadBetrokkenen: [{ uuid: UNKNOWN }] });
    expect(created.status).toBe(201);
    expect(created.body.hadBetrokkenen).toEqual([]);
  });
});

describe("/klantcontacten read-only relations, expand and delete", () => {
  let kc: { uuid: string; url: string };
  let kcId: string;
  const fixtures = {
    partij: "",
    betrokkene: "",
    digitaalAdres: "",
    onderwerpobject: "",
    wasOnderwerpobject: "",
    bijlage: "",
    internetaak: "",
    actor: "",
    actorklantcontact: "",
  };

  beforeAll(async () => {
    kc = (await create({ onderwerp: "relaties" })).body;
    kcId = await idOf(kc.uuid);
    const partij = await insertPartij();
    fixtures.partij = partij.uuid;
    const betrokkene = await insertBetrokkene(kcId, { was_partij_id: partij.id, contactnaam_voornaam: "Jan" });
    fixtures.betrokkene = betrokkene.uuid;
    fixtures.digitaalAdres = (
      await server
        .db("digitale_adressen")
        .insert({
          verstrekt_door_betrokkene_id: betrokkene.id,
          adres: "jan@example.org",
          soort_digitaal_adres: "email",
        })
        .returning("uuid")
    )[0].uuid;
    fixtures.onderwerpobject = (
      await server.db("onderwerpobjecten").insert({ klantcontact_id: kcId }).returning("uuid")
    )[0].uuid;
    fixtures.wasOnderwerpobject = (
      await server.db("onderwerpobjecten").insert({ was_klantcontact_id: kcId }).returning("uuid")
    )[0].uuid;
    fixtures.bijlage = (
      await server.db("bijlagen").insert({ was_bijlage_van_klantcontact_id: kcId }).returning("uuid")
    )[0].uuid;
    fixtures.internetaak = (
      await server
        .db("internetaken")
        .insert({ aanleidinggevend_klantcontact_id: kcId, gevraagde_handeling: "Terugbellen", status: "te_verwerken" })
        .returning("uuid")
    )[0].uuid;
    const [actor] = await server
      .db("actoren")
      .insert({
        naam: "Fatima el Amrani",
        soort_actor: "geautomatiseerde_actor",
        identificatie_gegeven: true,
        functie: "Robot",
        actoridentificator_object_id: "412",
      })
      .returning(["id", "uuid"]);
    fixtures.actor = actor.uuid;
    fixtures.actorklantcontact = (
      await server.db("actorklantcontacten").insert({ actor_id: actor.id, klantcontact_id: kcId }).returning("uuid")
    )[0].uuid;
  });

  it("lists its onderwerpobjecten, betrokkenen, bijlagen and interne taken as refs and its actors in full", async () => {
    const read = (await server.request("GET", `${API}/klantcontacten/${kc.uuid}`)).body;
    const ref = (collection: string, uuid: string) => ({ uuid, url: server.url(`${API}/${collection}/${uuid}`) });
    expect(read.gingOverOnderwerpobjecten).toEqual([ref("onderwerpobjecten", fixtures.onderwerpobject)]);
    expect(read.hadBetrokkenen).toEqual([ref("betrokkenen", fixtures.betrokkene)]);
    expect(read.omvatteBijlagen).toEqual([ref("bijlagen", fixtures.bijlage)]);
    expect(read.leiddeTotInterneTaken).toEqual([ref("internetaken", fixtures.internetaak)]);
    expect(read.hadBetrokkenActoren).toEqual([
      expect.objectContaining({
        ...ref("actoren", fixtures.actor),
        naam: "Fatima el Amrani",
        soortActor: "geautomatiseerde_actor",
        actoridentificator: expect.objectContaining({ objectId: "412" }),
      }),
    ]);
  });

  it("expands its relations; deeper betrokkene paths under each betrokkene, empty lists as []", async () => {
    const reply = await server.request(
      "GET",
      `${API}/klantcontacten/${kc.uuid}?expand=hadBetrokkenen,hadBetrokkenen.digitaleAdressen,hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten,omvatteBijlagen,leiddeTotInterneTaken`,
    );
    expect(reply.status).toBe(200);
    const expanded = reply.body._expand;
    expect(expanded.hadBetrokkenen).toEqual([
      expect.objectContaining({ uuid: fixtures.betrokkene, volledigeNaam: "Jan" }),
    ]);
    expect(expanded.hadBetrokkenen[0]._expand.digitaleAdressen).toEqual([
      expect.objectContaining({ uuid: fixtures.digitaalAdres, adres: "jan@example.org" }),
    ]);
    expect(expanded.hadBetrokkenen[0]._expand.wasPartij).toEqual(expect.objectContaining({ uuid: fixtures.partij }));
    expect(expanded.gingOverOnderwerpobjecten).toEqual([expect.objectContaining({ uuid: fixtures.onderwerpobject })]);
    expect(expanded.omvatteBijlagen).toEqual([expect.objectContaining({ uuid: fixtures.bijlage })]);
    expect(expanded.leiddeTotInterneTaken).toEqual([expect.objectContaining({ uuid: fixtures.internetaak })]);

    const empty = (await create({})).body;
    const none = await server.request(
      "GET",
      `${API}/klantcontacten/${empty.uuid}?expand=hadBetrokkenen&expand=omvatteBijlagen`,
    );
    expect(none.body._expand).toEqual({ hadBetrokkenen: [], omvatteBijlagen: [] });
    const mixed = await server.request(
      "GET",
      `${API}/klantcontacten/${empty.uuid}?expand=hadBetrokkenen,omvatteBijlagen&expand=leiddeTotInterneTaken`,
    );
    expect(mixed.body._expand).toEqual({ hadBetrokkenen: [], omvatteBijlagen: [], leiddeTotInterneTaken: [] });
  });

  it("rejects an expand path the contract does not list", async () => {
    const reply = await server.request("GET", `${API}/klantcontacten?expand=hadBetrokkenActoren`);
    expect(reply.status).toBe(400);
  });

  it("deletes with its betrokkenen, onderwerpobjecten (both links), bijlagen, interne taken and actor links", async () => {
    const deleted = await server.request("DELETE", `${API}/klantcontacten/${kc.uuid}`);
    expect(deleted.status).toBe(204);
    expect(await server.db("klantcontacten").where({ uuid: kc.uuid }).first()).toBeUndefined();
    for (const [table, uuid] of [
      ["betrokkenen", fixtures.betrokkene],
      ["onderwerpobjecten", fixtures.onderwerpobject],
      ["onderwerpobjecten", fixtures.wasOnderwerpobject],
      ["bijlagen", fixtures.bijlage],
      ["internetaken", fixtures.internetaak],
      ["actorklantcontacten", fixtures.actorklantcontact],
    ] as const) {
      expect(await server.db(table).where({ uuid }).first(), table).toBeUndefined();
    }
    // the actor itself and the betrokkene's digitaal adres (set null) stay
    expect(await server.db("actoren").where({ uuid: fixtures.actor }).first()).toBeDefined();
    expect(
      await server
        .db("digitale_adressen")
        .where({ uuid: fixtures.digitaalAdres })
        .first("verstrekt_door_betrokkene_id"),
    ).toEqual({
      verstrekt_door_betrokkene_id: null,
    });
    expect((await server.request("GET", `${API}/klantcontacten/${kc.uuid}`)).status).toBe(404);
  });
});

describe("/klantcontacten list order and filters", () => {
  let match: { uuid: string };
  let other: { uuid: string };

  beforeAll(async () => {
    match = (
      await create({
        kanaal: "filterkanaal",
        onderwerp: "Over de AFVALcontainer",
        inhoud: "Container 100% vol",
        reactie: "Wordt_geleegd",
        nummer: "7001",
        referentienummer: "7002",
        indicatieContactGelukt: true,
        vertrouwelijk: true,
        plaatsgevondenOp: "2020-05-05T12:00:00Z",
      })
    ).body;
    other = (
      await create({
        kanaal: "filterkanaal-anders",
        onderwerp: "Iets anders",
        indicatieContactGelukt: false,
        vertrouwelijk: false,
        plaatsgevondenOp: "2020-05-06T12:00:00Z",
      })
    ).body;
    const matchId = await idOf(match.uuid);
    const otherId = await idOf(other.uuid);
    const partij = await insertPartij("42");
    await server.db("partij_identificatoren").insert({
      identificeerde_partij_id: partij.id,
      code_objecttype: "natuurlijk_persoon",
      code_soort_object_id: "bsn",
      object_id: "111222333",
      code_register: "brp",
    });
    // two betrokkenen with the same partij and adressen: a join would list the klantcontact twice
    for (const naam of ["een", "twee"]) {
      const betrokkene = await insertBetrokkene(matchId, { was_partij_id: partij.id, contactnaam_voornaam: naam });
      await server.db("digitale_adressen").insert({
        verstrekt_door_betrokkene_id: betrokkene.id,
        adres: `${naam}@Gemeente.example`,
        soort_digitaal_adres: "email",
      });
      await server.db("onderwerpobjecten").insert({
        klantcontact_id: matchId,
        identificator_object_id: "zaak-1",
        identificator_code_objecttype: "zaak",
        identificator_code_register: "open-zaak",
        identificator_code_soort_object_id: "uuid",
      });
      await server.db("onderwerpobjecten").insert({
        was_klantcontact_id: matchId,
        identificator_object_id: "was-1",
        identificator_code_objecttype: "klantcontact",
        identificator_code_register: "open-klant",
        identificator_code_soort_object_id: "nummer",
      });
      await server
        .db("internetaken")
        .insert({ aanleidinggevend_klantcontact_id: matchId, gevraagde_handeling: "Bellen", status: "te_verwerken" });
    }
    await insertBetrokkene(otherId);
  });

  it("lists newest plaatsgevondenOp first, then newest id", async () => {
    const same = "2010-01-01T00:00:00Z";
    const first = (await create({ kanaal: "volgorde", plaatsgevondenOp: same })).body;
    const second = (await create({ kanaal: "volgorde", plaatsgevondenOp: same })).body;
    const newest = (await create({ kanaal: "volgorde", plaatsgevondenOp: "2011-01-01T00:00:00Z" })).body;
    expect(await list("kanaal=volgorde")).toEqual([newest.uuid, second.uuid, first.uuid]);
  });

  const uuidOf = async (table: string, where: Record<string, unknown>) =>
    (await server.db(table).where(where).first("uuid")).uuid;

  it.each([
    ["inhoud", "100%"],
    ["onderwerp", "afvalcontainer"],
    ["reactie", "wordt_GELEEGD"],
    ["kanaal", "filterkanaal"],
    ["nummer", "7001"],
    ["referentienummer", "7002"],
    ["indicatieContactGelukt", "true"],
    ["vertrouwelijk", "true"],
    ["plaatsgevondenOp", "2020-05-05T14:00:00%2B02:00"],
    ["hadBetrokkene__wasPartij", "true"],
    ["hadBetrokkene__wasPartij__uuid", "PARTIJ"],
    ["hadBetrokkene__wasPartij__url", "PARTIJ_URL"],
    ["hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype", "natuurlijk_persoon"],
    ["hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId", "bsn"],
    ["hadBetrokkene__wasPartij__partijIdentificator__objectId", "111222333"],
    ["hadBetrokkene__wasPartij__partijIdentificator__codeRegister", "brp"],
    ["hadBetrokkene__digitaaladres__adres__icontains", "gemeente.EXAMPLE"],
    ["leiddeTotInterneTaken", "true"],
    ["onderwerpobject__onderwerpobjectidentificatorObjectId", "zaak-1"],
    ["onderwerpobject__onderwerpobjectidentificatorCodeObjecttype", "zaak"],
    ["onderwerpobject__onderwerpobjectidentificatorCodeRegister", "open-zaak"],
    ["onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId", "uuid"],
    ["wasOnderwerpobject__onderwerpobjectidentificatorObjectId", "was-1"],
    ["wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype", "klantcontact"],
    ["wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister", "open-klant"],
    ["wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId", "nummer"],
  ])("filters on %s, once per klantcontact", async (name, given) => {
    const partij = await server.db("partijen").where({ nummer: "42" }).first("uuid");
    const value = given
      .replace("PARTIJ_URL", `https://elders.example.org/api/partijen/${partij.uuid}`)
      .replace("PARTIJ", partij.uuid);
    const found = await list(`${name}=${value}`);
    expect(found).toContain(match.uuid);
    expect(found).not.toContain(other.uuid);
    expect(found.filter((uuid) => uuid === match.uuid)).toHaveLength(1);
  });

  it("filters on a betrokkene and an onderwerpobject by uuid and url", async () => {
    const matchId = await idOf(match.uuid);
    const betrokkene = await uuidOf("betrokkenen", { had_klantcontact_id: matchId });
    const onderwerpobject = await uuidOf("onderwerpobjecten", { klantcontact_id: matchId });
    const wasOnderwerpobject = await uuidOf("onderwerpobjecten", { was_klantcontact_id: matchId });
    const url = (collection: string, uuid: string) => `http://elders.example.org/api/${collection}/${uuid}`;
    for (const query of [
      `hadBetrokkene__uuid=${betrokkene}`,
      `hadBetrokkene__url=${url("betrokkenen", betrokkene)}`,
      `onderwerpobject__uuid=${onderwerpobject}`,
      `onderwerpobject__url=${url("onderwerpobjecten", onderwerpobject)}`,
      `wasOnderwerpobject__uuid=${wasOnderwerpobject}`,
      `wasOnderwerpobject__url=${url("onderwerpobjecten", wasOnderwerpobject)}`,
    ]) {
      expect(await list(query), query).toEqual([match.uuid]);
    }
    // the onderwerpobject of the other link does not count
    expect(await list(`onderwerpobject__uuid=${wasOnderwerpobject}`)).toEqual([]);
    expect(await list("hadBetrokkene__url=https://elders.example.org/api/betrokkenen/geen-uuid")).toEqual([]);
  });

  it("filters on false: klantcontacten without a partij-betrokkene or interne taak", async () => {
    for (const query of [
      "hadBetrokkene__wasPartij=false",
      "leiddeTotInterneTaken=false",
      "indicatieContactGelukt=false",
    ]) {
      const found = await list(query);
      expect(found, query).toContain(other.uuid);
      expect(found, query).not.toContain(match.uuid);
    }
  });

  it("matches nothing on values no klantcontact has", async () => {
    for (const query of [
      "kanaal=FILTERKANAAL",
      "hadBetrokkene__wasPartij__partijIdentificator__objectId=999999999",
      "hadBetrokkene__digitaaladres__adres__icontains=nergens",
      `hadBetrokkene__uuid=${UNKNOWN}`,
    ]) {
      expect(await list(query), query).toEqual([]);
    }
  });

  it("rejects an unknown filter and an invalid uuid", async () => {
    const unknown = await server.request("GET", `${API}/klantcontacten?onbekend=1`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams[0].code).toBe("unknown-parameters");
    expect((await server.request("GET", `${API}/klantcontacten?hadBetrokkene__uuid=geen-uuid`)).status).toBe(400);
  });
});
