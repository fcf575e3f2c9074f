/**
 * Runs the official Logius API Design Rules rulesets (from ../shared/reference, which may not be
 * copied into this repo) over the bundles. Errors fail the run, except the camelCase rule on the
 * query names the reference wire format mandates: exactly the names our ruleset exempts.
 * Skips (and says so) when the rulesets are not beside the repo.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const referenceDir = here("../../../shared/reference/");
const rulesets = ["logius-adr-2.1.0-spectral-ruleset.yaml", "logius-adr-2.2.0-rc-spectral-ruleset.yaml"];
const bundles = [here("../dist/klantinteracties.yaml"), here("../dist/contactgegevens.yaml")];
const ruleset = parse(readFileSync(here("../lint/ruleset.yaml"), "utf8"));
const exempt = new Set<string>(ruleset.rules["adr-query-camel-case"].then.functionOptions.exempt);

interface Finding {
  code: string;
  severity: number;
  message: string;
  path: string[];
  source: string;
}

let failures = 0;
for (const name of rulesets) {
  const file = `${referenceDir}${name}`;
  if (!existsSync(file)) {
    console.log(`${name}: not found beside the repo (../shared/reference), skipped`);
    continue;
  }
  let output: string;
  try {
    output = execFileSync("npx", ["spectral", "lint", "-r", file, "-f", "json", "--quiet", ...bundles], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // spectral exits 1 when it finds errors
  }
  const findings = JSON.parse(output) as Finding[];
  const errors = findings.filter((finding) => finding.severity === 0);
  const waived = errors.filter(
    (finding) => /query-keys-camel-case/.test(finding.code) && exempt.has(mandatedName(finding)),
  );
  const remaining = errors.filter((finding) => !waived.includes(finding));
  const warnings = findings.filter((finding) => finding.severity === 1).length;
  console.log(
    `${name}: ${remaining.length} errors, ${waived.length} waived (mandated query names), ${warnings} warnings`,
  );
  for (const finding of remaining) {
    console.log(`  ${finding.code} ${finding.path.join(".")}: ${finding.message}`);
  }
  failures += remaining.length;
}
process.exit(failures > 0 ? 1 : 0);

function mandatedName(finding: Finding): string {
  return finding.message.split(" ")[0] ?? "";
}
