/**
 * The APIs this server serves and the resources each has so far. Contract paths without a
 * resource here answer 501 until their resource is declared.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import type { Router } from "express";
import { actoren } from "./resources/actoren/actoren.ts";
import { actorklantcontacten } from "./resources/actorklantcontacten/actorklantcontacten.ts";
import { betrokkenen } from "./resources/betrokkenen/betrokkenen.ts";
import { bijlagen } from "./resources/bijlagen/bijlagen.ts";
import { categorieen } from "./resources/categorieen/categorieen.ts";
import { categorieRelaties } from "./resources/categorieRelaties/categorieRelaties.ts";
import { organisaties } from "./resources/contactgegevens/organisaties/organisaties.ts";
import { personen } from "./resources/contactgegevens/personen/personen.ts";
import { digitaleAdressen } from "./resources/digitaleAdressen/digitaleAdressen.ts";
import { internetaken } from "./resources/internetaken/internetaken.ts";
import { klantcontacten } from "./resources/klantcontacten/klantcontacten.ts";
import { maakKlantcontactRouter } from "./resources/maakKlantcontact/maakKlantcontact.ts";
import { onderwerpobjecten } from "./resources/onderwerpobjecten/onderwerpobjecten.ts";
import { partijen } from "./resources/partijen/partijen.ts";
import { partijIdentificatoren } from "./resources/partijIdentificatoren/partijIdentificatoren.ts";
import type { ApiContext } from "./resources/present.ts";
import { rekeningnummers } from "./resources/rekeningnummers/rekeningnummers.ts";
import type { AnyResource } from "./resources/resource.ts";
import { vertegenwoordigingen } from "./resources/vertegenwoordigingen/vertegenwoordigingen.ts";

/** One API: its contract and its implemented resources. */
export interface ApiDefinition {
  name: ApiName;
  resources: AnyResource[];
  /** Operations that are not a collection (e.g. `/maak-klantcontact`), mounted at the API root. */
  operations?: ((context: ApiContext) => Router)[];
}

/**
 * Every API of the server.
 * @example
 * APIS.map((api) => api.name); // ["klantinteracties", "contactgegevens"]
 */
export const APIS: ApiDefinition[] = [
  {
    name: "klantinteracties",
    operations: [maakKlantcontactRouter],
    resources: [
      klantcontacten,
      betrokkenen,
      onderwerpobjecten,
      bijlagen,
      actoren,
      actorklantcontacten,
      internetaken,
      categorieen,
      categorieRelaties,
      rekeningnummers,
      digitaleAdressen,
      partijen,
      partijIdentificatoren,
      vertegenwoordigingen,
    ],
  },
  { name: "contactgegevens", resources: [organisaties, personen] },
];
