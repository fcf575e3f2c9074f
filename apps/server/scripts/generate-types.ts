/**
 * Writes src/generated/<api>.ts (types of the contract, by openapi-typescript) from contract/dist;
 * with `--check`, writes nothing and fails when they differ, so the server cannot drift from the
 * contract unnoticed.
 */
import { fileURLToPath } from "node:url";
import { API_NAMES, loadContract, syncGeneratedFiles } from "@klantinteracties/contract";
import openapiTS, { astToString } from "openapi-typescript";

const command = "npm run generate -w apps/server";
const files: Record<string, string> = {};
for (const api of API_NAMES) {
  const ast = await openapiTS(loadContract(api) as unknown as Parameters<typeof openapiTS>[0]);
  files[fileURLToPath(new URL(`../src/generated/${api}.ts`, import.meta.url))] =
    `// Generated from contract/dist by \`${command}\`; do not edit.\n${astToString(ast)}`;
}
const stale = syncGeneratedFiles(files, { check: process.argv.includes("--check"), command });
process.exit(stale.length > 0 ? 1 : 0);
