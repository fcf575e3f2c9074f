/**
 * The APIs this server serves and the resources each has so far. Contract paths without a
 * resource here answer 501 until their resource is declared.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import { categorieen } from "./resources/categorieen/categorieen.ts";
import { categorieRelaties } from "./resources/categorieRelaties/categorieRelaties.ts";
import { organisaties } from "./resources/contactgegevens/organisaties/organisaties.ts";
import { personen } from "./resources/contactgegevens/personen/personen.ts";
import type { AnyResource } from "./resources/resource.ts";

/** One API: its contract and its implemented resources. */
export interface ApiDefinition {
  name: ApiName;
  resources: AnyResource[];
}

/**
 * Every API of the server.
 * @example
 * APIS.map((api) => api.name); // ["klantinteracties", "contactgegevens"]
 */
export const APIS: ApiDefinition[] = [
  { name: "klantinteracties", resources: [categorieen, categorieRelaties] },
  { name: "contactgegevens", resources: [organisaties, personen] },
];
