/**
 * `/bijlagen`: a document or other object in another register that belongs to a klantcontact.
 * @module
 */
import type { components } from "../../generated/klantinteracties.ts";
import { exact } from "../../http/filters.ts";
import { referenceOut } from "../../http/references.ts";
import { defineResource } from "../resource.ts";
import {
  type IdentificatorRow,
  identificatorColumns,
  identificatorGroup,
  identificatorOut,
} from "../shared/identificator.ts";

type Bijlage = components["schemas"]["Bijlage"];

/** A row of `bijlagen` with the uuid of its klantcontact. */
export interface BijlageRow extends IdentificatorRow<"identificator"> {
  id: string;
  uuid: string;
  was_bijlage_van_klantcontact_id: string | null;
  klantcontact_uuid: string | null;
}

const IDENTIFICATOR = identificatorColumns("identificator");

/**
 * The declaration of `/bijlagen`. Its klantcontact filter is named `klantcontact__uuid`, although
 * the field is `wasBijlageVanKlantcontact` (the standard's naming).
 * @example
 * apiRouter.use("/bijlagen", crudRouter(bijlagen, db, registry));
 */
export const bijlagen = defineResource<BijlageRow, Bijlage>({
  collection: "bijlagen",
  model: "Bijlage",
  table: "bijlagen",
  select: (db) =>
    db("bijlagen")
      .leftJoin("klantcontacten", "klantcontacten.id", "bijlagen.was_bijlage_van_klantcontact_id")
      .select("bijlagen.*", "klantcontacten.uuid as klantcontact_uuid"),
  columns: {},
  groups: { bijlageidentificator: identificatorGroup("identificator") },
  references: {
    wasBijlageVanKlantcontact: {
      column: "was_bijlage_van_klantcontact_id",
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
    },
  },
  filters: {
    klantcontact__uuid: exact("klantcontacten.uuid"),
    bijlageidentificatorObjectId: exact(`bijlagen.${IDENTIFICATOR.objectId}`),
    bijlageidentificatorCodeObjecttype: exact(`bijlagen.${IDENTIFICATOR.codeObjecttype}`),
    bijlageidentificatorCodeRegister: exact(`bijlagen.${IDENTIFICATOR.codeRegister}`),
    bijlageidentificatorCodeSoortObjectId: exact(`bijlagen.${IDENTIFICATOR.codeSoortObjectId}`),
  },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("bijlagen", row.uuid),
    wasBijlageVanKlantcontact: referenceOut(urls, "klantcontacten", row.klantcontact_uuid),
    bijlageidentificator: identificatorOut(row, "identificator"),
  }),
});
