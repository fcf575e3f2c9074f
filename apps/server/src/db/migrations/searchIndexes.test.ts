import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/testServer.ts";
import { APIS } from "../../apis.ts";
import { applyFilters } from "../../http/filters.ts";
import { selectRows } from "../../resources/present.ts";
import { TRIGRAM_COLUMNS, trigramSearch, up } from "./0007_search_indexes.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

// the ILIKE columns of a list query, as [table, column], aliases resolved through its `x as y`
function ilikeColumns(sql: string): [string, string][] {
  return [...sql.matchAll(/"(\w+)"\."(\w+)" ilike/g)].map(([, alias, column]) => {
    const table = new RegExp(`"(\\w+)" as "${alias}"`).exec(sql)?.[1] ?? (alias as string);
    return [table, column as string];
  });
}

describe("0007_search_indexes", () => {
  it("gives every column an icontains filter searches a trigram index", async () => {
    const searched = new Set<string>();
    for (const resource of APIS.flatMap((api) => api.resources)) {
      for (const [name, filter] of Object.entries(resource.filters ?? {})) {
        const query = selectRows(server.db, resource);
        applyFilters(query, { [name]: filter }, { [name]: name.endsWith("__url") ? "http://h/x/abc" : "abc" });
        for (const [table, column] of ilikeColumns(query.toSQL().sql)) {
          searched.add(`${table}.${column}`);
        }
      }
    }
    expect(searched.size).toBeGreaterThan(0);
    expect([...searched].sort()).toEqual(TRIGRAM_COLUMNS.map(([table, column]) => `${table}.${column}`).sort());
    const { rows } = await server.db.raw(
      "select indexname, indexdef from pg_indexes where schemaname = ? and indexdef like '%gin_trgm_ops%'",
      [server.schema],
    );
    const indexed = (rows as { indexdef: string }[]).map(({ indexdef }) => {
      const [, table, column] = /ON \S*?\.?(\w+) USING gin \((\w+)/.exec(indexdef) ?? [];
      return `${table}.${column}`;
    });
    expect(indexed.sort()).toEqual([...searched].sort());
  });

  it("lets a klantcontacten?inhoud search use its index instead of reading the table", async () => {
    expect((await trigramSearch(server.db)).installed).toBe(true);
    const klantcontacten = APIS.flatMap((api) => api.resources).find(
      (resource) => resource.collection === "klantcontacten",
    );
    const query = selectRows(server.db, klantcontacten as never);
    applyFilters(query, klantcontacten?.filters ?? {}, { inhoud: "terugbellen" });
    const { sql, bindings } = query.toSQL();
    const plan = await server.db.transaction(async (trx) => {
      // an empty table is cheapest to scan; the question is whether the index can answer at all
      await trx.raw("set local enable_seqscan = off");
      const { rows } = await trx.raw(`explain ${sql}`, bindings as Knex.RawBinding[]);
      return (rows as { "QUERY PLAN": string }[]).map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("klantcontacten_inhoud_trigram");
  });

  it("does nothing, and does not fail, where PostgreSQL has no pg_trgm", async () => {
    const statements: string[] = [];
    // a database whose catalogue knows no pg_trgm at all
    const withoutTrigram = {
      raw: async (sql: string) => {
        statements.push(sql);
        return { rows: [] };
      },
    } as unknown as Knex;
    await expect(up(withoutTrigram)).resolves.toBeUndefined();
    expect(statements.some((sql) => /create (extension|index)/i.test(sql))).toBe(false);
  });
});
