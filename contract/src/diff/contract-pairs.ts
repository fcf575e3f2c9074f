/**
 * Tiny contracts for the diff's tests: one operation, `POST /dingen`, whose parameters, request
 * body and 201 response each test fills in.
 * @module
 */
import type { Json, JsonObject } from "../types.ts";
import { findChanges } from "./changes.ts";
import { type ClassifiedChange, classify } from "./rules.ts";

export interface Parts {
  version?: string;
  parameters?: JsonObject[];
  request?: JsonObject;
  requestRequired?: boolean;
  response?: JsonObject;
  responses?: JsonObject;
  components?: JsonObject;
  /** Security of the operation, and of the whole document. */
  security?: Json[];
  documentSecurity?: Json[];
  /** Further operations, e.g. `{ "/andere": { get: … } }`. */
  morePaths?: JsonObject;
}

/**
 * A whole OpenAPI document around the parts.
 * @example
 * const base = tinyContract({ request: { type: "object", properties: { naam: { type: "string" } } } });
 */
export function tinyContract(parts: Parts): JsonObject {
  const operation: JsonObject = {
    operationId: "dingenCreate",
    parameters: parts.parameters ?? [],
    responses: parts.responses ?? {
      "201": {
        description: "aangemaakt",
        content: { "application/json": { schema: parts.response ?? { type: "object" } } },
      },
    },
  };
  if (parts.request) {
    operation.requestBody = {
      required: parts.requestRequired ?? true,
      content: { "application/json": { schema: parts.request } },
    };
  }
  if (parts.security) {
    operation.security = parts.security;
  }
  return {
    openapi: "3.0.3",
    info: { title: "Dingen", version: parts.version ?? "1.0.0" },
    ...(parts.documentSecurity ? { security: parts.documentSecurity } : {}),
    paths: { "/dingen": { post: operation }, ...parts.morePaths },
    components: parts.components ?? {},
  };
}

/** `{rule, verdict}` of every change that is not documentation only. */
export function judge(base: Parts, current: Parts): Pick<ClassifiedChange, "rule" | "verdict" | "explanation">[] {
  return findChanges(tinyContract(base), tinyContract(current))
    .map(classify)
    .filter((c) => c.verdict !== "annotation")
    .map(({ rule, verdict, explanation }) => ({ rule, verdict, explanation }));
}

/** An object schema with the given properties, none required unless listed. */
export function object(properties: Record<string, JsonObject>, required?: string[]): JsonObject {
  return { type: "object", properties, ...(required ? { required } : {}) };
}
