/**
 * The nested `partijIdentificatoren` of a partij write, in the partij's transaction. An item
 * without `uuid` is created, an item with `uuid` updates that identificator and attaches it to the
 * partij (also when it belonged to another one). On PUT and PATCH the partij's identificatoren
 * that are not listed are deleted first, unless another identificator still falls under one of
 * them. Every item passes the full PartijIdentificator rules; errors are named
 * `partijIdentificatoren.<index>.<field>`.
 * @module
 */
import type { Knex } from "knex";
import type { InvalidParam } from "../../http/problem.ts";
import { parentOf } from "../partijIdentificatoren/partijIdentificatoren.ts";
import type { Rule, Write } from "../resource.ts";
import {
  checkIdentificator,
  groepColumns,
  type PartijIdentificatorGroep,
  protectedByChildren,
  validateGroep,
} from "../shared/partijIdentificator.ts";

const FIELD = "partijIdentificatoren";

interface Item {
  uuid?: string;
  identificeerdePartij?: { uuid?: string } | null;
  anderePartijIdentificator?: string;
  partijIdentificator: PartijIdentificatorGroep;
  subIdentificatorVan?: { uuid?: string } | null;
}

function itemsOf(body: Record<string, unknown>): Item[] {
  return (body[FIELD] as Item[] | null | undefined) ?? [];
}

const at = (index: number, error: InvalidParam): InvalidParam => ({
  ...error,
  name: `${FIELD}.${index}.${error.name}`,
});

/**
 * What can be checked before anything is stored: no item names a partij of its own (the server
 * sets it), no uuid twice, every named uuid exists, and every group passes its own rules.
 * @example
 * defineResource({ …, rules: [nestedIdentificatorenRule] });
 */
export const nestedIdentificatorenRule: Rule<{ id: string; uuid: string }> = async ({ body, existing, trx }) => {
  if (!(FIELD in body)) {
    return [];
  }
  const items = itemsOf(body);
  const errors: InvalidParam[] = [];
  const named = [
    ...new Set(
      items.flatMap((item) => [item.uuid, item.subIdentificatorVan?.uuid]).filter((uuid): uuid is string => !!uuid),
    ),
  ];
  const known = new Set(
    named.length > 0
      ? (await trx("partij_identificatoren").whereIn("uuid", named).pluck("uuid")).map((uuid: string) =>
          uuid.toLowerCase(),
        )
      : [],
  );
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const partij = item.identificeerdePartij?.uuid?.toLowerCase();
    // on an update naming the partij itself is harmless; anything else contradicts the nesting
    if (item.identificeerdePartij !== undefined && item.identificeerdePartij !== null && partij !== existing?.uuid) {
      errors.push(
        at(index, {
          name: "identificeerdePartij",
          code: "invalid",
          reason: "Laat identificeerdePartij weg: de server koppelt de identificator zelf aan deze partij.",
        }),
      );
    }
    const uuid = item.uuid?.toLowerCase();
    if (uuid && seen.has(uuid)) {
      errors.push(
        at(index, { name: "uuid", code: "duplicated", reason: "Deze uuid staat al eerder in partijIdentificatoren." }),
      );
    } else if (uuid && !known.has(uuid)) {
      errors.push(
        at(index, { name: "uuid", code: "does_not_exist", reason: "PartijIdentificator object bestaat niet." }),
      );
    }
    if (uuid) {
      seen.add(uuid);
    }
    const parent = item.subIdentificatorVan?.uuid?.toLowerCase();
    if (parent && !known.has(parent)) {
      errors.push(
        at(index, {
          name: "subIdentificatorVan.uuid",
          code: "does_not_exist",
          reason: "PartijIdentificator object bestaat niet.",
        }),
      );
    }
    errors.push(...validateGroep(item.partijIdentificator).map((error) => at(index, error)));
  });
  return errors;
};

/**
 * Stores the nested list after the partij row: deletes what is no longer listed (PUT/PATCH),
 * then updates or creates each item in order. Returns what is wrong; the caller rolls back.
 * @example
 * const errors = await writeNestedIdentificatoren(trx, write, "42");
 */
export async function writeNestedIdentificatoren(
  trx: Knex.Transaction,
  write: Write<{ id: string; uuid: string }>,
  partijId: string,
): Promise<InvalidParam[]> {
  if (!(FIELD in write.body)) {
    return [];
  }
  const items = itemsOf(write.body);
  if (write.method !== "POST") {
    const listed = items.flatMap((item) => (item.uuid ? [item.uuid] : []));
    const gone = (
      await trx("partij_identificatoren")
        .where({ identificeerde_partij_id: partijId })
        .whereNotIn("uuid", listed)
        .pluck("id")
    ).map(String);
    const blocked = await protectedByChildren(
      trx,
      gone,
      "Een identificator die niet meer in partijIdentificatoren staat",
    );
    if (blocked.length > 0) {
      return blocked;
    }
    await deleteFamily(trx, gone);
  }
  const errors: InvalidParam[] = [];
  for (const [index, item] of items.entries()) {
    const stored = item.uuid
      ? await trx("partij_identificatoren")
          .where({ uuid: item.uuid })
          .first("id", "code_soort_object_id", "sub_identificator_van_id", "andere_partij_identificator")
      : undefined;
    const parent =
      item.subIdentificatorVan !== undefined
        ? await parentOf(trx, item.subIdentificatorVan)
        : await storedParent(trx, stored?.sub_identificator_van_id);
    if (parent === undefined) {
      // the parent it names was deleted just now, for not being listed
      errors.push(
        at(index, {
          name: "subIdentificatorVan.uuid",
          code: "does_not_exist",
          reason: "PartijIdentificator object bestaat niet.",
        }),
      );
      continue;
    }
    const found = await checkIdentificator(trx, {
      id: stored ? String(stored.id) : undefined,
      storedSoort: stored?.code_soort_object_id,
      partijId,
      groep: item.partijIdentificator,
      parent,
    });
    errors.push(...found.map((error) => at(index, error)));
    if (errors.length > 0) {
      continue; // keep checking the rest; nothing more is stored once one item fails
    }
    const values = {
      ...groepColumns(item.partijIdentificator),
      identificeerde_partij_id: partijId,
      sub_identificator_van_id: parent?.id ?? null,
      andere_partij_identificator: item.anderePartijIdentificator ?? stored?.andere_partij_identificator ?? "",
    };
    if (stored) {
      await trx("partij_identificatoren").where({ id: stored.id }).update(values);
    } else {
      await trx("partij_identificatoren").insert(values);
    }
  }
  return errors;
}

async function storedParent(
  trx: Knex.Transaction,
  parentId: string | null | undefined,
): Promise<{ id: string; codeSoortObjectId: string } | null | undefined> {
  if (!parentId) {
    return null;
  }
  const parent = await trx("partij_identificatoren").where({ id: parentId }).first("id", "code_soort_object_id");
  return parent ? { id: String(parent.id), codeSoortObjectId: parent.code_soort_object_id } : undefined;
}

/**
 * Deletes identificatoren that may hang under each other: unhooked first, so the RESTRICT key on
 * `sub_identificator_van_id` never sees a half-deleted family.
 * @example
 * await deleteFamily(trx, ["4", "5"]);
 */
export async function deleteFamily(trx: Knex.Transaction, ids: string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  await trx("partij_identificatoren").whereIn("id", ids).update({ sub_identificator_van_id: null });
  await trx("partij_identificatoren").whereIn("id", ids).delete();
}
