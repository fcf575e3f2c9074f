/**
 * What express-openapi-validator (5.6) does at start-up, without its two costly detours (together
 * ≈ 1.2 s of CPU per start for both APIs on this 2-core machine kind, timed piece by piece):
 *
 * - its spec loader runs `$RefParser.bundle` on the document and compiles the OpenAPI meta-schema
 *   with Ajv even when `validateApiSpec` is off. The validator copy of the contract is one bundled
 *   document already (bundling it changes nothing, see the test), and the contract is checked
 *   against the meta-schema in its own workspace, so {@link loadValidatorSpec} only finds the
 *   routes, with the library's own route discovery.
 * - its schema preprocessor looks up every `$ref` it meets with `ajv.getSchema`, which compiles a
 *   validator for the referenced schema on an Ajv instance that is then thrown away; the request
 *   validators are compiled again, on their own instance, at the first request of each operation.
 *   {@link resolveRefsWithoutCompiling} makes it follow the JSON pointer instead, which gives the
 *   same object (Ajv returns the schema it was given), and the same preprocessed document.
 * @module
 */
import type { OpenApiDocument } from "@klantinteracties/contract";
import { OpenApiSpecLoader, type Spec } from "express-openapi-validator/dist/framework/openapi.spec.loader.js";
import { SchemaPreprocessor } from "express-openapi-validator/dist/middlewares/parsers/schema.preprocessor.js";

type Visitor = { visitApi(context: { basePaths: string[]; getApiDoc(): unknown }): void };
type Framework = {
  initialize(visitor: Visitor): Promise<{ apiDoc: unknown; basePaths: string[] }>;
  getBasePathsFromServers(servers: unknown): { all(): string[] }[];
};

/**
 * The spec promise `OpenApiValidator.installMiddleware` takes, for a document that is already
 * bundled (internal `$ref`s only): its routes, found by the library, without bundling it again or
 * compiling the OpenAPI meta-schema. The document is used as is, not copied.
 * @example
 * new OpenApiValidator(options).installMiddleware(loadValidatorSpec(toValidatorSpec(contract)));
 */
export function loadValidatorSpec(apiDoc: OpenApiDocument): Promise<Spec> {
  const loader = new OpenApiSpecLoader({ apiDoc: apiDoc as never, validateApiSpec: false });
  const framework = (loader as unknown as { framework: Framework }).framework;
  // the library's `initialize` minus `loadSpec` (the bundling) and the meta-schema validator
  framework.initialize = async (visitor) => {
    const basePaths = [
      ...new Set(framework.getBasePathsFromServers(apiDoc.servers).flatMap((basePath) => basePath.all())),
    ];
    visitor.visitApi({ basePaths, getApiDoc: () => apiDoc });
    return { apiDoc, basePaths };
  };
  return loader.load();
}

type ResolveSchema = (schema: { $ref?: unknown } | null | undefined) => unknown;
type Preprocessor = {
  apiDoc: unknown;
  resolvedSchemaCache: Map<string, unknown>;
  resolveSchema: ResolveSchema;
  [PUBLISHED_RESOLVE_SCHEMA]?: ResolveSchema;
};

/** Where the library's own `resolveSchema` is kept once replaced (per process, like the prototype). */
export const PUBLISHED_RESOLVE_SCHEMA = Symbol.for("express-openapi-validator SchemaPreprocessor.resolveSchema");

/**
 * Makes the validator's schema preprocessor resolve `$ref`s by their JSON pointer instead of
 * compiling them; idempotent.
 * @example
 * resolveRefsWithoutCompiling();
 * new OpenApiValidator(options).installMiddleware(loadValidatorSpec(spec));
 */
export function resolveRefsWithoutCompiling(): void {
  const prototype = SchemaPreprocessor.prototype as unknown as Preprocessor;
  if (prototype[PUBLISHED_RESOLVE_SCHEMA]) {
    return;
  }
  prototype[PUBLISHED_RESOLVE_SCHEMA] = prototype.resolveSchema;
  prototype.resolveSchema = function (this: Preprocessor, schema) {
    if (!schema) {
      return null;
    }
    const ref = schema.$ref;
    if (typeof ref !== "string") {
      return schema;
    }
    if (!this.resolvedSchemaCache.has(ref)) {
      this.resolvedSchemaCache.set(ref, atPointer(this.apiDoc, ref));
    }
    return this.resolvedSchemaCache.get(ref);
  };
}

// `#/components/schemas/Partij` → document.components.schemas.Partij (RFC 6901 escapes included)
function atPointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) {
    return undefined;
  }
  let node = document;
  for (const token of ref.slice(2).split("/")) {
    const key = decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}
