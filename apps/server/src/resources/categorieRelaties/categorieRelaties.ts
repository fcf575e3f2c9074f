/**
 * `/categorie-relaties`: a partij in a categorie for a period. `beginDatum` defaults to today.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact, lastSegmentUuid } from "../../http/filters.ts";
import { referenceOut } from "../../http/references.ts";
import { defineResource, todayInNetherlands } from "../resource.ts";

type CategorieRelatie = components["schemas"]["CategorieRelatie"];

/** A row of `categorie_relaties` joined with its categorie's uuid and naam. */
export interface CategorieRelatieRow {
  id: string;
  uuid: string;
  partij_id: string | null;
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
      .leftJoin("partijen", "partijen.id", "categorie_relaties.partij_id")
      .select(
        "categorie_relaties.*",
        "partijen.uuid as partij_uuid",
        "categorieen.uuid as categorie_uuid",
        "categorieen.naam as categorie_naam",
      ),
  columns: { beginDatum: "begin_datum", eindDatum: "eind_datum" },
  references: {
    partij: { column: "partij_id", collection: "partijen", model: "Partij", table: "partijen" },
    categorie: { column: "categorie_id", collection: "categorieen", model: "Categorie", table: "categorieen" },
  },
  filters: {
    partij__uuid: exact("partijen.uuid"),
    partij__url: lastSegmentUuid("partijen.uuid"),
    partij__nummer: exact("partijen.nummer"),
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
