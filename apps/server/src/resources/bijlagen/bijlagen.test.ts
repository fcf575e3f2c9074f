import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const DOCUMENT = {
  objectId: "c4d5e6f7",
  codeObjecttype: "DOCUMENT",
  codeRegister: "open-zaak",
  codeSoortObjectId: "uuid",
};
let server: TestServer;
let klantcontact: { id: string; uuid: string };

const insertKlantcontact = async () =>
  (
    await server
      .db("klantcontacten")
      .insert({ kanaal: "e-mail", onderwerp: "x", taal: "nld", vertrouwelijk: false })
      .returning(["id", "uuid"])
  )[0] as { id: string; uuid: string };

beforeAll(async () => {
  server = await startTestServer();
  klantcontact = await insertKlantcontact();
});
afterAll(async () => {
  await server.close();
});

const create = (body: Record<string, unknown>) => server.request("POST", `${API}/bijlagen`, { body });
const list = async (query: string): Promise<string[]> => {
  const reply = await server.request("GET", `${API}/bijlagen?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.results.map((result: { uuid: string }) => result.uuid);
};

describe("/bijlagen", () => {
  it("creates a bijlage of a klantcontact with its identificator", async () => {
    const created = await create({
      wasBijlageVanKlantcontact: { uuid: klantcontact.uuid },
      bijlageidentificator: DOCUMENT,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(`${API}/bijlagen/${created.body.uuid}`),
      wasBijlageVanKlantcontact: {
        uuid: klantcontact.uuid,
        url: server.url(`${API}/klantcontacten/${klantcontact.uuid}`),
      },
      bijlageidentificator: DOCUMENT,
    });
    expect((await server.request("GET", `${API}/bijlagen/${created.body.uuid}`)).body).toEqual(created.body);
  });

  it("accepts an empty body: no klantcontact and no identificator (null)", async () => {
    const created = await create({});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ wasBijlageVanKlantcontact: null, bijlageidentificator: null });
  });

  it("fills sub-fields left out of the identificator with empty text", async () => {
    const created = await create({ bijlageidentificator: { objectId: "42" } });
    expect(created.body.bijlageidentificator).toEqual({
      objectId: "42",
      codeObjecttype: "",
      codeRegister: "",
      codeSoortObjectId: "",
    });
  });

  it("rejects an unknown klantcontact and an identificator sub-field over 200 characters", async () => {
    const unknown = await create({ wasBijlageVanKlantcontact: { uuid: UNKNOWN } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams).toEqual([
      { name: "wasBijlageVanKlantcontact.uuid", code: "does_not_exist", reason: "Klantcontact object bestaat niet." },
    ]);
    const tooLong = await create({ bijlageidentificator: { objectId: "x".repeat(201) } });
    expect(tooLong.body.invalidParams).toEqual([
      expect.objectContaining({ name: "bijlageidentificator.objectId", code: "max_length" }),
    ]);
  });

  it("PUT keeps what it leaves out, a sent identificator replaces the whole group, null empties it", async () => {
    const created = (
      await create({ wasBijlageVanKlantcontact: { uuid: klantcontact.uuid }, bijlageidentificator: DOCUMENT })
    ).body;
    const path = `${API}/bijlagen/${created.uuid}`;
    const put = await server.request("PUT", path, { body: { bijlageidentificator: { objectId: "nieuw" } } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      wasBijlageVanKlantcontact: { uuid: klantcontact.uuid },
      bijlageidentificator: { objectId: "nieuw", codeObjecttype: "", codeRegister: "", codeSoortObjectId: "" },
    });
    const patched = await server.request("PATCH", path, {
      body: { bijlageidentificator: null, wasBijlageVanKlantcontact: null },
    });
    expect(patched.body).toMatchObject({ bijlageidentificator: null, wasBijlageVanKlantcontact: null });
  });

  it("deletes (204), then answers 404; goes along when its klantcontact is deleted", async () => {
    const created = (await create({})).body;
    expect((await server.request("DELETE", `${API}/bijlagen/${created.uuid}`)).status).toBe(204);
    for (const method of ["GET", "PATCH", "PUT", "DELETE"]) {
      const body = method === "PATCH" || method === "PUT" ? {} : undefined;
      expect((await server.request(method, `${API}/bijlagen/${created.uuid}`, { body })).status).toBe(404);
    }
    const kc = await insertKlantcontact();
    const child = (await create({ wasBijlageVanKlantcontact: { uuid: kc.uuid } })).body;
    await server.db("klantcontacten").where({ id: kc.id }).delete();
    expect((await server.request("GET", `${API}/bijlagen/${child.uuid}`)).status).toBe(404);
  });
});

describe("/bijlagen filters", () => {
  let match: string;
  let other: string;
  let kc: { id: string; uuid: string };

  beforeAll(async () => {
    kc = await insertKlantcontact();
    match = (await create({ wasBijlageVanKlantcontact: { uuid: kc.uuid }, bijlageidentificator: DOCUMENT })).body.uuid;
    other = (
      await create({
        bijlageidentificator: {
          objectId: "C4D5E6F7",
          codeObjecttype: "document",
          codeRegister: "drc",
          codeSoortObjectId: "url",
        },
      })
    ).body.uuid;
  });

  it.each([
    ["klantcontact__uuid", () => kc.uuid],
    ["bijlageidentificatorObjectId", () => DOCUMENT.objectId],
    ["bijlageidentificatorCodeObjecttype", () => DOCUMENT.codeObjecttype],
    ["bijlageidentificatorCodeRegister", () => DOCUMENT.codeRegister],
    ["bijlageidentificatorCodeSoortObjectId", () => DOCUMENT.codeSoortObjectId],
  ])("filters on %s (exact)", async (name, value) => {
    const found = await list(`${name}=${value()}`);
    expect(found).toContain(match);
    expect(found).not.toContain(other);
  });

  it("matches nothing for an unknown klantcontact and rejects an unknown parameter", async () => {
    expect(await list(`klantcontact__uuid=${UNKNOWN}`)).toEqual([]);
    expect((await server.request("GET", `${API}/bijlagen?wasBijlageVanKlantcontact__uuid=${kc.uuid}`)).status).toBe(
      400,
    );
  });
});
