/**
 * `/vertegenwoordigingen`: one partij acts for another (a curator, a bewindvoerder). Each pair
 * occurs once and a partij cannot represent itself; both rules are checked on the pair as it will
 * be stored, so a PATCH of one side counts too.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact, lastSegmentUuid } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import type { ReferenceOut } from "../../http/references.ts";
import type { ApiUrls } from "../../http/urls.ts";
import { defineResource, type Rule } from "../resource.ts";

type Vertegenwoordiging = components["schemas"]["Vertegenwoordiging"];

/** A row of `vertegenwoordigingen` with the uuids of both partijen. */
export interface VertegenwoordigingRow {
  id: string;
  uuid: string;
  vertegenwoordigende_partij_id: string;
  vertegenwoordigende_partij_uuid: string;
  vertegenwoordigde_partij_id: string;
  vertegenwoordigde_partij_uuid: string;
}

// the uuid of one side as it will be stored: the body's, else the stored one
function side(body: Record<string, unknown>, field: string, stored: string | undefined): string | undefined {
  const given = body[field] as { uuid?: string } | undefined;
  return (given?.uuid ?? stored)?.toLowerCase();
}

const pairRules: Rule<VertegenwoordigingRow> = async ({ body, existing, trx }) => {
  const vertegenwoordigende = side(body, "vertegenwoordigendePartij", existing?.vertegenwoordigende_partij_uuid);
  const vertegenwoordigde = side(body, "vertegenwoordigdePartij", existing?.vertegenwoordigde_partij_uuid);
  if (!vertegenwoordigende || !vertegenwoordigde) {
    return [];
  }
  if (vertegenwoordigende === vertegenwoordigde) {
    return [
      {
        name: "vertegenwoordigdePartij",
        code: "invalid",
        reason: "Een partij kan niet haar eigen vertegenwoordiger zijn.",
      },
    ];
  }
  const query = trx("vertegenwoordigingen as v")
    .join("partijen as ende", "ende.id", "v.vertegenwoordigende_partij_id")
    .join("partijen as de", "de.id", "v.vertegenwoordigde_partij_id")
    .where({ "ende.uuid": vertegenwoordigende, "de.uuid": vertegenwoordigde });
  if (existing) {
    query.whereNot("v.id", existing.id);
  }
  const taken: InvalidParam = {
    name: "nonFieldErrors",
    code: "unique",
    reason:
      "Deze partij vertegenwoordigt de andere al: de combinatie vertegenwoordigendePartij en vertegenwoordigdePartij bestaat al.",
  };
  return (await query.first("v.id")) ? [taken] : [];
};

// both sides are required, so never null
function partijRef(urls: ApiUrls, uuid: string): ReferenceOut {
  return { uuid, url: urls.resource("partijen", uuid) };
}

/**
 * The declaration of `/vertegenwoordigingen`.
 * @example
 * apiRouter.use("/vertegenwoordigingen", crudRouter(vertegenwoordigingen, db, registry));
 */
export const vertegenwoordigingen = defineResource<VertegenwoordigingRow, Vertegenwoordiging>({
  collection: "vertegenwoordigingen",
  model: "Vertegenwoordiging",
  table: "vertegenwoordigingen",
  select: (db: Knex) =>
    db("vertegenwoordigingen")
      .join(
        "partijen as vertegenwoordigende",
        "vertegenwoordigende.id",
        "vertegenwoordigingen.vertegenwoordigende_partij_id",
      )
      .join("partijen as vertegenwoordigde", "vertegenwoordigde.id", "vertegenwoordigingen.vertegenwoordigde_partij_id")
      .select(
        "vertegenwoordigingen.*",
        "vertegenwoordigende.uuid as vertegenwoordigende_partij_uuid",
        "vertegenwoordigde.uuid as vertegenwoordigde_partij_uuid",
      ),
  columns: {},
  references: {
    vertegenwoordigendePartij: {
      column: "vertegenwoordigende_partij_id",
      collection: "partijen",
      model: "Partij",
      table: "partijen",
    },
    vertegenwoordigdePartij: {
      column: "vertegenwoordigde_partij_id",
      collection: "partijen",
      model: "Partij",
      table: "partijen",
    },
  },
  filters: {
    vertegenwoordigendePartij__uuid: exact("vertegenwoordigende.uuid"),
    vertegenwoordigendePartij__url: lastSegmentUuid("vertegenwoordigende.uuid"),
    vertegenwoordigdePartij__uuid: exact("vertegenwoordigde.uuid"),
    vertegenwoordigdePartij__url: lastSegmentUuid("vertegenwoordigde.uuid"),
  },
  rules: [pairRules],
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("vertegenwoordigingen", row.uuid),
    vertegenwoordigendePartij: partijRef(urls, row.vertegenwoordigende_partij_uuid),
    vertegenwoordigdePartij: partijRef(urls, row.vertegenwoordigde_partij_uuid),
  }),
});
