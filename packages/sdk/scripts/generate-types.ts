/**
 * Writes src/generated/<api>.ts (the types of the contract, by openapi-typescript with read/write
 * markers, so request bodies never demand read-only fields, and without `defaultNonNullable`, so they
 * do not demand a field the server defaults either: `Klantcontact.verdereActieOndernomen`, the only
 * one, which responses then type as optional too) from contract/dist. With `--check` it
 * writes nothing and fails when a file differs, so the SDK cannot drift from the contract.
 */
import { fileURLToPath } from "node:url";
import { API_NAMES, loadContract, syncGeneratedFiles } from "@klantinteracties/contract";
import openapiTS, { astToString } from "openapi-typescript";

const command = "npm run generate -w packages/sdk";
const files: Record<string, string> = {};
for (const api of API_NAMES) {
  const ast = await openapiTS(loadContract(api) as unknown as Parameters<typeof openapiTS>[0], {
    readWriteMarkers: true,
    defaultNonNullable: false,
  });
  files[fileURLToPath(new URL(`../src/generated/${api}.ts`, import.meta.url))] =
    `// Generated from contract/dist by \`${command}\`; do not edit.\n${astToString(ast)}`;
}
const stale = syncGeneratedFiles(files, { check: process.argv.includes("--check"), command });
process.exit(stale.length > 0 ? 1 : 0);
