/**
 * What a knex query builder holds before it becomes SQL: its list of statements (knex 3's
 * internal `_statements`, which has no public accessor). The one place that reads it, for the
 * two rewrites that need the joins of a query: the cheap count (paginate.ts) and the not-null
 * join keys of an EXISTS filter (filters.ts).
 * @module
 */
import type { Knex } from "knex";

/** A `join` statement; `on a = b` conditions are clauses of type `onBasic`. */
export interface JoinStatement {
  grouping: "join";
  joinType: string;
  table: unknown;
  clauses: { type: string; column: unknown; operator: string; value: unknown }[];
}

/** Any statement: its grouping (`where`, `join`, `group`, …) and, for `select`, whether DISTINCT. */
export type Statement = { grouping: string; distinct?: boolean } | JoinStatement;

/**
 * The builder's own statement list (not a copy: changing it changes the query).
 * @example
 * statementsOf(db("partijen").where("id", 1)); // [{ grouping: "where", … }]
 */
export function statementsOf(builder: Knex.QueryBuilder): Statement[] {
  return (builder as unknown as { _statements: Statement[] })._statements;
}

/**
 * The join statements of a builder, in order.
 * @example
 * joinsOf(db("betrokkenen as b").join("partijen as p", "p.id", "b.was_partij_id")); // [{ grouping: "join", … }]
 */
export function joinsOf(builder: Knex.QueryBuilder): JoinStatement[] {
  return statementsOf(builder).filter((statement): statement is JoinStatement => statement.grouping === "join");
}
