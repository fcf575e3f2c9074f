/**
 * Releases of the contract: `releases/<version>/` keeps the bundles as they were released, the
 * base every later change is compared with, and CHANGELOG.md says what each release changed.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { API_NAMES } from "../bundle.ts";
import { loadContract } from "../index.ts";
import type { JsonObject } from "../types.ts";
import { diffContracts } from "./index.ts";
import { formatReport } from "./report.ts";
import { listReleases, RELEASES_DIR, readContractFile, releaseFile } from "./sources.ts";
import { compareVersions } from "./version.ts";

export const CHANGELOG = fileURLToPath(new URL("../../CHANGELOG.md", import.meta.url));
const CHANGELOG_HEADER = `# Changelog of the contract

Each release keeps its bundles in \`releases/<version>/\`. An entry starts as the output of
\`npm run contract:release\` (the diff against the previous release); edit it to tell clients what
to do.
`;

/**
 * Records the current bundles as release `version` and puts its changelog entry on top of
 * CHANGELOG.md; returns the entry. Refuses a version that exists or is not above the latest.
 * @example
 * const entry = await recordRelease("0.10.0");
 */
export async function recordRelease(
  version: string,
  options: { dir?: string; changelog?: string; date?: string } = {},
): Promise<string> {
  const dir = options.dir ?? RELEASES_DIR;
  const changelog = options.changelog ?? CHANGELOG;
  const previous = listReleases(dir).at(-1);
  if (!/^\d+\.\d+\.\d+$/.test(version) || (previous && compareVersions(version, previous) <= 0)) {
    throw new Error(`release ${version} must be a version above the latest one (${previous ?? "none"})`);
  }
  const sections: string[] = [];
  for (const api of API_NAMES) {
    const current = loadContract(api) as unknown as JsonObject;
    if (!previous) {
      sections.push(`### ${api} ${String((current.info as JsonObject).version)}\n\nFirst recorded release.`);
      continue;
    }
    const report = await diffContracts(readContractFile(releaseFile(previous, api, dir)), current, {
      api,
      baseLabel: `release ${previous}`,
      currentLabel: `release ${version}`,
    });
    sections.push(formatReport(report, "markdown"));
  }
  for (const api of API_NAMES) {
    mkdirSync(`${dir}${version}`, { recursive: true });
    writeFileSync(releaseFile(version, api, dir), `${JSON.stringify(loadContract(api), null, 2)}\n`);
  }
  const entry = `## ${version} (${options.date ?? new Date().toISOString().slice(0, 10)})\n\n${sections.join("\n\n")}\n`;
  const old = existsSync(changelog) ? readFileSync(changelog, "utf8").replace(CHANGELOG_HEADER, "") : "";
  writeFileSync(changelog, `${CHANGELOG_HEADER}\n${entry}${old ? `\n${old.trimStart()}` : ""}`);
  return entry;
}
