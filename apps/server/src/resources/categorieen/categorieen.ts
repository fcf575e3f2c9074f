/**
 * `/categorieen`: the groups partijen are put in. No filters, no rules; every field optional.
 * @module
 */
import type { components } from "../../generated/klantinteracties.ts";
import { defineResource } from "../resource.ts";

type Categorie = components["schemas"]["Categorie"];

/** A row of `categorieen`. */
export interface CategorieRow {
  id: string;
  uuid: string;
  naam: string;
}

/**
 * The declaration of `/categorieen`.
 * @example
 * apiRouter.use("/categorieen", crudRouter(categorieen, db));
 */
export const categorieen = defineResource<CategorieRow, Categorie>({
  collection: "categorieen",
  model: "Categorie",
  table: "categorieen",
  columns: { naam: "naam" },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("categorieen", row.uuid),
    naam: row.naam,
  }),
});
