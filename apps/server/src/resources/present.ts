/**
 * The read path of every resource: rows to contract objects, with what `load` batches in and the
 * `_expand` the client asked for. Each expand level costs one query per relation for the whole
 * batch (plus the target's own `load`), never one per object.
 * @module
 */
import type { Knex } from "knex";
import type { PagingOptions } from "../http/paginate.ts";
import { Problem } from "../http/problem.ts";
import type { ApiUrls } from "../http/urls.ts";
import type { AnyResource } from "./resource.ts";
import type { WriteListener } from "./writeEvents.ts";

/** The resources of one API by collection, for following relations. */
export type ResourceRegistry = ReadonlyMap<string, AnyResource>;

/** What every router of an API shares: the database, its resources, the write listeners and how lists count. */
export interface ApiContext {
  db: Knex;
  registry: ResourceRegistry;
  onWrite: readonly WriteListener[];
  paging: PagingOptions;
}

/** Requested expand paths as a tree: `a,a.b` -> { a: { b: {} } }. */
export type ExpandTree = Map<string, ExpandTree>;

/** What presenting needs besides the rows. */
export interface PresentContext {
  urls: ApiUrls;
  registry: ResourceRegistry;
  /** Absent: no `_expand` at all; present (even empty): `_expand` on every object. */
  expand?: ExpandTree;
}

type Presented = Record<string, unknown> & { uuid: string };
type Ref = { uuid: string } | null | undefined;

/**
 * The base query of a resource: its `select` or all of its table.
 * @example
 * await selectRows(db, partijen).where("partijen.uuid", uuid).first();
 */
export function selectRows(db: Knex, resource: AnyResource): Knex.QueryBuilder {
  return resource.select ? resource.select(db) : db(resource.table).select(`${resource.table}.*`);
}

/**
 * Turns `expand` as the client sent it (comma-separated, repeated or both) into a tree; a deeper
 * path brings its parents along, as the contract promises.
 * @example
 * parseExpand(["hadBetrokkenen.wasPartij", "omvatteBijlagen"]);
 * // Map { hadBetrokkenen: Map { wasPartij: Map {} }, omvatteBijlagen: Map {} }
 */
export function parseExpand(value: unknown): ExpandTree | undefined {
  if (value === undefined) {
    return undefined;
  }
  const tree: ExpandTree = new Map();
  const paths = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(","));
  for (const path of paths.map((item) => item.trim()).filter(Boolean)) {
    let level = tree;
    for (const field of path.split(".")) {
      const next = level.get(field) ?? new Map();
      level.set(field, next);
      level = next;
    }
  }
  return tree;
}

/**
 * Presents rows of `resource` as the contract returns them.
 * @example
 * const [partij] = await present(db, partijen, [row], { urls, registry, expand: parseExpand("betrokkenen") });
 * partij._expand.betrokkenen; // [{ uuid, url, wasPartij, … }]
 */
export async function present(
  db: Knex,
  resource: AnyResource,
  rows: Record<string, unknown>[],
  context: PresentContext,
): Promise<Presented[]> {
  await resource.load?.(db, rows);
  const objects = rows.map((row) => resource.toContract(row, context.urls) as Presented);
  if (context.expand) {
    await expandInto(db, resource, objects, context.expand, context);
  }
  return objects;
}

async function expandInto(
  db: Knex,
  resource: AnyResource,
  objects: Presented[],
  tree: ExpandTree,
  context: PresentContext,
): Promise<void> {
  const expanded = objects.map((object) => {
    const holder: Record<string, unknown> = {};
    object._expand = holder;
    return holder;
  });
  for (const [field, deeper] of tree) {
    const target = context.registry.get(resource.expand?.[field] ?? "");
    if (!target) {
      // the contract validator only lets declared paths through; this is a declaration gap
      throw new Problem("error", `Expand van ${field} op ${resource.collection} is niet gedeclareerd.`);
    }
    const refsOf = (object: Presented): { uuid: string }[] => {
      const value = object[field] as Ref | Ref[];
      return (Array.isArray(value) ? value : [value]).filter((ref): ref is { uuid: string } => Boolean(ref?.uuid));
    };
    const uuids = [...new Set(objects.flatMap(refsOf).map((ref) => ref.uuid))];
    const rows = uuids.length > 0 ? await selectRows(db, target).whereIn(`${target.table}.uuid`, uuids) : [];
    const children = await present(db, target, rows, { ...context, expand: deeper.size > 0 ? deeper : undefined });
    const byUuid = new Map(children.map((child) => [child.uuid, child]));
    objects.forEach((object, index) => {
      const value = object[field];
      const holder = expanded[index] as Record<string, unknown>;
      holder[field] = Array.isArray(value)
        ? refsOf(object).flatMap((ref) => byUuid.get(ref.uuid) ?? [])
        : (byUuid.get((value as Ref)?.uuid ?? "") ?? null);
    });
  }
}
