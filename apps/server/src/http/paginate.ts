/**
 * Page-number paging as the reference does it: `page` from 1, `pageSize` default 100 and capped
 * at 500, an envelope with absolute `next`/`previous` links that keep the other query parameters,
 * and a 404 for a page past the end. One addition: counting a list of hundreds of thousands of
 * rows exactly costs PostgreSQL seconds, so above `exactCountLimit` rows the count is the
 * planner's estimate (the response says so in `Count-Accuracy`); the page and its links stay exact.
 * @module
 */
import type { Knex } from "knex";
import { type JoinStatement, joinsOf, statementsOf } from "./knexStatements.ts";
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

/** Whether a page's `count` is exact or the planner's estimate: the `Count-Accuracy` header. */
export type CountAccuracy = "exact" | "estimate";

/** How {@link paginate} counts. */
export interface PagingOptions {
  /** Count exactly up to this many rows, estimate above it; 0: always exact (the reference's way). */
  exactCountLimit: number;
  /**
   * The list's key column (`klantcontacten.id`). With it, a list of at most `exactCountLimit`
   * rows is counted by fetching their keys, and its page is read by those keys: a plan that
   * walks the whole table in page order, hoping to meet matches soon (what PostgreSQL picks when
   * it overestimates how many rows match), is then never used for a short list.
   */
  idColumn?: string;
}

/**
 * Runs a list query for one page. `listUrl` is the absolute URL the client asked for (with its
 * query string), from which the links are made.
 * @example
 * const { page } = await paginate(db, query, new URL("http://h/api/categorieen?page=2&pageSize=5"), { exactCountLimit: 1000 });
 * page.next; // "http://h/api/categorieen?page=3&pageSize=5" (or null on the last page)
 */
export async function paginate<Row>(
  db: Knex,
  query: Knex.QueryBuilder,
  listUrl: URL,
  options: PagingOptions,
): Promise<{ page: Page<Row>; accuracy: CountAccuracy }> {
  const page = positive(listUrl.searchParams.get("page")) ?? 1;
  const pageSize = Math.min(positive(listUrl.searchParams.get("pageSize")) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const offset = (page - 1) * pageSize;
  const { count, accuracy, ids } = await countList(db, query, options);
  if (accuracy === "exact") {
    const pages = Math.max(1, Math.ceil(count / pageSize));
    if (page > pages) {
      throw new Problem("not_found", "Ongeldige pagina.");
    }
    const paged = ids && options.idColumn ? byIds(query, options.idColumn, ids) : query.clone();
    const results = count === 0 ? [] : ((await paged.limit(pageSize).offset(offset)) as Row[]);
    return { page: { count, ...links(listUrl, page, page < pages), results }, accuracy };
  }
  // the count is not exact: one row beyond the page tells whether there is a next one
  const fetched = (await query
    .clone()
    .limit(pageSize + 1)
    .offset(offset)) as Row[];
  if (fetched.length === 0 && page > 1) {
    throw new Problem("not_found", "Ongeldige pagina.");
  }
  const more = fetched.length > pageSize;
  const results = more ? fetched.slice(0, pageSize) : fetched;
  // an estimate is never less than what is known to exist
  return {
    page: { count: Math.max(count, offset + fetched.length), ...links(listUrl, page, more), results },
    accuracy,
  };
}

/**
 * The `count` of a list: exact when at most `exactCountLimit` rows match (counting stops one row
 * beyond it), else the planner's estimate, at least the limit + 1. With `idColumn` (and a limit)
 * an exact count comes with the keys of the rows counted.
 * @example
 * await countList(db, selectRows(db, klantcontacten), { exactCountLimit: 1000 }); // { count: 1012345, accuracy: "estimate" }
 */
export async function countList(
  db: Knex,
  query: Knex.QueryBuilder,
  { exactCountLimit, idColumn }: PagingOptions,
): Promise<{ count: number; accuracy: CountAccuracy; ids?: string[] }> {
  let count: number;
  let ids: string[] | undefined;
  if (exactCountLimit > 0 && idColumn && !isComplex(query)) {
    const rows = (await idsQuery(db, query, idColumn, exactCountLimit)) as { id: string }[];
    count = rows.length;
    ids = rows.map((row) => row.id);
  } else {
    const counted = await countQuery(db, query, exactCountLimit || undefined).first();
    count = Number(counted?.count ?? 0); // pg returns bigint counts as strings
  }
  if (exactCountLimit === 0 || count <= exactCountLimit) {
    return { count, accuracy: "exact", ids };
  }
  return { count: Math.max(await estimatedCount(db, query), exactCountLimit + 1), accuracy: "estimate" };
}

/**
 * The keys of the first `upTo` + 1 rows of a list query, in no particular order (see {@link countList}).
 * @example
 * await idsQuery(db, selectRows(db, klantcontacten).where("kanaal", "brief"), "klantcontacten.id", 1000); // [{ id: "17" }, …]
 */
export function idsQuery(db: Knex, query: Knex.QueryBuilder, idColumn: string, upTo: number): Knex.QueryBuilder {
  return rowsToCount(db, query)
    .clearSelect()
    .select(`${idColumn} as id`)
    .limit(upTo + 1);
}

/**
 * The list query narrowed to these keys, keeping its order: the page of a short list.
 * @example
 * await byIds(query, "klantcontacten.id", ["17", "4"]).limit(100);
 */
export function byIds(query: Knex.QueryBuilder, idColumn: string, ids: string[]): Knex.QueryBuilder {
  return query.clone().whereRaw("?? = any(?)", [idColumn, ids]);
}

// what the planner expects the list query to return, from its statistics (no rows are read)
async function estimatedCount(db: Knex, query: Knex.QueryBuilder): Promise<number> {
  const { sql, bindings } = rowsToCount(db, query).toSQL();
  const explained = await db.raw(`explain (format json) ${sql}`, bindings as Knex.RawBinding[]);
  const plan = (explained.rows as { "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[])[0]?.["QUERY PLAN"][0];
  return Math.round(plan?.Plan["Plan Rows"] ?? 0);
}

/**
 * The exact count of a list query's rows, as cheap as the query allows: no select list, no order,
 * and without the joins that only add columns to the page. A join `T on T.id = x.col` that no
 * filter reads is left out: a LEFT one matches at most one row (T.id is T's key), so it never
 * changes the count; an INNER one keeps exactly the rows with `x.col is not null`, because
 * `x.col` is a foreign key to T (every such join in the resources is; a test checks it).
 * PostgreSQL removes unread LEFT joins itself, but never an INNER one. A query with DISTINCT,
 * GROUP BY, HAVING or UNION is counted as it is.
 * `upTo`: count at most that many + 1 rows (PostgreSQL stops reading there).
 * @example
 * await countQuery(db, selectRows(db, betrokkenen).where("betrokkenen.rol", "klant")).first(); // { count: "12" }
 */
export function countQuery(db: Knex, query: Knex.QueryBuilder, upTo?: number): Knex.QueryBuilder {
  const rows = rowsToCount(db, query);
  // PostgreSQL flattens the sub-query: without a limit the plan is that of counting the rows directly
  return db.count("* as count").from((upTo === undefined ? rows : rows.limit(upTo + 1)).as("filtered"));
}

// the list query reduced to what decides which rows it has, one column `1` a row (see countQuery)
function rowsToCount(db: Knex, query: Knex.QueryBuilder): Knex.QueryBuilder {
  if (isComplex(query)) {
    return query.clone().clearOrder();
  }
  const counted = query.clone().clearSelect().clearOrder();
  const statements = statementsOf(counted);
  for (const join of joinsOf(counted).reverse()) {
    const key = parentKey(join);
    if (!key) {
      continue;
    }
    const others = statements.filter((statement) => statement !== join);
    const probe = counted.clone();
    statementsOf(probe).splice(0, Infinity, ...others);
    if (mentions(probe.toSQL().sql, key.alias)) {
      continue;
    }
    statements.splice(statements.indexOf(join), 1);
    if (join.joinType === "inner") {
      counted.whereNotNull(key.foreignKey);
    }
  }
  return counted.select(db.raw("1"));
}

// DISTINCT, GROUP BY, HAVING or UNION: counted as a whole
function isComplex(query: Knex.QueryBuilder): boolean {
  return statementsOf(query).some(
    (statement) =>
      ["group", "having", "union"].includes(statement.grouping) || ("distinct" in statement && statement.distinct),
  );
}

// `T [as A] on A.id = x.col` (either way round), T a plain table: its alias and x.col
function parentKey(join: JoinStatement): { alias: string; foreignKey: string } | undefined {
  const [clause, ...more] = join.clauses;
  if (
    typeof join.table !== "string" ||
    !["left", "inner"].includes(join.joinType) ||
    more.length > 0 ||
    clause?.type !== "onBasic" ||
    clause.operator !== "=" ||
    typeof clause.column !== "string" ||
    typeof clause.value !== "string"
  ) {
    return undefined;
  }
  const alias =
    join.table
      .split(/\s+as\s+/i)
      .pop()
      ?.trim() ?? "";
  if (clause.column === `${alias}.id` && !clause.value.startsWith(`${alias}.`)) {
    return { alias, foreignKey: clause.value };
  }
  if (clause.value === `${alias}.id` && !clause.column.startsWith(`${alias}.`)) {
    return { alias, foreignKey: clause.column };
  }
  return undefined;
}

// whether SQL names `alias.` anywhere, quoted or not (a raw sub-query condition counts too)
function mentions(sql: string, alias: string): boolean {
  const name = alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w"])"?${name}"?\\.`).test(sql);
}

function links(listUrl: URL, page: number, hasNext: boolean): Pick<Page<unknown>, "next" | "previous"> {
  return {
    next: hasNext ? linkTo(listUrl, page + 1) : null,
    previous: page > 1 ? linkTo(listUrl, page - 1) : null,
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
