import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";

/**
 * Middleware that gives every request an id (`X-Request-Id` in, or a new uuid), echoes it in the
 * response and logs one line per request when it finishes.
 * @example
 * app.use(requestLog(logger));
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    req.id = req.get("x-request-id")?.slice(0, 200) || randomUUID();
    res.setHeader("X-Request-Id", req.id);
    res.on("finish", () => {
      logger.info(
        {
          reqId: req.id,
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  };
}
