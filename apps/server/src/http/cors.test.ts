import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";

const CATEGORIEEN = "/klantinteracties/api/v1/categorieen";
const PORTAAL = "https://portaal.example.org";
let off: TestServer;
let listed: TestServer;
let any: TestServer;

beforeAll(async () => {
  [off, listed, any] = await Promise.all([
    startTestServer(),
    startTestServer({ config: { corsOrigins: [PORTAAL] } }),
    startTestServer({ config: { corsOrigins: ["*"] } }),
  ]);
});
afterAll(async () => {
  await Promise.all([off, listed, any].map((server) => server.close()));
});

const preflight = (server: TestServer, origin: string) =>
  server.request("OPTIONS", CATEGORIEEN, {
    token: null,
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization,content-type",
    },
  });

describe("CORS", () => {
  it("is off by default: no Access-Control-Allow-Origin on API responses, preflight is not answered", async () => {
    const reply = await off.request("GET", CATEGORIEEN, { headers: { Origin: PORTAAL } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(off, PORTAAL)).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps the specification readable from anywhere when off", async () => {
    const spec = await off.request("GET", "/klantinteracties/api/v1/openapi.json", {
      token: null,
      headers: { Origin: PORTAAL },
    });
    expect(spec.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("allows a listed origin, exposes the API's headers and varies on Origin", async () => {
    const reply = await listed.request("GET", CATEGORIEEN, { headers: { Origin: PORTAAL } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBe(PORTAAL);
    expect(reply.headers.get("access-control-expose-headers")).toMatch(/API-version.*Location.*RateLimit-Remaining/);
    expect(reply.headers.get("vary")).toMatch(/Origin/);
    expect(reply.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("answers a listed origin's preflight with 204 without a token", async () => {
    const reply = await preflight(listed, PORTAAL);
    expect(reply.status).toBe(204);
    expect(reply.headers.get("access-control-allow-origin")).toBe(PORTAAL);
    expect(reply.headers.get("access-control-allow-methods")).toMatch(/PATCH/);
    expect(reply.headers.get("access-control-allow-headers")).toMatch(/Authorization.*Content-Type/);
    expect(Number(reply.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  });

  it("gives an origin that is not listed no CORS headers", async () => {
    const reply = await listed.request("GET", CATEGORIEEN, { headers: { Origin: "https://elders.example.org" } });
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(listed, "https://elders.example.org")).status).toBe(401);
  });

  it("with * allows every origin", async () => {
    const reply = await any.request("GET", CATEGORIEEN, { headers: { Origin: "https://elders.example.org" } });
    expect(reply.headers.get("access-control-allow-origin")).toBe("*");
    expect((await preflight(any, "https://elders.example.org")).status).toBe(204);
  });
});
