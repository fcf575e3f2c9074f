/**
 * What the server adds to every Express request: an id for the logs, the token it was sent with,
 * and (from the contract validator) the matched operation.
 * @module
 */
declare module "express-serve-static-core" {
  interface Request {
    /** From `X-Request-Id` or generated; echoed in the response and bound into every log line. */
    id: string;
    /** The token that authenticated the request (auth.ts); absent on public paths. */
    token?: { id: number; identifier: string };
    /** Set by express-openapi-validator when the path and method match a contract operation. */
    openapi?: { openApiRoute: string; expressRoute: string; schema: { operationId?: string } };
  }
}
