/**
 * The whole catalogue of checks, built from the contract and the fixture builders, plus what the
 * catalogue could not derive (reported as not covered).
 * @module
 */
import type { ContractIndex } from "../contract/operations.ts";
import { RESOURCES, RESOURCES_BY_NAME } from "../fixtures/resources.ts";
import { authChecks } from "./auth.ts";
import { businessRuleChecks } from "./businessRules.ts";
import type { Check } from "./check.ts";
import { apiReadChecks, coreReadChecks } from "./coreRead.ts";
import { coreWriteChecks } from "./coreWrite.ts";
import { expandChecks } from "./expand.ts";
import { filterChecks } from "./filters.ts";
import { maakKlantcontactChecks } from "./maakKlantcontact.ts";
import { robustnessChecks } from "./robustness.ts";

/** Every check, and the filters and expand values without one. */
export interface Catalogue {
  checks: Check[];
  uncovered: string[];
}

/**
 * Builds the catalogue.
 * @example
 * buildCatalogue(new ContractIndex()).checks.find((c) => c.id === "core-write/partijen/lifecycle");
 */
export function buildCatalogue(index: ContractIndex): Catalogue {
  const checks: Check[] = [...apiReadChecks(index, "klantinteracties"), ...apiReadChecks(index, "contactgegevens")];
  const uncovered: string[] = [];
  for (const spec of RESOURCES) {
    checks.push(...coreReadChecks(index, spec), ...coreWriteChecks(index, spec));
    const filters = filterChecks(index, spec, RESOURCES_BY_NAME);
    const expand = expandChecks(index, spec);
    checks.push(...filters.checks, ...expand.checks, ...authChecks(index, spec), ...robustnessChecks(index, spec));
    uncovered.push(...filters.uncovered, ...expand.uncovered);
  }
  checks.push(...maakKlantcontactChecks(), ...businessRuleChecks(), ...maakKlantcontactRobustness(index));
  const ids = new Set<string>();
  for (const check of checks) {
    if (ids.has(check.id)) {
      throw new Error(`duplicate check id ${check.id}`);
    }
    ids.add(check.id);
  }
  return { checks, uncovered };
}

function maakKlantcontactRobustness(index: ContractIndex): Check[] {
  return robustnessChecks(index, {
    name: "maak-klantcontact",
    api: "klantinteracties",
    path: "/maak-klantcontact",
    operationPrefix: "maakKlantcontact",
    build: async (f) => ({ klantcontact: await f.body("klantcontacten") }),
    change: () => ({}),
  }).filter((check) => check.kind === "property-based");
}
