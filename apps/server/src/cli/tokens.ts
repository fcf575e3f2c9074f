/**
 * `token create|list|revoke`: API tokens for operators. A secret is shown once, when it is
 * created; only its SHA-256 is stored, so a lost secret is revoked and replaced, never recovered.
 * A token's scopes say which APIs it may read or write (see auth.ts); the default is all (`*`).
 * @module
 */
import { randomBytes } from "node:crypto";
import type { Knex } from "knex";
import { forgetCachedTokens, hashToken, parseScopes } from "../http/auth.ts";

/** A stored token as `token list` shows it: never its secret. */
export interface TokenInfo {
  identifier: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** A token command that cannot be done, with the reason to print. */
export class TokenError extends Error {
  override name = "TokenError";
}

// a slug, like the reference's token identifiers; `env-…` is taken by API_TOKENS seeding
const IDENTIFIER = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Stores a new token under `identifier` with `scopes` (default: all) and returns its secret
 * (40 hex characters).
 * @example
 * const secret = await createToken(db, "open-formulieren", ["klantinteracties:write"]); // "3f9c…" — show it once
 */
export async function createToken(db: Knex, identifier: string, scopes: string[] = ["*"]): Promise<string> {
  if (!IDENTIFIER.test(identifier)) {
    throw new TokenError("the identifier must be 1-100 letters, digits, '-' or '_'");
  }
  if (identifier.startsWith("env-")) {
    throw new TokenError("identifiers starting with 'env-' are reserved for tokens seeded from API_TOKENS");
  }
  const checked = scopeList(scopes.join(","));
  const secret = randomBytes(20).toString("hex");
  const inserted = await db("api_tokens")
    .insert({ identifier, secret_sha256: hashToken(secret), scopes: checked })
    .onConflict("identifier")
    .ignore()
    .returning("id");
  if (inserted.length === 0) {
    throw new TokenError(`a token with identifier "${identifier}" exists already`);
  }
  return secret;
}

/**
 * Every stored token, oldest first.
 * @example
 * (await listTokens(db)).map((token) => token.identifier); // ["env-1a2b3c4d5e6f", "open-formulieren"]
 */
export async function listTokens(db: Knex): Promise<TokenInfo[]> {
  const rows = await db("api_tokens").select("identifier", "scopes", "created_at", "last_used_at").orderBy("id");
  return rows.map((row) => ({
    identifier: row.identifier,
    scopes: row.scopes,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }));
}

/**
 * Deletes the token with this identifier; requests with its secret are refused from then on (at
 * once in this process, within `TOKEN_CACHE_TTL_MS` in a server running elsewhere).
 * @example
 * await revokeToken(db, "open-formulieren");
 */
export async function revokeToken(db: Knex, identifier: string): Promise<void> {
  const deleted = await db("api_tokens").where({ identifier }).delete();
  forgetCachedTokens();
  if (deleted === 0) {
    throw new TokenError(`there is no token with identifier "${identifier}"`);
  }
}

const USAGE =
  "usage: token create <identifier> [--scopes klantinteracties:read,contactgegevens:*] | token list | token revoke <identifier>";

/**
 * Runs `token <create|list|revoke> [identifier] [--scopes …]`, printing with `print`.
 * @example
 * await tokenCommand(db, ["create", "open-formulieren", "--scopes", "klantinteracties:*"], console.log);
 */
export async function tokenCommand(db: Knex, args: string[], print: (line: string) => void): Promise<void> {
  const [action, identifier, ...rest] = args;
  const needsIdentifier = action === "create" || action === "revoke";
  // `--scopes a,b` or `--scopes=a,b`, only on create
  const scopesOption = action === "create" ? readScopesOption(rest) : undefined;
  if (
    !["create", "list", "revoke"].includes(action ?? "") ||
    (needsIdentifier ? !identifier || identifier.startsWith("--") : identifier) ||
    (scopesOption === undefined && rest.length)
  ) {
    throw new TokenError(USAGE);
  }
  if (action === "create") {
    const scopes = scopesOption === undefined ? ["*"] : scopeList(scopesOption);
    const secret = await createToken(db, identifier as string, scopes);
    print(`created token "${identifier}" with scopes ${scopes.join(",")}; its secret is shown only this once:`);
    print(secret);
    print("send it as: Authorization: Token <secret>");
  } else if (action === "revoke") {
    await revokeToken(db, identifier as string);
    print(`revoked token "${identifier}"`);
  } else {
    const tokens = await listTokens(db);
    if (tokens.length === 0) {
      print("no tokens");
    }
    for (const token of tokens) {
      const lastUsed = token.lastUsedAt ? token.lastUsedAt.toISOString() : "never";
      print(
        `${token.identifier}\tscopes ${token.scopes.join(",")}\tcreated ${token.createdAt.toISOString()}\tlast used ${lastUsed}`,
      );
    }
  }
}

function readScopesOption(rest: string[]): string | undefined {
  if (rest.length === 2 && rest[0] === "--scopes") {
    return rest[1];
  }
  if (rest.length === 1 && rest[0]?.startsWith("--scopes=")) {
    return rest[0].slice("--scopes=".length);
  }
  return undefined;
}

function scopeList(text: string): string[] {
  try {
    return parseScopes(text);
  } catch (error) {
    throw new TokenError((error as Error).message);
  }
}
