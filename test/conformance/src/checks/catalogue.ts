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
import { conditionalRequestChecks } from "./conditionalRequests.ts";
import { contentNegotiationChecks } from "./contentNegotiation.ts";
import { apiReadChecks, coreReadChecks } from "./coreRead.ts";
import { coreWriteChecks } from "./coreWrite.ts";
import { deleteCascadeChecks } from "./deleteCascades.ts";
import { expandChecks } from "./expand.ts";
import { filterChecks } from "./filters.ts";
import { listOrderChecks } from "./listOrder.ts";
import { maakKlantcontactChecks } from "./maakKlantcontact.ts";
import { robustnessChecks } from "./robustness.ts";
import { writeSemanticsChecks } from "./writeSemantics.ts";

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
  const checks: Check[] = [];
  for (const api of ["klantinteracties", "contactgegevens"] as const) {
    checks.push(...apiReadChecks(index, api), ...contentNegotiationChecks(index, api));
  }
  const uncovered: string[] = [];
  for (const spec of RESOURCES) {
    checks.push(
      ...coreReadChecks(index, spec),
      ...listOrderChecks(index, spec),
      ...coreWriteChecks(index, spec),
      ...writeSemanticsChecks(index, spec),
      ...conditionalRequestChecks(index, spec),
    );
    const filters = filterChecks(index, spec, RESOURCES_BY_NAME);
    const expand = expandChecks(index, spec);
    checks.push(...filters.checks, ...expand.checks, ...authChecks(index, spec), ...robustnessChecks(index, spec));
    uncovered.push(...filters.uncovered, ...expand.uncovered);
  }
  checks.push(
    ...maakKlantcontactChecks(),
    ...businessRuleChecks(),
    ...deleteCascadeChecks(),
    ...maakKlantcontactRobustness(index),
  );
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
