/**
 * List filters, declared per resource by name and built from these few kinds. The contract
 * validator has already checked each value's type and format.
 * @module
 */
import type { Knex } from "knex";

/** Narrows a list query by one query-parameter value. */
export type Filter = (query: Knex.QueryBuilder, value: string) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Exact, case-sensitive equality on a column (also for uuids and dates).
 * @example
 * const filters = { categorie__naam: exact("c.naam"), beginDatum: exact("cr.begin_datum") };
 */
export function exact(column: string): Filter {
  return (query, value) => {
    query.where(column, value);
  };
}

/**
 * A `…__url` filter: only the last path segment counts (the host is ignored); a segment that is
 * not a uuid matches nothing.
 * @example
 * const filters = { categorie__url: lastSegmentUuid("c.uuid") };
 */
export function lastSegmentUuid(column: string): Filter {
  return (query, value) => {
    const segment = new URL(value).pathname.split("/").filter(Boolean).pop() ?? "";
    if (UUID.test(segment)) {
      query.where(column, segment.toLowerCase());
    } else {
      query.whereRaw("false");
    }
  };
}

/**
 * Accepted but matches nothing: a filter on data this server does not hold yet.
 * @example
 * const filters = { partij__nummer: matchesNothing() };
 */
export function matchesNothing(): Filter {
  return (query) => {
    query.whereRaw("false");
  };
}

/**
 * Applies every declared filter whose parameter is present in the query string.
 * @example
 * applyFilters(query, declaration.filters, req.query);
 */
export function applyFilters(
  query: Knex.QueryBuilder,
  filters: Record<string, Filter>,
  params: Record<string, unknown>,
): void {
  for (const [name, filter] of Object.entries(filters)) {
    const value = params[name];
    if (value !== undefined && value !== null) {
      filter(query, String(value));
    }
  }
}
