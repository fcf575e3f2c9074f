/**
 * The actors of klantcontacten as `hadBetrokkenActoren` returns them: full Actor objects (not
 * refs), batch-loaded through `actorklantcontacten` for a page of klantcontacten at once and
 * presented by the `/actoren` declaration itself.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import type { ApiUrls } from "../../http/urls.ts";
import { type ActorRow, actoren } from "../actoren/actoren.ts";
import { groupBy } from "../relations.ts";

type Actor = components["schemas"]["Actor"];

/**
 * The actor rows of these klantcontacten, in one query, by klantcontact id.
 * @example
 * const actorenOf = await loadBetrokkenActoren(db, ["1", "2"]);
 * actorenOf("1"); // [ActorRow, …]
 */
export async function loadBetrokkenActoren(db: Knex, klantcontactIds: string[]): Promise<(id: unknown) => ActorRow[]> {
  const rows: (ActorRow & { klantcontact_id: string })[] =
    klantcontactIds.length === 0
      ? []
      : await db("actorklantcontacten")
          .join("actoren", "actoren.id", "actorklantcontacten.actor_id")
          .whereIn("actorklantcontacten.klantcontact_id", klantcontactIds)
          .orderBy("actorklantcontacten.id")
          .select("actoren.*", "actorklantcontacten.klantcontact_id");
  return groupBy(rows, (row) => row.klantcontact_id);
}

/**
 * Loaded actor rows as the contract's full Actor objects.
 * @example
 * betrokkenActorenOut(row.actoren, urls); // [{ uuid, url, naam, soortActor, … }]
 */
export function betrokkenActorenOut(rows: ActorRow[] | undefined, urls: ApiUrls): Actor[] {
  return (rows ?? []).map((row) => actoren.toContract(row, urls));
}
