/**
 * `filters`: every list filter of the contract actually filters. For each filter the suite makes
 * one object that matches and one that does not, and expects only the first back, once. Plans come
 * from the contract (the filter's name and the body property it names) or, where the name does not
 * say enough, from the hand-written plans beside the fixture builders (`filterFixtures`); a
 * filter with neither is listed as not covered.
 * @module
 */
import type { ContractIndex, Schema } from "../contract/operations.ts";
import type { PropertyView } from "../contract/schemaView.ts";
import { type FixtureContext, getPath, type Json, type Overrides } from "../fixtures/fixtureContext.ts";
import type { FilterFixture, ResourceSpec } from "../fixtures/resourceSpec.ts";
import { digits } from "../fixtures/values.ts";
import type { Check, CheckContext } from "./check.ts";
import { expectInvalidParam, expectThat } from "./expect.ts";
import { collect, uuids } from "./listing.ts";
import { createProperties, listFilters, operationIdOf } from "./resourceContract.ts";

/** How to make a matching and a non-matching object for one filter. */
export interface FilterPlan {
  filter: string;
  /** Two distinct values: the first is queried. */
  values(fixtures: FixtureContext): Promise<[unknown, unknown]> | [unknown, unknown];
  /** The overrides that give an object one value (may create related objects). */
  overrides(fixtures: FixtureContext, value: unknown): Promise<Overrides>;
  /** The query value for a value (e.g. a reference's uuid or url). */
  query(value: unknown): string;
  /** Checks a result against the queried value, when the filter's meaning allows it. */
  holdsFor?(result: Json, value: unknown): boolean;
}

const RANGE = /__(gt|gte|lt|lte)$/;

/** Two distinct values for a property, valid for its schema. */
export function twoValues(fixtures: FixtureContext, property: PropertyView, spec: ResourceSpec): [unknown, unknown] {
  const custom = spec.values?.[property.path];
  if (custom) {
    return [custom(fixtures), custom(fixtures)];
  }
  if (Array.isArray(property.enum)) {
    const options = property.enum.filter((value) => value !== "" && value !== null);
    return [options[0], options[1] ?? options[0]];
  }
  switch (property.type) {
    case "boolean":
      return [true, false];
    case "integer":
    case "number":
      return [7, 8];
  }
  switch (property.format) {
    case "date":
      return [`2023-0${1 + (Number(digits(1)) % 9)}-11`, "2019-02-13"];
    case "date-time":
      return ["2023-06-01T08:30:00Z", "2019-02-13T10:00:00Z"];
    case "email":
      return [fixtures.unique.email(), fixtures.unique.email()];
    case "uri":
      return [`https://example.org/${fixtures.unique.token("u")}`, `https://example.org/${fixtures.unique.token("u")}`];
  }
  if (property.pattern?.includes("[0-9]{16}")) {
    return [digits(16), digits(16)];
  }
  if ((property.maxLength ?? 40) <= 3) {
    return property.maxLength === 2 ? ["NL", "BE"] : ["nld", "eng"];
  }
  return [fixtures.unique.token("f", property.maxLength ?? 40), fixtures.unique.token("f", property.maxLength ?? 40)];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function containsSemantics(parameter: Schema): boolean {
  return parameter.name.endsWith("__icontains") || /\b(bevat|voorkomt)\b/.test(parameter.description ?? "");
}

/**
 * The plan for one filter, or undefined when its meaning cannot be derived.
 * @example
 * planFilter(index, klantcontacten, { name: "kanaal", in: "query" }, RESOURCES_BY_NAME)?.filter; // "kanaal"
 */
export function planFilter(
  index: ContractIndex,
  spec: ResourceSpec,
  parameter: Schema,
  specs: ReadonlyMap<string, ResourceSpec>,
): FilterPlan | undefined {
  const name: string = parameter.name;
  const custom = spec.filterOverrides?.[name];
  if (custom) {
    return {
      filter: name,
      values: (f) => custom.values(f),
      overrides: async (_f, value) => custom.overrides(String(value)),
      query: String,
    };
  }
  const properties = createProperties(index, spec);
  const byPath = new Map(properties.map((property) => [property.path, property]));
  const mapped = spec.filterPaths?.[name];
  const reference = /^(.*)__(uuid|url)$/.exec(name);
  if (reference) {
    const path = mapped ?? (reference[1] as string);
    const property = byPath.get(path);
    const target = spec.references?.[path];
    if (!property?.reference || !target) {
      return undefined;
    }
    const field = reference[2] as "uuid" | "url";
    return {
      filter: name,
      values: async (f) => [await f.create(target), await f.create(target)],
      overrides: async (_f, parent) => ({ [path]: { uuid: (parent as Json).uuid } }),
      query: (parent) => String((parent as Json)[field]),
      holdsFor: (result, parent) =>
        getPath(result, path) === null || getPath(result, `${path}.uuid`) === (parent as Json).uuid,
    };
  }
  const range = RANGE.exec(name);
  const base = range ? name.replace(RANGE, "") : name.replace(/__icontains$/, "");
  const [head, field, ...deeper] = base.split("__");
  if (field !== undefined && !mapped) {
    // a field of the referenced object, e.g. categorie__naam: the value goes on the parent
    const parentTarget = spec.references?.[head as string];
    const parentSpec = parentTarget ? specs.get(parentTarget) : undefined;
    const parentProperty = parentSpec
      ? createProperties(index, parentSpec).find((property) => property.path === field)
      : undefined;
    if (
      deeper.length > 0 ||
      !parentTarget ||
      !parentSpec ||
      !parentProperty ||
      !byPath.get(head as string)?.reference
    ) {
      return undefined;
    }
    const parentCustom = parentSpec.filterOverrides?.[field];
    return {
      filter: name,
      values: (f) => (parentCustom ? parentCustom.values(f) : twoValues(f, parentProperty, parentSpec)),
      overrides: async (f, value) => ({
        [head as string]: await f.reference(
          parentTarget,
          parentCustom ? parentCustom.overrides(String(value)) : { [field]: value },
        ),
      }),
      query: String,
    };
  }
  let path = mapped ?? base;
  if (!byPath.has(path) && !mapped) {
    const group = properties.find(
      (property) =>
        property.type === "object" &&
        !property.reference &&
        base.startsWith(property.path) &&
        base.length > property.path.length,
    );
    if (group) {
      path = `${group.path}.${lowerFirst(base.slice(group.path.length))}`;
    }
  }
  if (path.includes(".") && byPath.get(path.split(".")[0] as string)?.reference) {
    // a mapped field of the referenced object (e.g. hadKlantcontact.referentienummer)
    const [reference, ...rest] = path.split(".");
    const parentTarget = spec.references?.[reference as string];
    const parentSpec = parentTarget ? specs.get(parentTarget) : undefined;
    const parentField = rest.join(".");
    const parentProperty = parentSpec
      ? createProperties(index, parentSpec).find((property) => property.path === parentField)
      : undefined;
    if (!parentTarget || !parentSpec || !parentProperty) {
      return undefined;
    }
    return {
      filter: name,
      values: (f) => twoValues(f, parentProperty, parentSpec),
      overrides: async (f, value) => ({
        [reference as string]: await f.reference(parentTarget, { [parentField]: value }),
      }),
      query: String,
    };
  }
  const property = byPath.get(path);
  if (!property || property.reference || property.type === "object" || property.type === "array") {
    return undefined;
  }
  if (range) {
    const [low, high] = ["2019-02-13", "2024-03-01"];
    const upward = range[1]?.startsWith("g");
    return {
      filter: name,
      values: () => (upward ? [high, low] : [low, high]),
      overrides: async (_f, value) => ({ [path]: value }),
      query: () => "2022-01-01",
    };
  }
  const contains = containsSemantics(parameter);
  return {
    filter: name,
    values: (f) => twoValues(f, property, spec),
    overrides: async (_f, value) => ({ [path]: value }),
    query: String,
    holdsFor: (result, value) => {
      const actual = getPath(result, path);
      if (actual === undefined) {
        return true;
      }
      return contains
        ? String(actual).toLowerCase().includes(String(value).toLowerCase())
        : actual === value || (typeof value === "string" && Date.parse(value) === Date.parse(String(actual)));
    },
  };
}

/** Every object of a list at most once: filters across to-many relations must not repeat one. */
function expectNoDuplicates(results: Json[], query: string): void {
  const seen = new Set<string>();
  for (const result of results) {
    expectThat(!seen.has(result?.uuid), `${query} returned ${result?.url ?? result?.uuid} more than once`);
    seen.add(result?.uuid);
  }
}

async function runPlan(context: CheckContext, spec: ResourceSpec, plan: FilterPlan): Promise<void> {
  const [wanted, other] = await plan.values(context.fixtures);
  const match = await context.fixtures.create(spec.name, await plan.overrides(context.fixtures, wanted));
  const miss = await context.fixtures.create(spec.name, await plan.overrides(context.fixtures, other));
  const results = await collect(context, spec, { [plan.filter]: plan.query(wanted) });
  const found = uuids(results);
  expectThat(found.has(match.uuid), `${plan.filter}=${plan.query(wanted)} should return the matching object`);
  expectThat(
    !found.has(miss.uuid),
    `${plan.filter}=${plan.query(wanted)} should not return an object with ${plan.query(other)}`,
  );
  expectNoDuplicates(results, `${plan.filter}=${plan.query(wanted)}`);
  if (plan.holdsFor) {
    const wrong = results.find((result) => !plan.holdsFor?.(result, wanted));
    expectThat(!wrong, `every result should satisfy ${plan.filter}; ${wrong?.url} does not`);
  }
}

/** Queries one filter value and expects exactly the matches among the objects made, each once. */
async function expectSelection(
  context: CheckContext,
  spec: ResourceSpec,
  filter: string,
  value: string,
  matches: Json[],
  misses: Json[],
): Promise<void> {
  const results = await collect(context, spec, { [filter]: value });
  const found = uuids(results);
  for (const match of matches) {
    expectThat(found.has(match.uuid), `${filter}=${value} should return ${match.url ?? match.uuid}`);
  }
  for (const miss of misses) {
    expectThat(!found.has(miss.uuid), `${filter}=${value} should not return ${miss.url ?? miss.uuid}`);
  }
  expectNoDuplicates(results, `${filter}=${value}`);
}

async function runFixture(
  context: CheckContext,
  spec: ResourceSpec,
  filter: string,
  fixture: FilterFixture,
): Promise<void> {
  const made = await fixture(context.fixtures);
  await expectSelection(context, spec, filter, made.query, made.matches, made.misses);
  if (made.inverse !== undefined) {
    await expectSelection(context, spec, filter, made.inverse, made.misses, made.matches);
  }
}

/** The filter checks of a collection, and the names of the filters it could not plan. */
export function filterChecks(
  index: ContractIndex,
  spec: ResourceSpec,
  specs: ReadonlyMap<string, ResourceSpec>,
): { checks: Check[]; uncovered: string[] } {
  const checks: Check[] = [];
  const uncovered: string[] = [];
  const base = {
    conformanceClass: "filters" as const,
    resource: spec.name,
    api: spec.api,
    reference: operationIdOf(spec, "List"),
  };
  const parameters = listFilters(index, spec);
  for (const parameter of parameters) {
    const fixture = spec.filterFixtures?.[parameter.name];
    const plan = fixture ? undefined : planFilter(index, spec, parameter, specs);
    if (!fixture && !plan) {
      uncovered.push(`${spec.name}?${parameter.name}`);
      continue;
    }
    checks.push({
      ...base,
      id: `filters/${spec.name}/${parameter.name}`,
      kind: "filter",
      rule: `The filter ${parameter.name} returns the objects that match it, each once, and leaves out those that do not.`,
      run: (context) =>
        fixture ? runFixture(context, spec, parameter.name, fixture) : runPlan(context, spec, plan as FilterPlan),
    });
  }
  const typed = parameters.filter(
    (parameter) =>
      Array.isArray(parameter.schema?.enum) ||
      parameter.schema?.format === "uuid" ||
      (parameter.schema?.type === "string" && /__uuid$/.test(parameter.name)),
  );
  if (typed.length > 0) {
    checks.push({
      ...base,
      id: `filters/${spec.name}/invalid-values`,
      kind: "validation",
      rule: "A filter value outside the filter's enum, or a malformed uuid, is rejected with 400 naming the filter.",
      async run(context) {
        for (const parameter of typed) {
          const exchange = await context.client.request(spec.api, "GET", spec.path, {
            query: { [parameter.name]: Array.isArray(parameter.schema?.enum) ? "geen-geldige-waarde" : "geen-uuid" },
          });
          expectInvalidParam(exchange, parameter.name);
        }
      },
    });
  }
  return { checks, uncovered };
}
