/**
 * Contactgegevens `/persoon` (a singular path in the standard): a person's names, sex, birth and
 * death dates and address. No filters, no relations; the dates are not compared.
 * @module
 */
import type { components } from "../../../generated/contactgegevens.ts";
import { defineResource } from "../../resource.ts";
import { type AdresRow, adresGroup, adresOut, adresRule } from "../../shared/adres.ts";

type Persoon = components["schemas"]["Persoon"];

/** A row of `contactgegevens_personen`. */
export interface PersoonRow extends AdresRow<"adres"> {
  id: string;
  uuid: string;
  geboortedatum: string;
  overlijdensdatum: string | null;
  geslachtsnaam: string;
  geslacht: NonNullable<Persoon["geslacht"]>;
  voorvoegsel: string;
  voornamen: string;
}

/**
 * The declaration of `/persoon`.
 * @example
 * apiRouter.use("/persoon", crudRouter(personen, db));
 */
export const personen = defineResource<PersoonRow, Persoon>({
  collection: "persoon",
  model: "Persoon",
  table: "contactgegevens_personen",
  columns: {
    geboortedatum: "geboortedatum",
    overlijdensdatum: "overlijdensdatum",
    geslachtsnaam: "geslachtsnaam",
    geslacht: "geslacht",
    voorvoegsel: "voorvoegsel",
    voornamen: "voornamen",
  },
  groups: { adres: adresGroup("adres") },
  rules: [adresRule("adres")],
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("persoon", row.uuid),
    geboortedatum: row.geboortedatum,
    overlijdensdatum: row.overlijdensdatum,
    geslachtsnaam: row.geslachtsnaam,
    geslacht: row.geslacht,
    voorvoegsel: row.voorvoegsel,
    voornamen: row.voornamen,
    adres: adresOut(row, "adres"),
  }),
});
