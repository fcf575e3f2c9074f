/**
 * Reads the hand-written contract source of one API: its root document plus the fragments it
 * lists under `x-fragments`. Every fragment is a piece of the final document (its `paths`,
 * `components` and `x-resources`), and every `$ref` points into the final document, so merging
 * is a plain union that refuses to let two files define the same name.
 * @module
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import type { OpenApiDocument, ResourceDeclaration } from "./types.ts";

export interface ContractSource {
  document: OpenApiDocument;
  resources: ResourceDeclaration[];
}

const MERGED_COMPONENTS = ["schemas", "parameters", "responses", "headers", "securitySchemes", "examples"] as const;

/**
 * Loads and merges the source of one API.
 * @example
 * const { document, resources } = loadSource("contract/openapi/klantinteracties/openapi.yaml");
 */
export function loadSource(rootFile: string): ContractSource {
  const root = readYaml(rootFile) as OpenApiDocument & { "x-fragments"?: string[] };
  const fragments = root["x-fragments"] ?? [];
  delete root["x-fragments"];
  const document: OpenApiDocument = {
    ...root,
    paths: { ...(root.paths ?? {}) },
    components: { ...(root.components ?? {}) },
  };
  const resources: ResourceDeclaration[] = [];
  for (const fragmentPath of fragments) {
    const file = resolve(dirname(rootFile), fragmentPath);
    const fragment = readYaml(file) as {
      paths?: Record<string, unknown>;
      components?: Record<string, Record<string, unknown>>;
      "x-resources"?: ResourceDeclaration[];
    };
    for (const [path, item] of Object.entries(fragment.paths ?? {})) {
      if (path in document.paths) {
        throw new Error(`${fragmentPath}: path ${path} is defined twice`);
      }
      document.paths[path] = item;
    }
    for (const kind of MERGED_COMPONENTS) {
      document.components[kind] ??= {};
      const target = document.components[kind] as Record<string, unknown>;
      for (const [name, value] of Object.entries(fragment.components?.[kind] ?? {})) {
        if (name in target) {
          throw new Error(`${fragmentPath}: components.${kind}.${name} is defined twice`);
        }
        target[name] = value;
      }
    }
    resources.push(...(fragment["x-resources"] ?? []));
  }
  return { document, resources };
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, "utf8"));
}
