/**
 * Runs checks one after the other (so no check sees another's fixtures half-made), each with its
 * own recorder and fixtures, cleaning up after each.
 * @module
 */
import { type Check, RuleViolation } from "../checks/check.ts";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResponseValidator } from "../contract/responseValidator.ts";
import { FixtureContext } from "../fixtures/fixtureContext.ts";
import { RESOURCES_BY_NAME } from "../fixtures/resources.ts";
import type { UniqueValues } from "../fixtures/values.ts";
import { type ConformanceClient, UnreachableError } from "../http/client.ts";
import type { Exchange } from "../http/exchange.ts";
import type { CheckResult } from "./result.ts";

/** What the runner needs. */
export interface RunnerOptions {
  client: ConformanceClient;
  index: ContractIndex;
  validator: ResponseValidator;
  unique: UniqueValues;
  seed: number;
  runs: number;
  onResult?(result: CheckResult): void;
}

/** The first exchange whose response deviates from the contract. */
function firstNonConforming(exchanges: Exchange[]): Exchange | undefined {
  return exchanges.find((exchange) => exchange.violations.length > 0);
}

/**
 * Runs one check and turns what happened into a result.
 * @example
 * const result = await runCheck(check, options);
 */
export async function runCheck(check: Check, options: RunnerOptions): Promise<CheckResult> {
  const started = performance.now();
  const base = {
    id: check.id,
    conformanceClass: check.conformanceClass,
    kind: check.kind,
    resource: check.resource,
    api: check.api,
    rule: check.rule,
    reference: check.reference,
  };
  if (!options.client.target.baseUrls[check.api]) {
    return {
      ...base,
      outcome: "skipped",
      message: `no base URL for the ${check.api} API`,
      requests: 0,
      notes: [],
      durationMs: 0,
    };
  }
  const exchanges: Exchange[] = [];
  const notes: string[] = [];
  const client = options.client.withRecorder((exchange) => exchanges.push(exchange));
  const fixtures = new FixtureContext(
    client,
    options.client.withRecorder(() => {}),
    RESOURCES_BY_NAME,
    options.unique,
  );
  let outcome: CheckResult["outcome"] = "passed";
  let message: string | undefined;
  let evidence: Exchange | undefined;
  try {
    await check.run({
      client,
      index: options.index,
      validator: options.validator,
      fixtures,
      seed: options.seed,
      runs: options.runs,
      note: (text) => notes.push(text),
    });
    evidence = firstNonConforming(exchanges);
    if (evidence) {
      outcome = "failed";
      message = `the response to ${evidence.request.method} ${new URL(evidence.request.url).pathname} does not conform to ${evidence.operationId ?? "the contract"}: ${evidence.violations.join("; ")}`;
    }
  } catch (error) {
    outcome = "failed";
    if (error instanceof RuleViolation) {
      message = error.message;
      evidence = error.exchange ?? exchanges[exchanges.length - 1];
      const nonConforming = firstNonConforming(exchanges);
      if (nonConforming && nonConforming !== evidence) {
        notes.push(
          `also: ${nonConforming.request.method} ${nonConforming.request.url}: ${nonConforming.violations.join("; ")}`,
        );
      }
    } else if (error instanceof UnreachableError) {
      message = error.message;
    } else {
      message = `the check itself failed: ${(error as Error).stack ?? String(error)}`;
      evidence = exchanges[exchanges.length - 1];
    }
  } finally {
    await fixtures.cleanup();
  }
  return {
    ...base,
    outcome,
    message,
    evidence,
    requests: exchanges.length,
    notes,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Runs checks in order and returns their results. */
export async function runChecks(checks: Check[], options: RunnerOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const result = await runCheck(check, options);
    options.onResult?.(result);
    results.push(result);
  }
  return results;
}
