/**
 * `Authorization: Token <key>` authentication and scopes. Only the SHA-256 of a secret is stored,
 * and a request's secret is hashed and looked up by that hash, so the table never holds a usable
 * key. Each token carries scopes per API and mode (`klantinteracties:read`, `contactgegevens:write`,
 * `contactgegevens:*`, `*`); reading (GET, HEAD, OPTIONS) needs `read`, anything else `write`.
 * @module
 */
import { hash } from "node:crypto";
import { API_NAMES, type ApiName } from "@klantinteracties/contract";
import type { RequestHandler } from "express";
import type { Knex } from "knex";
import { Problem } from "./problem.ts";

/**
 * The stored form of a secret.
 * @example
 * hashToken("secret").length; // 64 (hex)
 */
export function hashToken(secret: string): string {
  return hash("sha256", secret, "hex");
}

/**
 * Stores the given secrets (from `API_TOKENS`) if they are not stored yet; returns how many were new.
 * @example
 * await seedTokens(db, ["dev-secret"]); // 1 the first time, 0 after that
 */
export async function seedTokens(db: Knex, secrets: string[]): Promise<number> {
  let added = 0;
  for (const secret of secrets) {
    const hash = hashToken(secret);
    // development and CI tokens: full access
    const inserted = await db("api_tokens")
      .insert({ identifier: `env-${hash.slice(0, 12)}`, secret_sha256: hash, scopes: ["*"] })
      .onConflict("secret_sha256")
      .ignore()
      .returning("id");
    added += inserted.length;
  }
  return added;
}

const SCOPE = new RegExp(`^(\\*|(${API_NAMES.join("|")}):(read|write|\\*))$`);

/**
 * Reads a comma-separated scope list (as the CLI takes it); throws a `RangeError` naming the first
 * scope that does not exist.
 * @example
 * parseScopes("klantinteracties:read, contactgegevens:*"); // ["klantinteracties:read", "contactgegevens:*"]
 */
export function parseScopes(text: string): string[] {
  const scopes = [...new Set(text.split(",").map((scope) => scope.trim()))].filter((scope) => scope !== "");
  const unknown = scopes.find((scope) => !SCOPE.test(scope));
  if (unknown !== undefined || scopes.length === 0) {
    throw new RangeError(
      `unknown scope "${unknown ?? ""}": use *, <api>:* or <api>:read|write with <api> one of ${API_NAMES.join(", ")}`,
    );
  }
  return scopes;
}

/**
 * The scope a request needs: `read` for GET, HEAD and OPTIONS, `write` for every other method.
 * @example
 * requiredScope("contactgegevens", "PATCH"); // "contactgegevens:write"
 */
export function requiredScope(api: string, method: string): string {
  return `${api}:${["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()) ? "read" : "write"}`;
}

/**
 * Whether `scopes` grant `needed` (`<api>:<mode>`), directly or through `<api>:*` or `*`.
 * `write` does not imply `read`: a token that only creates objects gets only `write`.
 * @example
 * grants(["contactgegevens:*"], "contactgegevens:read"); // true
 * grants(["klantinteracties:write"], "klantinteracties:read"); // false
 */
export function grants(scopes: readonly string[], needed: string): boolean {
  const api = needed.split(":")[0];
  return scopes.includes("*") || scopes.includes(`${api}:*`) || scopes.includes(needed);
}

// last_used_at is a hint for operators; writing it once a minute per token is precise enough
const TOUCH_INTERVAL_MS = 60_000;

/**
 * How long a token found by its hash is trusted without asking the database again. A token
 * revoked by another process (`npm run cli -- token revoke`) keeps working in a running server for
 * at most this long; {@link forgetCachedTokens} ends it at once within one process.
 */
export const TOKEN_CACHE_TTL_MS = 5_000;

// past this many cached tokens the cache starts over (only known tokens stay in it, so this
// bounds memory only when tokens churn)
const TOKEN_CACHE_MAX = 10_000;

type StoredToken = { id: number; identifier: string; scopes: string[] };

// bumped by forgetCachedTokens: every cache of this process ignores entries of an older generation
let cacheGeneration = 0;

/**
 * Drops every token this process has cached, so a revoked token is refused on its next request.
 * @example
 * await db("api_tokens").where({ identifier }).delete();
 * forgetCachedTokens();
 */
export function forgetCachedTokens(): void {
  cacheGeneration += 1;
}

/**
 * The token lookup by secret hash, cached for `ttlMs`. Concurrent requests with one token share
 * one query. Unknown secrets are not cached, so a token created elsewhere works at once.
 */
function cachedTokenLookup(
  db: Knex,
  ttlMs: number,
  now: () => number,
): (hash: string) => Promise<StoredToken | undefined> {
  const cache = new Map<string, { expires: number; generation: number; token: Promise<StoredToken | undefined> }>();
  return (hash) => {
    const at = now();
    const hit = cache.get(hash);
    if (hit && hit.expires > at && hit.generation === cacheGeneration) {
      return hit.token;
    }
    if (cache.size >= TOKEN_CACHE_MAX) {
      cache.clear();
    }
    // `then` turns knex's builder into a promise that runs the query once, however many await it
    const token: Promise<StoredToken | undefined> = db("api_tokens")
      .where({ secret_sha256: hash })
      .first("id", "identifier", "scopes")
      .then((row: StoredToken | undefined) => row);
    const entry = { expires: at + ttlMs, generation: cacheGeneration, token };
    cache.set(hash, entry);
    const forget = () => {
      if (cache.get(hash) === entry) {
        cache.delete(hash);
      }
    };
    token.then((found) => (found ? undefined : forget()), forget);
    return token;
  };
}

/**
 * Middleware that rejects a request without a known token with a 401 problem, and one whose token
 * lacks the scope for this API and method with a 403; it puts the token on `req.token`. Tokens
 * are cached for {@link TOKEN_CACHE_TTL_MS} (`cacheTtlMs`; `now` is the clock, for tests).
 * @example
 * router.use(requireToken(db, "klantinteracties"));
 */
export function requireToken(
  db: Knex,
  api: ApiName,
  options: { cacheTtlMs?: number; now?: () => number } = {},
): RequestHandler {
  const now = options.now ?? Date.now;
  const lookUp = cachedTokenLookup(db, options.cacheTtlMs ?? TOKEN_CACHE_TTL_MS, now);
  const touched = new Map<number, number>();
  return async (req, _res, next) => {
    const header = req.get("authorization") ?? "";
    // like DRF: another scheme (Bearer, Basic) counts as no credentials at all
    if (!/^token(\s|$)/i.test(header)) {
      throw new Problem("not_authenticated");
    }
    const match = /^token\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) {
      throw new Problem("authentication_failed", "Ongeldige token header. Gebruik `Authorization: Token <sleutel>`.");
    }
    // Looking up by the hash keeps the secret out of any timing: the index compares SHA-256
    // digests, and how many leading bytes of a digest match tells nothing usable about a secret
    // (finding one whose digest shares a chosen prefix costs a brute-force search). The 160-bit
    // secrets the CLI makes cannot be guessed either way. The cache is keyed by the same digest.
    const token = await lookUp(hashToken(match[1]));
    if (!token) {
      throw new Problem("authentication_failed", "Ongeldige token.");
    }
    const at = now();
    if (at - (touched.get(token.id) ?? 0) > TOUCH_INTERVAL_MS) {
      touched.set(token.id, at);
      await db("api_tokens").where({ id: token.id }).update({ last_used_at: db.fn.now() });
    }
    const needed = requiredScope(api, req.method);
    if (!grants(token.scopes, needed)) {
      throw new Problem(
        "permission_denied",
        `Dit token heeft niet de scope \`${needed}\` die voor deze aanvraag nodig is.`,
      );
    }
    req.token = { id: Number(token.id), identifier: token.identifier };
    next();
  };
}
