import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";
import { isCascade } from "./onderwerpobjecten.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const ZAAK = { objectId: "7b3e9c1d", codeObjecttype: "zaak", codeRegister: "open-zaak", codeSoortObjectId: "uuid" };
let server: TestServer;

type Row = { id: string; uuid: string };
const insertKlantcontact = async () =>
  (
    await server
      .db("klantcontacten")
      .insert({ kanaal: "balie", onderwerp: "x", taal: "nld", vertrouwelijk: false })
      .returning(["id", "uuid"])
  )[0] as Row;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const create = (body: Record<string, unknown>) => server.request("POST", `${API}/onderwerpobjecten`, { body });
const list = async (query: string): Promise<string[]> => {
  const reply = await server.request("GET", `${API}/onderwerpobjecten?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.results.map((result: { uuid: string }) => result.uuid);
};
const ref = (collection: string, uuid: string) => ({ uuid, url: server.url(`${API}/${collection}/${uuid}`) });
const exists = async (table: string, uuid: string) =>
  (await server.db(table).where({ uuid }).first("id")) !== undefined;

describe("/onderwerpobjecten", () => {
  it("creates an onderwerpobject with both klantcontacten and its identificator", async () => {
    const kc = await insertKlantcontact();
    const eerder = await insertKlantcontact();
    const created = await create({
      klantcontact: { uuid: kc.uuid },
      wasKlantcontact: { uuid: eerder.uuid },
      onderwerpobjectidentificator: ZAAK,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.body).toEqual({
      ...ref("onderwerpobjecten", created.body.uuid),
      klantcontact: ref("klantcontacten", kc.uuid),
      wasKlantcontact: ref("klantcontacten", eerder.uuid),
      onderwerpobjectidentificator: ZAAK,
    });
    expect((await server.request("GET", `${API}/onderwerpobjecten/${created.body.uuid}`)).body).toEqual(created.body);
  });

  it("accepts an empty body (all null) and fills left-out identificator sub-fields with empty text", async () => {
    expect((await create({})).body).toMatchObject({
      klantcontact: null,
      wasKlantcontact: null,
      onderwerpobjectidentificator: null,
    });
    expect(
      (await create({ onderwerpobjectidentificator: { codeRegister: "brc" } })).body.onderwerpobjectidentificator,
    ).toEqual({
      objectId: "",
      codeObjecttype: "",
      codeRegister: "brc",
      codeSoortObjectId: "",
    });
  });

  it("rejects unknown klantcontacten on <field>.uuid", async () => {
    const rejected = await create({ klantcontact: { uuid: UNKNOWN }, wasKlantcontact: { uuid: UNKNOWN } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      { name: "klantcontact.uuid", code: "does_not_exist", reason: "Klantcontact object bestaat niet." },
      { name: "wasKlantcontact.uuid", code: "does_not_exist", reason: "Klantcontact object bestaat niet." },
    ]);
  });

  it("PUT keeps what it leaves out; PATCH with null unlinks and empties", async () => {
    const kc = await insertKlantcontact();
    const created = (await create({ klantcontact: { uuid: kc.uuid }, onderwerpobjectidentificator: ZAAK })).body;
    const path = `${API}/onderwerpobjecten/${created.uuid}`;
    const put = await server.request("PUT", path, { body: { onderwerpobjectidentificator: { objectId: "ander" } } });
    expect(put.body).toMatchObject({
      klantcontact: ref("klantcontacten", kc.uuid),
      onderwerpobjectidentificator: { objectId: "ander", codeObjecttype: "", codeRegister: "", codeSoortObjectId: "" },
    });
    const patched = await server.request("PATCH", path, {
      body: { klantcontact: null, onderwerpobjectidentificator: null },
    });
    expect(patched.body).toMatchObject({ klantcontact: null, onderwerpobjectidentificator: null });
  });

  it("answers 404 for an unknown uuid, also when deleting with cascade", async () => {
    for (const [method, query] of [
      ["GET", ""],
      ["PATCH", ""],
      ["DELETE", ""],
      ["DELETE", "?cascade=true"],
    ] as const) {
      const reply = await server.request(method, `${API}/onderwerpobjecten/${UNKNOWN}${query}`, {
        body: method === "PATCH" ? {} : undefined,
      });
      expect(reply.status, `${method}${query}`).toBe(404);
    }
  });

  it("goes along when either of its klantcontacten is deleted", async () => {
    const kc = await insertKlantcontact();
    const viaKlantcontact = (await create({ klantcontact: { uuid: kc.uuid } })).body;
    const viaWas = (await create({ wasKlantcontact: { uuid: kc.uuid } })).body;
    await server.db("klantcontacten").where({ id: kc.id }).delete();
    expect(await exists("onderwerpobjecten", viaKlantcontact.uuid)).toBe(false);
    expect(await exists("onderwerpobjecten", viaWas.uuid)).toBe(false);
  });
});

describe("DELETE /onderwerpobjecten/{uuid}", () => {
  // a klantcontact with a betrokkene giving one partij-less and one partij adres, and a bijlage
  const klantcontactWithChildren = async () => {
    const kc = await insertKlantcontact();
    const [partij] = await server
      .db("partijen")
      .insert({ soort_partij: "persoon", indicatie_actief: true })
      .returning("id");
    const [betrokkene] = await server
      .db("betrokkenen")
      .insert({ had_klantcontact_id: kc.id, rol: "klant", initiator: true })
      .returning(["id", "uuid"]);
    const [los] = await server
      .db("digitale_adressen")
      .insert({ verstrekt_door_betrokkene_id: betrokkene.id, adres: "los@example.org", soort_digitaal_adres: "email" })
      .returning("uuid");
    const [vanPartij] = await server
      .db("digitale_adressen")
      .insert({
        verstrekt_door_betrokkene_id: betrokkene.id,
        verstrekt_door_partij_id: partij.id,
        adres: "partij@example.org",
        soort_digitaal_adres: "email",
      })
      .returning("uuid");
    const [bijlage] = await server.db("bijlagen").insert({ was_bijlage_van_klantcontact_id: kc.id }).returning("uuid");
    return { kc, betrokkene: betrokkene.uuid, los: los.uuid, vanPartij: vanPartij.uuid, bijlage: bijlage.uuid };
  };

  it("without cascade (or cascade=false) deletes only the onderwerpobject: 204", async () => {
    for (const query of ["", "?cascade=false"]) {
      const { kc, betrokkene } = await klantcontactWithChildren();
      const created = (await create({ klantcontact: { uuid: kc.uuid } })).body;
      const deleted = await server.request("DELETE", `${API}/onderwerpobjecten/${created.uuid}${query}`);
      expect(deleted.status).toBe(204);
      expect(await exists("onderwerpobjecten", created.uuid)).toBe(false);
      expect(await exists("klantcontacten", kc.uuid)).toBe(true);
      expect(await exists("betrokkenen", betrokkene)).toBe(true);
    }
  });

  it("with cascade=true deletes an otherwise unused klantcontact, its children and its partij-less adressen: 200 []", async () => {
    const { kc, betrokkene, los, vanPartij, bijlage } = await klantcontactWithChildren();
    const created = (await create({ klantcontact: { uuid: kc.uuid }, onderwerpobjectidentificator: ZAAK })).body;
    const deleted = await server.request("DELETE", `${API}/onderwerpobjecten/${created.uuid}?cascade=true`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ behouden: [] });
    expect(await exists("onderwerpobjecten", created.uuid)).toBe(false);
    expect(await exists("klantcontacten", kc.uuid)).toBe(false);
    expect(await exists("betrokkenen", betrokkene)).toBe(false);
    expect(await exists("bijlagen", bijlage)).toBe(false);
    expect(await exists("digitale_adressen", los)).toBe(false);
    // the partij's own adres stays, no longer linked to the betrokkene that is gone
    expect(
      await server.db("digitale_adressen").where({ uuid: vanPartij }).first("verstrekt_door_betrokkene_id"),
    ).toEqual({
      verstrekt_door_betrokkene_id: null,
    });
  });

  it("keeps a klantcontact another onderwerpobject still refers to (either link) and names it in behouden", async () => {
    const gedeeld = await klantcontactWithChildren();
    const eigen = await klantcontactWithChildren();
    const created = (
      await create({ klantcontact: { uuid: gedeeld.kc.uuid }, wasKlantcontact: { uuid: eigen.kc.uuid } })
    ).body;
    const ander = (await create({ wasKlantcontact: { uuid: gedeeld.kc.uuid } })).body;
    const deleted = await server.request("DELETE", `${API}/onderwerpobjecten/${created.uuid}?cascade=true`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ behouden: [server.url(`${API}/klantcontacten/${gedeeld.kc.uuid}`)] });
    expect(await exists("onderwerpobjecten", created.uuid)).toBe(false);
    expect(await exists("klantcontacten", gedeeld.kc.uuid)).toBe(true);
    expect(await exists("digitale_adressen", gedeeld.los)).toBe(true);
    expect(await exists("onderwerpobjecten", ander.uuid)).toBe(true);
    expect(await exists("klantcontacten", eigen.kc.uuid)).toBe(false);
    expect(await exists("digitale_adressen", eigen.los)).toBe(false);
  });

  it("handles the same klantcontact in both links once, and an onderwerpobject without any: 200 []", async () => {
    const { kc } = await klantcontactWithChildren();
    const both = (await create({ klantcontact: { uuid: kc.uuid }, wasKlantcontact: { uuid: kc.uuid } })).body;
    const deleted = await server.request("DELETE", `${API}/onderwerpobjecten/${both.uuid}?cascade=true`);
    expect(deleted.body).toEqual({ behouden: [] });
    expect(await exists("klantcontacten", kc.uuid)).toBe(false);
    const bare = (await create({})).body;
    const bareDeleted = await server.request("DELETE", `${API}/onderwerpobjecten/${bare.uuid}?cascade=true`);
    expect(bareDeleted.status).toBe(200);
    expect(bareDeleted.body).toEqual({ behouden: [] });
  });

  it("switches cascading on only for the text true, in any case", () => {
    expect(isCascade("true")).toBe(true);
    expect(isCascade("TRUE")).toBe(true);
    expect(isCascade("True")).toBe(true);
    for (const value of ["1", "yes", "false", "", null]) {
      expect(isCascade(value)).toBe(false);
    }
  });
});

describe("/onderwerpobjecten filters", () => {
  let match: string;
  let other: string;
  let kc: Row;
  let eerder: Row;

  beforeAll(async () => {
    kc = await insertKlantcontact();
    eerder = await insertKlantcontact();
    match = (
      await create({
        klantcontact: { uuid: kc.uuid },
        wasKlantcontact: { uuid: eerder.uuid },
        onderwerpobjectidentificator: ZAAK,
      })
    ).body.uuid;
    other = (
      await create({
        klantcontact: { uuid: eerder.uuid },
        onderwerpobjectidentificator: {
          objectId: "7B3E9C1D",
          codeObjecttype: "Zaak",
          codeRegister: "zrc",
          codeSoortObjectId: "url",
        },
      })
    ).body.uuid;
  });

  it.each([
    ["klantcontact__uuid", () => kc.uuid],
    ["klantcontact__url", () => `https://elders.example.org/api/klantcontacten/${kc.uuid}`],
    ["wasKlantcontact__uuid", () => eerder.uuid],
    ["wasKlantcontact__url", () => `https://elders.example.org/api/klantcontacten/${eerder.uuid}`],
    ["onderwerpobjectidentificatorObjectId", () => ZAAK.objectId],
    ["onderwerpobjectidentificatorCodeObjecttype", () => ZAAK.codeObjecttype],
    ["onderwerpobjectidentificatorCodeRegister", () => ZAAK.codeRegister],
    ["onderwerpobjectidentificatorCodeSoortObjectId", () => ZAAK.codeSoortObjectId],
  ])("filters on %s (exact)", async (name, value) => {
    const found = await list(`${name}=${value()}`);
    expect(found).toContain(match);
    expect(found).not.toContain(other);
  });

  it("matches nothing for an unknown klantcontact or a url without a uuid", async () => {
    expect(await list(`klantcontact__uuid=${UNKNOWN}`)).toEqual([]);
    expect(await list("wasKlantcontact__url=https://elders.example.org/api/klantcontacten/1")).toEqual([]);
  });
});
