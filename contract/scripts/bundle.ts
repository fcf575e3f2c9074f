/**
 * Writes dist/<api>.yaml and dist/<api>.json from the source in openapi/; with `--check`, writes
 * nothing and fails when dist/ is not what the source gives (run in CI, like Fastify's integrity
 * checks of its generated files).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { API_NAMES, bundle, GENERATED_NOTICE } from "../src/bundle.ts";

const check = process.argv.includes("--check");
// `--out DIR` writes elsewhere, so that several people can try a change without touching dist/
const outIndex = process.argv.indexOf("--out");
const distDir = outIndex > 0 ? `${process.argv[outIndex + 1]}/` : fileURLToPath(new URL("../dist/", import.meta.url));
mkdirSync(distDir, { recursive: true });
let stale = 0;
for (const api of API_NAMES) {
  const document = bundle(api);
  // YAML 1.1 quoting keeps dates and yes/no as strings for 1.1 readers (PyYAML, many tools)
  const outputs = {
    [`${api}.yaml`]: `# ${GENERATED_NOTICE}\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" })}`,
    [`${api}.json`]: `${JSON.stringify(document, null, 2)}\n`,
  };
  for (const [name, text] of Object.entries(outputs)) {
    const file = `${distDir}${name}`;
    if (!check) {
      writeFileSync(file, text);
      continue;
    }
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current !== text) {
      stale += 1;
      console.error(`contract/dist/${name} is stale: run \`npm run build -w contract\` and commit the result`);
    }
  }
}
if (stale > 0) {
  process.exit(1);
}
console.log(check ? "contract/dist is up to date" : `wrote ${API_NAMES.length * 2} files to contract/dist`);
