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

const create = (body: unknown) => server.request("POST", `${API}/actorklantcontacten`, { body });
const path = (uuid: string) => `${API}/actorklantcontacten/${uuid}`;
const list = async (query: string) =>
  (await server.request("GET", `${API}/actorklantcontacten?${query}`)).body.results.map(
    (r: { uuid: string }) => r.uuid,
  );

// fixtures straight in the tables, so these tests do not depend on the other resources
async function actor(naam = "Jeroen"): Promise<string> {
  const [row] = await server.db("actoren").insert({ naam, soort_actor: "medewerker" }).returning("uuid");
  return row.uuid;
}
async function klantcontact(): Promise<string> {
  const [row] = await server
    .db("klantcontacten")
    .insert({ kanaal: "telefoon", onderwerp: "x", taal: "nld", vertrouwelijk: false })
    .returning("uuid");
  return row.uuid;
}

describe("/actorklantcontacten", () => {
  it("links an actor to a klantcontact and returns both as {uuid, url}", async () => {
    const [a, k] = [await actor(), await klantcontact()];
    const created = await create({ actor: { uuid: a }, klantcontact: { uuid: k } });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(server.url(path(created.body.uuid)));
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(path(created.body.uuid)),
      actor: { uuid: a, url: server.url(`${API}/actoren/${a}`) },
      klantcontact: { uuid: k, url: server.url(`${API}/klantcontacten/${k}`) },
    });
    expect((await server.request("GET", path(created.body.uuid))).body).toEqual(created.body);
  });

  it("requires actor and klantcontact", async () => {
    const rejected = await create({});
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]).sort()).toEqual([
      ["actor", "required"],
      ["klantcontact", "required"],
    ]);
  });

  it("rejects unknown uuids on <field>.uuid with does_not_exist", async () => {
    const rejected = await create({ actor: { uuid: UNKNOWN }, klantcontact: { uuid: UNKNOWN } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([
      { name: "actor.uuid", code: "does_not_exist", reason: "Actor object bestaat niet." },
      { name: "klantcontact.uuid", code: "does_not_exist", reason: "Klantcontact object bestaat niet." },
    ]);
  });

  it("rejects null for actor", async () => {
    const rejected = await create({ actor: null, klantcontact: { uuid: await klantcontact() } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams[0].name).toMatch(/^actor/);
  });

  it("rejects a second link of the same pair with 400 nonFieldErrors unique, on POST, PUT and PATCH", async () => {
    const [a, b, k] = [await actor(), await actor("Ander"), await klantcontact()];
    expect((await create({ actor: { uuid: a }, klantcontact: { uuid: k } })).status).toBe(201);
    const again = await create({ actor: { uuid: a }, klantcontact: { uuid: k } });
    expect(again.status).toBe(400);
    expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "unique" })]);

    const second = (await create({ actor: { uuid: b }, klantcontact: { uuid: k } })).body;
    const put = await server.request("PUT", path(second.uuid), {
      body: { actor: { uuid: a }, klantcontact: { uuid: k } },
    });
    expect(put.status).toBe(400);
    expect(put.body.invalidParams[0].code).toBe("unique");
    const patch = await server.request("PATCH", path(second.uuid), { body: { actor: { uuid: a } } });
    expect(patch.status).toBe(400);
    expect(patch.body.invalidParams[0].code).toBe("unique");
  });

  it("PUT and PATCH may re-send the link's own pair", async () => {
    const [a, k] = [await actor(), await klantcontact()];
    const created = (await create({ actor: { uuid: a }, klantcontact: { uuid: k } })).body;
    const put = await server.request("PUT", path(created.uuid), {
      body: { actor: { uuid: a }, klantcontact: { uuid: k } },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(created);
    const patch = await server.request("PATCH", path(created.uuid), { body: { klantcontact: { uuid: k } } });
    expect(patch.status).toBe(200);
  });

  it("PUT requires both ends; PATCH changes one end and keeps the other", async () => {
    const [a, b, k] = [await actor(), await actor("Tweede"), await klantcontact()];
    const created = (await create({ actor: { uuid: a }, klantcontact: { uuid: k } })).body;
    const put = await server.request("PUT", path(created.uuid), { body: { actor: { uuid: b } } });
    expect(put.status).toBe(400);
    expect(put.body.invalidParams).toEqual([expect.objectContaining({ name: "klantcontact", code: "required" })]);
    const patched = await server.request("PATCH", path(created.uuid), { body: { actor: { uuid: b } } });
    expect(patched.status).toBe(200);
    expect(patched.body.actor.uuid).toBe(b);
    expect(patched.body.klantcontact.uuid).toBe(k);
  });

  it("deletes the link only; it also goes with its actor or its klantcontact", async () => {
    const [a, k] = [await actor(), await klantcontact()];
    const link = (await create({ actor: { uuid: a }, klantcontact: { uuid: k } })).body;
    expect((await server.request("DELETE", path(link.uuid))).status).toBe(204);
    expect((await server.request("GET", path(link.uuid))).status).toBe(404);
    expect(await server.db("actoren").where({ uuid: a })).toHaveLength(1);
    expect(await server.db("klantcontacten").where({ uuid: k })).toHaveLength(1);

    const viaKlantcontact = (await create({ actor: { uuid: a }, klantcontact: { uuid: k } })).body;
    await server.db("klantcontacten").where({ uuid: k }).delete();
    expect((await server.request("GET", path(viaKlantcontact.uuid))).status).toBe(404);
  });

  it("answers 404 for an unknown uuid on every operation", async () => {
    const body = { actor: { uuid: await actor() }, klantcontact: { uuid: await klantcontact() } };
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const reply = await server.request(method, path(UNKNOWN), { body: method.startsWith("P") ? body : undefined });
      expect(reply.status, method).toBe(404);
    }
  });

  describe("filters", () => {
    let a: string;
    let k: string;
    let match: string;
    let other: string;
    beforeAll(async () => {
      [a, k] = [await actor("Filter"), await klantcontact()];
      match = (await create({ actor: { uuid: a }, klantcontact: { uuid: k } })).body.uuid;
      other = (await create({ actor: { uuid: await actor() }, klantcontact: { uuid: await klantcontact() } })).body
        .uuid;
    });

    it.each([
      ["actor__uuid", () => a],
      ["actor__url", () => `https://elders.example.org/api/actoren/${a}`],
      ["klantcontact__uuid", () => k],
      ["klantcontact__url", () => `https://elders.example.org/api/klantcontacten/${k}`],
    ])("%s matches", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value())}`);
      expect(found).toEqual([match]);
      expect(found).not.toContain(other);
    });

    it("a __url whose last segment is not a uuid matches nothing; a malformed one is a 400", async () => {
      expect(await list("actor__url=https://x.example.org/actoren/abc")).toEqual([]);
      expect((await server.request("GET", `${API}/actorklantcontacten?klantcontact__url=geen%20url`)).status).toBe(400);
    });

    it("an invalid __uuid is a 400 on that parameter", async () => {
      const reply = await server.request("GET", `${API}/actorklantcontacten?actor__uuid=nope`);
      expect(reply.status).toBe(400);
      expect(reply.body.invalidParams[0].name).toBe("actor__uuid");
    });
  });
});
