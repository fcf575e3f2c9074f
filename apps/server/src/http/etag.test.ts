import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, startTestServer, TEST_TOKEN, type TestServer } from "../../test/testServer.ts";
import { etagOf, jsonWithEtag, noneMatchHits, parseEntityTags, requireIfMatch } from "./etag.ts";
import { Problem } from "./problem.ts";

const API = "/klantinteracties/api/v1";

describe("entity tags", () => {
  it("versions an object without its _expand", () => {
    expect(etagOf({ uuid: "a", naam: "x", _expand: { b: 1 } })).toBe(etagOf({ uuid: "a", naam: "x" }));
    expect(etagOf({ uuid: "a", naam: "x" })).not.toBe(etagOf({ uuid: "a", naam: "y" }));
    expect(etagOf({ uuid: "a" })).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it("serialises an object once into exactly what JSON.stringify makes, with the ETag of its own fields", () => {
    const objects = [
      { uuid: "a", naam: "x" },
      { uuid: "a", at: new Date(0), _expand: { b: [{ uuid: "b" }] } },
      { _expand: {}, uuid: "a" },
      { nothing: undefined, _expand: { b: null } },
      { uuid: "a", _expand: undefined },
      {},
    ];
    for (const object of objects) {
      const { _expand, ...own } = object as Record<string, unknown>;
      const etag = `"${createHash("sha256").update(JSON.stringify(own)).digest("base64url")}"`;
      expect(jsonWithEtag(object)).toEqual({ json: JSON.stringify(object), etag });
    }
    expect(jsonWithEtag({ uuid: "a", _expand: { b: 1 } }).etag).toBe(etagOf({ uuid: "a" }));
  });

  it("reads tag lists, the wildcard, and nothing from text that is no tag", () => {
    expect(parseEntityTags('"a", W/"b" ,"c"')).toEqual(['"a"', 'W/"b"', '"c"']);
    expect(parseEntityTags(" * ")).toBe("*");
    expect(parseEntityTags("niet-geciteerd")).toEqual([]);
  });

  it("lets If-Match through on a strong match, the wildcard or no header, and refuses a weak or other tag", () => {
    expect(() => requireIfMatch(undefined, '"a"')).not.toThrow();
    expect(() => requireIfMatch('"b", "a"', '"a"')).not.toThrow();
    expect(() => requireIfMatch("*", '"a"')).not.toThrow();
    for (const stale of ['W/"a"', '"b"', "a"]) {
      expect(() => requireIfMatch(stale, '"a"')).toThrow(Problem);
    }
  });

  it("compares If-None-Match weakly", () => {
    expect(noneMatchHits('W/"a"', '"a"')).toBe(true);
    expect(noneMatchHits('"b"', '"a"')).toBe(false);
    expect(noneMatchHits(undefined, '"a"')).toBe(false);
  });
});

describe("optimistic concurrency over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ pool: { max: 10 } });
  });
  afterAll(async () => {
    await server.close();
  });

  const categorie = async (naam: string) => server.request("POST", `${API}/categorieen`, { body: { naam } });
  const expectPreconditionFailed = (reply: Reply) => {
    expect(reply.status).toBe(412);
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(reply.body).toMatchObject({ status: 412, code: "precondition_failed" });
  };

  it("sends the same ETag on the 201, the read and nothing changed; a change gives a new one", async () => {
    const created = await categorie("Versie");
    const etag = created.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    const read = await server.request("GET", `${API}/categorieen/${created.body.uuid}`);
    expect(read.headers.get("etag")).toBe(etag);
    const changed = await server.request("PATCH", `${API}/categorieen/${created.body.uuid}`, {
      body: { naam: "Versie 2" },
      headers: { "If-Match": etag as string },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await server.request("GET", `${API}/categorieen/${created.body.uuid}`)).headers.get("etag")).toBe(
      changed.headers.get("etag"),
    );
  });

  it("refuses PUT, PATCH and DELETE with a stale If-Match with 412 and changes nothing", async () => {
    const created = await categorie("Oud");
    const stale = created.headers.get("etag") as string;
    await server.request("PATCH", `${API}/categorieen/${created.body.uuid}`, { body: { naam: "Nieuw" } });
    const path = `${API}/categorieen/${created.body.uuid}`;
    const headers = { "If-Match": stale };
    expectPreconditionFailed(await server.request("PUT", path, { body: { naam: "Verloren" }, headers }));
    expectPreconditionFailed(await server.request("PATCH", path, { body: { naam: "Verloren" }, headers }));
    expectPreconditionFailed(await server.request("DELETE", path, { headers }));
    expect((await server.request("GET", path)).body.naam).toBe("Nieuw");
  });

  it("behaves as before without If-Match, and accepts * and the current version on DELETE", async () => {
    const first = await categorie("Vrij");
    expect(
      (await server.request("PUT", `${API}/categorieen/${first.body.uuid}`, { body: { naam: "Vrij 2" } })).status,
    ).toBe(200);
    expect(
      (await server.request("DELETE", `${API}/categorieen/${first.body.uuid}`, { headers: { "If-Match": "*" } }))
        .status,
    ).toBe(204);
    const second = await categorie("Actueel");
    const current = (await server.request("GET", `${API}/categorieen/${second.body.uuid}`)).headers.get(
      "etag",
    ) as string;
    expect(
      (await server.request("DELETE", `${API}/categorieen/${second.body.uuid}`, { headers: { "If-Match": current } }))
        .status,
    ).toBe(204);
  });

  it("answers If-None-Match with the current version with 304, except when expand is asked", async () => {
    const eigenaar = await server.request("POST", `${API}/partijen`, {
      body: { soortPartij: "persoon", indicatieActief: true },
    });
    const path = `${API}/partijen/${eigenaar.body.uuid}`;
    const etag = eigenaar.headers.get("etag") as string;
    const unchanged = await server.request("GET", path, { headers: { "If-None-Match": etag } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect((await server.request("GET", path, { headers: { "If-None-Match": '"ander"' } })).status).toBe(200);
    const expanded = await server.request("GET", `${path}?expand=digitaleAdressen`, {
      headers: { "If-None-Match": etag },
    });
    expect(expanded.status).toBe(200);
    expect(expanded.headers.get("etag")).toBe(etag);
  });

  it("lets exactly one of two writes with the same version through, under the row lock", async () => {
    const eigenaar = await server.request("POST", `${API}/partijen`, {
      body: { soortPartij: "persoon", indicatieActief: true, interneNotitie: "start" },
    });
    const path = `${API}/partijen/${eigenaar.body.uuid}`;
    const etag = eigenaar.headers.get("etag") as string;
    for (let round = 0; round < 3; round++) {
      const current = (await server.request("GET", path)).headers.get("etag") as string;
      const replies = await Promise.all(
        ["PUT", "PATCH", "PATCH", "PUT"].map((method, index) =>
          server.request(method, path, {
            body: {
              soortPartij: "persoon",
              indicatieActief: true,
              interneNotitie: `ronde ${round} schrijver ${index}`,
            },
            headers: { "If-Match": current },
          }),
        ),
      );
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 412, 412, 412]);
      const winner = replies.find((reply) => reply.status === 200) as Reply;
      expect((await server.request("GET", path)).body.interneNotitie).toBe(winner.body.interneNotitie);
    }
    expectPreconditionFailed(await server.request("DELETE", path, { headers: { "If-Match": etag } }));
  });

  it("refuses an If-Match that is no entity tag with a 400 naming the header", async () => {
    const created = await categorie("Kapot");
    const reply = await server.request("PATCH", `${API}/categorieen/${created.body.uuid}`, {
      body: { naam: "x" },
      headers: { "If-Match": "geen-tag" },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams[0].name).toMatch(/if-match/i);
  });
});

describe("ETag and body without response validation (production), serialised once", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { validateResponses: false } });
  });
  afterAll(async () => {
    await server.close();
  });

  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(server.url(path), {
      method,
      headers: { Authorization: `Token ${TEST_TOKEN}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { response, text: await response.text() };
  };
  const expectJsonWithEtag = ({ response, text }: { response: Response; text: string }) => {
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
    const { _expand, ...own } = JSON.parse(text);
    expect(text).toBe(JSON.stringify({ ...own, ...(_expand === undefined ? {} : { _expand }) }));
    expect(response.headers.get("etag")).toBe(
      `"${createHash("sha256").update(JSON.stringify(own)).digest("base64url")}"`,
    );
  };

  it("sends what res.json sends on create, read, read with expand and update", async () => {
    const created = await send("POST", `${API}/partijen`, { soortPartij: "persoon", indicatieActief: true });
    expect(created.response.status).toBe(201);
    expectJsonWithEtag(created);
    const path = `${API}/partijen/${JSON.parse(created.text).uuid}`;
    expectJsonWithEtag(await send("GET", path));
    const expanded = await send("GET", `${path}?expand=digitaleAdressen`);
    expect(Object.keys(JSON.parse(expanded.text)).at(-1)).toBe("_expand");
    expectJsonWithEtag(expanded);
    expectJsonWithEtag(await send("PATCH", path, { interneNotitie: "gewijzigd" }));
  });
});
