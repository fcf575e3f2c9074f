/**
 * Builds the bundled contract of one API from its source: merge the files, add the collections,
 * apply the conventions, check that every reference resolves.
 * @module
 */
import { fileURLToPath } from "node:url";
import { applyConventions } from "./conventions.ts";
import { addCollections } from "./crud.ts";
import { loadSource } from "./source.ts";
import type { Json, OpenApiDocument } from "./types.ts";

export const API_NAMES = ["klantinteracties", "contactgegevens"] as const;
export type ApiName = (typeof API_NAMES)[number];

export const GENERATED_NOTICE =
  "Gegenereerd uit contract/openapi door `npm run generate -w contract` — niet met de hand bewerken.";

/**
 * @example
 * const document = bundle("klantinteracties");
 */
export function bundle(api: ApiName): OpenApiDocument {
  const rootFile = fileURLToPath(new URL(`../openapi/${api}/openapi.yaml`, import.meta.url));
  const { document, resources } = loadSource(rootFile);
  addCollections(document, resources);
  applyConventions(document);
  const { openapi, ...rest } = document;
  const ordered: OpenApiDocument = { openapi, "x-generated": GENERATED_NOTICE, ...rest };
  checkReferences(ordered);
  checkOperationIds(ordered);
  return ordered;
}

function checkReferences(document: OpenApiDocument): void {
  const missing = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== "object") {
      return;
    }
    if (typeof node.$ref === "string" && resolvePointer(document, node.$ref) === undefined) {
      missing.add(node.$ref);
    }
    Object.values(node).forEach(visit);
  };
  visit(document as unknown as Json);
  if (missing.size > 0) {
    throw new Error(`unresolved references: ${[...missing].join(", ")}`);
  }
}

function checkOperationIds(document: OpenApiDocument): void {
  const seen = new Set<string>();
  for (const item of Object.values(document.paths) as Record<string, { operationId?: string }>[]) {
    for (const operation of Object.values(item)) {
      const id = operation?.operationId;
      if (!id) {
        continue;
      }
      if (seen.has(id)) {
        throw new Error(`operationId ${id} is used twice`);
      }
      seen.add(id);
    }
  }
}

/** Follows a local JSON pointer (`#/components/schemas/Partij`). */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) {
    return undefined;
  }
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object") {
      return undefined;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
