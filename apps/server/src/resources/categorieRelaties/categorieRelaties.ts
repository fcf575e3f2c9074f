/**
 * `/categorie-relaties`: a partij in a categorie for a period. `beginDatum` defaults to today.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact, lastSegmentUuid, matchesNothing } from "../../http/filters.ts";
import { referenceOut } from "../../http/references.ts";
import { defineResource, todayInNetherlands } from "../resource.ts";

type CategorieRelatie = components["schemas"]["CategorieRelatie"];

/** A row of `categorie_relaties` joined with its categorie's uuid and naam. */
export interface CategorieRelatieRow {
  id: string;
  uuid: string;
  partij_uuid: string | null;
  categorie_id: string | null;
  categorie_uuid: string | null;
  categorie_naam: string | null;
  begin_datum: string | null;
  eind_datum: string | null;
}

/**
 * The declaration of `/categorie-relaties`.
 * @example
 * apiRouter.use("/categorie-relaties", crudRouter(categorieRelaties, db));
 */
export const categorieRelaties = defineResource<CategorieRelatieRow, CategorieRelatie>({
  collection: "categorie-relaties",
  model: "CategorieRelatie",
  table: "categorie_relaties",
  select: (db: Knex) =>
    db("categorie_relaties")
      .leftJoin("categorieen", "categorieen.id", "categorie_relaties.categorie_id")
      .select("categorie_relaties.*", "categorieen.uuid as categorie_uuid", "categorieen.naam as categorie_naam"),
  columns: { beginDatum: "begin_datum", eindDatum: "eind_datum" },
  references: {
    // no `table` yet: partij uuids are stored unchecked until /partijen exists
    partij: { column: "partij_uuid", collection: "partijen", model: "Partij" },
    categorie: { column: "categorie_id", collection: "categorieen", model: "Categorie", table: "categorieen" },
  },
  filters: {
    partij__uuid: exact("categorie_relaties.partij_uuid"),
    partij__url: lastSegmentUuid("categorie_relaties.partij_uuid"),
    // partijen have no nummer here yet, so no relation can match one
    partij__nummer: matchesNothing(),
    categorie__uuid: exact("categorieen.uuid"),
    categorie__url: lastSegmentUuid("categorieen.uuid"),
    categorie__naam: exact("categorieen.naam"),
    beginDatum: exact("categorie_relaties.begin_datum"),
    eindDatum: exact("categorie_relaties.eind_datum"),
  },
  createDefaults: { beginDatum: todayInNetherlands },
  toContract: (row, urls) => {
    const categorie = referenceOut(urls, "categorieen", row.categorie_uuid);
    return {
      uuid: row.uuid,
      url: urls.resource("categorie-relaties", row.uuid),
      partij: referenceOut(urls, "partijen", row.partij_uuid),
      categorie: categorie && { ...categorie, naam: row.categorie_naam ?? "" },
      beginDatum: row.begin_datum,
      eindDatum: row.eind_datum,
    };
  },
});
