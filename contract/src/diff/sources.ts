/**
 * Where the two sides of a diff come from: a released version in `releases/`, a file (YAML or
 * JSON), or `dist/<api>.json` as committed at a git ref.
 * @module
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { ApiName } from "../bundle.ts";
import type { JsonObject } from "../types.ts";
import { compareVersions } from "./version.ts";

export const RELEASES_DIR = fileURLToPath(new URL("../../releases/", import.meta.url));
const CONTRACT_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** Released versions, oldest first. */
export function listReleases(dir = RELEASES_DIR): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+\.\d+\.\d+/.test(entry.name))
    .map((entry) => entry.name)
    .sort(compareVersions);
}

/** Path of one API's contract in a release, e.g. `releases/0.9.0/klantinteracties.json`. */
export function releaseFile(version: string, api: ApiName, dir = RELEASES_DIR): string {
  return `${dir}${version}/${api}.json`;
}

/** A contract file, YAML or JSON by its extension. */
export function readContractFile(file: string): JsonObject {
  const text = readFileSync(file, "utf8");
  return (file.endsWith(".json") ? JSON.parse(text) : parse(text)) as JsonObject;
}

/**
 * The base to compare with, and a label for reports: the latest release without `spec`, else the
 * file `spec` names, else `dist/<api>.json` at the git ref `spec`.
 * @example
 * readBase(undefined, "klantinteracties").label; // "release 0.9.0"
 * readBase("main~3", "contactgegevens").label; // "main~3"
 */
export function readBase(spec: string | undefined, api: ApiName): { document: JsonObject; label: string } {
  if (spec === undefined) {
    const latest = listReleases().at(-1);
    if (!latest) {
      throw new Error("no release recorded in contract/releases: pass --base <git-ref | file>");
    }
    return { document: readContractFile(releaseFile(latest, api)), label: `release ${latest}` };
  }
  if (existsSync(spec)) {
    return { document: readContractFile(spec), label: spec };
  }
  const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: CONTRACT_DIR, encoding: "utf8" }).trim();
  const text = execFileSync("git", ["show", `${spec}:contract/dist/${api}.json`], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { document: JSON.parse(text) as JsonObject, label: spec };
}
