/**
 * `npm run bench -- --explain`: every list filter the server declares, run on the seeded set the
 * way the list endpoint runs it (the resource's own select, filter and order, then the count —
 * exact up to the server's default EXACT_COUNT_LIMIT, else estimated — and the first page of 100,
 * built by the server's code), timed N times for a p95, with
 * `EXPLAIN (ANALYZE, BUFFERS)` of both queries and the seq scans in their plans. A filter that takes
 * seconds stops after 3 runs.
 * @module
 */
import type { Knex } from "knex";
import { APIS } from "../../apps/server/src/apis.ts";
import { loadConfig } from "../../apps/server/src/config.ts";
import { connect } from "../../apps/server/src/db/connection.ts";
import { applyFilters } from "../../apps/server/src/http/filters.ts";
import { byIds, countList, countQuery, idsQuery } from "../../apps/server/src/http/paginate.ts";
import { selectRows } from "../../apps/server/src/resources/present.ts";
import type { AnyResource } from "../../apps/server/src/resources/resource.ts";

/** The target of issue 7: every filter's list query on the 1M set under this p95. */
export const FILTER_P95_TARGET_MS = 20;

const MIN_RUNS = 3;
const SLOW_BUDGET_MS = 3_000;

/** One filter, measured. */
export interface FilterTiming {
  collection: string;
  filter: string;
  value: string;
  runs: number;
  /** Whether the count was exact or estimated (more rows than the server's EXACT_COUNT_LIMIT). */
  accuracy: "exact" | "estimate";
  /** Milliseconds for count + first page, over all runs. */
  p95: number;
  countP95: number;
  pageP95: number;
  /** PostgreSQL's own execution time of count + page in the EXPLAIN ANALYZE run (no client, no network). */
  executionMs: number;
  /** Tables read by a Seq Scan in the count or page plan, with the rows the scan produced. */
  seqScans: string[];
  /** The text plans, kept for filters that are slow or scan a table. */
  plans?: { count: string; page: string };
}

type Plan = { "Node Type": string; "Relation Name"?: string; "Actual Rows"?: number; Plans?: Plan[] };

/**
 * The seq scans of a JSON plan, as `table (rows)`.
 * @example
 * seqScansOf({ "Node Type": "Seq Scan", "Relation Name": "partijen", "Actual Rows": 3 }); // ["partijen (3 rows)"]
 */
export function seqScansOf(plan: Plan): string[] {
  const own = plan["Node Type"] === "Seq Scan" ? [`${plan["Relation Name"]} (${plan["Actual Rows"] ?? 0} rows)`] : [];
  return [...own, ...(plan.Plans ?? []).flatMap(seqScansOf)];
}

/**
 * The p-th percentile (nearest rank) of some numbers.
 * @example
 * percentile([5, 1, 4, 2, 3], 95); // 5
 */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

// which table a `<segment>__uuid` filter points into
const SEGMENT_TABLES: Record<string, string> = {
  hadBetrokkene: "betrokkenen",
  wasPartij: "partijen",
  onderwerpobject: "onderwerpobjecten",
  wasOnderwerpobject: "onderwerpobjecten",
  hadKlantcontact: "klantcontacten",
  klantcontact: "klantcontacten",
  wasKlantcontact: "klantcontacten",
  aanleidinggevendKlantcontact: "klantcontacten",
  verstrektedigitaalAdres: "digitale_adressen",
  verstrektDoorBetrokkene: "betrokkenen",
  verstrektDoorPartij: "partijen",
  vertegenwoordigdePartij: "partijen",
  vertegenwoordigendePartij: "partijen",
  partij: "partijen",
  actor: "actoren",
  toegewezenAanActor: "actoren",
  categorie: "categorieen",
};

// values for filters whose name says what they hold (the seed's values; see seed.ts)
const FIXED: [RegExp, string][] = [
  [/partijIdentificator(__)?CodeObjecttype$|__codeObjecttype$/i, "natuurlijk_persoon"],
  [/partijIdentificator(__)?CodeSoortObjectId$|__codeSoortObjectId$/i, "bsn"],
  [/partijIdentificator(__)?CodeRegister$|__codeRegister$/i, "brp"],
  [/onderwerpobjectidentificatorCodeObjecttype$/, "zaak"],
  [/onderwerpobjectidentificatorCodeRegister$/, "openzaak"],
  [/onderwerpobjectidentificatorCodeSoortObjectId$/, "uuid"],
  [/^actoridentificatorObjectId$/, "000123"],
  [/^actoridentificatorCodeObjecttype$/, "mdw"],
  [/^actoridentificatorCodeRegister$/, "obj"],
  [/^actoridentificatorCodeSoortObjectId$/, "idf"],
  [/^kanaal$/, "telefoon"],
  [/^onderwerp$/, "paspoort"],
  [/^inhoud$/, "terugbel"],
  [/(^|__)nummer$/, "0000004713"],
  [/^(plaatsgevondenOp|toegewezenOp)$/, "2024-06-01T10:00:00Z"],
  [/^soortPartij$|__soortPartij$/, "persoon"],
  [/^soortActor$/, "medewerker"],
  [/^status$/, "te_verwerken"],
  [/^soortDigitaalAdres$/, "email"],
  [/__rol$/, "klant"],
  [/^(naam|actoren__naam)$/, "Jan"],
  [/^contactnaamVoornaam$/, "Jan"],
  [/^contactnaamAchternaam$/, "Jansen"],
  [/^contactnaamVoorletters$/, "J."],
  [/^contactnaamVoorvoegselAchternaam$/, "van"],
  [/^organisatienaam$/, "Bakker B.V."],
  [/AdresNummeraanduidingId$/, "0363000000004711"],
  [/AdresAdresregel1$/, "Kerkstraat 12"],
  [/AdresAdresregel2$/, "1234 AB  UTRECHT"],
  [/AdresLand$/, "NL"],
  [/(^adres|__adres)__icontains$/, "jansen"],
  [/^omschrijving$/, "Privé"],
  [/^verificatieDatum/, "2024-01-01"],
  [/^(beginDatum|eindDatum)$/, "2024-01-01"],
  [/^iban$/, "NL91ABNA0417164300"],
  [/^bic$/, "ABNANL2A"],
];
const BOOLEAN =
  /^(indicatieContactGelukt|vertrouwelijk|indicatieActief|indicatieGeheimhouding|isStandaardAdres|isGeverifieerd|hadBetrokkene__wasPartij|leiddeTotInterneTaken)$/;

/** Finds a realistic value for each filter from the seeded data. */
class FilterValues {
  private readonly cache = new Map<string, Promise<string>>();
  constructor(private readonly db: Knex) {}

  private memo(key: string, find: () => Promise<string>): Promise<string> {
    const known = this.cache.get(key) ?? find();
    this.cache.set(key, known);
    return known;
  }

  // an existing row, drawn at random by id
  private randomRow(table: string, column: string, where?: string): Promise<string> {
    return this.memo(`${table}.${column}.${where}`, async () => {
      const max = (await this.db(table).max("id as max").first())?.max;
      const row = await this.db(table)
        .where("id", ">=", Math.floor(Math.random() * Number(max ?? 0)))
        .modify((query) => (where ? query.whereRaw(where) : query))
        .orderBy("id")
        .first(column);
      return row ? String(row[column]) : "00000000-0000-4000-8000-000000000000";
    });
  }

  async of(filter: string): Promise<string> {
    if (BOOLEAN.test(filter)) {
      return "true";
    }
    const reference =
      /^(?:.*__)?([A-Za-z]+)__(uuid|url)$/.exec(filter) ?? (filter === "uuid" ? [filter, "", "uuid"] : null);
    if (reference) {
      const table = SEGMENT_TABLES[reference[1] ?? ""] ?? "rekeningnummers";
      // the 2 % of klantcontacten that are an onderwerpobject of the next one (see seed.ts)
      const where =
        reference[1] === "wasOnderwerpobject"
          ? "was_klantcontact_id is not null"
          : reference[1] === "wasKlantcontact"
            ? "id % 50 = 6"
            : undefined;
      const uuid = await this.randomRow(table, "uuid", where);
      return reference[2] === "url" ? `http://bench.example/klantinteracties/api/v1/x/${uuid}` : uuid;
    }
    if (/(partijIdentificator__objectId|partijIdentificatorObjectId|subIdentificatorVan__objectId)$/.test(filter)) {
      return this.randomRow("partij_identificatoren", "object_id", "code_soort_object_id = 'bsn'");
    }
    if (/onderwerpobjectidentificatorObjectId$/.test(filter)) {
      return this.randomRow("onderwerpobjecten", "identificator_object_id", "identificator_object_id <> ''");
    }
    if (filter === "adres" || filter === "verstrektedigitaalAdres__adres") {
      return this.randomRow("digitale_adressen", "adres");
    }
    return FIXED.find(([pattern]) => pattern.test(filter))?.[1] ?? "bench-no-match";
  }
}

async function timeFilter(
  db: Knex,
  resource: AnyResource,
  filter: string,
  value: string,
  runs: number,
): Promise<FilterTiming> {
  const query = selectRows(db, resource);
  applyFilters(query, { [filter]: resource.filters?.[filter] as never }, { [filter]: value });
  for (const { column, order } of resource.orderBy ?? [{ column: `${resource.table}.id`, order: "desc" }]) {
    query.orderBy(column, order);
  }
  // what crudRouter runs: the keys of up to limit + 1 rows; a short list's page by those keys, a
  // long one's (count estimated) in page order with one row more
  const paging = { exactCountLimit: loadConfig({}).exactCountLimit, idColumn: `${resource.table}.id` };
  const { accuracy, ids } = await countList(db, query, paging);
  const count = paging.exactCountLimit
    ? idsQuery(db, query, paging.idColumn, paging.exactCountLimit)
    : countQuery(db, query);
  const page =
    accuracy === "exact"
      ? (ids ? byIds(query, paging.idColumn, ids) : query.clone()).limit(100)
      : query.clone().limit(101);
  const counts: number[] = [];
  const pages: number[] = [];
  const totals: number[] = [];
  const begun = performance.now();
  // a filter far over the target needs no 20 runs to show it: 3 runs once it took 3 s
  for (let run = 0; run < runs && (run < MIN_RUNS || performance.now() - begun < SLOW_BUDGET_MS); run++) {
    const started = performance.now();
    await countList(db, query, paging);
    const counted = performance.now();
    await page.clone();
    const ended = performance.now();
    counts.push(counted - started);
    pages.push(ended - counted);
    totals.push(ended - started);
  }
  const explain = async (builder: Knex.QueryBuilder, format: "json" | "text") => {
    const { sql, bindings } = builder.toSQL();
    const result = await db.raw(`explain (analyze, buffers, format ${format}) ${sql}`, bindings as Knex.RawBinding[]);
    return result.rows as Record<string, unknown>[];
  };
  const planOf = async (builder: Knex.QueryBuilder): Promise<{ Plan: Plan; "Execution Time": number }> => {
    const [row] = await explain(builder, "json");
    const [analysed] = (row?.["QUERY PLAN"] ?? []) as { Plan: Plan; "Execution Time": number }[];
    return analysed ?? { Plan: { "Node Type": "none" }, "Execution Time": 0 };
  };
  const [countPlan, pagePlan] = [await planOf(count), await planOf(page)];
  const seqScans = [...seqScansOf(countPlan.Plan), ...seqScansOf(pagePlan.Plan)];
  const timing: FilterTiming = {
    collection: resource.collection,
    filter,
    value,
    accuracy,
    runs: totals.length,
    p95: percentile(totals, 95),
    countP95: percentile(counts, 95),
    pageP95: percentile(pages, 95),
    executionMs: countPlan["Execution Time"] + pagePlan["Execution Time"],
    seqScans,
  };
  if (seqScans.length > 0 || timing.p95 >= FILTER_P95_TARGET_MS) {
    const text = async (builder: Knex.QueryBuilder) =>
      (await explain(builder, "text")).map((row) => row["QUERY PLAN"]).join("\n");
    timing.plans = { count: await text(count), page: await text(page) };
  }
  return timing;
}

/**
 * Times every list filter of the Klantinteracties API on the seeded schema and prints the table.
 * @example
 * const timings = await explainFilters({ url, schema: "bench_default" }, 20);
 */
export async function explainFilters(database: { url: string; schema: string }, runs: number): Promise<FilterTiming[]> {
  const db = connect(database.url, { searchPath: database.schema, poolMax: 2 });
  const values = new FilterValues(db);
  const timings: FilterTiming[] = [];
  try {
    const resources = APIS.filter((api) => api.name === "klantinteracties").flatMap((api) => api.resources);
    for (const resource of resources) {
      for (const filter of Object.keys(resource.filters ?? {})) {
        let value = "";
        try {
          value = await values.of(filter);
          const timing = await timeFilter(db, resource, filter, value, runs);
          timings.push(timing);
          const flag = timing.p95 >= FILTER_P95_TARGET_MS ? " SLOW" : "";
          const scans = timing.seqScans.length > 0 ? `  seq scan: ${timing.seqScans.join(", ")}` : "";
          console.log(
            `${`${resource.collection}?${filter}`.padEnd(90)} p95 ${timing.p95.toFixed(1).padStart(7)} ms (count ${timing.countP95.toFixed(1)}, page ${timing.pageP95.toFixed(1)}, ${timing.runs} runs; explain ${timing.executionMs.toFixed(1)} ms; count ${timing.accuracy})${flag}${scans}`,
          );
        } catch (error) {
          console.log(`${`${resource.collection}?${filter}`.padEnd(90)} failed: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    await db.destroy();
  }
  const slow = timings.filter((timing) => timing.p95 >= FILTER_P95_TARGET_MS);
  const scanning = timings.filter((timing) => timing.seqScans.length > 0);
  const estimated = timings.filter((timing) => timing.accuracy === "estimate").length;
  console.log(
    `\nfilters: ${timings.length}, p95 >= ${FILTER_P95_TARGET_MS} ms: ${slow.length}, with a seq scan: ${scanning.length}, count estimated: ${estimated} (${runs} runs each)`,
  );
  for (const timing of scanning) {
    console.log(`  seq scan  ${timing.collection}?${timing.filter}: ${timing.seqScans.join(", ")}`);
  }
  for (const timing of slow) {
    console.log(`  slow      ${timing.collection}?${timing.filter}=${timing.value}: p95 ${timing.p95.toFixed(1)} ms`);
  }
  return timings;
}
