/** Loose shapes of the OpenAPI 3.0 objects the bundler touches; the rest passes through untouched. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  info: JsonObject & { version: string; title: string };
  paths: Record<string, unknown>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The operations a collection can have, named as in the operationIds (`partijenList`, …). */
export const OPERATION_KINDS = ["List", "Create", "Retrieve", "Update", "PartialUpdate", "Destroy"] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/**
 * What a resource file declares about one collection; `crud.ts` turns it into its two paths.
 * Everything that is the same for every collection (paging, the `uuid` path parameter, the
 * texts, the error responses) is left out here on purpose.
 */
export interface ResourceDeclaration {
  /** Collection path, e.g. `/partijen`. */
  path: string;
  /** Prefix of the operationIds, e.g. `partijen` gives `partijenList`. */
  operationId: string;
  tag: string;
  /** Name of the schema that represents one object (read and write). */
  schema: string;
  /** Dutch singular and plural for the generated texts, e.g. `partij`, `partijen`. */
  enkelvoud: string;
  meervoud: string;
  /** Query parameters of the list operation besides `page`, `pageSize` and `expand`. */
  filters?: JsonObject[];
  /** Allowed values of `expand` on list and retrieve; absent when the resource cannot expand. */
  expand?: string[];
  /** Schema of PATCH bodies; default `Patched<schema>`, derived from `schema` unless defined. */
  patchSchema?: string;
  /** Per operation: `false` to leave it out, or an object merged over the generated one. */
  operations?: Partial<Record<OperationKind, false | JsonObject>>;
}
