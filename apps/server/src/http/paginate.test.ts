import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { APIS } from "../apis.ts";
import { seedDemo } from "../cli/seedDemo.ts";
import { selectRows } from "../resources/present.ts";
import type { AnyResource } from "../resources/resource.ts";
import { applyFilters } from "./filters.ts";
import { countQuery, paginate } from "./paginate.ts";
import { Problem } from "./problem.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemo(server.db);
});
afterAll(async () => {
  await server.close();
});

const resources = APIS.flatMap((api) => api.resources);
const resource = (collection: string) =>
  resources.find((candidate) => candidate.collection === collection) as AnyResource;

// the count as paginate made it before: every row of the whole list query
async function countOfEveryRow(db: Knex, query: Knex.QueryBuilder): Promise<number> {
  return Number((await db.count("* as count").from(query.clone().clearOrder().as("filtered")).first())?.count);
}

async function cheapCount(db: Knex, query: Knex.QueryBuilder): Promise<number> {
  return Number((await countQuery(db, query).first())?.count);
}

// a value each filter accepts (the contract validator has checked formats before a filter runs)
function sampleValue(filter: string): string {
  if (filter.endsWith("__url")) {
    return "http://h/x/00000000-0000-4000-8000-000000000000";
  }
  if (/uuid$/.test(filter)) {
    return "00000000-0000-4000-8000-000000000000";
  }
  if (/Datum|Op$|__g?te?$|__l?te?$/.test(filter)) {
    return "2024-01-01";
  }
  return /^(indicatie|is|vertrouwelijk|leidde|hadBetrokkene__wasPartij$)/.test(filter) ? "true" : "Jan";
}

describe("countQuery", () => {
  it("counts what the list query lists, for every resource and every filter", async () => {
    let nonZero = 0;
    for (const declared of resources) {
      const all = selectRows(server.db, declared);
      const expected = await countOfEveryRow(server.db, all);
      expect(await cheapCount(server.db, all), declared.collection).toBe(expected);
      nonZero += expected > 0 ? 1 : 0;
      for (const [name, filter] of Object.entries(declared.filters ?? {})) {
        const query = selectRows(server.db, declared);
        applyFilters(query, { [name]: filter }, { [name]: sampleValue(name) });
        expect(await cheapCount(server.db, query), `${declared.collection}?${name}`).toBe(
          await countOfEveryRow(server.db, query),
        );
      }
    }
    // the demo data fills most collections, so the comparison is not between empty tables
    expect(nonZero).toBeGreaterThan(resources.length / 2);
  });

  it("leaves out the joins that only add columns, and keeps the rows an inner join would drop", () => {
    const { sql } = countQuery(
      server.db,
      selectRows(server.db, resource("betrokkenen")).where("betrokkenen.rol", "klant"),
    ).toSQL();
    expect(sql).not.toMatch(/join/);
    expect(sql).toContain('"betrokkenen"."had_klantcontact_id" is not null');
    expect(sql).not.toMatch(/order by/);
  });

  it("keeps a join a filter reads", () => {
    const query = selectRows(server.db, resource("betrokkenen"));
    applyFilters(query, resource("betrokkenen").filters ?? {}, { hadKlantcontact__nummer: "0000000001" });
    const { sql } = countQuery(server.db, query).toSQL();
    expect(sql).toMatch(/inner join "klantcontacten"/);
    expect(sql).toContain('"klantcontacten"."nummer" = ?');
    expect(sql).not.toMatch(/join "partijen"/);
  });

  it("counts a DISTINCT query as it is", () => {
    const { sql } = countQuery(server.db, server.db("partijen").distinct("soort_partij")).toSQL();
    expect(sql).toMatch(/from \(select distinct/);
  });

  it("drops only inner joins that follow a foreign key (what makes dropping them exact)", async () => {
    const innerJoins: string[] = [];
    for (const declared of resources) {
      const { sql } = selectRows(server.db, declared).toSQL();
      const aliases = new Map([...sql.matchAll(/"(\w+)" as "(\w+)"/g)].map(([, table, alias]) => [alias, table]));
      for (const [, table, alias, , fromAlias, column] of sql.matchAll(
        /inner join "(\w+)"(?: as "(\w+)")? on "(\w+)"\."id" = "(\w+)"\."(\w+)"/g,
      )) {
        const child = aliases.get(fromAlias as string) ?? (fromAlias as string);
        const { rows } = await server.db.raw(
          `select 1 from pg_constraint c
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and c.conrelid = ?::regclass and c.confrelid = ?::regclass
              and a.attname = ? and cardinality(c.conkey) = 1`,
          [child, table as string, column as string],
        );
        expect(rows, `${declared.collection}: ${child}.${column} -> ${table} (${alias ?? table})`).toHaveLength(1);
        innerJoins.push(`${child}.${column}`);
      }
    }
    expect(innerJoins.length).toBeGreaterThan(0);
  });
});

describe("paginate above the exact count limit", () => {
  const listOf = (pageSize: number, page?: number) =>
    new URL(`http://h/api/klantcontacten?pageSize=${pageSize}${page ? `&page=${page}` : ""}`);
  const ordered = () => selectRows(server.db, resource("klantcontacten")).orderBy("klantcontacten.id", "desc");
  const uuidsOf = (rows: unknown[]) => rows.map((row) => (row as { uuid: string }).uuid);

  it("estimates the count but pages exactly: every row once, the last page without next", async () => {
    const total = await countOfEveryRow(server.db, ordered());
    expect(total).toBeGreaterThan(6);
    const exact = await paginate(server.db, ordered(), listOf(500), { exactCountLimit: 0 });
    expect(exact.accuracy).toBe("exact");
    expect(exact.page.count).toBe(total);

    const seen: string[] = [];
    let url: string | null = listOf(3).toString();
    let requests = 0;
    while (url) {
      const { page, accuracy }: Awaited<ReturnType<typeof paginate>> = await paginate(
        server.db,
        ordered(),
        new URL(url),
        {
          exactCountLimit: 2,
        },
      );
      requests++;
      expect(accuracy).toBe("estimate");
      // at least what is known to exist: the limit passed, and every row up to this page
      expect(page.count).toBeGreaterThanOrEqual(Math.max(3, seen.length + page.results.length));
      seen.push(...uuidsOf(page.results));
      url = page.next;
    }
    expect(seen).toEqual(uuidsOf(exact.page.results));
    expect(requests).toBe(Math.ceil(total / 3));
  });

  it("answers 404 for a page past the end, and counts exactly when the rows fit under the limit", async () => {
    const total = await countOfEveryRow(server.db, ordered());
    await expect(paginate(server.db, ordered(), listOf(3, 99), { exactCountLimit: 2 })).rejects.toBeInstanceOf(Problem);
    const fits = await paginate(server.db, ordered(), listOf(3, 2), { exactCountLimit: total });
    expect(fits.accuracy).toBe("exact");
    expect(fits.page.count).toBe(total);
    expect(fits.page.previous).toBe("http://h/api/klantcontacten?pageSize=3");
  });

  it("reads a short list's page by the keys it counted: the same rows in the same order", async () => {
    for (const pageNumber of [1, 2, 3]) {
      const url = listOf(4, pageNumber);
      const plain = await paginate(server.db, ordered(), url, { exactCountLimit: 0 });
      const byKeys = await paginate(server.db, ordered(), url, {
        exactCountLimit: 1000,
        idColumn: "klantcontacten.id",
      });
      expect(byKeys.accuracy).toBe("exact");
      expect(byKeys.page).toEqual(plain.page);
    }
    const filtered = () => ordered().where("klantcontacten.kanaal", "telefoon");
    const plain = await paginate(server.db, filtered(), listOf(500), { exactCountLimit: 0 });
    const byKeys = await paginate(server.db, filtered(), listOf(500), {
      exactCountLimit: 1000,
      idColumn: "klantcontacten.id",
    });
    expect(plain.page.count).toBeGreaterThan(0);
    expect(byKeys.page).toEqual(plain.page);
  });

  it("counts a filtered list exactly when few rows match, however large the table", async () => {
    const query = ordered().where("klantcontacten.kanaal", "no-such-kanaal");
    const { page, accuracy } = await paginate(server.db, query, listOf(3), { exactCountLimit: 2 });
    expect({ count: page.count, accuracy, next: page.next }).toEqual({ count: 0, accuracy: "exact", next: null });
  });
});
