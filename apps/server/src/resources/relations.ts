/**
 * Batch loading of to-many relations for a page of rows (the `load` hook of a resource): one
 * query per relation for the whole page, grouped by parent.
 * @module
 */
import type { Knex } from "knex";

/**
 * Groups items by a key; the result answers `[]` for a key without items.
 * @example
 * const ofPartij = groupBy(rekeningnummers, (row) => row.partij_id);
 * ofPartij("12"); // the rekeningnummers of partij 12, in the order given
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => unknown): (id: unknown) => T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(String(key(item)));
    if (group) {
      group.push(item);
    } else {
      groups.set(String(key(item)), [item]);
    }
  }
  return (id) => groups.get(String(id)) ?? [];
}

/**
 * The uuids of the rows of `table` that point at each parent through `parentColumn`, oldest first,
 * for a batch of parent ids in one query.
 * @example
 * const betrokkenenOf = await childUuids(db, "betrokkenen", "had_klantcontact_id", ["1", "2"]);
 * betrokkenenOf("1"); // ["5d2b…", …]
 */
export async function childUuids(
  db: Knex,
  table: string,
  parentColumn: string,
  parentIds: readonly unknown[],
): Promise<(id: unknown) => string[]> {
  const found: { parent: string; uuid: string }[] =
    parentIds.length === 0
      ? []
      : await db(table)
          .whereIn(parentColumn, parentIds as string[])
          .orderBy("id")
          .select(`${parentColumn} as parent`, "uuid");
  const ofParent = groupBy(found, (item) => item.parent);
  return (id) => ofParent(id).map((item) => item.uuid);
}
