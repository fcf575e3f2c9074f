/**
 * Sends hostile requests to a running server and judges each answer: never a 5xx, every 4xx is
 * `application/problem+json` with the problem shape, and no write succeeds. Also the fingerprint
 * of the data that a run must leave unchanged. Shared by the fuzz test and `npm run fuzz`.
 * @module
 */
import fc from "fast-check";
import type { Knex } from "knex";
import type { ApiDefinition } from "../../src/apis.ts";
import {
  contractOperations,
  type FuzzOperation,
  type FuzzWorld,
  type HostileRequest,
  hostileRequest,
} from "./hostileRequests.ts";

/** What a run saw. */
export interface FuzzReport {
  sent: number;
  /** Responses by status code; `network` counts requests the connection failed for. */
  statuses: Record<string, number>;
  fiveHundreds: number;
  /** Every answer that broke a rule, with the request that caused it. */
  violations: { request: HostileRequest; status: number | "network"; problem: string; body: string }[];
  operations: number;
  /** The slowest requests, slowest first: where a run spends its time. */
  slowest: { milliseconds: number; description: string }[];
}

/**
 * The uuids of every stored object by collection, for hostile requests that hit real objects.
 * @example
 * const uuids = await existingUuids(db, APIS);
 */
export async function existingUuids(db: Knex, apis: ApiDefinition[]): Promise<Map<string, string[]>> {
  const uuids = new Map<string, string[]>();
  for (const resource of apis.flatMap((api) => api.resources)) {
    const rows: { uuid: string }[] = await db(resource.table).select("uuid").orderBy("id").limit(20);
    uuids.set(
      resource.collection,
      rows.map((row) => row.uuid),
    );
  }
  return uuids;
}

/**
 * A fingerprint of the data in the connection's schema: per table its row count and an md5 over
 * its rows. `api_tokens` is left out (every request updates `last_used_at`), as are knex's own tables.
 * @example
 * const before = await dataFingerprint(db); … expect(await dataFingerprint(db)).toEqual(before);
 */
export async function dataFingerprint(db: Knex): Promise<Record<string, { rows: number; md5: string }>> {
  const tables: { tablename: string }[] = await db("pg_tables")
    .select("tablename")
    .whereRaw("schemaname = current_schema()")
    .whereNotIn("tablename", ["api_tokens"])
    .whereNot("tablename", "like", "knex_%")
    .orderBy("tablename");
  const fingerprint: Record<string, { rows: number; md5: string }> = {};
  for (const { tablename } of tables) {
    const { rows } = await db.raw(
      "select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ?? t",
      [tablename],
    );
    fingerprint[tablename] = rows[0];
  }
  return fingerprint;
}

/**
 * What is wrong with an answer to a hostile request, or `undefined` when it is right.
 * @example
 * judge(request, 400, "application/problem+json", body); // undefined for a proper 400
 */
export function judge(request: HostileRequest, status: number, contentType: string, text: string): string | undefined {
  if (status >= 500) {
    return `server error ${status}`;
  }
  if (status >= 200 && status < 300 && request.method !== "GET") {
    return `a write that must fail succeeded with ${status}`;
  }
  if (status < 400) {
    return undefined;
  }
  if (!/^application\/problem\+json/.test(contentType)) {
    return `a ${status} as ${contentType || "no content type"} instead of application/problem+json`;
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    return `a ${status} whose body is not JSON`;
  }
  for (const field of ["type", "code", "title", "detail", "instance"]) {
    if (typeof body[field] !== "string") {
      return `problem without a string ${field}`;
    }
  }
  if (body.status !== status) {
    return `problem status ${String(body.status)} on a ${status}`;
  }
  if (status === 400) {
    const params = body.invalidParams;
    const wellFormed =
      Array.isArray(params) &&
      params.every(
        (param: Record<string, unknown>) =>
          typeof param.name === "string" && typeof param.code === "string" && typeof param.reason === "string",
      );
    if (!wellFormed) {
      return "a 400 without well-formed invalidParams";
    }
  }
  return undefined;
}

/**
 * Generates `requests` hostile requests over every operation (fast-check, reproducible by
 * `seed`) and sends them `concurrency` at a time.
 * @example
 * const report = await runFuzz({ baseUrl, world, requests: 1_500, seed: 42 });
 * report.fiveHundreds; // 0
 */
export async function runFuzz(options: {
  baseUrl: string;
  world: FuzzWorld;
  requests: number;
  seed: number;
  concurrency?: number;
  operations?: FuzzOperation[];
  onProgress?: (sent: number) => void;
}): Promise<FuzzReport> {
  const operations = options.operations ?? contractOperations();
  // every operation equally often, whatever the size of its parameter list
  const arbitrary = fc.constantFrom(...operations).chain((operation) => hostileRequest(operation, options.world));
  const requests = fc.sample(arbitrary, { numRuns: options.requests, seed: options.seed });
  const report: FuzzReport = {
    sent: 0,
    statuses: {},
    fiveHundreds: 0,
    violations: [],
    operations: operations.length,
    slowest: [],
  };
  let next = 0;
  let answered = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as HostileRequest;
      await sendAndJudge(options.baseUrl, request, report);
      answered++;
      if (answered % 500 === 0) {
        options.onProgress?.(answered);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return report;
}

async function sendAndJudge(baseUrl: string, request: HostileRequest, report: FuzzReport): Promise<void> {
  report.sent++;
  const started = performance.now();
  let status: number;
  let contentType: string;
  let text: string;
  try {
    const response = await fetch(`${baseUrl}${request.target}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: "manual",
    });
    status = response.status;
    contentType = response.headers.get("content-type") ?? "";
    text = await response.text();
  } catch (error) {
    report.statuses.network = (report.statuses.network ?? 0) + 1;
    report.violations.push({ request, status: "network", problem: String((error as Error).cause ?? error), body: "" });
    return;
  }
  report.statuses[status] = (report.statuses[status] ?? 0) + 1;
  noteDuration(report, performance.now() - started, request);
  if (status >= 500) {
    report.fiveHundreds++;
  }
  const problem = judge(request, status, contentType, text);
  if (problem) {
    report.violations.push({ request, status, problem, body: text.slice(0, 500) });
  }
}

function noteDuration(report: FuzzReport, milliseconds: number, request: HostileRequest): void {
  report.slowest.push({
    milliseconds,
    description: `${request.description.slice(0, 120)} -> ${request.target.length} URL chars, ${request.body?.length ?? 0} body chars`,
  });
  report.slowest.sort((a, b) => b.milliseconds - a.milliseconds);
  report.slowest.length = Math.min(report.slowest.length, 5);
}

/**
 * The report as text: requests, status histogram, 5xx and the first violations.
 * @example
 * console.log(formatReport(report));
 */
export function formatReport(report: FuzzReport, show = 10): string {
  const histogram = Object.entries(report.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `  ${status}: ${count}`)
    .join("\n");
  const violations = report.violations
    .slice(0, show)
    .map(
      (violation) =>
        `- ${violation.problem} (${violation.status}) on ${violation.request.method} ${violation.request.target.slice(0, 200)}\n    ${violation.request.description.slice(0, 300)}\n    ${violation.body.slice(0, 300)}`,
    )
    .join("\n");
  return [
    `operations covered: ${report.operations}`,
    `requests sent: ${report.sent}`,
    "status histogram:",
    histogram,
    `5xx seen: ${report.fiveHundreds}`,
    `slowest: ${report.slowest.map((entry) => `\n  ${entry.milliseconds.toFixed(0)} ms ${entry.description}`).join("")}`,
    `violations: ${report.violations.length}`,
    violations,
  ]
    .filter(Boolean)
    .join("\n");
}
