/**
 * The copy of the contract that JSON Schema validators (express-openapi-validator, Ajv) need.
 * The contract is written for readers and generators; two of its constructs mean something else
 * to a plain JSON Schema validator, and this is the one place where they are translated:
 *
 * - `nullable: true` beside `allOf`/`oneOf`/`anyOf`: the `nullable` only widens this level, while
 *   the referenced schema still rejects `null`. It becomes `anyOf: [the schema, null]`.
 * - `discriminator`: the validator's own discriminator handling ignores readOnly properties
 *   (so every POST would need `uuid`), and Ajv rejects `mapping`; a plain `oneOf` would report
 *   the errors of every variant (a medewerker without a phone number would also "not be" a
 *   geautomatiseerde_actor). So each variant becomes an `if tag = value then variant`, and only
 *   the variant the tag names is checked; a missing or unknown tag is checked against the first.
 * - `default`: the validator would fill defaults into requests, so a PATCH that leaves
 *   `verdereActieOndernomen` out would reset it to `false`. Defaults are the server's business
 *   (on create only), so they are dropped here.
 * - An optional `format: uri` property: the standard stores "no URL" as an empty string (e.g.
 *   `hoofdOnderwerpType`) and accepts it on input, which `format: uri` alone would reject.
 * @module
 */
import type { Json, JsonObject, OpenApiDocument } from "./types.ts";

/**
 * Returns a validator-ready deep copy of a bundled contract.
 * @example
 * new OpenApiValidator({ apiSpec: toValidatorSpec(loadContract("klantinteracties")) });
 */
export function toValidatorSpec(document: OpenApiDocument): OpenApiDocument {
  return rewrite(structuredClone(document) as unknown as Json) as unknown as OpenApiDocument;
}

function rewrite(node: Json, inPropertyMap = false): Json {
  if (Array.isArray(node)) {
    return node.map((item) => rewrite(item));
  }
  if (node === null || typeof node !== "object") {
    return node;
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // in a `properties` map the keys are field names, not keywords
    if (!inPropertyMap && (key === "discriminator" || key === "default")) {
      continue;
    }
    out[key] = rewrite(value, !inPropertyMap && key === "properties");
  }
  if (!inPropertyMap && out.properties && typeof out.properties === "object") {
    allowEmptyOptionalUris(out);
  }
  const discriminator = node.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
  if (discriminator?.mapping && Array.isArray(out.oneOf)) {
    return byTag(out, discriminator.propertyName, discriminator.mapping);
  }
  const composed = out.allOf ?? out.oneOf ?? out.anyOf;
  if (out.nullable === true && composed) {
    const { nullable: _nullable, description, readOnly, ...schema } = out;
    const wrapped: JsonObject = {
      anyOf: [schema, { type: (schema.type as string) ?? "object", nullable: true, enum: [null] }],
    };
    if (description !== undefined) {
      wrapped.description = description;
    }
    if (readOnly !== undefined) {
      wrapped.readOnly = readOnly;
    }
    return wrapped;
  }
  return out;
}

// `oneOf` + discriminator as one `if/then` per tag value (see the module comment)
function byTag(schema: JsonObject, tag: string, mapping: Record<string, string>): JsonObject {
  const { oneOf: _oneOf, ...rest } = schema;
  const tagIs = (values: string[]): JsonObject => ({ required: [tag], properties: { [tag]: { enum: values } } });
  const variants = Object.entries(mapping);
  const when = (condition: JsonObject, ref: string): JsonObject =>
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, not a thenable
    ({ if: condition, then: { $ref: ref } });
  return {
    ...rest,
    type: "object",
    allOf: [
      ...variants.map(([value, ref]) => when(tagIs([value]), ref)),
      when({ not: tagIs(variants.map(([value]) => value)) }, variants[0]?.[1] ?? ""),
    ],
  };
}

function allowEmptyOptionalUris(schema: JsonObject): void {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = schema.properties as Record<string, JsonObject>;
  for (const [name, property] of Object.entries(properties)) {
    if (!required.has(name) && property.type === "string" && property.format === "uri" && !property.readOnly) {
      const { format: _format, ...rest } = property;
      properties[name] = { ...rest, anyOf: [{ format: "uri" }, { maxLength: 0 }] };
    }
  }
}
