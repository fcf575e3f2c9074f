import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { pathsWithNul } from "./nulCharacters.ts";

const API = "/klantinteracties/api/v1";

describe("pathsWithNul", () => {
  it("names every string and key holding U+0000, and nothing else", () => {
    expect(pathsWithNul({ a: ["x", "y\u0000"], b: { "c\u0000": 1 }, d: 1, e: null })).toEqual(["a.1", "b.c\u0000"]);
    expect(pathsWithNul("\u0000")).toEqual(["nonFieldErrors"]);
    expect(pathsWithNul({ a: "gewoon" })).toEqual([]);
  });
});

describe("U+0000 in a request", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("in a filter is a 400 naming the parameter, not a database error", async () => {
    const reply = await server.request("GET", `${API}/betrokkenen?organisatienaam=a%00b`);
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams).toEqual([
      { name: "organisatienaam", code: "null_characters_not_allowed", reason: expect.any(String) },
    ]);
  });

  it("in a body field is a 400 naming the field, and nothing is stored", async () => {
    const reply = await server.request("POST", `${API}/categorieen`, { body: { naam: "a\u0000b" } });
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams.map((param: { name: string }) => param.name)).toEqual(["naam"]);
    expect((await server.db("categorieen").count("* as n").first())?.n).toBe("0");
  });
});
