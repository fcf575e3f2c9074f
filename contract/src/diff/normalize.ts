/**
 * Brings a contract into the shape in which two versions compare by what goes over the wire:
 * every `$ref` inlined and every `allOf` merged, so that names of components (the reference's
 * `ExpandPartij` is our `Partij`) and the way a schema is composed make no difference.
 * @module
 */
import { merge, openApiMergeRules } from "allof-merge";
import type { Json, JsonObject } from "../types.ts";

/**
 * The `openapi`, `info` and `paths` of a contract with references inlined and `allOf` merged;
 * `components` is left out, since only what the paths use reaches a client. A reference back into
 * a schema that is already being inlined (Partij → vertegenwoordigden → Partij) becomes
 * `{ "x-recursive": "<name>" }`: the copy stays finite and a recursion compares equal to the
 * same recursion in the other version.
 * @example
 * const plain = normalizeForDiff(loadContract("klantinteracties"));
 * JSON.stringify(plain).includes("$ref"); // false
 */
export function normalizeForDiff(document: JsonObject): JsonObject {
  const paths = inline(document.paths ?? {}, document, []);
  const merged = merge(
    { openapi: document.openapi, paths },
    { rules: openApiMergeRules("3.0.x"), mergeCombinarySibling: true },
  ) as JsonObject;
  return {
    openapi: document.openapi ?? "3.0.3",
    info: document.info ?? {},
    security: document.security ?? [],
    paths: merged.paths ?? {},
  };
}

function inline(node: Json, root: JsonObject, stack: string[]): Json {
  if (Array.isArray(node)) {
    return node.map((item) => inline(item, root, stack));
  }
  if (node === null || typeof node !== "object") {
    return node;
  }
  if (typeof node.$ref === "string") {
    const ref = node.$ref;
    if (stack.includes(ref)) {
      return { "x-recursive": ref.split("/").pop() ?? ref };
    }
    const { $ref: _, ...siblings } = node;
    const target = inline(resolve(root, ref), root, [...stack, ref]) as JsonObject;
    return Object.keys(siblings).length === 0
      ? target
      : { allOf: [target], ...(inline(siblings, root, stack) as JsonObject) };
  }
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = inline(value, root, stack);
  }
  return joinEnumVariants(copy);
}

// `oneOf: [{enum: [m, v, o]}, {enum: [""]}]` (Django's BlankEnum) accepts exactly what
// `enum: [m, v, o, ""]` accepts: written as one list, the two spellings compare equal
function joinEnumVariants(schema: JsonObject): JsonObject {
  const { oneOf, ...rest } = schema;
  const isEnumOnly = (variant: Json): variant is JsonObject =>
    variant !== null &&
    typeof variant === "object" &&
    !Array.isArray(variant) &&
    Array.isArray(variant.enum) &&
    Object.keys(variant).every((k) => ["enum", "type", "description", "title"].includes(k));
  if (!Array.isArray(oneOf) || oneOf.length === 0 || !oneOf.every(isEnumOnly)) {
    return schema;
  }
  const types = new Set(oneOf.map((v) => (v as JsonObject).type).filter((t) => t !== undefined));
  const values = oneOf.flatMap((v) => (v as JsonObject).enum as Json[]);
  return { ...(types.size === 1 ? { type: [...types][0] as Json } : {}), ...rest, enum: [...new Set(values)] };
}

function resolve(root: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) {
    throw new Error(`only local references can be compared, got ${ref}`);
  }
  let node: Json | undefined = root;
  for (const part of ref.slice(2).split("/")) {
    const key = part.replaceAll("~1", "/").replaceAll("~0", "~");
    node = node !== null && typeof node === "object" && !Array.isArray(node) ? node[key] : undefined;
    if (node === undefined) {
      throw new Error(`unresolved reference ${ref}`);
    }
  }
  return node;
}
