/**
 * The house rules every operation of the bundle follows, applied in one place so that no
 * operation can forget one: the error responses it can produce (problem+json), the headers on
 * every response (`API-version`, rate limit, CORS), `Location` on every 201, and optimistic
 * concurrency on every object of a collection (`ETag`, `If-Match` with 412, `If-None-Match` with 304).
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
  if (isVersionedWrite(method, path)) {
    errors["412"] = "PreconditionFailed";
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
      addVersioning(method, path, operation, responses, document);
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
  "412": "PreconditionFailed",
  "415": "UnsupportedMediaType",
  "429": "TooManyRequests",
  "500": "InternalServerError",
  "503": "ServiceUnavailable",
};

const ITEM_PATH = /\/\{uuid\}$/;

// PUT, PATCH and DELETE of one object of a collection take If-Match
function isVersionedWrite(method: string, path: string): boolean {
  return ITEM_PATH.test(path) && ["put", "patch", "delete"].includes(method);
}

/**
 * Optimistic concurrency on the objects of a collection (a path with a `/{uuid}` item path): the
 * version of the object as `ETag` on what returns it (read, create, update), `If-Match` on what
 * changes or removes it (412 when stale), `If-None-Match` on the read (304 when unchanged).
 * Operations outside a collection (`/maak-klantcontact`) are left as they are.
 * @example
 * addVersioning("get", "/partijen/{uuid}", operation, operation.responses, document);
 */
export function addVersioning(
  method: string,
  path: string,
  operation: JsonObject,
  responses: JsonObject,
  document: OpenApiDocument,
): void {
  const item = ITEM_PATH.test(path);
  const create = method === "post" && `${path}/{uuid}` in document.paths;
  const withEtag = (status: string) => {
    const response = responses[status] as JsonObject | undefined;
    if (response && !("$ref" in response)) {
      response.headers = { ...((response.headers as JsonObject) ?? {}), ETag: headerRef("ETag") };
    }
  };
  const withParameter = (name: string) => {
    operation.parameters = [
      ...((operation.parameters as JsonObject[]) ?? []),
      { $ref: `#/components/parameters/${name}` },
    ];
  };
  if (item && method === "get") {
    withEtag("200");
    withParameter("If-None-Match");
    responses["304"] ??= {
      description: "Het object heeft nog de versie uit `If-None-Match`; er is geen body.",
      headers: { ETag: headerRef("ETag") },
    };
  } else if (item && (method === "put" || method === "patch")) {
    withEtag("200");
    withParameter("If-Match");
  } else if (item && method === "delete") {
    withParameter("If-Match");
  } else if (create) {
    withEtag("201");
  }
}

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
