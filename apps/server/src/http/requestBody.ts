/**
 * Brings a JSON body into the shape the contract validator should judge, as DRF (the reference)
 * reads bodies: read-only fields are dropped whatever their value, and snake_case keys are read
 * as their camelCase field (`begin_datum` -> `beginDatum`).
 * @module
 */
import type { OpenApiDocument } from "@klantinteracties/contract";
import type { RequestHandler } from "express";

type Schema = {
  $ref?: string;
  readOnly?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Operation = { requestBody?: { content?: Record<string, { schema?: Schema }> } };

/**
 * Middleware, before the contract validator, that normalises bodies of the operations that have one.
 * @example
 * router.use(express.json(), normaliseRequestBodies(contract, "/klantinteracties/api/v1"));
 */
export function normaliseRequestBodies(document: OpenApiDocument, basePath: string): RequestHandler {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(schemas[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
  const routes = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) => {
      const schema = operation.requestBody?.content?.["application/json"]?.schema;
      const pattern = new RegExp(`^${basePath}${path.replace(/\{[^/}]+\}/g, "[^/]+")}/?$`);
      return schema ? [{ method: method.toUpperCase(), pattern, schema }] : [];
    }),
  );

  const normalise = (value: unknown, schema: Schema): void => {
    const resolved = resolve(schema);
    if (Array.isArray(value)) {
      for (const item of value) {
        normalise(item, resolved.items ?? {});
      }
      return;
    }
    if (value === null || typeof value !== "object") {
      return;
    }
    const object = value as Record<string, unknown>;
    for (const branch of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
      normalise(object, branch);
    }
    for (const [name, property] of Object.entries(resolved.properties ?? {})) {
      const snake = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      if (snake !== name && snake in object && !(name in object)) {
        object[name] = object[snake];
        delete object[snake];
      }
      if (!(name in object)) {
        continue;
      }
      if (property.readOnly || resolve(property).readOnly) {
        delete object[name];
      } else {
        normalise(object[name], property);
      }
    }
  };

  return (req, _res, next) => {
    if (req.body && typeof req.body === "object") {
      const path = req.originalUrl.split("?")[0] ?? "";
      const route = routes.find((candidate) => candidate.method === req.method && candidate.pattern.test(path));
      if (route) {
        normalise(req.body, route.schema);
      }
    }
    next();
  };
}
