import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TEST_TOKEN, type TestServer } from "../../test/testServer.ts";
import { MAX_JSON_DEPTH, nestingExceeds } from "./bodyLimits.ts";

const CATEGORIEEN = "/klantinteracties/api/v1/categorieen";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ config: { maxBodyBytes: 2048 } });
});
afterAll(async () => {
  await server.close();
});

describe("nestingExceeds", () => {
  it("counts objects and arrays, not brackets inside strings or escaped quotes", () => {
    expect(nestingExceeds('{"a":[{"b":"[[[{{{"}]}', 3)).toBe(false);
    expect(nestingExceeds('{"a":"\\"[[[[[[","b":[]}', 2)).toBe(false);
    expect(nestingExceeds("[[[[]]]]", 3)).toBe(true);
    expect(nestingExceeds("[[[]]][[[]]]", 3)).toBe(false);
  });
});

describe("request bodies", () => {
  it("are refused with 413 problem JSON above MAX_BODY_BYTES, before the contract looks at them", async () => {
    const reply = await server.request("POST", CATEGORIEEN, { body: { naam: "x".repeat(3000) } });
    expect(reply.status).toBe(413);
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(reply.body).toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("below the limit pass as before", async () => {
    expect((await server.request("POST", CATEGORIEEN, { body: { naam: "klein" } })).status).toBe(201);
  });

  it(`nested deeper than ${MAX_JSON_DEPTH} levels are a 400 that names the body`, async () => {
    const deep = `{"naam":"x","extra":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}`;
    const reply = await server.request("POST", CATEGORIEEN, { rawBody: deep });
    expect(reply.status).toBe(400);
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(reply.body.detail).toMatch(/body is te diep genest/);
    expect(reply.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "max_depth" })]);
  });

  it("nested deeper than the limit are refused in UTF-16 too", async () => {
    const deep = `{"naam":${"[".repeat(40)}${"]".repeat(40)}}`;
    const response = await fetch(server.url(CATEGORIEEN), {
      method: "POST",
      headers: { Authorization: `Token ${TEST_TOKEN}`, "Content-Type": "application/json; charset=utf-16le" },
      body: Buffer.from(deep, "utf16le"),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { invalidParams: { code: string }[] };
    expect(body.invalidParams[0]?.code).toBe("max_depth");
  });
});
