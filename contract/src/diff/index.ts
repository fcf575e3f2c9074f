/**
 * Breaking-change detection for the contract: compare two versions, judge every change from a
 * client's side, and gate on `info.version`. `scripts/diff.ts` is the command line.
 * @module
 */
import type { JsonObject } from "../types.ts";
import { type AcceptedDeviation, acceptDeviations } from "./accepted.ts";
import { findChanges } from "./changes.ts";
import { countVerdicts, type DiffReport } from "./report.ts";
import { classify } from "./rules.ts";
import { checkTypeCompatibility } from "./type-compat.ts";
import { versionGate } from "./version.ts";

export { type AcceptedDeviation, readAcceptedDeviations } from "./accepted.ts";
export { countVerdicts, type DiffReport, type Format, formatReport } from "./report.ts";
export { type ClassifiedChange, classify, RULES, type Verdict } from "./rules.ts";
export { listReleases, RELEASES_DIR, readBase, readContractFile, releaseFile } from "./sources.ts";
export { checkTypeCompatibility } from "./type-compat.ts";
export { isMajorStep, versionGate } from "./version.ts";

export interface DiffOptions {
  api: string;
  baseLabel: string;
  currentLabel: string;
  /** Deviations to mark as accepted rather than breaking. */
  accepted?: AcceptedDeviation[];
  /** Also run the type-level check; a misfit there counts as breaking. */
  types?: boolean;
}

const versionOf = (document: JsonObject): string =>
  String((document.info as JsonObject | undefined)?.version ?? "0.0.0");

/**
 * Compares `base` with `current` and returns the judged changes and the gate's verdict.
 * @example
 * const report = await diffContracts(readBase(undefined, "klantinteracties").document, loadContract("klantinteracties"), {
 *   api: "klantinteracties", baseLabel: "release 0.9.0", currentLabel: "dist",
 * });
 * report.gate.ok; // false when something breaks without a major version step
 */
export async function diffContracts(base: JsonObject, current: JsonObject, options: DiffOptions): Promise<DiffReport> {
  const changes = acceptDeviations(findChanges(base, current).map(classify), options.accepted ?? []);
  const typeProblems = options.types ? await checkTypeCompatibility(base, current) : undefined;
  const breaking = countVerdicts(changes).breaking + (typeProblems?.length ?? 0);
  return {
    api: options.api,
    base: { label: options.baseLabel, version: versionOf(base) },
    current: { label: options.currentLabel, version: versionOf(current) },
    changes,
    gate: versionGate(versionOf(base), versionOf(current), breaking),
    typeProblems,
  };
}
