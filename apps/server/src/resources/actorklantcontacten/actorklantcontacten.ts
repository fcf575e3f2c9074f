/**
 * `/actorklantcontacten`: an actor took part in a klantcontact on behalf of the gemeente. Each
 * pair exists once; deleting the actor or the klantcontact deletes the link.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { byUrl, exact, lastSegmentUuid, referencedBy } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import { defineResource, type Write } from "../resource.ts";

type ActorKlantcontact = components["schemas"]["ActorKlantcontact"];

/** A row of `actorklantcontacten` with the uuids of both ends. */
export interface ActorKlantcontactRow {
  id: string;
  uuid: string;
  actor_id: string;
  actor_uuid: string;
  klantcontact_id: string;
  klantcontact_uuid: string;
}

// the pair a write ends with must not be linked already (by another row); an unknown uuid is
// reported by the reference check, so it cannot collide here
async function uniquePair({ body, existing, trx }: Write<ActorKlantcontactRow>): Promise<InvalidParam[]> {
  const actor = (body.actor as { uuid?: string } | undefined)?.uuid ?? existing?.actor_uuid;
  const klantcontact = (body.klantcontact as { uuid?: string } | undefined)?.uuid ?? existing?.klantcontact_uuid;
  if (!actor || !klantcontact) {
    return [];
  }
  const taken = await trx("actorklantcontacten as ak")
    .join("actoren", "actoren.id", "ak.actor_id")
    .join("klantcontacten", "klantcontacten.id", "ak.klantcontact_id")
    .where("actoren.uuid", actor)
    .where("klantcontacten.uuid", klantcontact)
    .modify((query) => {
      if (existing) {
        query.whereNot("ak.id", existing.id);
      }
    })
    .first("ak.id");
  return taken
    ? [
        {
          name: "nonFieldErrors",
          code: "unique",
          reason:
            "Deze actor is al aan dit klantcontact gekoppeld: de combinatie actor en klantcontact moet uniek zijn.",
        },
      ]
    : [];
}

/**
 * The declaration of `/actorklantcontacten`.
 * @example
 * apiRouter.use("/actorklantcontacten", crudRouter(actorklantcontacten, db, registry));
 */
export const actorklantcontacten = defineResource<ActorKlantcontactRow, ActorKlantcontact>({
  collection: "actorklantcontacten",
  model: "ActorKlantcontact",
  table: "actorklantcontacten",
  select: (db: Knex) =>
    db("actorklantcontacten")
      .join("actoren", "actoren.id", "actorklantcontacten.actor_id")
      .join("klantcontacten", "klantcontacten.id", "actorklantcontacten.klantcontact_id")
      .select("actorklantcontacten.*", "actoren.uuid as actor_uuid", "klantcontacten.uuid as klantcontact_uuid"),
  columns: {},
  references: {
    actor: { column: "actor_id", collection: "actoren", model: "Actor", table: "actoren" },
    klantcontact: {
      column: "klantcontact_id",
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
    },
  },
  rules: [uniquePair],
  filters: {
    // "the klantcontacten of this medewerker" is the long list here: served by (actor_id, id)
    actor__uuid: referencedBy("actorklantcontacten.actor_id", "actoren"),
    actor__url: byUrl(referencedBy("actorklantcontacten.actor_id", "actoren")),
    klantcontact__uuid: exact("klantcontacten.uuid"),
    klantcontact__url: lastSegmentUuid("klantcontacten.uuid"),
  },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("actorklantcontacten", row.uuid),
    actor: { uuid: row.actor_uuid, url: urls.resource("actoren", row.actor_uuid) },
    klantcontact: { uuid: row.klantcontact_uuid, url: urls.resource("klantcontacten", row.klantcontact_uuid) },
  }),
});
