/**
 * `auth`: without a token, or with a wrong one, every operation answers 401 problem+json and
 * changes nothing.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check, CheckContext } from "./check.ts";
import { expectStatus } from "./expect.ts";
import { operationOf } from "./resourceContract.ts";

async function everyOperation(
  index: ContractIndex,
  spec: ResourceSpec,
  context: CheckContext,
  authorization: string | null,
): Promise<void> {
  const { client } = context;
  const object = await context.fixtures.create(spec.name);
  const body = await context.fixtures.body(spec.name);
  const item = `${spec.path}/${object.uuid}`;
  const calls: [string, string, unknown][] = [];
  if (operationOf(index, spec, "List")) {
    calls.push(["GET", spec.path, undefined]);
  }
  calls.push(["POST", spec.path, body], ["GET", item, undefined]);
  if (operationOf(index, spec, "Update")) {
    calls.push(["PUT", item, body]);
  }
  if (operationOf(index, spec, "PartialUpdate")) {
    calls.push(["PATCH", item, {}]);
  }
  if (operationOf(index, spec, "Destroy")) {
    calls.push(["DELETE", item, undefined], ["DELETE", `${spec.path}/${randomUUID()}`, undefined]);
  }
  for (const [method, path, requestBody] of calls) {
    const exchange = await client.request(spec.api, method, path, { body: requestBody, authorization });
    context.fixtures.track(spec.api, exchange);
    expectStatus(exchange, 401);
  }
  expectStatus(await client.request(spec.api, "GET", item), 200);
}

/** The auth checks of one collection. */
export function authChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  if (!operationOf(index, spec, "Create")) {
    return [];
  }
  const base = {
    conformanceClass: "auth" as const,
    kind: "auth" as const,
    resource: spec.name,
    api: spec.api,
    reference: "#/components/securitySchemes/tokenAuth",
  };
  return [
    {
      ...base,
      id: `auth/${spec.name}/no-token`,
      rule: "Every operation without an Authorization header answers 401 and leaves the object as it was.",
      run: (context) => everyOperation(index, spec, context, null),
    },
    {
      ...base,
      id: `auth/${spec.name}/wrong-token`,
      rule: "Every operation with an unknown token answers 401 and leaves the object as it was.",
      run: (context) => everyOperation(index, spec, context, `Token onbekend-${randomUUID()}`),
    },
  ];
}
