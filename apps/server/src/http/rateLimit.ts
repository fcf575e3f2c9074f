/**
 * Rate limiting per token (`RATE_LIMIT_PER_MINUTE`): a fixed window of one minute, counted in this
 * process's memory. Behind a load balancer each process counts on its own, so the limit a client
 * sees is this number times the number of processes; a shared store would be needed to make it exact.
 * @module
 */
import type { RequestHandler } from "express";
import { Problem } from "./problem.ts";

const WINDOW_MS = 60_000;

/**
 * Middleware, after authentication, that counts the requests of `req.token` in the current minute,
 * sets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds) on the response,
 * and answers 429 with `Retry-After` once the limit is used up. `undefined`: no limit, no headers.
 * One instance for all APIs, so a token has one budget. `now` is for tests.
 * @example
 * const limit = rateLimit(600);
 * klantinteractiesRouter.use(requireToken(db, "klantinteracties"), limit);
 * contactgegevensRouter.use(requireToken(db, "contactgegevens"), limit);
 */
export function rateLimit(limitPerMinute: number | undefined, now: () => number = Date.now): RequestHandler {
  if (!limitPerMinute) {
    return (_req, _res, next) => next();
  }
  let window = -1;
  // only the current window is kept: memory stays one entry per token active this minute
  const counts = new Map<number, number>();
  return (req, res, next) => {
    if (!req.token) {
      return next();
    }
    const time = now();
    const current = Math.floor(time / WINDOW_MS);
    if (current !== window) {
      window = current;
      counts.clear();
    }
    const used = (counts.get(req.token.id) ?? 0) + 1;
    counts.set(req.token.id, used);
    const reset = Math.ceil(((current + 1) * WINDOW_MS - time) / 1000);
    res.set({
      "RateLimit-Limit": String(limitPerMinute),
      "RateLimit-Remaining": String(Math.max(0, limitPerMinute - used)),
      "RateLimit-Reset": String(reset),
    });
    if (used > limitPerMinute) {
      res.set("Retry-After", String(reset));
      throw new Problem(
        "throttled",
        `Dit token mag ${limitPerMinute} aanvragen per minuut doen; probeer het over ${reset} seconden opnieuw.`,
      );
    }
    next();
  };
}
