/**
 * `core-write` rules about how a body is read that the schema cannot express: PUT leaves the
 * optional properties it omits as they were (where the contract says so), and properties sent in
 * snake_case count as their camelCase field, as in the Open Klant API the contract is
 * wire-compatible with.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check } from "./check.ts";
import { minimalBody } from "./coreWrite.ts";
import { differences } from "./echo.ts";
import { expectStatus, expectThat } from "./expect.ts";
import { createProperties, operationIdOf, operationOf } from "./resourceContract.ts";

const KEEPS_OMITTED = /houden hun (huidige )?waarde/;

/**
 * Whether the contract promises that PUT keeps omitted optional fields: in the operation's own
 * description or for the whole API in its `info.description`.
 * @example
 * putKeepsOmitted(index, "klantinteracties", index.operation("partijenUpdate")); // true
 */
export function putKeepsOmitted(index: ContractIndex, api: ApiName, description: string | undefined): boolean {
  return KEEPS_OMITTED.test(description ?? "") || KEEPS_OMITTED.test(String(index.apis[api].document.info.description));
}

/**
 * A body with every property name in snake_case, at every level (`soortPartij` -> `soort_partij`).
 * @example
 * snakeKeys({ partijIdentificatie: { voorvoegselAchternaam: "van" } }); // { partij_identificatie: { voorvoegsel_achternaam: "van" } }
 */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(snakeKeys);
  }
  if (value === null || typeof value !== "object") {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
      snakeKeys(item),
    ]),
  );
}

/** The write-semantics checks of one collection. */
export function writeSemanticsChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  if (!operationOf(index, spec, "Create")) {
    return [];
  }
  const base = { conformanceClass: "core-write" as const, resource: spec.name, api: spec.api };
  const checks: Check[] = [];
  const update = operationOf(index, spec, "Update");
  if (update && putKeepsOmitted(index, spec.api, update.description)) {
    checks.push({
      ...base,
      id: `core-write/${spec.name}/put-keeps-omitted`,
      kind: "lifecycle",
      rule: "PUT with only the required properties leaves the optional properties it omits unchanged.",
      reference: operationIdOf(spec, "Update"),
      async run(context) {
        const { client, fixtures } = context;
        const body = await fixtures.body(spec.name);
        const created = fixtures.created201(spec.name, await fixtures.post(spec.name, body));
        const minimal = minimalBody(createProperties(index, spec, "Update"), body, spec);
        const omitted = Object.keys(body).filter((key) => !(key in minimal));
        const path = `${spec.path}/${created.uuid}`;
        expectStatus(await client.request(spec.api, "PUT", path, { body: minimal }), 200);
        const after = await client.request(spec.api, "GET", path);
        expectStatus(after, 200);
        const changed = omitted.filter((key) => differences(body[key], after.response.body?.[key]).length > 0);
        expectThat(
          changed.length === 0,
          `a PUT without ${changed.join(", ")} changed them; omitted optional properties keep their value`,
          after,
        );
        context.note(omitted.length ? `left out: ${omitted.join(", ")}` : "every property sent is required");
      },
    });
  }
  const camelCased = createProperties(index, spec).some((property) => /[A-Z]/.test(property.path));
  if (camelCased) {
    checks.push({
      ...base,
      id: `core-write/${spec.name}/snake-case-input`,
      kind: "validation",
      rule: "A create body with its property names in snake_case is read as the camelCase fields (Open Klant reads both).",
      reference: "#/info/description",
      async run(context) {
        const body = await context.fixtures.body(spec.name);
        const exchange = await context.fixtures.post(spec.name, snakeKeys(body));
        expectStatus(exchange, 201);
        const missing = differences(body, exchange.response.body);
        expectThat(
          missing.length === 0,
          `the snake_case properties ${missing.join(", ")} were not read as their camelCase fields`,
          exchange,
        );
      },
    });
  }
  return checks;
}
