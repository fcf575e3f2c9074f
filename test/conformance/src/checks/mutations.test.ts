import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContractIndex } from "../contract/operations.ts";
import { ResponseValidator } from "../contract/responseValidator.ts";
import { RESOURCES } from "../fixtures/resources.ts";
import { invalidMutations } from "./mutations.ts";
import { createProperties } from "./resourceContract.ts";

const index = new ContractIndex();
const validator = new ResponseValidator(index);
const bodies: Record<string, Record<string, unknown>> = {
  categorieen: { naam: "a" },
  persoon: { geboortedatum: "1980-01-01", geslachtsnaam: "B", adres: { postcode: "1234 AB", land: "NL" } },
  klantcontacten: { kanaal: "k", onderwerp: "o", taal: "nld", vertrouwelijk: false },
};

describe("invalidMutations", () => {
  for (const [name, body] of Object.entries(bodies)) {
    it(`only makes bodies the contract rejects (${name})`, () => {
      const spec = RESOURCES.find((resource) => resource.name === name);
      if (!spec) {
        throw new Error(name);
      }
      const create = index.operation(`${spec.operationPrefix}Create`);
      const pointer = `${create.pointer}/requestBody/content/application~1json/schema`;
      const properties = createProperties(index, spec);
      const writable = new Set(properties.map((property) => property.path));
      // the schema serves responses too: its read-only required properties do not apply to requests
      const requestErrors = (value: unknown) =>
        validator
          .validateAt(spec.api, pointer, value)
          .filter(
            (error) => !/required property '([^']+)'/.test(error) || writable.has(/'([^']+)'/.exec(error)?.[1] ?? ""),
          );
      fc.assert(
        fc.property(invalidMutations(properties, body, true), (mutation) => {
          expect(requestErrors(body)).toEqual([]);
          expect(requestErrors(mutation.apply(body)).length, mutation.description).toBeGreaterThan(0);
        }),
        { numRuns: 200, seed: 1 },
      );
    });
  }
});
