import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
let server: TestServer;
let partij: string;

beforeAll(async () => {
  server = await startTestServer();
  const [row] = await server
    .db("partijen")
    .insert({ soort_partij: "persoon", indicatie_actief: true })
    .returning("uuid");
  partij = row.uuid;
});
afterAll(async () => {
  await server.close();
});

const klantcontact = { kanaal: "telefoon", onderwerp: "Afvalpas kwijt", taal: "nld", vertrouwelijk: false };
const maak = (body: unknown) => server.request("POST", `${API}/maak-klantcontact`, { body });
const counts = async () => ({
  klantcontacten: Number((await server.db("klantcontacten").count("* as n").first())?.n),
  betrokkenen: Number((await server.db("betrokkenen").count("* as n").first())?.n),
  onderwerpobjecten: Number((await server.db("onderwerpobjecten").count("* as n").first())?.n),
});

describe("POST /maak-klantcontact", () => {
  it("stores a klantcontact alone and answers with just that part and its Location", async () => {
    const reply = await maak({ klantcontact });
    expect(reply.status).toBe(201);
    expect(Object.keys(reply.body)).toEqual(["klantcontact"]);
    expect(reply.body.klantcontact).toMatchObject({ ...klantcontact, hadBetrokkenen: [] });
    expect(reply.headers.get("location")).toBe(reply.body.klantcontact.url);
  });

  it("links the betrokkene and onderwerpobject to the new klantcontact, whatever the client sent", async () => {
    const other = (await maak({ klantcontact })).body.klantcontact;
    const reply = await maak({
      klantcontact,
      betrokkene: { wasPartij: { uuid: partij }, rol: "klant", initiator: true, hadKlantcontact: { uuid: other.uuid } },
      onderwerpobject: {
        klantcontact: { uuid: other.uuid },
        onderwerpobjectidentificator: {
          objectId: "8d3c2b1a-0000-4000-8000-000000000001",
          codeObjecttype: "zaak",
          codeRegister: "open-zaak",
          codeSoortObjectId: "uuid",
        },
      },
    });
    expect(reply.status).toBe(201);
    const { klantcontact: stored, betrokkene, onderwerpobject } = reply.body;
    expect(Object.keys(reply.body)).toEqual(["klantcontact", "betrokkene", "onderwerpobject"]);
    expect(betrokkene.hadKlantcontact.uuid).toBe(stored.uuid);
    expect(betrokkene.wasPartij.uuid).toBe(partij);
    expect(onderwerpobject.klantcontact.uuid).toBe(stored.uuid);
    expect(stored.hadBetrokkenen).toEqual([{ uuid: betrokkene.uuid, url: betrokkene.url }]);
    expect(stored.gingOverOnderwerpobjecten).toEqual([{ uuid: onderwerpobject.uuid, url: onderwerpobject.url }]);
  });

  it("stores nothing when a later part is rejected, naming the field under its part", async () => {
    const before = await counts();
    const reply = await maak({
      klantcontact,
      betrokkene: { wasPartij: { uuid: UNKNOWN }, rol: "klant", initiator: false },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams).toEqual([
      expect.objectContaining({ name: "betrokkene.wasPartij.uuid", code: "does_not_exist" }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("names contract violations by their full path", async () => {
    const { taal: _taal, ...zonderTaal } = klantcontact;
    const reply = await maak({ klantcontact: zonderTaal, betrokkene: { rol: "baas", initiator: true } });
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams.map((param: { name: string }) => param.name).sort()).toEqual([
      "betrokkene.rol",
      "klantcontact.taal",
    ]);
  });

  it("applies the klantcontact's own rules under klantcontact.", async () => {
    const reply = await maak({
      klantcontact: { ...klantcontact, indicatieContactGelukt: true, verdereActieOndernomen: true },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams[0]).toMatchObject({
      name: "klantcontact.nonFieldErrors",
      code: "no-further-action-when-contact-succesful",
    });
  });

  it("requires the klantcontact and allows only POST", async () => {
    expect((await maak({})).body.invalidParams[0]).toMatchObject({ name: "klantcontact", code: "required" });
    expect((await server.request("GET", `${API}/maak-klantcontact`)).status).toBe(405);
  });
});
