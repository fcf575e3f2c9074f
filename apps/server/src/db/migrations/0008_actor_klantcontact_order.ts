import type { Knex } from "knex";

// "the klantcontacten of this medewerker", newest first: with (actor_id, id) the list query
// reads the actor's newest rows straight from the index, instead of walking all of the table's
// ids backwards until a page of that actor's rows has passed (≈ 18 ms per page on the 1M bench
// set). The new index also serves what the actor_id index served.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable("actorklantcontacten", (table) => {
    table.index(["actor_id", "id"], "actorklantcontacten_actor_id_id_index");
    table.dropIndex(["actor_id"], "actorklantcontacten_actor_id_index");
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable("actorklantcontacten", (table) => {
    table.index(["actor_id"], "actorklantcontacten_actor_id_index");
    table.dropIndex(["actor_id", "id"], "actorklantcontacten_actor_id_id_index");
  });
}
