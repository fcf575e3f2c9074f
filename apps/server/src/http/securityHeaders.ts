/**
 * Security headers (helmet) on every response, with a Content-Security-Policy that the docs UI at
 * `<api>/schema` lives with: its scripts and styles come from this server, Swagger UI sets inline
 * style attributes and shows data: images, and it fetches the specification from the same origin.
 * @module
 */
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The helmet middleware with this server's policy; mount it first.
 * @example
 * app.use(securityHeaders());
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        // no upgrade-insecure-requests: TLS is the installation's (a proxy in front), and on a
        // plain-http internal host the upgrade would break the docs page's own assets
      },
    },
  }) as RequestHandler;
}
