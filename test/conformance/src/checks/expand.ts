/**
 * `expand`: each allowed `expand` value puts the related objects, complete, under `_expand`, at
 * every level of a dotted path; without `expand` there is no `_expand`; unknown values are 400.
 * @module
 */
import type { ContractIndex } from "../contract/operations.ts";
import type { FixtureContext, Json, Overrides } from "../fixtures/fixtureContext.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check } from "./check.ts";
import { expectInvalidParam, expectStatus, expectThat } from "./expect.ts";
import { expandValues, operationIdOf } from "./resourceContract.ts";

/** How a relation is made: a child that points here (`via`), or a reference of this object. */
type Relation = { child: string; via: string } | { forward: string };

/** The relations that expand paths walk, per collection. */
export const RELATIONS: Record<string, Record<string, Relation>> = {
  partijen: {
    betrokkenen: { child: "betrokkenen", via: "wasPartij" },
    categorieRelaties: { child: "categorie-relaties", via: "partij" },
    digitaleAdressen: { child: "digitaleadressen", via: "verstrektDoorPartij" },
  },
  klantcontacten: {
    hadBetrokkenen: { child: "betrokkenen", via: "hadKlantcontact" },
    leiddeTotInterneTaken: { child: "internetaken", via: "aanleidinggevendKlantcontact" },
    gingOverOnderwerpobjecten: { child: "onderwerpobjecten", via: "klantcontact" },
    omvatteBijlagen: { child: "bijlagen", via: "wasBijlageVanKlantcontact" },
  },
  betrokkenen: {
    digitaleAdressen: { child: "digitaleadressen", via: "verstrektDoorBetrokkene" },
    hadKlantcontact: { forward: "klantcontacten" },
    wasPartij: { forward: "partijen" },
  },
  digitaleadressen: { verstrektDoorBetrokkene: { forward: "betrokkenen" } },
};

/**
 * Creates an object of `resource` with the relations of `path` filled in, one object per level.
 * @example
 * await withRelations(fixtures, "partijen", ["betrokkenen", "hadKlantcontact"]);
 */
export async function withRelations(
  fixtures: FixtureContext,
  resource: string,
  path: string[],
  overrides: Overrides = {},
): Promise<Json> {
  const [first, ...rest] = path;
  if (!first) {
    return fixtures.create(resource, overrides);
  }
  const relation = RELATIONS[resource]?.[first];
  if (!relation) {
    throw new Error(`no relation ${resource}.${first}`);
  }
  if ("forward" in relation) {
    const target = await withRelations(fixtures, relation.forward, rest);
    return fixtures.create(resource, { ...overrides, [first]: { uuid: target.uuid } });
  }
  const parent = await fixtures.create(resource, overrides);
  await withRelations(fixtures, relation.child, rest, { [relation.via]: { uuid: parent.uuid } });
  return parent;
}

/** Problems with `_expand` along a path, or an empty list. */
export function expandProblems(object: Json, path: string[]): string[] {
  const [first, ...rest] = path;
  if (!first) {
    return [];
  }
  const expanded = object?._expand;
  if (!expanded || typeof expanded !== "object") {
    return [`${object?.url ?? "object"} has no _expand`];
  }
  const value = expanded[first];
  const items = Array.isArray(value) ? value : value ? [value] : [];
  if (items.length === 0) {
    return [`_expand.${first} is empty or missing`];
  }
  const references = Array.isArray(object[first]) ? object[first] : object[first] ? [object[first]] : [];
  const known = new Set(references.map((reference: Json) => reference?.uuid));
  if (known.size > 0 && !items.every((item: Json) => known.has(item?.uuid))) {
    return [`_expand.${first} holds objects that ${first} does not reference`];
  }
  if (!items.every((item: Json) => typeof item?.uuid === "string" && typeof item?.url === "string")) {
    return [`_expand.${first} holds no complete objects`];
  }
  return items.flatMap((item: Json) => expandProblems(item, rest));
}

/** The expand checks of one collection. */
export function expandChecks(index: ContractIndex, spec: ResourceSpec): { checks: Check[]; uncovered: string[] } {
  const values = expandValues(index, spec);
  const checks: Check[] = [];
  const uncovered: string[] = [];
  if (values.length === 0) {
    return { checks, uncovered };
  }
  const base = { conformanceClass: "expand" as const, kind: "expand" as const, resource: spec.name, api: spec.api };
  for (const value of values) {
    const path = value.split(".");
    let resource = spec.name;
    const known = path.every((segment) => {
      const relation = RELATIONS[resource]?.[segment];
      resource = relation ? ("forward" in relation ? relation.forward : relation.child) : "";
      return relation !== undefined;
    });
    if (!known) {
      uncovered.push(`${spec.name}?expand=${value}`);
      continue;
    }
    checks.push({
      ...base,
      id: `expand/${spec.name}/${value}`,
      rule: `expand=${value} returns the related objects in full under _expand at every level, on one object and on the list.`,
      reference: operationIdOf(spec, "Retrieve"),
      async run(context) {
        const object = await withRelations(context.fixtures, spec.name, path);
        const one = await context.client.request(spec.api, "GET", `${spec.path}/${object.uuid}`, {
          query: { expand: value },
        });
        expectStatus(one, 200);
        const problems = expandProblems(one.response.body, path);
        expectThat(problems.length === 0, problems.join("; "), one);
        const list = await context.client.request(spec.api, "GET", spec.path, {
          query: { expand: value, pageSize: 5 },
        });
        expectStatus(list, 200);
        const first = list.response.body?.results?.[0];
        expectThat(!first || (first._expand && typeof first._expand === "object"), "list results carry _expand", list);
      },
    });
  }
  checks.push(
    {
      ...base,
      id: `expand/${spec.name}/only-when-asked`,
      rule: "Without expand an object carries no _expand.",
      reference: operationIdOf(spec, "Retrieve"),
      async run(context) {
        const object = await context.fixtures.create(spec.name);
        const one = await context.client.request(spec.api, "GET", `${spec.path}/${object.uuid}`);
        expectStatus(one, 200);
        expectThat(one.response.body?._expand === undefined, "_expand is present although expand was not asked", one);
      },
    },
    {
      ...base,
      kind: "validation",
      id: `expand/${spec.name}/unknown-value`,
      rule: "An expand value the contract does not list is rejected with 400 naming expand.",
      reference: operationIdOf(spec, "List"),
      async run(context) {
        expectInvalidParam(
          await context.client.request(spec.api, "GET", spec.path, { query: { expand: "onbekendeRelatie" } }),
          "expand",
        );
      },
    },
  );
  return { checks, uncovered };
}
