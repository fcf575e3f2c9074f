/**
 * Deviations a maintainer accepted on purpose: changes the rules judge breaking that are known,
 * reasoned and reviewed (see `compat/`). They stay in the report, marked as accepted.
 * @module
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { ClassifiedChange } from "./rules.ts";

export interface AcceptedDeviation {
  /** Id of the rule that judged it breaking. */
  rule: string;
  /** Regular expression tested against `<where> <explanation>` of the change. */
  match: string;
  /** Why a client of the base is not hurt in practice. */
  why: string;
}

/** Reads a list of accepted deviations from a YAML file. */
export function readAcceptedDeviations(file: string): AcceptedDeviation[] {
  return parse(readFileSync(file, "utf8")) as AcceptedDeviation[];
}

/**
 * Marks each breaking change that an entry covers as `accepted`, with the entry's reason.
 * @example
 * const judged = acceptDeviations(changes, [{ rule: "limit", match: "`page`.*minimum 1", why: "pages start at 1" }]);
 */
export function acceptDeviations(changes: ClassifiedChange[], accepted: AcceptedDeviation[]): ClassifiedChange[] {
  const patterns = accepted.map((entry) => ({ ...entry, regex: new RegExp(entry.match) }));
  return changes.map((change) => {
    if (change.verdict !== "breaking") {
      return change;
    }
    const entry = patterns.find((p) => p.rule === change.rule && p.regex.test(`${change.where} ${change.explanation}`));
    return entry
      ? { ...change, verdict: "accepted", explanation: `${change.explanation} — accepted: ${entry.why}` }
      : change;
  });
}
