/**
 * What a resource declares. Everything else (routing, paging, filters, references, errors,
 * transactions) is shared and built from this by `crudRouter`.
 * @module
 */
import type { Router } from "express";
import type { Knex } from "knex";
import type { Filter } from "../http/filters.ts";
import type { InvalidParam } from "../http/problem.ts";
import type { ReferenceField } from "../http/references.ts";
import type { ApiUrls } from "../http/urls.ts";
import type { ApiContext } from "./present.ts";

/** What every hook of a write sees. */
export interface Write<Row> {
  /** The request body, with create defaults applied on POST. */
  body: Record<string, unknown>;
  /** The stored row on PUT/PATCH; `undefined` on create. */
  existing: Row | undefined;
  method: "POST" | "PUT" | "PATCH";
  trx: Knex.Transaction;
}

/** A business rule: checks a write before it is stored; returns what is wrong (nothing: fine). */
export type Rule<Row> = (write: Write<Row>) => InvalidParam[] | Promise<InvalidParam[]>;

/**
 * A gegevensgroep: one contract field stored in several columns. It is replaced as a whole when a
 * body sends it; `null` empties it.
 */
export interface GroupField {
  /** The column values for a sent value (an object, or `null`). */
  toColumns(value: Record<string, unknown> | null): Record<string, unknown>;
}

/** The declaration of one collection of an API. */
export interface Resource<Row extends { id: number | string; uuid: string }, Out> {
  /** Path segment of the collection, e.g. `categorie-relaties`. */
  collection: string;
  /** Model name used in messages, e.g. `CategorieRelatie`. */
  model: string;
  /** Its table; every row has a bigint `id` (ordering, FKs) and a `uuid` (the API identity). */
  table: string;
  /** The rows as `toContract` needs them (joins for reference uuids); default: the table's columns. */
  select?: (db: Knex) => Knex.QueryBuilder;
  /** Writable plain fields: contract field name -> column. */
  columns: Record<string, string>;
  /** Writable gegevensgroepen (e.g. an address) by contract field name. */
  groups?: Record<string, GroupField>;
  /** Writable `{uuid}` reference fields by contract field name. */
  references?: Record<string, ReferenceField>;
  /** List filters by query-parameter name; the contract lists the same names. */
  filters?: Record<string, Filter>;
  /** Values given on create when a field is missing or `null` (by contract field name). */
  createDefaults?: Record<string, () => unknown>;
  rules?: Rule<Row>[];
  /** Column values computed from a write that passed the rules (e.g. `afgehandeldOp` automation). */
  derive?: (write: Write<Row>) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /**
   * Writes that follow the row in the same transaction: nested lists, demotions. What it returns
   * (or throws as a Problem) rolls the whole write back.
   */
  afterWrite?: (write: Write<Row> & { id: string }) => Promise<InvalidParam[] | undefined>;
  /**
   * Adds to a batch of rows what `toContract` needs beyond the row (to-many relations), with one
   * query per relation for the whole batch: a list page costs the same few queries as one object.
   */
  load?: (db: Knex, rows: Row[]) => Promise<void>;
  /** The fields `expand` may follow, with the collection each points into. */
  expand?: Record<string, string>;
  /**
   * Locks, in an update's or delete's transaction and before the object's own row, the rows a
   * write of it will lock too (e.g. the partij of a digitaal adres), so every path locks in the
   * same order (parent first) and concurrent writes queue instead of deadlocking.
   */
  lockFirst?: (trx: Knex.Transaction, uuid: string) => Promise<void>;
  /**
   * Runs in the delete's transaction with the locked row, before it goes: refuse (throw a
   * Problem) or clean up what foreign keys do not.
   */
  beforeDelete?: (trx: Knex.Transaction, row: Row) => Promise<void>;
  /** Routes of this collection beyond the generic six, mounted before them. */
  routes?: (router: Router, context: ApiContext) => void;
  /** Newest first unless said otherwise. */
  orderBy?: { column: string; order: "asc" | "desc" }[];
  /** Maps a row to the contract type; a contract change the mapper does not follow fails to compile. */
  toContract(row: Row, urls: ApiUrls): Out;
}

/**
 * Declares a resource with its row and contract types inferred.
 * @example
 * export const categorieen = defineResource<CategorieRow, Categorie>({ collection: "categorieen", … });
 */
export function defineResource<Row extends { id: number | string; uuid: string }, Out>(
  resource: Resource<Row, Out>,
): Resource<Row, Out> {
  return resource;
}

/** A resource of any row and contract type, as the API lists them. */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list; each entry is checked where it is declared
export type AnyResource = Resource<any, unknown>;

/**
 * Today's date in the Netherlands as `YYYY-MM-DD` (the reference stores dates in Dutch time).
 * @example
 * todayInNetherlands(); // "2026-11-29"
 */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now);
}
