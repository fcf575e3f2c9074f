/**
 * Contactgegevens `/organisatie` (a singular path in the standard): an organisatie's handelsnaam,
 * founding and closing dates and address. No filters, no relations; the dates are not compared.
 * @module
 */
import type { components } from "../../../generated/contactgegevens.ts";
import { defineResource } from "../../resource.ts";
import { type AdresRow, adresGroup, adresOut, adresRule } from "../../shared/adres.ts";

type Organisatie = components["schemas"]["Organisatie"];

/** A row of `contactgegevens_organisaties`. */
export interface OrganisatieRow extends AdresRow<"adres"> {
  id: string;
  uuid: string;
  handelsnaam: string;
  oprichtingsdatum: string | null;
  opheffingsdatum: string | null;
}

/**
 * The declaration of `/organisatie`.
 * @example
 * apiRouter.use("/organisatie", crudRouter(organisaties, db));
 */
export const organisaties = defineResource<OrganisatieRow, Organisatie>({
  collection: "organisatie",
  model: "Organisatie",
  table: "contactgegevens_organisaties",
  columns: { handelsnaam: "handelsnaam", oprichtingsdatum: "oprichtingsdatum", opheffingsdatum: "opheffingsdatum" },
  groups: { adres: adresGroup("adres") },
  rules: [adresRule("adres")],
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("organisatie", row.uuid),
    handelsnaam: row.handelsnaam,
    oprichtingsdatum: row.oprichtingsdatum,
    opheffingsdatum: row.opheffingsdatum,
    adres: adresOut(row, "adres"),
  }),
});
