/**
 * Writes dist/<api>.yaml and dist/<api>.json from the source in openapi/; with `--check`, writes
 * nothing and fails when dist/ is not what the source gives (run by `build` and in CI, like
 * Fastify's integrity checks of its generated files). `--out DIR` writes elsewhere, so that
 * several people can try a change without touching dist/.
 */
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { API_NAMES, bundle, GENERATED_NOTICE } from "../src/bundle.ts";
import { syncGeneratedFiles } from "../src/generated-files.ts";

const outIndex = process.argv.indexOf("--out");
const distDir = outIndex > 0 ? `${process.argv[outIndex + 1]}/` : fileURLToPath(new URL("../dist/", import.meta.url));
const files: Record<string, string> = {};
for (const api of API_NAMES) {
  const document = bundle(api);
  // YAML 1.1 quoting keeps dates and yes/no as strings for 1.1 readers (PyYAML, many tools)
  const yaml = stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" });
  files[`${distDir}${api}.yaml`] = `# ${GENERATED_NOTICE}\n${yaml}`;
  files[`${distDir}${api}.json`] = `${JSON.stringify(document, null, 2)}\n`;
}
const stale = syncGeneratedFiles(files, {
  check: process.argv.includes("--check"),
  command: "npm run generate -w contract",
});
process.exit(stale.length > 0 ? 1 : 0);
