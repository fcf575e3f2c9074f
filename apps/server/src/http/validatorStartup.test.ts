import { createRequire } from "node:module";
import { API_NAMES, loadContract, type OpenApiDocument, toValidatorSpec } from "@klantinteracties/contract";
import { OpenApiSpecLoader } from "express-openapi-validator/dist/framework/openapi.spec.loader.js";
import { SchemaPreprocessor } from "express-openapi-validator/dist/middlewares/parsers/schema.preprocessor.js";
import { OpenApiValidator } from "express-openapi-validator/dist/openapi.validator.js";
import { describe, expect, it } from "vitest";
import { loadValidatorSpec, PUBLISHED_RESOLVE_SCHEMA, resolveRefsWithoutCompiling } from "./validatorStartup.ts";

// the validator's own copy of json-schema-ref-parser, as its spec loader calls it
const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
const $RefParser = fromValidator("@apidevtools/json-schema-ref-parser") as { bundle(doc: unknown): Promise<unknown> };

type Preprocessed = { apiDoc: unknown; apiDocRes: unknown };
type Instance = { preProcess(): Preprocessed; resolveSchema?: unknown };

function preprocess(spec: OpenApiDocument, resolveSchema?: unknown): Preprocessed {
  const { ajvOpts } = new OpenApiValidator({ apiSpec: spec as never, validateApiSpec: false, validateSecurity: false });
  const instance = new SchemaPreprocessor(spec as never, ajvOpts.preprocessor, {}) as unknown as Instance;
  if (resolveSchema) {
    instance.resolveSchema = resolveSchema;
  }
  return instance.preProcess();
}

describe.each(API_NAMES)("the validator's start-up for %s", (api) => {
  const spec = () => toValidatorSpec(loadContract(api));

  it("skips nothing by not bundling: the validator copy bundles to itself", async () => {
    expect(await $RefParser.bundle(spec())).toEqual(spec());
  });

  it("finds the routes and base paths the library's spec loader finds", async () => {
    const library = await new OpenApiSpecLoader({ apiDoc: spec() as never, validateApiSpec: false }).load();
    const ours = await loadValidatorSpec(spec());
    expect(ours.routes).toEqual(library.routes);
    expect(ours.basePaths).toEqual(library.basePaths);
    expect(ours.routes.length).toBeGreaterThan(10);
  });

  it("preprocesses to the same request and response documents as the library's Ajv lookups", () => {
    resolveRefsWithoutCompiling();
    const published = (SchemaPreprocessor.prototype as unknown as Record<symbol, unknown>)[PUBLISHED_RESOLVE_SCHEMA];
    expect(published).toBeTypeOf("function");
    expect(preprocess(spec())).toEqual(preprocess(spec(), published));
  });
});
