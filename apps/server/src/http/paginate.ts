/**
 * Page-number paging as the reference does it: `page` from 1, `pageSize` default 100 and capped
 * at 500, an envelope with absolute `next`/`previous` links that keep the other query parameters,
 * and a 404 for a page past the end.
 * @module
 */
import type { Knex } from "knex";
import { Problem } from "./problem.ts";

/** Results per page when the client gives no (valid) `pageSize`. */
export const DEFAULT_PAGE_SIZE = 100;
/** The largest page; a larger `pageSize` is capped to it, not rejected. */
export const MAX_PAGE_SIZE = 500;

/** One page of results, as the contract's `Paginated…List` schemas describe it. */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/**
 * Runs a list query for one page. `listUrl` is the absolute URL the client asked for (with its
 * query string), from which the links are made.
 * @example
 * const page = await paginate(db, query, new URL("http://h/api/categorieen?page=2&pageSize=5"));
 * page.next; // "http://h/api/categorieen?page=3&pageSize=5" (or null on the last page)
 */
export async function paginate<Row>(db: Knex, query: Knex.QueryBuilder, listUrl: URL): Promise<Page<Row>> {
  const page = positive(listUrl.searchParams.get("page")) ?? 1;
  const pageSize = Math.min(positive(listUrl.searchParams.get("pageSize")) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const counted = await db.count("* as count").from(query.clone().clearOrder().as("filtered")).first();
  const count = Number(counted?.count ?? 0); // pg returns bigint counts as strings
  const pages = Math.max(1, Math.ceil(count / pageSize));
  if (page > pages) {
    throw new Problem("not_found", "Ongeldige pagina.");
  }
  const results = (await query
    .clone()
    .limit(pageSize)
    .offset((page - 1) * pageSize)) as Row[];
  return {
    count,
    next: page < pages ? linkTo(listUrl, page + 1) : null,
    previous: page > 1 ? linkTo(listUrl, page - 1) : null,
    results,
  };
}

// like DRF: page 1 is the URL without `page`; parameters sorted by name
function linkTo(listUrl: URL, page: number): string {
  const url = new URL(listUrl);
  if (page === 1) {
    url.searchParams.delete("page");
  } else {
    url.searchParams.set("page", String(page));
  }
  url.searchParams.sort();
  return url.toString();
}

function positive(value: string | null): number | undefined {
  const number = value === null ? Number.NaN : Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
