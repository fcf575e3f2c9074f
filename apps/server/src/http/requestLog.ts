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
          url: redactQuery(req.originalUrl),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  };
}

/**
 * pino's `redact` for the server's logger: PostgreSQL puts row values in an error's `detail`
 * ("Failing row contains (…)", "Key (…)=(…) already exists"), and a 500 logs its error whole.
 * @example
 * const logger = pino({ level: "info", redact: REDACTED_LOG_PATHS });
 */
export const REDACTED_LOG_PATHS = { paths: ["err.detail", "err.where", "err.cause.detail"], censor: "[redacted]" };

// values that steer the response, kept when they look like what they should be (digits, field paths)
const KEPT_VALUES = new Map<string, RegExp>([
  ["page", /^\d{1,9}$/],
  ["pageSize", /^\d{1,9}$/],
  ["expand", /^[A-Za-z_.,%2C]{1,500}$/],
  ["cascade", /^(true|false)$/],
]);
// a parameter name of the contract; a bare number (a BSN as a key) is not one
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_.]{0,99}$/;

/**
 * The URL as it may be logged: filter values can be a BSN, an e-mail address or a name, so every
 * query value except paging, `expand` and `cascade` is replaced by `[redacted]` (names stay, to see which
 * filters are used; a name that is not a parameter name is redacted too).
 * @example
 * redactQuery("/klantinteracties/api/v1/partijen?partijIdentificator__objectId=123456782&page=2");
 * // "/klantinteracties/api/v1/partijen?partijIdentificator__objectId=[redacted]&page=2"
 */
export function redactQuery(url: string): string {
  const start = url.indexOf("?");
  if (start < 0) {
    return url;
  }
  const pairs = url
    .slice(start + 1)
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const equals = pair.indexOf("=");
      const name = equals >= 0 ? pair.slice(0, equals) : pair;
      if (!PARAMETER_NAME.test(name)) {
        return "[redacted]";
      }
      if (equals < 0 || KEPT_VALUES.get(name)?.test(pair.slice(equals + 1))) {
        return pair;
      }
      return `${name}=[redacted]`;
    });
  return `${url.slice(0, start)}?${pairs.join("&")}`;
}
