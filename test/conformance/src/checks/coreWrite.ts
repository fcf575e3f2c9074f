/**
 * `core-write`: the life of an object (create → read → list → update → partial update →
 * delete → gone) and the contract's input rules, derived from the request schema.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { ContractIndex } from "../contract/operations.ts";
import type { PropertyView } from "../contract/schemaView.ts";
import { getPath, type Json, setPath } from "../fixtures/fixtureContext.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check, CheckContext } from "./check.ts";
import { differences } from "./echo.ts";
import { expectInvalidParam, expectStatus, expectThat } from "./expect.ts";
import { collect, uuids } from "./listing.ts";
import { createProperties, operationIdOf, operationOf } from "./resourceContract.ts";

/** Applies a change (dotted paths) to a copy of a body. */
export function withChange(body: Json, change: Json): Json {
  const copy = structuredClone(body);
  for (const [path, value] of Object.entries(change)) {
    setPath(copy, path, value);
  }
  return copy;
}

function expectEcho(sent: Json, exchange: Awaited<ReturnType<CheckContext["client"]["request"]>>, what: string) {
  const missing = differences(sent, exchange.response.body);
  expectThat(missing.length === 0, `${what} does not carry back what was written: ${missing.join(", ")}`, exchange);
}

/** The lifecycle check of one collection. */
function lifecycle(index: ContractIndex, spec: ResourceSpec): Check {
  return {
    id: `core-write/${spec.name}/lifecycle`,
    conformanceClass: "core-write",
    kind: "lifecycle",
    resource: spec.name,
    api: spec.api,
    rule: "Create gives 201 with Location; the object can then be read, listed, replaced, partly changed and deleted, after which it is 404.",
    reference: operationIdOf(spec, "Create"),
    async run(context) {
      const { client, fixtures } = context;
      const body = await fixtures.body(spec.name);
      const created = await fixtures.post(spec.name, body);
      expectStatus(created, 201);
      const object = created.response.body;
      expectEcho(body, created, "the 201 body");
      expectThat(created.response.headers.location === object.url, "Location is the url of the new object", created);
      const path = `${spec.path}/${object.uuid}`;

      const read = await client.request(spec.api, "GET", path);
      expectStatus(read, 200);
      expectEcho(body, read, "the object read back");

      const listed = await collect(context, spec, spec.tag ? { [spec.tag.filter]: object[spec.tag.path] } : {}, 50);
      expectThat(uuids(listed).has(object.uuid), "the new object is in the list");

      if (operationOf(index, spec, "Update")) {
        const replacement = withChange(body, spec.change(fixtures));
        const put = await client.request(spec.api, "PUT", path, { body: replacement });
        expectStatus(put, 200);
        expectEcho(replacement, put, "the PUT answer");
        expectEcho(replacement, await client.request(spec.api, "GET", path), "the object after PUT");
      }
      if (operationOf(index, spec, "PartialUpdate")) {
        const change = spec.change(fixtures);
        const patchBody = withChange({}, change);
        const patch = await client.request(spec.api, "PATCH", path, { body: patchBody });
        expectStatus(patch, 200);
        expectEcho(patchBody, patch, "the PATCH answer");
        const after = await client.request(spec.api, "GET", path);
        expectEcho(patchBody, after, "the object after PATCH");
      }
      if (operationOf(index, spec, "Destroy")) {
        expectStatus(await client.request(spec.api, "DELETE", path), 204, 200);
        expectStatus(await client.request(spec.api, "GET", path), 404);
      }
    },
  };
}

/** A value of the wrong JSON type for a property. */
export function wrongType(property: PropertyView): unknown {
  switch (property.type) {
    case "string":
      return 12345;
    case "integer":
    case "number":
      return "veertig";
    case "boolean":
      return "ja";
    case "array":
      return "geen lijst";
    default:
      return "geen object";
  }
}

/** A value that breaks a property's format or pattern (but not its length). */
export function badFormat(property: PropertyView): string | undefined {
  switch (property.format) {
    case "date":
      return "2024-13-45";
    case "date-time":
      return "gisteren";
    case "uuid":
      return "geen-uuid";
    case "uri":
      return "geen url";
    case "email":
      return "geen-mail";
  }
  return property.pattern ? "! !" : undefined;
}

/** Leaves out the property that may not be sent together with `path`. */
function exclusive(spec: ResourceSpec, path: string): Json {
  const other = spec.exclusiveWith?.[path];
  return other ? { [other]: undefined } : {};
}

/** The properties a check varies: those in the built body (so parents of group fields exist). */
export function propertiesInBody(properties: PropertyView[], body: Json): PropertyView[] {
  return properties.filter((property) => {
    const parent = property.path.split(".").slice(0, -1).join(".");
    return parent === "" || (getPath(body, parent) !== null && typeof getPath(body, parent) === "object");
  });
}

/**
 * The smallest body the contract accepts: the required properties of a built body (nested ones
 * inside the groups it sends) and those the standard requires beyond the schema.
 * @example
 * minimalBody(createProperties(index, spec), await fixtures.body(spec.name), spec);
 */
export function minimalBody(properties: PropertyView[], body: Json, spec: ResourceSpec): Json {
  const required = propertiesInBody(properties, body).filter((property) => property.required);
  const minimal: Json = {};
  for (const property of required.filter((p) => !p.path.includes("."))) {
    minimal[property.path] = body[property.path];
  }
  for (const property of required.filter((p) => p.path.includes("."))) {
    setPath(minimal, property.path, getPath(body, property.path));
  }
  for (const path of spec.alsoRequired ?? []) {
    minimal[path] = body[path];
  }
  return minimal;
}

interface InputRule {
  name: string;
  rule: string;
  applies(property: PropertyView): boolean;
  value(property: PropertyView): unknown;
}

const INPUT_RULES: InputRule[] = [
  {
    name: "wrong-types",
    rule: "A property of the wrong JSON type is rejected with 400 naming it.",
    applies: (property) => property.type !== undefined,
    value: wrongType,
  },
  {
    name: "enums",
    rule: "A value outside a property's enum is rejected with 400 naming it.",
    applies: (property) => Array.isArray(property.enum),
    value: () => "geen-geldige-waarde",
  },
  {
    name: "max-lengths",
    rule: "A text longer than its maxLength is rejected with 400 naming it.",
    applies: (property) => property.type === "string" && typeof property.maxLength === "number" && !property.enum,
    value: (property) => "x".repeat((property.maxLength ?? 0) + 1),
  },
  {
    name: "formats",
    rule: "A value that breaks a property's format or pattern is rejected with 400 naming it.",
    applies: (property) => property.type === "string" && !property.enum && badFormat(property) !== undefined,
    value: (property) => badFormat(property),
  },
];

/** The input-validation checks of one collection, data-driven from its create schema. */
function validationChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  const properties = createProperties(index, spec);
  const base = {
    conformanceClass: "core-write" as const,
    kind: "validation" as const,
    resource: spec.name,
    api: spec.api,
    reference: operationIdOf(spec, "Create"),
  };
  const checks: Check[] = [
    {
      ...base,
      id: `core-write/${spec.name}/required-fields`,
      rule: "Leaving out a required property is rejected with 400 naming it; a body with only the required ones is accepted.",
      async run(context) {
        const body = await context.fixtures.body(spec.name);
        const required = propertiesInBody(properties, body).filter((property) => property.required);
        for (const property of required) {
          const exchange = await context.fixtures.post(spec.name, withChange(body, { [property.path]: undefined }));
          expectInvalidParam(exchange, property.path);
        }
        expectStatus(await context.fixtures.post(spec.name, minimalBody(properties, body, spec)), 201);
      },
    },
  ];
  for (const inputRule of INPUT_RULES) {
    const covered = properties.filter(inputRule.applies);
    if (covered.length === 0) {
      continue;
    }
    checks.push({
      ...base,
      id: `core-write/${spec.name}/${inputRule.name}`,
      rule: inputRule.rule,
      async run(context) {
        const body = await context.fixtures.body(spec.name);
        for (const property of propertiesInBody(covered, body)) {
          const exchange = await context.fixtures.post(
            spec.name,
            withChange(body, { ...exclusive(spec, property.path), [property.path]: inputRule.value(property) }),
          );
          expectInvalidParam(exchange, property.path);
        }
      },
    });
  }
  const references = properties.filter((property) => property.reference && !property.path.includes("."));
  if (references.length > 0) {
    checks.push({
      ...base,
      id: `core-write/${spec.name}/unknown-reference`,
      rule: "A reference to a uuid that does not exist is rejected with 400 naming the field.",
      async run(context) {
        const body = await context.fixtures.body(spec.name);
        for (const property of references) {
          const exchange = await context.fixtures.post(
            spec.name,
            withChange(body, { ...exclusive(spec, property.path), [property.path]: { uuid: randomUUID() } }),
          );
          expectInvalidParam(exchange, property.path);
        }
      },
    });
  }
  return checks;
}

/** The core-write checks of one collection. */
export function coreWriteChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  if (!operationOf(index, spec, "Create")) {
    return [];
  }
  return [lifecycle(index, spec), ...validationChecks(index, spec)];
}
