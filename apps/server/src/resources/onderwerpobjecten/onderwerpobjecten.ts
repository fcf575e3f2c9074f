/**
 * `/onderwerpobjecten`: what a klantcontact was about (a zaak, a product, …), or a previous
 * klantcontact that is itself the subject (`wasKlantcontact`). `DELETE …?cascade=true` also
 * clears the linked klantcontacten that nothing else is about any more.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact, lastSegmentUuid } from "../../http/filters.ts";
import { Problem } from "../../http/problem.ts";
import { referenceOut } from "../../http/references.ts";
import type { ApiUrls } from "../../http/urls.ts";
import { writeEvent } from "../crudRouter.ts";
import { defineResource } from "../resource.ts";
import {
  type IdentificatorRow,
  identificatorColumns,
  identificatorGroup,
  identificatorOut,
} from "../shared/identificator.ts";
import { emitWrite } from "../writeEvents.ts";

type Onderwerpobject = components["schemas"]["Onderwerpobject"];
type DeleteResponse = components["schemas"]["OnderwerpobjectDeleteResponse"];

/** A row of `onderwerpobjecten` with the uuids of both klantcontacten. */
export interface OnderwerpobjectRow extends IdentificatorRow<"identificator"> {
  id: string;
  uuid: string;
  klantcontact_id: string | null;
  klantcontact_uuid: string | null;
  was_klantcontact_id: string | null;
  was_klantcontact_uuid: string | null;
}

const IDENTIFICATOR = identificatorColumns("identificator");

/**
 * Whether a `cascade` query value switches cascading on: only the text `true`, in any case.
 * @example
 * isCascade("TRUE"); // true
 * isCascade("1"); // false
 */
export function isCascade(value: string | null): boolean {
  return value?.toLowerCase() === "true";
}

/**
 * Deletes an onderwerpobject and, for each of its klantcontacten that no other onderwerpobject
 * refers to (through either link), that klantcontact with the partij-less digitale adressen of its
 * betrokkenen (the rest of it goes by cascading keys). Returns the URLs of the klantcontacten kept.
 * @example
 * const behouden = await deleteCascading(trx, uuid, urls); // ["https://…/klantcontacten/…"]
 */
export async function deleteCascading(
  trx: Knex.Transaction,
  uuid: string,
  urls: ApiUrls,
): Promise<{ behouden: string[]; deletedKlantcontacten: string[] }> {
  const row = await trx("onderwerpobjecten")
    .where({ uuid })
    .forUpdate()
    .first("id", "klantcontact_id", "was_klantcontact_id");
  if (!row) {
    throw new Problem("not_found", "Er is geen Onderwerpobject met deze uuid.");
  }
  const linked = [...new Set([row.klantcontact_id, row.was_klantcontact_id].filter((id) => id !== null).map(String))];
  const behouden: string[] = [];
  const deletedKlantcontacten: string[] = [];
  for (const klantcontactId of linked) {
    const klantcontact = await trx("klantcontacten").where({ id: klantcontactId }).forUpdate().first("uuid");
    if (!klantcontact) {
      // already gone with the previous one
      continue;
    }
    const elsewhere = await trx("onderwerpobjecten")
      .whereNot("id", row.id)
      .where((query) => query.where("klantcontact_id", klantcontactId).orWhere("was_klantcontact_id", klantcontactId))
      .first("id");
    if (elsewhere) {
      behouden.push(urls.resource("klantcontacten", klantcontact.uuid));
      continue;
    }
    await trx("digitale_adressen")
      .whereNull("verstrekt_door_partij_id")
      .whereIn(
        "verstrekt_door_betrokkene_id",
        trx("betrokkenen").where("had_klantcontact_id", klantcontactId).select("id"),
      )
      .delete();
    await trx("klantcontacten").where({ id: klantcontactId }).delete();
    deletedKlantcontacten.push(klantcontact.uuid);
  }
  await trx("onderwerpobjecten").where({ id: row.id }).delete();
  return { behouden, deletedKlantcontacten };
}

/**
 * The declaration of `/onderwerpobjecten`.
 * @example
 * apiRouter.use("/onderwerpobjecten", crudRouter(onderwerpobjecten, db, registry));
 */
export const onderwerpobjecten = defineResource<OnderwerpobjectRow, Onderwerpobject>({
  collection: "onderwerpobjecten",
  model: "Onderwerpobject",
  table: "onderwerpobjecten",
  select: (db) =>
    db("onderwerpobjecten")
      .leftJoin("klantcontacten as kc", "kc.id", "onderwerpobjecten.klantcontact_id")
      .leftJoin("klantcontacten as wkc", "wkc.id", "onderwerpobjecten.was_klantcontact_id")
      .select("onderwerpobjecten.*", "kc.uuid as klantcontact_uuid", "wkc.uuid as was_klantcontact_uuid"),
  columns: {},
  groups: { onderwerpobjectidentificator: identificatorGroup("identificator") },
  references: {
    klantcontact: {
      column: "klantcontact_id",
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
    },
    wasKlantcontact: {
      column: "was_klantcontact_id",
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
    },
  },
  filters: {
    klantcontact__uuid: exact("kc.uuid"),
    klantcontact__url: lastSegmentUuid("kc.uuid"),
    wasKlantcontact__uuid: exact("wkc.uuid"),
    wasKlantcontact__url: lastSegmentUuid("wkc.uuid"),
    onderwerpobjectidentificatorObjectId: exact(`onderwerpobjecten.${IDENTIFICATOR.objectId}`),
    onderwerpobjectidentificatorCodeObjecttype: exact(`onderwerpobjecten.${IDENTIFICATOR.codeObjecttype}`),
    onderwerpobjectidentificatorCodeRegister: exact(`onderwerpobjecten.${IDENTIFICATOR.codeRegister}`),
    onderwerpobjectidentificatorCodeSoortObjectId: exact(`onderwerpobjecten.${IDENTIFICATOR.codeSoortObjectId}`),
  },
  routes: (router, context) => {
    // with cascade=true: 200 {behouden}; otherwise the generic delete (204)
    router.delete("/:uuid", async (req, res, next) => {
      if (!isCascade(new URL(req.originalUrl, "http://localhost").searchParams.get("cascade"))) {
        return next();
      }
      const urls = res.locals.urls as ApiUrls;
      const behouden = await context.db.transaction(async (trx) => {
        const deleted = await deleteCascading(trx, req.params.uuid, urls);
        const events = [
          writeEvent(
            req,
            res,
            { collection: "onderwerpobjecten", model: "Onderwerpobject" },
            req.params.uuid,
            "destroy",
            {},
          ),
          ...deleted.deletedKlantcontacten.map((uuid) =>
            writeEvent(req, res, { collection: "klantcontacten", model: "Klantcontact" }, uuid, "destroy", {}),
          ),
        ];
        for (const event of events) {
          await emitWrite(trx, context.onWrite, event);
        }
        return deleted.behouden;
      });
      const body: DeleteResponse = { behouden };
      res.status(200).json(body);
    });
  },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("onderwerpobjecten", row.uuid),
    klantcontact: referenceOut(urls, "klantcontacten", row.klantcontact_uuid),
    wasKlantcontact: referenceOut(urls, "klantcontacten", row.was_klantcontact_uuid),
    onderwerpobjectidentificator: identificatorOut(row, "identificator"),
  }),
});
