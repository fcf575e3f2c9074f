/**
 * One conformance run: check that the server answers and accepts the token, build the catalogue,
 * select, run, and return everything the reports need.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import { buildCatalogue } from "../checks/catalogue.ts";
import { ContractIndex } from "../contract/operations.ts";
import { ResponseValidator } from "../contract/responseValidator.ts";
import { UniqueValues } from "../fixtures/values.ts";
import { ConformanceClient, type Target, UnreachableError } from "../http/client.ts";
import type { CheckResult } from "./result.ts";
import { runChecks } from "./runner.ts";
import { isSelected } from "./selection.ts";

/** The inputs of a run. */
export interface RunOptions {
  target: Target;
  only?: string[];
  seed?: number;
  runs?: number;
  onResult?(result: CheckResult): void;
}

/** Everything a run produced. */
export interface RunReport {
  target: Target;
  contractVersions: Record<ApiName, string>;
  seed: number;
  runs: number;
  startedAt: string;
  finishedAt: string;
  results: CheckResult[];
  /** Filters and expand values the catalogue has no check for. */
  uncovered: string[];
}

/** The server cannot be used at all: unreachable, or it refuses the token. */
export class TargetUnusable extends Error {}

/**
 * Makes sure each API answers and accepts the token (one list request each).
 * @example
 * await preflight(client); // throws TargetUnusable on a refused token
 */
export async function preflight(client: ConformanceClient): Promise<void> {
  for (const [api, base] of Object.entries(client.target.baseUrls) as [ApiName, string][]) {
    const list = client.index.apis[api].operations.find((operation) => operation.operationId.endsWith("List"));
    if (!base || !list) {
      continue;
    }
    try {
      const exchange = await client.request(api, "GET", list.path, { query: { pageSize: 1 } });
      if (exchange.response.status === 401 || exchange.response.status === 403) {
        throw new TargetUnusable(`the ${api} API refused the token (${exchange.response.status} on GET ${list.path})`);
      }
    } catch (error) {
      if (error instanceof UnreachableError) {
        throw new TargetUnusable(`the ${api} API at ${base} cannot be reached: ${error.message}`);
      }
      throw error;
    }
  }
}

/**
 * Runs the suite against a target.
 * @example
 * const report = await runConformance({ target: { baseUrls: { klantinteracties: url }, token } });
 */
export async function runConformance(options: RunOptions): Promise<RunReport> {
  const index = new ContractIndex();
  const validator = new ResponseValidator(index);
  const client = new ConformanceClient(options.target, index, validator);
  await preflight(client);
  const seed = options.seed ?? Date.now() % 2_147_483_647;
  const runs = options.runs ?? 12;
  const catalogue = buildCatalogue(index);
  const selected = catalogue.checks.filter((check) => isSelected(check.id, options.only ?? []));
  const startedAt = new Date().toISOString();
  const results = await runChecks(selected, {
    client,
    index,
    validator,
    unique: new UniqueValues(),
    seed,
    runs,
    onResult: options.onResult,
  });
  return {
    target: { ...options.target, token: "***" },
    contractVersions: {
      klantinteracties: index.apis.klantinteracties.version,
      contactgegevens: index.apis.contactgegevens.version,
    },
    seed,
    runs,
    startedAt,
    finishedAt: new Date().toISOString(),
    results,
    uncovered: catalogue.uncovered,
  };
}
