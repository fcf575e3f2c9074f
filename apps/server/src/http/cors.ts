/**
 * CORS for browser clients on other origins, off unless `CORS_ORIGINS` names them (or `*`). No
 * cookies are involved (a token travels in `Authorization`), so credentials are never allowed.
 * @module
 */
import type { RequestHandler } from "express";

const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const ALLOWED_HEADERS = "Authorization, Content-Type, Accept, X-Request-Id";
// what a script may read of a response besides the CORS-safelisted headers
const EXPOSED_HEADERS =
  "API-version, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, X-Request-Id";
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Middleware that adds the CORS headers for an allowed `Origin` and answers its preflight
 * `OPTIONS` with 204; `origins` is the list from `CORS_ORIGINS`, `["*"]` for any, `[]` for none.
 * A request from another origin gets no CORS headers, so the browser keeps the answer from it.
 * @example
 * app.use(cors(["https://portaal.example.org"]));
 */
export function cors(origins: readonly string[]): RequestHandler {
  const anyOrigin = origins.includes("*");
  return (req, res, next) => {
    if (origins.length === 0) {
      return next();
    }
    if (!anyOrigin) {
      // the answer depends on Origin: caches must not hand one origin's answer to another
      res.vary("Origin");
    }
    const origin = req.get("origin");
    if (!origin || !(anyOrigin || origins.includes(origin))) {
      return next();
    }
    res.set("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
    if (req.method === "OPTIONS" && req.get("access-control-request-method")) {
      res.set({
        "Access-Control-Allow-Methods": ALLOWED_METHODS,
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
      });
      res.status(204).end();
      return;
    }
    res.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    next();
  };
}
