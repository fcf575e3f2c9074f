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

const partij = async (): Promise<string> =>
  (await server.db("partijen").insert({ soort_partij: "persoon", indicatie_actief: true }).returning("uuid"))[0].uuid;
const create = (body: unknown) => server.request("POST", `${API}/vertegenwoordigingen`, { body });
const ref = (uuid: string) => ({ uuid, url: server.url(`${API}/partijen/${uuid}`) });

describe("/vertegenwoordigingen", () => {
  it("creates a vertegenwoordiging and returns both partijen as {uuid, url}", async () => {
    const [curator, client] = [await partij(), await partij()];
    const created = await create({
      vertegenwoordigendePartij: { uuid: curator },
      vertegenwoordigdePartij: { uuid: client },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(`${API}/vertegenwoordigingen/${created.body.uuid}`),
      vertegenwoordigendePartij: ref(curator),
      vertegenwoordigdePartij: ref(client),
    });
    expect((await server.request("GET", `${API}/vertegenwoordigingen/${created.body.uuid}`)).body).toEqual(
      created.body,
    );
  });

  it("requires both partijen", async () => {
    const rejected = await create({});
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams.map((param: { name: string }) => param.name).sort()).toEqual([
      "vertegenwoordigdePartij",
      "vertegenwoordigendePartij",
    ]);
  });

  it("rejects an unknown partij on <field>.uuid", async () => {
    const rejected = await create({
      vertegenwoordigendePartij: { uuid: UNKNOWN },
      vertegenwoordigdePartij: { uuid: await partij() },
    });
    expect(rejected.body.invalidParams).toEqual([
      { name: "vertegenwoordigendePartij.uuid", code: "does_not_exist", reason: "Partij object bestaat niet." },
    ]);
  });

  it("a partij cannot represent itself, also not by a PATCH of one side", async () => {
    const [een, ander] = [await partij(), await partij()];
    const self = await create({ vertegenwoordigendePartij: { uuid: een }, vertegenwoordigdePartij: { uuid: een } });
    expect(self.status).toBe(400);
    expect(self.body.invalidParams).toEqual([
      expect.objectContaining({ name: "vertegenwoordigdePartij", code: "invalid" }),
    ]);
    const created = (
      await create({ vertegenwoordigendePartij: { uuid: een }, vertegenwoordigdePartij: { uuid: ander } })
    ).body;
    const patched = await server.request("PATCH", `${API}/vertegenwoordigingen/${created.uuid}`, {
      body: { vertegenwoordigdePartij: { uuid: een } },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.invalidParams[0].name).toBe("vertegenwoordigdePartij");
  });

  it("each pair occurs once (400 nonFieldErrors, unique); the reverse pair is another pair", async () => {
    const [a, b] = [await partij(), await partij()];
    expect(
      (await create({ vertegenwoordigendePartij: { uuid: a }, vertegenwoordigdePartij: { uuid: b } })).status,
    ).toBe(201);
    const again = await create({ vertegenwoordigendePartij: { uuid: a }, vertegenwoordigdePartij: { uuid: b } });
    expect(again.status).toBe(400);
    expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "unique" })]);
    expect(
      (await create({ vertegenwoordigendePartij: { uuid: b }, vertegenwoordigdePartij: { uuid: a } })).status,
    ).toBe(201);
  });

  it("PUT needs both sides and may re-send its own pair; PATCH changes one side", async () => {
    const [a, b, c] = [await partij(), await partij(), await partij()];
    const created = (await create({ vertegenwoordigendePartij: { uuid: a }, vertegenwoordigdePartij: { uuid: b } }))
      .body;
    const path = `${API}/vertegenwoordigingen/${created.uuid}`;
    expect((await server.request("PUT", path, { body: { vertegenwoordigdePartij: { uuid: b } } })).status).toBe(400);
    const put = await server.request("PUT", path, {
      body: { vertegenwoordigendePartij: { uuid: a }, vertegenwoordigdePartij: { uuid: b } },
    });
    expect(put.status).toBe(200);
    const patched = await server.request("PATCH", path, { body: { vertegenwoordigendePartij: { uuid: c } } });
    expect(patched.body).toMatchObject({ vertegenwoordigendePartij: ref(c), vertegenwoordigdePartij: ref(b) });
  });

  it("deletes, and goes with either partij", async () => {
    const [a, b] = [await partij(), await partij()];
    const first = (await create({ vertegenwoordigendePartij: { uuid: a }, vertegenwoordigdePartij: { uuid: b } })).body;
    const second = (await create({ vertegenwoordigendePartij: { uuid: b }, vertegenwoordigdePartij: { uuid: a } }))
      .body;
    expect((await server.request("DELETE", `${API}/vertegenwoordigingen/${first.uuid}`)).status).toBe(204);
    expect((await server.request("GET", `${API}/vertegenwoordigingen/${first.uuid}`)).status).toBe(404);
    await server.db("partijen").where({ uuid: a }).delete();
    expect((await server.request("GET", `${API}/vertegenwoordigingen/${second.uuid}`)).status).toBe(404);
  });

  it("answers 404 for an unknown uuid", async () => {
    const path = `${API}/vertegenwoordigingen/${UNKNOWN}`;
    expect((await server.request("GET", path)).status).toBe(404);
    expect((await server.request("PATCH", path, { body: {} })).status).toBe(404);
    expect((await server.request("DELETE", path)).status).toBe(404);
  });

  describe("filters", () => {
    let curator: string;
    let client: string;
    let match: string;
    let other: string;
    beforeAll(async () => {
      [curator, client] = [await partij(), await partij()];
      match = (
        await create({ vertegenwoordigendePartij: { uuid: curator }, vertegenwoordigdePartij: { uuid: client } })
      ).body.uuid;
      other = (
        await create({
          vertegenwoordigendePartij: { uuid: await partij() },
          vertegenwoordigdePartij: { uuid: await partij() },
        })
      ).body.uuid;
    });
    const list = async (query: string) =>
      (await server.request("GET", `${API}/vertegenwoordigingen?${query}`)).body.results.map(
        (r: { uuid: string }) => r.uuid,
      );

    it.each([
      ["vertegenwoordigendePartij__uuid", () => curator],
      ["vertegenwoordigendePartij__url", () => `https://elders.example.org/partijen/${curator}`],
      ["vertegenwoordigdePartij__uuid", () => client],
      ["vertegenwoordigdePartij__url", () => `https://elders.example.org/partijen/${client}`],
    ])("%s matches", async (name, value) => {
      const found = await list(`${name}=${encodeURIComponent(value())}`);
      expect(found).toEqual([match]);
      expect(found).not.toContain(other);
    });

    it("a side filter does not match the other side", async () => {
      expect(await list(`vertegenwoordigendePartij__uuid=${client}`)).not.toContain(match);
    });
  });
});
