/**
 * The house rules every operation of the bundle follows, applied in one place so that no
 * operation can forget one: the error responses it can produce (problem+json), the headers on
 * every response (`API-version`, rate limit, CORS), `Location` on every 201.
 * @module
 */
import type { JsonObject, OpenApiDocument } from "./types.ts";

const METHODS = ["get", "put", "post", "patch", "delete"] as const;
const responseRef = (name: string): JsonObject => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: string): JsonObject => ({ $ref: `#/components/headers/${name}` });

/** Which shared error responses an operation can produce, by what it does. */
export function errorResponsesFor(method: string, path: string, operation: JsonObject): Record<string, string> {
  const secured = !(Array.isArray(operation.security) && operation.security.length === 0);
  const hasParameters = Array.isArray(operation.parameters) && operation.parameters.length > 0;
  const writes = method !== "get";
  const errors: Record<string, string> = {};
  if (writes || hasParameters) {
    errors["400"] = "BadRequest";
  }
  if (secured) {
    Object.assign(errors, { "401": "Unauthorized", "403": "Forbidden" });
  }
  // an unknown uuid, or a page number past the last page of a list
  if (path.includes("{") || (method === "get" && hasParameters)) {
    errors["404"] = "NotFound";
  }
  errors["406"] = "NotAcceptable";
  if (writes) {
    errors["409"] = "Conflict";
  }
  if (operation.requestBody) {
    errors["415"] = "UnsupportedMediaType";
  }
  if (secured) {
    errors["429"] = "TooManyRequests";
  }
  Object.assign(errors, { "500": "InternalServerError", "503": "ServiceUnavailable" });
  return errors;
}

/**
 * Applies the conventions to every operation and shared response of the document, in place.
 * @example
 * applyConventions(document);
 */
export function applyConventions(document: OpenApiDocument): void {
  for (const [path, item] of Object.entries(document.paths) as [string, JsonObject][]) {
    for (const method of METHODS) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation) {
        continue;
      }
      const responses = (operation.responses ?? {}) as JsonObject;
      for (const [status, name] of Object.entries(errorResponsesFor(method, path, operation))) {
        responses[status] ??= responseRef(name);
      }
      for (const [status, response] of Object.entries(responses) as [string, JsonObject][]) {
        if (!("$ref" in response)) {
          addHeaders(status, response);
        }
      }
      operation.responses = sortByStatus(responses);
    }
  }
  for (const [status, name] of Object.entries(SHARED_RESPONSE_STATUS)) {
    const response = (document.components.responses as Record<string, JsonObject> | undefined)?.[name];
    if (response) {
      addHeaders(status, response);
    }
  }
}

/** The status each shared error response is used for (their names are the contract's API). */
const SHARED_RESPONSE_STATUS: Record<string, string> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "NotFound",
  "406": "NotAcceptable",
  "409": "Conflict",
  "415": "UnsupportedMediaType",
  "429": "TooManyRequests",
  "500": "InternalServerError",
  "503": "ServiceUnavailable",
};

function addHeaders(status: string, response: JsonObject): void {
  const headers: JsonObject = { "API-version": headerRef("API-version") };
  if (status === "201") {
    headers.Location = headerRef("Location");
  }
  if (/^[24]/.test(status)) {
    for (const name of ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]) {
      headers[name] = headerRef(name);
    }
  }
  if (status === "429" || status === "503") {
    headers["Retry-After"] = headerRef("Retry-After");
  }
  headers["Access-Control-Allow-Origin"] = headerRef("Access-Control-Allow-Origin");
  response.headers = { ...headers, ...((response.headers as JsonObject) ?? {}) };
}

function sortByStatus(responses: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
