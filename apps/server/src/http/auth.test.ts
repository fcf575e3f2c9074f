import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { connect } from "../db/connection.ts";
import { migrate, migrationSource } from "../db/migrations/index.ts";
import { grants, hashToken, parseScopes, requiredScope, seedTokens } from "./auth.ts";

const KI = "/klantinteracties/api/v1";
const CG = "/contactgegevens/api/v1";

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

describe("scopes", () => {
  it("needs read for GET, HEAD and OPTIONS and write for every other method", () => {
    expect(["GET", "head", "OPTIONS"].map((method) => requiredScope("klantinteracties", method))).toEqual([
      "klantinteracties:read",
      "klantinteracties:read",
      "klantinteracties:read",
    ]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map((method) => requiredScope("contactgegevens", method))).toEqual(
      Array(4).fill("contactgegevens:write"),
    );
  });

  it("are granted directly, by <api>:* or by *, and write does not include read", () => {
    expect(grants(["*"], "contactgegevens:write")).toBe(true);
    expect(grants(["contactgegevens:*"], "contactgegevens:read")).toBe(true);
    expect(grants(["contactgegevens:*"], "klantinteracties:read")).toBe(false);
    expect(grants(["klantinteracties:write"], "klantinteracties:read")).toBe(false);
  });

  it("parse from a comma list and refuse a scope that does not exist", () => {
    expect(parseScopes(" klantinteracties:read,contactgegevens:*,klantinteracties:read")).toEqual([
      "klantinteracties:read",
      "contactgegevens:*",
    ]);
    for (const bad of ["", "klantinteracties", "klantinteracties:delete", "zaken:read", "*:read"]) {
      expect(() => parseScopes(bad)).toThrow(RangeError);
    }
  });

  it("let a read-only token read but answer its writes 403 permission_denied naming the scope", async () => {
    const reader = await server.tokenWith(["klantinteracties:read"]);
    expect((await server.request("GET", `${KI}/categorieen`, { token: reader })).status).toBe(200);
    const write = await server.request("POST", `${KI}/categorieen`, { token: reader, body: { naam: "x" } });
    expect(write.status).toBe(403);
    expect(write.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(write.body).toMatchObject({ status: 403, code: "permission_denied" });
    expect(write.body.detail).toContain("klantinteracties:write");
    expect(await server.db("categorieen").where({ naam: "x" }).first()).toBeUndefined();
  });

  it("hold per API: a token for one API is refused by the other", async () => {
    const contactgegevens = await server.tokenWith(["contactgegevens:*"]);
    expect((await server.request("GET", `${CG}/persoon`, { token: contactgegevens })).status).toBe(200);
    const other = await server.request("GET", `${KI}/categorieen`, { token: contactgegevens });
    expect(other.status).toBe(403);
    expect(other.body.detail).toContain("klantinteracties:read");
  });

  it("let a write-only token create but not read", async () => {
    const writer = await server.tokenWith(["klantinteracties:write"]);
    expect(
      (await server.request("POST", `${KI}/categorieen`, { token: writer, body: { naam: "alleen-schrijven" } })).status,
    ).toBe(201);
    expect((await server.request("GET", `${KI}/categorieen`, { token: writer })).status).toBe(403);
  });

  it("give tokens that existed before scopes, and API_TOKENS, full access", async () => {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    const db = connect(inject("databaseUrl"), { searchPath: schema, poolMax: 1 });
    try {
      await db.raw("create schema ??", [schema]);
      for (const [name] of await migrationSource.getMigrations([])) {
        if (name === "0005_token_scopes") {
          break;
        }
        await db.migrate.up({ migrationSource });
      }
      await db("api_tokens").insert({ identifier: "van-voor-scopes", secret_sha256: hashToken("oud") });
      expect(await migrate(db)).toContain("0005_token_scopes");
      expect((await db("api_tokens").where({ identifier: "van-voor-scopes" }).first()).scopes).toEqual(["*"]);
      await seedTokens(db, ["uit-env"]);
      expect(
        (
          await db("api_tokens")
            .where({ secret_sha256: hashToken("uit-env") })
            .first()
        ).scopes,
      ).toEqual(["*"]);
    } finally {
      await db.raw("drop schema ?? cascade", [schema]);
      await db.destroy();
    }
  });
});
