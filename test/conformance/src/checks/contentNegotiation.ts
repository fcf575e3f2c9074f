/**
 * `core-read`: a client that asks for a format the API does not speak (`Accept: text/csv`). Every
 * operation of the contract declares 406 for this and only JSON for success, so the server
 * answers 406 problem+json, or (as HTTP lets a server disregard `Accept`) the declared JSON; the
 * contract check on each response catches anything else (another media type, an undeclared status).
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import type { ContractIndex } from "../contract/operations.ts";
import type { Check } from "./check.ts";
import { expectStatus } from "./expect.ts";

/**
 * The content-negotiation check of one API, over every list operation it has.
 * @example
 * contentNegotiationChecks(index, "klantinteracties")[0]?.id; // "core-read/klantinteracties/accept-header"
 */
export function contentNegotiationChecks(index: ContractIndex, api: ApiName): Check[] {
  const lists = index.apis[api].operations.filter(
    (operation) => operation.operationId.endsWith("List") && operation.responses["406"],
  );
  if (lists.length === 0) {
    return [];
  }
  return [
    {
      id: `core-read/${api}/accept-header`,
      conformanceClass: "core-read",
      kind: "response-conformance",
      resource: "api",
      api,
      rule: "A list asked for with Accept: text/csv is answered 406 problem+json or with the declared JSON, never another format.",
      reference: "#/components/responses/NotAcceptable",
      async run(context) {
        for (const operation of lists) {
          const exchange = await context.client.request(api, "GET", operation.path, {
            query: { pageSize: 1 },
            headers: { Accept: "text/csv" },
          });
          expectStatus(exchange, 406, 200);
        }
      },
    },
  ];
}
