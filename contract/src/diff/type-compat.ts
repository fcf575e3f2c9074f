/**
 * The type-level check: generate SDK types (openapi-typescript, as packages/sdk does) from both
 * versions and let the TypeScript compiler say whether code written against the base still
 * compiles: each request the base allowed must fit the new request types, and each new response
 * must fit the base's response types.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { JsonObject } from "../types.ts";
import { asObject } from "./changes.ts";

const METHODS = ["get", "put", "post", "patch", "delete"];

/**
 * One line per operation part whose types no longer fit; empty when code written for the base
 * still compiles against the new contract.
 * @example
 * const problems = await checkTypeCompatibility(released, loadContract("klantinteracties"));
 * // ["request body of POST /partijen: Property 'naam' is missing …"]
 */
export async function checkTypeCompatibility(base: JsonObject, current: JsonObject): Promise<string[]> {
  // inside the package, so that the check resolves openapi-typescript-helpers from node_modules
  const dir = mkdtempSync(fileURLToPath(new URL("../../.sdk-check-diff-", import.meta.url)));
  try {
    writeFileSync(join(dir, "base.ts"), astToString(await openapiTS(base as never, { readWriteMarkers: true })));
    writeFileSync(join(dir, "current.ts"), astToString(await openapiTS(current as never, { readWriteMarkers: true })));
    const { source, labels } = assignments(base, current);
    writeFileSync(join(dir, "check.ts"), source);
    const program = ts.createProgram([join(dir, "check.ts")], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      const message = ts.flattenDiagnosticMessageText(d.messageText, " ").slice(-400);
      return `${labels.get(line) ?? "check"}: ${message}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// one assignment per operation part present in both versions: `const x: Target = null as unknown as Source`
function assignments(base: JsonObject, current: JsonObject): { source: string; labels: Map<number, string> } {
  const lines = [
    'import type { Readable, Writable } from "openapi-typescript-helpers";',
    'import type { paths as Base } from "./base.ts";',
    'import type { paths as Current } from "./current.ts";',
  ];
  const labels = new Map<number, string>();
  const add = (label: string, target: string, source: string): void => {
    labels.set(lines.length, label);
    lines.push(`export const c${lines.length}: ${target} = null as unknown as ${source};`);
  };
  for (const [path, item] of Object.entries(asObject(base.paths) ?? {})) {
    const currentItem = asObject(asObject(current.paths)?.[path]);
    for (const method of METHODS.filter((m) => asObject(item)?.[m] && currentItem?.[m])) {
      const at = (side: string) => `${side}[${JSON.stringify(path)}]["${method}"]`;
      const name = `${method.toUpperCase()} ${path}`;
      add(`parameters of ${name}`, `${at("Current")}["parameters"]`, `${at("Base")}["parameters"]`);
      const json = (operation: JsonObject | undefined) =>
        asObject(asObject(asObject(operation?.requestBody)?.content)?.["application/json"]);
      if (json(asObject(asObject(item)?.[method])) && json(asObject(currentItem?.[method]))) {
        // whether a body may be left out is the structural rules' business; here: its shape
        const body = (side: string) =>
          `Writable<NonNullable<${at(side)}["requestBody"]>["content"]["application/json"]>`;
        add(`request body of ${name}`, body("Current"), body("Base"));
      }
      const baseResponses = asObject(asObject(asObject(item)?.[method])?.responses) ?? {};
      const currentResponses = asObject(asObject(currentItem?.[method])?.responses) ?? {};
      for (const status of Object.keys(baseResponses).filter((s) => /^2/.test(s) && s in currentResponses)) {
        const json = (responses: JsonObject) =>
          asObject(asObject(asObject(responses[status])?.content)?.["application/json"]);
        if (json(baseResponses) && json(currentResponses)) {
          const body = (side: string) => `Readable<${at(side)}["responses"][${status}]["content"]["application/json"]>`;
          add(`response ${status} of ${name}`, body("Base"), body("Current"));
        }
      }
    }
  }
  return { source: `${lines.join("\n")}\n`, labels };
}
