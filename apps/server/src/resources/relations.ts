/**
 * Batch loading of to-many relations for a page of rows (the `load` hook of a resource): at most
 * one query per relation for the whole page (the uuid lists of several relations share one),
 * grouped by parent.
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
 * The uuids of the rows that point at each parent, oldest first, for several child relations
 * (`name: [table, parentColumn]`) and a batch of parent ids, in one query: a read runs its
 * queries one after the other on one connection, so each round trip saved counts.
 * @example
 * const { betrokkenen } = await childUuids(db, ["1", "2"], { betrokkenen: ["betrokkenen", "had_klantcontact_id"] });
 * betrokkenen("1"); // ["5d2b…", …]
 */
export async function childUuids<Name extends string>(
  db: Knex,
  parentIds: readonly unknown[],
  relations: Record<Name, readonly [table: string, parentColumn: string]>,
): Promise<Record<Name, (id: unknown) => string[]>> {
  const names = Object.keys(relations) as Name[];
  const found: Record<string, string[] | string>[] =
    parentIds.length === 0
      ? []
      : await db
          .select(
            db.raw("p.id::text as parent"),
            ...names.map((name) =>
              db.raw("array(select c.uuid::text from ?? as c where c.?? = p.id order by c.id) as ??", [
                relations[name][0],
                relations[name][1],
                name,
              ]),
            ),
          )
          .from(db.raw("unnest(?::bigint[]) as p(id)", [parentIds as string[]]));
  const byParent = new Map(found.map((row) => [String(row.parent), row]));
  return Object.fromEntries(
    names.map((name) => [name, (id: unknown) => (byParent.get(String(id))?.[name] as string[] | undefined) ?? []]),
  ) as Record<Name, (id: unknown) => string[]>;
}
