/**
 * Writes derived files, or with `check` only compares them: the one way the repo keeps generated
 * artefacts (contract/dist, the server's and the SDK's types) committed and fresh.
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";

/**
 * Writes each file (path → text), or, when `check` is set, writes nothing and returns the paths
 * whose committed text differs. Logs what it did; `command` is how to regenerate.
 * @example
 * const stale = syncGeneratedFiles({ "/repo/x/dist/a.json": text }, { check: true, command: "npm run generate -w x" });
 * if (stale.length > 0) process.exit(1);
 */
export function syncGeneratedFiles(
  files: Record<string, string>,
  options: { check: boolean; command: string },
): string[] {
  const stale: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!options.check) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      continue;
    }
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current !== text) {
      stale.push(file);
      console.error(`${relative(process.cwd(), file)} is stale: run \`${options.command}\` and commit the result`);
    }
  }
  if (options.check && stale.length === 0) {
    console.log(`${Object.keys(files).length} generated files are up to date`);
  } else if (!options.check) {
    console.log(`wrote ${Object.keys(files).length} generated files`);
  }
  return stale;
}
