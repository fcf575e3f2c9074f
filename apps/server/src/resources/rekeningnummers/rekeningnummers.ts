/**
 * `/rekeningnummers`: a partij's bank accounts. The contract already checks the IBAN's shape (no
 * mod-97, like the reference) and the BIC (8 to 11 characters without whitespace, or empty).
 * Deleting one clears the `voorkeursRekeningnummer` of its partij (the foreign key does that).
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact } from "../../http/filters.ts";
import { referenceOut } from "../../http/references.ts";
import { defineResource } from "../resource.ts";

type Rekeningnummer = components["schemas"]["Rekeningnummer"];

/** A row of `rekeningnummers` joined with its partij's uuid. */
export interface RekeningnummerRow {
  id: string;
  uuid: string;
  partij_id: string | null;
  partij_uuid: string | null;
  iban: string;
  bic: string;
}

/**
 * The declaration of `/rekeningnummers`.
 * @example
 * { name: "klantinteracties", resources: [rekeningnummers] }
 */
export const rekeningnummers = defineResource<RekeningnummerRow, Rekeningnummer>({
  collection: "rekeningnummers",
  model: "Rekeningnummer",
  table: "rekeningnummers",
  select: (db: Knex) =>
    db("rekeningnummers")
      .leftJoin("partijen", "partijen.id", "rekeningnummers.partij_id")
      .select("rekeningnummers.*", "partijen.uuid as partij_uuid"),
  columns: { iban: "iban", bic: "bic" },
  references: {
    partij: { column: "partij_id", collection: "partijen", model: "Partij", table: "partijen" },
  },
  filters: {
    iban: exact("rekeningnummers.iban"),
    bic: exact("rekeningnummers.bic"),
    uuid: exact("rekeningnummers.uuid"),
  },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("rekeningnummers", row.uuid),
    partij: referenceOut(urls, "partijen", row.partij_uuid),
    iban: row.iban,
    bic: row.bic,
  }),
});
