/**
 * `robustness`: generated invalid bodies (fast-check) for every write operation are rejected with
 * 4xx problem+json, never accepted and never a 5xx; malformed JSON, a wrong media type and a
 * malformed uuid are rejected cleanly too.
 * @module
 */
import fc from "fast-check";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import { type Check, RuleViolation } from "./check.ts";
import { expectClientError, expectStatus } from "./expect.ts";
import { invalidMutations } from "./mutations.ts";
import { createProperties, type OperationKind, operationIdOf, operationOf } from "./resourceContract.ts";

function generatedBodies(index: ContractIndex, spec: ResourceSpec, kind: OperationKind): Check {
  const method = { Create: "POST", Update: "PUT", PartialUpdate: "PATCH" }[kind as "Create"];
  return {
    id: `robustness/${spec.name}/${kind === "Create" ? "create" : kind === "Update" ? "update" : "partial-update"}-generated-invalid-bodies`,
    conformanceClass: "robustness",
    kind: "property-based",
    resource: spec.name,
    api: spec.api,
    rule: `${method} bodies broken in one property (type, required, length, enum, format, range) get 4xx problem+json, never 2xx or 5xx.`,
    reference: operationIdOf(spec, kind),
    async run(context) {
      const properties = createProperties(index, spec, kind);
      const body = await context.fixtures.body(spec);
      const target = kind === "Create" ? undefined : await context.fixtures.create(spec.name);
      const path = target ? `${spec.path}/${target.uuid}` : spec.path;
      const result = await fc.check(
        fc.asyncProperty(invalidMutations(properties, body, kind !== "PartialUpdate"), async (mutation) => {
          const exchange = await context.client.request(spec.api, method, path, { body: mutation.apply(body) });
          context.fixtures.track(spec.api, exchange);
          if (exchange.response.status >= 500 || exchange.response.status < 400) {
            throw new RuleViolation(
              `${mutation.description} was answered ${exchange.response.status}, expected a 4xx rejection`,
              exchange,
            );
          }
          if (exchange.violations.length > 0) {
            throw new RuleViolation(`${mutation.description}: ${exchange.violations.join("; ")}`, exchange);
          }
        }),
        { numRuns: context.runs, seed: context.seed, endOnFailure: true },
      );
      context.note(`${result.numRuns} generated bodies, seed ${context.seed}`);
      if (result.failed) {
        const cause = result.errorInstance;
        if (cause instanceof RuleViolation) {
          throw new RuleViolation(
            `${cause.message} (counterexample after ${result.numRuns} runs, seed ${context.seed})`,
            cause.exchange,
          );
        }
        throw new RuleViolation(`property failed: ${String(cause)}`);
      }
    },
  };
}

/** The robustness checks of one collection. */
export function robustnessChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  const checks: Check[] = [];
  for (const kind of ["Create", "Update", "PartialUpdate"] as const) {
    if (operationOf(index, spec, kind)) {
      checks.push(generatedBodies(index, spec, kind));
    }
  }
  if (!operationOf(index, spec, "Create")) {
    return checks;
  }
  checks.push({
    id: `robustness/${spec.name}/malformed-requests`,
    conformanceClass: "robustness",
    kind: "validation",
    resource: spec.name,
    api: spec.api,
    rule: "Malformed JSON is a 400, a body that is not JSON a 415, and neither creates anything.",
    reference: operationIdOf(spec, "Create"),
    async run(context) {
      const broken = await context.client.request(spec.api, "POST", spec.path, { rawBody: '{"kapot": ' });
      context.fixtures.track(spec.api, broken);
      expectStatus(broken, 400);
      const text = await context.client.request(spec.api, "POST", spec.path, {
        rawBody: "naam=x",
        headers: { "Content-Type": "text/plain" },
      });
      context.fixtures.track(spec.api, text);
      expectStatus(text, 415);
      const array = await context.client.request(spec.api, "POST", spec.path, { body: [] });
      context.fixtures.track(spec.api, array);
      expectClientError(array);
    },
  });
  return checks;
}
