import type { Request, Response } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { forgetCachedTokens, hashToken, requireToken, TOKEN_CACHE_TTL_MS } from "./auth.ts";
import { Problem } from "./problem.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

// a clock the test moves by hand, so no assertion depends on real time
function manualClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function store(secret: string, identifier: string): Promise<void> {
  await server.db("api_tokens").insert({ identifier, secret_sha256: hashToken(secret), scopes: ["*"] });
}

async function remove(identifier: string): Promise<void> {
  await server.db("api_tokens").where({ identifier }).delete();
}

// runs the middleware on a bare request; resolves with the token it accepted or the kind of Problem it threw
async function authenticate(middleware: ReturnType<typeof requireToken>, secret: string) {
  const req = { method: "GET", get: () => `Token ${secret}` } as unknown as Request;
  try {
    await middleware(req, {} as Response, () => {});
    return req.token?.identifier;
  } catch (error) {
    if (error instanceof Problem) {
      return error.kind;
    }
    throw error;
  }
}

function countTokenQueries(): { count: () => number; stop: () => void } {
  let count = 0;
  const listener = (query: { sql: string }) => {
    if (/from "api_tokens" where "secret_sha256"/.test(query.sql)) {
      count += 1;
    }
  };
  server.db.on("query", listener);
  return { count: () => count, stop: () => server.db.off("query", listener) };
}

describe("the token cache", () => {
  it("keeps a token for TOKEN_CACHE_TTL_MS, so a token deleted elsewhere works until then", async () => {
    const clock = manualClock();
    const middleware = requireToken(server.db, "klantinteracties", { now: clock.now });
    await store("cache-ttl-geheim", "cache-ttl");
    expect(await authenticate(middleware, "cache-ttl-geheim")).toBe("cache-ttl");
    await remove("cache-ttl");
    clock.advance(TOKEN_CACHE_TTL_MS - 1);
    expect(await authenticate(middleware, "cache-ttl-geheim")).toBe("cache-ttl");
    clock.advance(1);
    expect(await authenticate(middleware, "cache-ttl-geheim")).toBe("authentication_failed");
  });

  it("forgets every token at once when this process revokes one", async () => {
    const middleware = requireToken(server.db, "klantinteracties");
    await store("cache-revoke-geheim", "cache-revoke");
    expect(await authenticate(middleware, "cache-revoke-geheim")).toBe("cache-revoke");
    await remove("cache-revoke");
    forgetCachedTokens();
    expect(await authenticate(middleware, "cache-revoke-geheim")).toBe("authentication_failed");
  });

  it("does not cache an unknown secret, so a token created elsewhere works at once", async () => {
    const middleware = requireToken(server.db, "klantinteracties");
    expect(await authenticate(middleware, "cache-nieuw-geheim")).toBe("authentication_failed");
    await store("cache-nieuw-geheim", "cache-nieuw");
    expect(await authenticate(middleware, "cache-nieuw-geheim")).toBe("cache-nieuw");
  });

  it("asks the database once for concurrent requests with one token and not again within the TTL", async () => {
    const middleware = requireToken(server.db, "klantinteracties");
    await store("cache-samen-geheim", "cache-samen");
    const queries = countTokenQueries();
    try {
      const found = await Promise.all(Array.from({ length: 8 }, () => authenticate(middleware, "cache-samen-geheim")));
      expect(found).toEqual(Array(8).fill("cache-samen"));
      expect(await authenticate(middleware, "cache-samen-geheim")).toBe("cache-samen");
      expect(queries.count()).toBe(1);
    } finally {
      queries.stop();
    }
  });
});
