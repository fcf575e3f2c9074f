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

const create = (body: unknown) => server.request("POST", `${API}/actoren`, { body });
const path = (uuid: string) => `${API}/actoren/${uuid}`;
const list = async (query: string) =>
  (await server.request("GET", `${API}/actoren?${query}`)).body.results.map((r: { uuid: string }) => r.uuid);

const medewerker = {
  naam: "Jeroen Jansen",
  soortActor: "medewerker",
  actorIdentificatie: {
    functie: "Klantcontactmedewerker",
    emailadres: "j.jansen@example.nl",
    telefoonnummer: "0201234567",
  },
};

async function klantcontact(): Promise<string> {
  const [row] = await server
    .db("klantcontacten")
    .insert({ kanaal: "telefoon", onderwerp: "x", taal: "nld", vertrouwelijk: false })
    .returning("id");
  return row.id;
}

describe("/actoren", () => {
  it("creates a medewerker with its identificatie, active by default and without actoridentificator", async () => {
    const created = await create(medewerker);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(server.url(path(created.body.uuid)));
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(path(created.body.uuid)),
      naam: "Jeroen Jansen",
      soortActor: "medewerker",
      indicatieActief: true,
      actoridentificator: null,
      actorIdentificatie: medewerker.actorIdentificatie,
    });
    expect((await server.request("GET", path(created.body.uuid))).body).toEqual(created.body);
  });

  it("returns each soort's own identificatie shape, with empty text for optional fields left out", async () => {
    const bot = await create({
      naam: "Chatbot",
      soortActor: "geautomatiseerde_actor",
      actorIdentificatie: { functie: "chatbot" },
    });
    expect(bot.status).toBe(201);
    expect(bot.body.actorIdentificatie).toEqual({ functie: "chatbot", omschrijving: "" });
    const team = await create({
      naam: "Team Inkomen",
      soortActor: "organisatorische_eenheid",
      indicatieActief: false,
      actorIdentificatie: { omschrijving: "Bijstand", faxnummer: "020-1234" },
    });
    expect(team.body.indicatieActief).toBe(false);
    // an empty e-mail address or phone number is left out: the contract's formats do not allow ""
    expect(team.body.actorIdentificatie).toEqual({ omschrijving: "Bijstand", faxnummer: "020-1234" });
    const mw = await create({ ...medewerker, actorIdentificatie: { functie: "x", telefoonnummer: "+31201234567" } });
    expect(mw.body.actorIdentificatie).toEqual({ functie: "x", telefoonnummer: "+31201234567" });
  });

  it("leaves actorIdentificatie out when none was given", async () => {
    const created = await create({ naam: "Zonder", soortActor: "medewerker" });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("actorIdentificatie");
  });

  it("stores the free actoridentificator group as a whole", async () => {
    const created = await create({ ...medewerker, actoridentificator: { objectId: "100234", codeRegister: "hr" } });
    expect(created.body.actoridentificator).toEqual({
      objectId: "100234",
      codeObjecttype: "",
      codeRegister: "hr",
      codeSoortObjectId: "",
    });
  });

  it("reads snake_case keys, also inside actorIdentificatie", async () => {
    const created = await create({
      naam: "Snake",
      soort_actor: "organisatorische_eenheid",
      indicatie_actief: false,
      actor_identificatie: { omschrijving: "o" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ soortActor: "organisatorische_eenheid", indicatieActief: false });
  });

  describe("validation", () => {
    it("requires naam and soortActor", async () => {
      const rejected = await create({});
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["naam", "soortActor"]);
    });

    it("rejects an unknown soortActor", async () => {
      const rejected = await create({ naam: "x", soortActor: "robot" });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams[0].name).toBe("soortActor");
    });

    it.each([
      ["medewerker", { functie: "x" }, "actorIdentificatie.telefoonnummer", "required"],
      ["medewerker", { telefoonnummer: "0201234567" }, "actorIdentificatie.functie", "required"],
      ["medewerker", { functie: "", telefoonnummer: "0201234567" }, "actorIdentificatie.functie", "blank"],
      ["geautomatiseerde_actor", { omschrijving: "x" }, "actorIdentificatie.functie", "required"],
      ["medewerker", { functie: "x", telefoonnummer: "020 1234567" }, "actorIdentificatie.telefoonnummer", "invalid"],
      ["medewerker", { functie: "x", telefoonnummer: "0800123456" }, "actorIdentificatie.telefoonnummer", "invalid"],
      ["organisatorische_eenheid", { telefoonnummer: "0900123456" }, "actorIdentificatie.telefoonnummer", "invalid"],
      ["organisatorische_eenheid", { telefoonnummer: "12345" }, "actorIdentificatie.telefoonnummer", "invalid"],
      ["organisatorische_eenheid", { emailadres: "geen-adres" }, "actorIdentificatie.emailadres", "invalid"],
      [
        "medewerker",
        { functie: "x", telefoonnummer: "0201234567", emailadres: "a@b" },
        "actorIdentificatie.emailadres",
        "invalid",
      ],
      [
        "medewerker",
        { functie: "f".repeat(41), telefoonnummer: "0201234567" },
        "actorIdentificatie.functie",
        "max_length",
      ],
    ])("%s with %j is a 400 on %s (%s)", async (soortActor, actorIdentificatie, name, code) => {
      const rejected = await create({ naam: "x", soortActor, actorIdentificatie });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toContainEqual(expect.objectContaining({ name, code }));
    });

    it("accepts an organisatorische eenheid without any telefoonnummer", async () => {
      expect((await create({ naam: "x", soortActor: "organisatorische_eenheid", actorIdentificatie: {} })).status).toBe(
        201,
      );
    });
  });

  describe("updates", () => {
    it("PUT switches the soort and replaces the identificatie as a whole", async () => {
      const created = (await create(medewerker)).body;
      const put = await server.request("PUT", path(created.uuid), {
        body: { naam: "Bot", soortActor: "geautomatiseerde_actor", actorIdentificatie: { functie: "chatbot" } },
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({
        naam: "Bot",
        soortActor: "geautomatiseerde_actor",
        actorIdentificatie: { functie: "chatbot", omschrijving: "" },
      });
      const back = await server.request("PUT", path(created.uuid), {
        body: {
          naam: "Terug",
          soortActor: "medewerker",
          actorIdentificatie: { functie: "y", telefoonnummer: "0612345678" },
        },
      });
      // nothing of the first medewerker identificatie survives the round trip
      expect(back.body.actorIdentificatie).toEqual({ functie: "y", telefoonnummer: "0612345678" });
    });

    it("PUT keeps omitted optional fields (indicatieActief, actoridentificator, identificatie of the same soort)", async () => {
      const created = (await create({ ...medewerker, indicatieActief: false, actoridentificator: { objectId: "1" } }))
        .body;
      const put = await server.request("PUT", path(created.uuid), {
        body: { naam: "Nieuw", soortActor: "medewerker" },
      });
      expect(put.body).toEqual({ ...created, naam: "Nieuw" });
    });

    it("PUT to another soort without an identificatie drops the old one", async () => {
      const created = (await create(medewerker)).body;
      const put = await server.request("PUT", path(created.uuid), {
        body: { naam: "Team", soortActor: "organisatorische_eenheid" },
      });
      expect(put.body.soortActor).toBe("organisatorische_eenheid");
      expect(put.body).not.toHaveProperty("actorIdentificatie");
    });

    it("PUT requires naam and soortActor", async () => {
      const created = (await create(medewerker)).body;
      const put = await server.request("PUT", path(created.uuid), { body: { naam: "x" } });
      expect(put.status).toBe(400);
      expect(put.body.invalidParams).toEqual([expect.objectContaining({ name: "soortActor", code: "required" })]);
    });

    it("PATCH changes only what it sends and clears actoridentificator with null", async () => {
      const created = (await create({ ...medewerker, actoridentificator: { objectId: "1" } })).body;
      const renamed = await server.request("PATCH", path(created.uuid), { body: { naam: "Anders" } });
      expect(renamed.body).toEqual({ ...created, naam: "Anders" });
      const cleared = await server.request("PATCH", path(created.uuid), { body: { actoridentificator: null } });
      expect(cleared.body.actoridentificator).toBeNull();
      expect(cleared.body.actorIdentificatie).toEqual(medewerker.actorIdentificatie);
    });

    it("PATCH checks an identificatie without soortActor against the stored soort", async () => {
      const created = (await create(medewerker)).body;
      const rejected = await server.request("PATCH", path(created.uuid), {
        body: { actorIdentificatie: { functie: "z" } },
      });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "actorIdentificatie.telefoonnummer", code: "required" }),
      ]);
      const phone = await server.request("PATCH", path(created.uuid), {
        body: { actorIdentificatie: { functie: "z", telefoonnummer: "0800000000" } },
      });
      expect(phone.body.invalidParams).toEqual([
        expect.objectContaining({ name: "actorIdentificatie.telefoonnummer", code: "invalid" }),
      ]);
      const ok = await server.request("PATCH", path(created.uuid), {
        body: { actorIdentificatie: { functie: "z", telefoonnummer: "0612345678" } },
      });
      expect(ok.body.actorIdentificatie).toEqual({ functie: "z", telefoonnummer: "0612345678" });
    });

    it("PATCH may switch soort together with a fitting identificatie", async () => {
      const created = (await create(medewerker)).body;
      const patched = await server.request("PATCH", path(created.uuid), {
        body: { soortActor: "organisatorische_eenheid", actorIdentificatie: { omschrijving: "Team" } },
      });
      expect(patched.body).toMatchObject({
        naam: medewerker.naam,
        soortActor: "organisatorische_eenheid",
        actorIdentificatie: { omschrijving: "Team", faxnummer: "" },
      });
    });
  });

  describe("filters", () => {
    let match: string;
    let other: string;
    beforeAll(async () => {
      match = (
        await create({
          naam: "Filter Fietje",
          soortActor: "geautomatiseerde_actor",
          indicatieActief: false,
          actoridentificator: {
            objectId: "oid-1",
            codeObjecttype: "type-1",
            codeRegister: "reg-1",
            codeSoortObjectId: "soort-1",
          },
          actorIdentificatie: { functie: "f" },
        })
      ).body.uuid;
      other = (
        await create({
          naam: "Ander",
          soortActor: "organisatorische_eenheid",
          actoridentificator: {
            objectId: "oid-2",
            codeObjecttype: "type-2",
            codeRegister: "reg-2",
            codeSoortObjectId: "soort-2",
          },
        })
      ).body.uuid;
    });

    it.each([
      ["naam", "fietje"],
      ["naam", "FILTER F"],
      ["soortActor", "geautomatiseerde_actor"],
      ["indicatieActief", "false"],
      ["actoridentificatorObjectId", "oid-1"],
      ["actoridentificatorCodeObjecttype", "type-1"],
      ["actoridentificatorCodeRegister", "reg-1"],
      ["actoridentificatorCodeSoortObjectId", "soort-1"],
    ])("%s=%s matches", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value)}`);
      expect(found).toContain(match);
      expect(found).not.toContain(other);
    });

    it("indicatieActief=true and the identificator filters are exact", async () => {
      expect(await list("indicatieActief=true")).toContain(other);
      expect(await list("indicatieActief=true")).not.toContain(match);
      expect(await list("actoridentificatorObjectId=oid")).toEqual([]);
      expect(await list("actoridentificatorCodeRegister=REG-1")).toEqual([]);
    });

    it("naam treats % and _ literally", async () => {
      expect(await list("naam=%25")).toEqual([]);
    });

    it("an unknown soortActor or an unknown parameter is a 400", async () => {
      expect((await server.request("GET", `${API}/actoren?soortActor=robot`)).status).toBe(400);
      const unknown = await server.request("GET", `${API}/actoren?bogus=1`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.invalidParams[0].code).toBe("unknown-parameters");
    });
  });

  describe("delete", () => {
    it("deletes the actor, its actorklantcontacten and its assignments; the interne taken stay", async () => {
      const actor = (await create(medewerker)).body;
      const blijft = (await create({ naam: "Blijft", soortActor: "medewerker" })).body;
      const [actorRow, blijftRow] = await Promise.all(
        [actor.uuid, blijft.uuid].map((uuid) => server.db("actoren").where({ uuid }).first("id")),
      );
      const kc = await klantcontact();
      await server.db("actorklantcontacten").insert({ actor_id: actorRow.id, klantcontact_id: kc });
      const [taak] = await server
        .db("internetaken")
        .insert({ gevraagde_handeling: "bellen", aanleidinggevend_klantcontact_id: kc, status: "te_verwerken" })
        .returning(["id", "uuid"]);
      await server.db("internetaak_actoren").insert([
        { internetaak_id: taak.id, actor_id: actorRow.id, positie: 0 },
        { internetaak_id: taak.id, actor_id: blijftRow.id, positie: 1 },
      ]);

      const deleted = await server.request("DELETE", path(actor.uuid));
      expect(deleted.status).toBe(204);
      expect((await server.request("GET", path(actor.uuid))).status).toBe(404);
      expect(await server.db("actorklantcontacten").where({ actor_id: actorRow.id })).toEqual([]);
      expect(await server.db("internetaak_actoren").where({ actor_id: actorRow.id })).toEqual([]);
      expect(await server.db("internetaak_actoren").where({ actor_id: blijftRow.id })).toHaveLength(1);
      expect(await server.db("internetaken").where({ id: taak.id })).toHaveLength(1);
    });
  });

  it("answers 404 for an unknown uuid on every operation", async () => {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const body = method === "PUT" ? medewerker : method === "PATCH" ? { naam: "x" } : undefined;
      const reply = await server.request(method, path(UNKNOWN), { body });
      expect(reply.status, method).toBe(404);
    }
  });

  it("pages the list newest first", async () => {
    const first = (await create({ naam: "Eerste", soortActor: "medewerker" })).body.uuid;
    const second = (await create({ naam: "Tweede", soortActor: "medewerker" })).body.uuid;
    const page = await server.request("GET", `${API}/actoren?pageSize=2`);
    expect(page.body.results.map((r: { uuid: string }) => r.uuid)).toEqual([second, first]);
    expect(page.body.next).toContain("page=2");
  });
});
