/**
 * Turns the resource declarations into the two paths of each collection. Every collection of
 * both APIs has the same six operations with the same paging, the same `uuid` path parameter and
 * texts of the same pattern; a resource file only declares what differs (filters, `expand`,
 * overrides), so the operations cannot drift apart.
 * @module
 */
import { derivePageSchema, derivePatchSchema } from "./derived-schemas.ts";
import type { JsonObject, OpenApiDocument, OperationKind, ResourceDeclaration } from "./types.ts";

const ref = (kind: string, name: string): JsonObject => ({ $ref: `#/components/${kind}/${name}` });
const jsonBody = (schema: string): JsonObject => ({
  required: true,
  content: { "application/json": { schema: ref("schemas", schema) } },
});
const jsonResponse = (description: string, schema: string): JsonObject => ({
  description,
  content: { "application/json": { schema: ref("schemas", schema) } },
});

/**
 * Adds the paths (and derived `Patched…`/`Paginated…List` schemas) of every declared resource.
 * @example
 * addCollections(document, [{ path: "/categorieen", operationId: "categorieen", tag: "categorieën",
 *   schema: "Categorie", enkelvoud: "categorie", meervoud: "categorieën" }]);
 */
export function addCollections(document: OpenApiDocument, resources: ResourceDeclaration[]): void {
  const schemas = document.components.schemas as Record<string, JsonObject>;
  for (const resource of resources) {
    const { schema, enkelvoud, meervoud } = resource;
    if (!schemas[schema]) {
      throw new Error(`${resource.path}: schema ${schema} is not defined`);
    }
    const patchSchema = resource.patchSchema ?? `Patched${schema}`;
    schemas[patchSchema] ??= derivePatchSchema(schema, schemas);
    const pageSchema = `Paginated${schema}List`;
    schemas[pageSchema] ??= derivePageSchema(schema, meervoud);

    const expand = resource.expand ? [expandParameter(resource.expand)] : [];
    const generated: Record<OperationKind, JsonObject> = {
      List: {
        summary: `Lijst van ${meervoud}`,
        description:
          `Geeft de ${meervoud} per pagina terug, nieuwste eerst. Filters beperken de lijst; een ` +
          "query-parameter die deze operatie niet kent, geeft een 400.",
        parameters: [ref("parameters", "page"), ref("parameters", "pageSize"), ...expand, ...(resource.filters ?? [])],
        responses: {
          "200": {
            ...jsonResponse(`Een pagina met ${meervoud}.`, pageSchema),
            headers: { "Count-Accuracy": ref("headers", "Count-Accuracy") },
          },
        },
      },
      Create: {
        summary: `Nieuwe ${enkelvoud} vastleggen`,
        description: `Legt een ${enkelvoud} vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn \`uuid\` en \`url\`.`,
        requestBody: jsonBody(schema),
        responses: { "201": jsonResponse(`De ${enkelvoud} is vastgelegd.`, schema) },
      },
      Retrieve: {
        summary: `Eén ${enkelvoud} ophalen`,
        description: `Geeft de ${enkelvoud} met deze \`uuid\` terug.`,
        parameters: [ref("parameters", "uuid"), ...expand],
        responses: { "200": jsonResponse(`De gevraagde ${enkelvoud}.`, schema) },
      },
      Update: {
        summary: `${capitalise(enkelvoud)} vervangen`,
        description:
          "Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet " +
          "worden meegestuurd, houden hun huidige waarde.",
        parameters: [ref("parameters", "uuid")],
        requestBody: jsonBody(schema),
        responses: { "200": jsonResponse(`De bijgewerkte ${enkelvoud}.`, schema) },
      },
      PartialUpdate: {
        summary: `${capitalise(enkelvoud)} deels wijzigen`,
        description: "Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.",
        parameters: [ref("parameters", "uuid")],
        requestBody: jsonBody(patchSchema),
        responses: { "200": jsonResponse(`De gewijzigde ${enkelvoud}.`, schema) },
      },
      Destroy: {
        summary: `${capitalise(enkelvoud)} verwijderen`,
        description: `Verwijdert de ${enkelvoud} met deze \`uuid\`.`,
        parameters: [ref("parameters", "uuid")],
        responses: { "204": { description: `De ${enkelvoud} is verwijderd.` } },
      },
    };

    const collection: Record<string, JsonObject> = {};
    const item: Record<string, JsonObject> = {};
    const methods: Record<OperationKind, [Record<string, JsonObject>, string]> = {
      List: [collection, "get"],
      Create: [collection, "post"],
      Retrieve: [item, "get"],
      Update: [item, "put"],
      PartialUpdate: [item, "patch"],
      Destroy: [item, "delete"],
    };
    for (const [kind, operation] of Object.entries(generated) as [OperationKind, JsonObject][]) {
      const override = resource.operations?.[kind];
      if (override === false) {
        continue;
      }
      const [target, method] = methods[kind];
      target[method] = mergeOperation(
        { operationId: `${resource.operationId}${kind}`, tags: [resource.tag], ...operation },
        override ?? {},
      );
    }
    if (collection.post && item.get) {
      const links: JsonObject = {};
      for (const [kind, verb] of [
        ["Retrieve", "ophalen"],
        ["Update", "vervangen"],
        ["PartialUpdate", "deels wijzigen"],
        ["Destroy", "verwijderen"],
      ] as const) {
        if (resource.operations?.[kind] === false) {
          continue;
        }
        links[kind] = {
          operationId: `${resource.operationId}${kind}`,
          parameters: { uuid: "$response.body#/uuid" },
          description: `De zojuist vastgelegde ${enkelvoud} ${verb}.`,
        };
      }
      ((collection.post.responses as JsonObject)["201"] as JsonObject).links = links;
    }
    setPath(document, resource.path, collection);
    setPath(document, `${resource.path}/{uuid}`, item);
  }
}

function expandParameter(values: string[]): JsonObject {
  return {
    name: "expand",
    in: "query",
    required: false,
    description:
      "Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter " +
      "te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400.",
    style: "form",
    explode: false,
    schema: { type: "array", maxItems: values.length, items: { type: "string", enum: values } },
  };
}

/** Overrides replace keys of the generated operation; `parameters` are appended, `responses` merged. */
function mergeOperation(operation: JsonObject, override: JsonObject): JsonObject {
  const merged: JsonObject = { ...operation, ...override };
  if (override.parameters) {
    merged.parameters = [...((operation.parameters as JsonObject[]) ?? []), ...(override.parameters as JsonObject[])];
  }
  if (override.responses) {
    merged.responses = { ...(operation.responses as JsonObject), ...(override.responses as JsonObject) };
  }
  return merged;
}

function setPath(document: OpenApiDocument, path: string, item: JsonObject): void {
  if (Object.keys(item).length === 0) {
    return;
  }
  if (path in document.paths) {
    throw new Error(`path ${path} is both declared as a resource and written out`);
  }
  document.paths[path] = item;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
