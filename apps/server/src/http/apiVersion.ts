import type { RequestHandler } from "express";

/**
 * Middleware that sets `API-version` (the contract's `info.version`) on every response of an API,
 * errors included.
 * @example
 * router.use(apiVersion("0.9.0"));
 */
export function apiVersion(version: string): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("API-version", version);
    next();
  };
}
