import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("/categorieen", () => {
  it("creates, reads, replaces, patches and deletes a categorie", async () => {
    const created = await server.request("POST", `${API}/categorieen`, { body: { naam: "Ondernemer" } });
    expect(created.status).toBe(201);
    expect(created.body.naam).toBe("Ondernemer");
    expect(created.body.url).toBe(server.url(`${API}/categorieen/${created.body.uuid}`));
    expect(created.headers.get("location")).toBe(created.body.url);

    const path = `${API}/categorieen/${created.body.uuid}`;
    expect((await server.request("GET", path)).body).toEqual(created.body);

    const replaced = await server.request("PUT", path, { body: { naam: "Mantelzorger" } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.naam).toBe("Mantelzorger");

    const patched = await server.request("PATCH", path, { body: {} });
    expect(patched.body.naam).toBe("Mantelzorger");

    expect((await server.request("DELETE", path)).status).toBe(204);
    const gone = await server.request("GET", path);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe("not_found");
  });

  it("accepts an empty body, giving an empty naam", async () => {
    const created = await server.request("POST", `${API}/categorieen`, { body: {} });
    expect(created.status).toBe(201);
    expect(created.body.naam).toBe("");
  });

  it("ignores read-only fields in a body, whatever their value", async () => {
    const created = await server.request("POST", `${API}/categorieen`, {
      body: { naam: "X", uuid: "not-a-uuid", url: "not a url" },
    });
    expect(created.status).toBe(201);
    expect(created.body.uuid).not.toBe("not-a-uuid");
  });

  it("rejects a naam longer than 80 characters on field naam", async () => {
    const rejected = await server.request("POST", `${API}/categorieen`, { body: { naam: "x".repeat(81) } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name: "naam", code: "max_length" })]);
  });

  it("answers 404 problem JSON for an unknown uuid on read, update and delete", async () => {
    const path = `${API}/categorieen/00000000-0000-4000-8000-000000000000`;
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const reply = await server.request(method, path, method.startsWith("P") ? { body: { naam: "x" } } : {});
      expect(reply.status, method).toBe(404);
      expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });

  it("rejects a path uuid that is not a uuid with 400 on uuid", async () => {
    const reply = await server.request("GET", `${API}/categorieen/nope`);
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams[0].name).toBe("uuid");
  });

  it("lists newest first", async () => {
    const first = await server.request("POST", `${API}/categorieen`, { body: { naam: "oud" } });
    const second = await server.request("POST", `${API}/categorieen`, { body: { naam: "nieuw" } });
    const list = await server.request("GET", `${API}/categorieen`);
    const uuids = list.body.results.map((categorie: { uuid: string }) => categorie.uuid);
    expect(uuids.indexOf(second.body.uuid)).toBeLessThan(uuids.indexOf(first.body.uuid));
  });
});
