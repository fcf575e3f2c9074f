import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe("security headers", () => {
  it("are on API answers and errors alike", async () => {
    for (const reply of [await server.request("GET", `${API}/categorieen`), await server.request("GET", "/elders")]) {
      expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
      expect(reply.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(reply.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(reply.headers.get("referrer-policy")).toBe("no-referrer");
      expect(reply.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
      expect(reply.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("let the docs UI load: its page, scripts and styles come from this origin and its scripts are not inline", async () => {
    const page = await server.request("GET", `${API}/schema`, { token: null });
    expect(page.status).toBe(200);
    const csp = directives(page.headers.get("content-security-policy"));
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    // every script has a same-origin src: nothing the policy would block
    expect(String(page.body)).not.toMatch(/<script(?![^>]*\ssrc="schema\/)/);
    const links = [...String(page.body).matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect((await server.request("GET", `${API}/${link}`, { token: null })).status).toBe(200);
    }
    expect((await server.request("GET", `${API}/openapi.json`, { token: null })).status).toBe(200);
  });
});
