import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { JsonObject, OpenApiDocument } from "../src/types.ts";
import { toValidatorSpec } from "../src/validator-spec.ts";
import { bundles } from "./contract-fixture.ts";

/** An Ajv that reads OpenAPI 3.0 schemas the way express-openapi-validator does. */
function validatorFor(document: OpenApiDocument) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS with its function on `default`
  (addFormatsModule as unknown as { default: (ajv: Ajv) => void }).default(ajv);
  ajv.addSchema(toValidatorSpec(document) as unknown as JsonObject, "contract");
  return (schema: string) => {
    const validate = ajv.getSchema(`contract#/components/schemas/${schema}`);
    if (!validate) {
      throw new Error(`no schema ${schema}`);
    }
    return (value: unknown) => validate(value) as boolean;
  };
}

const tiny: OpenApiDocument = {
  openapi: "3.0.3",
  info: { title: "t", version: "1.0.0" },
  paths: {},
  components: {
    schemas: {
      Ref: { type: "object", required: ["uuid"], properties: { uuid: { type: "string" } } },
      Holder: {
        type: "object",
        properties: {
          ref: { type: "object", nullable: true, description: "d", allOf: [{ $ref: "#/components/schemas/Ref" }] },
        },
      },
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: {
          propertyName: "kind",
          mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" },
        },
      },
      Cat: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["cat"] } } },
      Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["dog"] } } },
    },
  },
};

describe("toValidatorSpec", () => {
  const schema = validatorFor(tiny);

  it("lets a nullable reference be null, the referenced object, and nothing else", () => {
    const holder = schema("Holder");
    expect(holder({ ref: null })).toBe(true);
    expect(holder({ ref: { uuid: "x" } })).toBe(true);
    expect(holder({ ref: {} })).toBe(false);
    expect(holder({ ref: "x" })).toBe(false);
  });

  it("drops the discriminator and keeps oneOf deciding by the pinned tag", () => {
    const spec = toValidatorSpec(tiny);
    expect((spec.components.schemas as Record<string, JsonObject>).Pet).not.toHaveProperty("discriminator");
    expect(schema("Pet")({ kind: "cat" })).toBe(true);
    expect(schema("Pet")({ kind: "cow" })).toBe(false);
  });

  it("leaves the input document untouched", () => {
    toValidatorSpec(tiny);
    expect((tiny.components.schemas as Record<string, JsonObject>).Pet).toHaveProperty("discriminator");
  });
});

describe.each(Object.keys(bundles))("the %s bundle, as validators see it", (api) => {
  const document = bundles[api as keyof typeof bundles];
  const schema = validatorFor(document);
  const schemas = document.components.schemas as Record<string, JsonObject>;

  it.each(Object.keys(schemas).filter((name) => schemas[name]?.example !== undefined))(
    "accepts the example of %s",
    (name) => {
      expect(schema(name)(schemas[name]?.example)).toBe(true);
    },
  );
});
