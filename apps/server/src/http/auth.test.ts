import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { hashToken, seedTokens } from "./auth.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("seedTokens", () => {
  it("stores each secret once, as its SHA-256", async () => {
    expect(await seedTokens(server.db, ["nieuw-geheim"])).toBe(1);
    expect(await seedTokens(server.db, ["nieuw-geheim"])).toBe(0);
    const stored = await server
      .db("api_tokens")
      .where({ secret_sha256: hashToken("nieuw-geheim") })
      .first();
    expect(stored.identifier).toMatch(/^env-[0-9a-f]{12}$/);
  });

  it("makes a seeded token usable at once and records when it was used", async () => {
    await seedTokens(server.db, ["vers-geheim"]);
    const reply = await server.request("GET", "/klantinteracties/api/v1/categorieen", { token: "vers-geheim" });
    expect(reply.status).toBe(200);
    const stored = await server
      .db("api_tokens")
      .where({ secret_sha256: hashToken("vers-geheim") })
      .first();
    expect(stored.last_used_at).toBeInstanceOf(Date);
  });
});
