/**
 * The contract as a library: the bundled documents (read from `dist/`) and the validator copy.
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApiName } from "./bundle.ts";
import type { OpenApiDocument } from "./types.ts";

export { API_NAMES, type ApiName } from "./bundle.ts";
export { syncGeneratedFiles } from "./generated-files.ts";
export type { OpenApiDocument } from "./types.ts";
export { toValidatorSpec } from "./validator-spec.ts";

/** Absolute path of a bundled file, e.g. `distFile("klantinteracties", "yaml")`. */
export function distFile(api: ApiName, extension: "json" | "yaml"): string {
  return fileURLToPath(new URL(`../dist/${api}.${extension}`, import.meta.url));
}

/**
 * The bundled contract of one API as an object (a fresh copy on every call).
 * @example
 * const contract = loadContract("klantinteracties");
 * contract.info.version; // "0.9.0"
 */
export function loadContract(api: ApiName): OpenApiDocument {
  return JSON.parse(readFileSync(distFile(api, "json"), "utf8")) as OpenApiDocument;
}
