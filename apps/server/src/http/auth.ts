/**
 * `Authorization: Token <key>` authentication. Only the SHA-256 of a secret is stored, and a
 * request's secret is hashed and looked up by that hash, so the table never holds a usable key.
 * @module
 */
import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import type { Knex } from "knex";
import { Problem } from "./problem.ts";

/**
 * The stored form of a secret.
 * @example
 * hashToken("secret").length; // 64 (hex)
 */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
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
    const inserted = await db("api_tokens")
      .insert({ identifier: `env-${hash.slice(0, 12)}`, secret_sha256: hash })
      .onConflict("secret_sha256")
      .ignore()
      .returning("id");
    added += inserted.length;
  }
  return added;
}

// last_used_at is a hint for operators; writing it once a minute per token is precise enough
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Middleware that rejects a request without a known token with a 401 problem.
 * @example
 * router.use(requireToken(db));
 */
export function requireToken(db: Knex): RequestHandler {
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
    const token = await db("api_tokens")
      .where({ secret_sha256: hashToken(match[1]) })
      .first("id");
    if (!token) {
      throw new Problem("authentication_failed", "Ongeldige token.");
    }
    const now = Date.now();
    if (now - (touched.get(token.id) ?? 0) > TOUCH_INTERVAL_MS) {
      touched.set(token.id, now);
      await db("api_tokens").where({ id: token.id }).update({ last_used_at: db.fn.now() });
    }
    next();
  };
}
