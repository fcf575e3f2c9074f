/**
 * Schemas that follow from another schema by a fixed rule, so they are derived instead of
 * written twice: the PATCH body of a resource and the page envelope of its list.
 * @module
 */
import type { JsonObject } from "./types.ts";

/**
 * The PATCH body: the properties of the resource (its `allOf` parts merged), none required.
 * @example
 * schemas.PatchedCategorie = derivePatchSchema("Categorie", schemas);
 */
export function derivePatchSchema(name: string, schemas: Record<string, JsonObject>): JsonObject {
  const source = schemas[name];
  if (!source) {
    throw new Error(`cannot derive a PATCH schema from unknown schema ${name}`);
  }
  if (source.oneOf || source.anyOf) {
    throw new Error(`${name} is polymorphic: write its PATCH schema by hand and name it in patchSchema`);
  }
  const properties: JsonObject = {};
  const collect = (schema: JsonObject): void => {
    const target = typeof schema.$ref === "string" ? schemas[schema.$ref.split("/").pop() as string] : schema;
    if (!target) {
      throw new Error(`${name}: unresolved ${String(schema.$ref)}`);
    }
    for (const part of (target.allOf as JsonObject[] | undefined) ?? []) {
      collect(part);
    }
    Object.assign(properties, target.properties ?? {});
  };
  collect(source);
  const patch: JsonObject = {
    type: "object",
    description: `Een gedeeltelijke ${name}: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.`,
    properties,
  };
  if (source.example && typeof source.example === "object" && !Array.isArray(source.example)) {
    const example: JsonObject = {};
    for (const [key, value] of Object.entries(source.example)) {
      if (!(properties[key] as JsonObject | undefined)?.readOnly) {
        example[key] = value;
      }
    }
    patch.example = example;
  }
  return patch;
}

/**
 * The page envelope of a list: `count`, `next`, `previous` and `results`.
 * @example
 * schemas.PaginatedCategorieList = derivePageSchema("Categorie", "categorieën");
 */
export function derivePageSchema(name: string, meervoud: string): JsonObject {
  const link = (which: string): JsonObject => ({
    type: "string",
    format: "uri",
    maxLength: 2000,
    nullable: true,
    description: `Volledige URL van de ${which} pagina, met dezelfde filters; \`null\` als die er niet is.`,
  });
  return {
    type: "object",
    description: `Eén pagina ${meervoud}.`,
    required: ["count", "next", "previous", "results"],
    properties: {
      count: {
        type: "integer",
        format: "int64",
        minimum: 0,
        maximum: 9007199254740991,
        description:
          "Het totale aantal objecten dat aan de filters voldoet, over alle pagina's. Bij zeer grote " +
          "aantallen mag dit een schatting zijn; de header `Count-Accuracy` zegt dan `estimate`.",
        example: 123,
      },
      next: link("volgende"),
      previous: link("vorige"),
      results: {
        type: "array",
        maxItems: 500,
        description: `De ${meervoud} op deze pagina.`,
        items: { $ref: `#/components/schemas/${name}` },
      },
    },
  };
}
