import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { hashToken } from "../http/auth.ts";
import { createToken, listTokens, revokeToken, TokenError, tokenCommand } from "./tokens.ts";

const LIST = "/contactgegevens/api/v1/persoon";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const run = async (args: string[]) => {
  const lines: string[] = [];
  await tokenCommand(server.db, args, (line) => lines.push(line));
  return lines;
};

describe("token create", () => {
  it("returns a 40-hex secret that authenticates, and stores only its hash", async () => {
    const secret = await createToken(server.db, "open-formulieren");
    expect(secret).toMatch(/^[0-9a-f]{40}$/);
    expect((await server.request("GET", LIST, { token: secret })).status).toBe(200);
    const stored = await server.db("api_tokens").where({ identifier: "open-formulieren" }).first();
    expect(stored.secret_sha256).toBe(hashToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("prints the secret once, on a line of its own", async () => {
    const lines = await run(["create", "portaal"]);
    const secrets = lines.filter((line) => /^[0-9a-f]{40}$/.test(line));
    expect(secrets).toHaveLength(1);
  });

  it("gives a token all scopes unless --scopes names them, and checks the names", async () => {
    await run(["create", "alles"]);
    const lines = await run(["create", "lezer", "--scopes", "klantinteracties:read,contactgegevens:*"]);
    expect(lines[0]).toBe(
      'created token "lezer" with scopes klantinteracties:read,contactgegevens:*; its secret is shown only this once:',
    );
    const secret = lines[1] as string;
    expect((await server.request("GET", LIST, { token: secret })).status).toBe(200);
    expect((await server.request("GET", "/klantinteracties/api/v1/categorieen", { token: secret })).status).toBe(200);
    expect(
      (await server.request("POST", "/klantinteracties/api/v1/categorieen", { token: secret, body: { naam: "x" } }))
        .status,
    ).toBe(403);
    await run(["create", "schrijver", "--scopes=klantinteracties:write"]);
    const scopes = Object.fromEntries((await listTokens(server.db)).map((token) => [token.identifier, token.scopes]));
    expect(scopes).toMatchObject({
      alles: ["*"],
      lezer: ["klantinteracties:read", "contactgegevens:*"],
      schrijver: ["klantinteracties:write"],
    });
    await expect(run(["create", "fout", "--scopes", "klantinteracties:delete"])).rejects.toThrow(
      /unknown scope "klantinteracties:delete"/,
    );
    await expect(run(["create", "leeg", "--scopes="])).rejects.toThrow(TokenError);
    await expect(createToken(server.db, "ook-fout", ["zaken:read"])).rejects.toThrow(TokenError);
    expect(await server.db("api_tokens").whereIn("identifier", ["fout", "leeg", "ook-fout"])).toEqual([]);
  });

  it("refuses an identifier that exists, is not a slug or is reserved for API_TOKENS", async () => {
    await createToken(server.db, "dubbel");
    await expect(createToken(server.db, "dubbel")).rejects.toThrow(TokenError);
    await expect(createToken(server.db, "met spatie")).rejects.toThrow(TokenError);
    await expect(createToken(server.db, "env-123")).rejects.toThrow(TokenError);
  });
});

describe("token list", () => {
  it("shows identifiers with created and last-used times, never a secret", async () => {
    const secret = await createToken(server.db, "gebruikt");
    await server.request("GET", LIST, { token: secret });
    await createToken(server.db, "ongebruikt");
    const tokens = await listTokens(server.db);
    expect(tokens.find((token) => token.identifier === "gebruikt")?.lastUsedAt).toBeInstanceOf(Date);
    expect(tokens.find((token) => token.identifier === "ongebruikt")?.lastUsedAt).toBeNull();

    const lines = await run(["list"]);
    expect(lines.find((line) => line.startsWith("ongebruikt\t"))).toMatch(
      /^ongebruikt\tscopes \*\tcreated \d{4}-.*last used never$/,
    );
    expect(lines.join("\n")).not.toContain(secret);
  });
});

describe("token revoke", () => {
  it("makes the secret unusable at once", async () => {
    const secret = await createToken(server.db, "weg");
    expect(await run(["revoke", "weg"])).toEqual(['revoked token "weg"']);
    expect((await server.request("GET", LIST, { token: secret })).status).toBe(401);
  });

  it("fails for an identifier that does not exist", async () => {
    await expect(revokeToken(server.db, "nooit-gemaakt")).rejects.toThrow(/no token/);
  });
});

describe("tokenCommand", () => {
  it.each([
    [[]],
    [["create"]],
    [["list", "extra"]],
    [["revoke"]],
    [["rename", "x"]],
    [["create", "x", "--scopes"]],
    [["create", "--scopes", "*"]],
    [["revoke", "x", "--scopes", "*"]],
  ])("rejects %j with the usage", async (args) => {
    await expect(run(args)).rejects.toThrow(/usage/);
  });
});
