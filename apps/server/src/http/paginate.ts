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
  const counted = await countQuery(db, query).first();
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

type JoinStatement = {
  grouping: "join";
  joinType: string;
  table: unknown;
  clauses: { type: string; column: unknown; operator: string; value: unknown }[];
};
type Statement = { grouping: string; distinct?: boolean } | JoinStatement;

/**
 * The exact count of a list query's rows, as cheap as the query allows: no select list, no order,
 * and without the joins that only add columns to the page. A join `T on T.id = x.col` that no
 * filter reads is left out: a LEFT one matches at most one row (T.id is T's key), so it never
 * changes the count; an INNER one keeps exactly the rows with `x.col is not null`, because
 * `x.col` is a foreign key to T (every such join in the resources is; a test checks it).
 * PostgreSQL removes unread LEFT joins itself, but never an INNER one. A query with DISTINCT,
 * GROUP BY, HAVING or UNION is counted as it is.
 * @example
 * await countQuery(db, selectRows(db, betrokkenen).where("betrokkenen.rol", "klant")).first(); // { count: "12" }
 */
export function countQuery(db: Knex, query: Knex.QueryBuilder): Knex.QueryBuilder {
  const statementsOf = (builder: Knex.QueryBuilder) => (builder as unknown as { _statements: Statement[] })._statements;
  const complex = statementsOf(query).some(
    (statement) =>
      ["group", "having", "union"].includes(statement.grouping) || ("distinct" in statement && statement.distinct),
  );
  if (complex) {
    return db.count("* as count").from(query.clone().clearOrder().as("filtered"));
  }
  const counted = query.clone().clearSelect().clearOrder();
  const statements = statementsOf(counted);
  for (const join of statements
    .filter((statement): statement is JoinStatement => statement.grouping === "join")
    .reverse()) {
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
  return counted.count("* as count");
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
