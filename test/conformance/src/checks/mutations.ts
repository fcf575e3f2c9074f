/**
 * Invalid request bodies for property-based checks: a valid body with one property broken in a
 * way the contract forbids (wrong type, missing when required, too long, outside its enum, bad
 * format, out of range). The mutations are derived from the request schema; fast-check chooses
 * among them and generates the bad values.
 * @module
 */
import fc from "fast-check";
import type { PropertyView } from "../contract/schemaView.ts";
import { getPath, type Json, setPath } from "../fixtures/fixtureContext.ts";

/** One way to break a body, described for the report. */
export interface Mutation {
  description: string;
  apply(body: Json): Json;
}

function set(path: string, value: unknown, description: string): Mutation {
  return {
    description: `${path}: ${description} (${JSON.stringify(value)?.slice(0, 60)})`,
    apply: (body) => setPath(structuredClone(body), path, value),
  };
}

function wrongTypeValues(property: PropertyView): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [];
  if (property.type !== "string") {
    options.push(fc.string({ minLength: 1, maxLength: 12 }));
  }
  if (property.type !== "integer" && property.type !== "number") {
    options.push(fc.integer({ min: -5, max: 100_000 }));
  }
  if (property.type !== "boolean") {
    options.push(fc.boolean());
  }
  if (property.type !== "array") {
    options.push(fc.constant([1, 2]));
  }
  if (property.type !== "object" || property.reference) {
    // for a reference an object without uuid is the wrong shape; a group may accept unknown keys
    options.push(fc.constant({ onbekend: true }));
  }
  if (!property.nullable) {
    options.push(fc.constant(null));
  }
  return fc.oneof(...options);
}

const FORMAT_BREAKERS: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s)),
  date: fc.constantFrom("2024-13-01", "2024-02-30", "01-01-2024", "vandaag"),
  "date-time": fc.constantFrom("2024-13-01T00:00:00Z", "gisteren", "2024-01-01 25:00"),
  uri: fc.constantFrom("geen url", "//", "http//x"),
  email: fc.constantFrom("geen-mail", "a@", "@b.nl", "a b@c.nl"),
};

/**
 * The arbitrary invalid mutations of a body with these properties (those present in it).
 * `requireAll` adds "leave out a required property" (not for PATCH).
 * @example
 * fc.sample(invalidMutations(properties, body, true), 3);
 */
export function invalidMutations(properties: PropertyView[], body: Json, requireAll: boolean): fc.Arbitrary<Mutation> {
  const present = properties.filter((property) => {
    const parent = property.path.split(".").slice(0, -1).join(".");
    return parent === "" || (getPath(body, parent) !== null && typeof getPath(body, parent) === "object");
  });
  const arbitraries: fc.Arbitrary<Mutation>[] = [];
  for (const property of present) {
    if (property.type) {
      arbitraries.push(wrongTypeValues(property).map((value) => set(property.path, value, "wrong type")));
    }
    if (requireAll && property.required) {
      arbitraries.push(fc.constant(set(property.path, undefined, "required but left out")));
    }
    if (Array.isArray(property.enum)) {
      const allowed = new Set(property.enum);
      arbitraries.push(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((value) => !allowed.has(value))
          .map((value) => set(property.path, value, "outside the enum")),
      );
    } else if (property.type === "string" && typeof property.maxLength === "number") {
      const max = property.maxLength;
      arbitraries.push(
        fc
          .string({ minLength: max + 1, maxLength: max + 20, unit: "grapheme-ascii" })
          .map((value) => set(property.path, value, `longer than ${max}`)),
      );
    }
    const breaker = property.format ? FORMAT_BREAKERS[property.format] : undefined;
    if (breaker && !property.enum) {
      arbitraries.push(breaker.map((value) => set(property.path, value, `not a ${property.format}`)));
    }
    if (property.type === "integer" && typeof property.maximum === "number") {
      const { minimum = 0, maximum } = property;
      arbitraries.push(
        fc
          .oneof(
            fc.integer({ min: maximum + 1, max: maximum + 1000 }),
            fc.integer({ min: minimum - 1000, max: minimum - 1 }),
          )
          .map((value) => set(property.path, value, "out of range")),
      );
    }
  }
  return fc.oneof(...arbitraries);
}
