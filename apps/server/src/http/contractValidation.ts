/**
 * Request (and optionally response) validation against the contract, by express-openapi-validator
 * on the contract's validator copy.
 * @module
 */
import { type OpenApiDocument, toValidatorSpec } from "@klantinteracties/contract";
import type { RequestHandler } from "express";
import { OpenApiValidator } from "express-openapi-validator/dist/openapi.validator.js";
import { cacheValidatorRouteExpressions } from "./validatorRoutes.ts";
import { loadValidatorSpec, resolveRefsWithoutCompiling } from "./validatorStartup.ts";

/**
 * The validator middleware for one API; mount it on a router at the API's base path (the
 * validator matches on the full URL, and passes requests it cannot place without checking them).
 * @example
 * router.use(...contractValidation(loadContract("klantinteracties"), { validateResponses: true }));
 */
export function contractValidation(
  contract: OpenApiDocument,
  options: { validateResponses: boolean },
): RequestHandler[] {
  // the library's own detours, patched once per process (see the two modules)
  resolveRefsWithoutCompiling();
  cacheValidatorRouteExpressions();
  const apiSpec = allowReservedInQuery(toValidatorSpec(contract));
  // what `OpenApiValidator.middleware` does, with a cheaper spec loading (see validatorStartup.ts)
  const validator = new OpenApiValidator({
    apiSpec: apiSpec as never,
    // readOnly fields are already dropped (requestBody.ts); unknown query parameters are
    // rejected by queryParameters.ts, which knows the reference's exceptions
    // allErrors: name every rejected field at once, like the reference
    validateRequests: { removeAdditional: true, allowUnknownQueryParameters: true, allErrors: true },
    validateResponses: options.validateResponses,
    // "fast" formats let 2024-13-01 through as a date, and the database would then fail with a 500
    ajvFormats: { mode: "full" },
    // authentication is auth.ts's job
    validateSecurity: false,
    // the validator copy uses `if/then` for discriminators (see contract/src/validator-spec.ts),
    // which JSON Schema validates but the OpenAPI 3.0 meta-schema does not list; the contract
    // itself is linted and checked against that meta-schema in its own workspace
    validateApiSpec: false,
  });
  return validator.installMiddleware(loadValidatorSpec(apiSpec)) as unknown as RequestHandler[];
}

// the reference accepts `?partij__url=https://…` unencoded; the validator would reject the `:`/`/`
function allowReservedInQuery(spec: OpenApiDocument): OpenApiDocument {
  const parameters = [
    ...Object.values((spec.components?.parameters ?? {}) as Record<string, { in?: string; allowReserved?: boolean }>),
    ...Object.values(spec.paths as Record<string, Record<string, { parameters?: unknown[] }>>).flatMap((item) =>
      Object.values(item).flatMap(
        (operation) => (operation.parameters ?? []) as { in?: string; allowReserved?: boolean }[],
      ),
    ),
  ];
  for (const parameter of parameters) {
    if (parameter.in === "query") {
      parameter.allowReserved = true;
    }
  }
  return spec;
}
