/**
 * The free identificator group: four free texts (`objectId`, `codeObjecttype`, `codeRegister`,
 * `codeSoortObjectId`, max 200 each, none checked) that point at an object in another register.
 * Used by `Actor.actoridentificator`, `Onderwerpobject.onderwerpobjectidentificator` and
 * `Bijlage.bijlageidentificator`. Stored in four columns `<prefix>_<subfield>` (empty text, not
 * null); replaced as a whole when sent, `null` empties it.
 * @module
 */
import type { components } from "../../generated/klantinteracties.ts";
import type { GroupField } from "../resource.ts";

/** The free identificator group (the three contract schemas have the same shape). */
export type Identificator = components["schemas"]["Onderwerpobjectidentificator"];

const SUBFIELD_COLUMNS = {
  objectId: "object_id",
  codeObjecttype: "code_objecttype",
  codeRegister: "code_register",
  codeSoortObjectId: "code_soort_object_id",
} as const satisfies Record<keyof Identificator, string>;

type Subfield = keyof typeof SUBFIELD_COLUMNS;

/** The four sub-fields in the contract's order. */
export const IDENTIFICATOR_SUBFIELDS = Object.keys(SUBFIELD_COLUMNS) as Subfield[];

/** The columns of one identificator group in a row, e.g. `identificator_object_id`. */
export type IdentificatorRow<Prefix extends string> = {
  [F in Subfield as `${Prefix}_${(typeof SUBFIELD_COLUMNS)[F]}`]: string;
};

/**
 * The column names of an identificator group, for selects and filters.
 * @example
 * identificatorColumns("identificator").codeSoortObjectId; // "identificator_code_soort_object_id"
 */
export function identificatorColumns<Prefix extends string>(prefix: Prefix): Record<Subfield, string> {
  return Object.fromEntries(
    Object.entries(SUBFIELD_COLUMNS).map(([field, column]) => [field, `${prefix}_${column}`]),
  ) as Record<Subfield, string>;
}

/**
 * How a resource stores an identificator field; declare it under `groups`.
 * @example
 * defineResource({ …, groups: { bijlageidentificator: identificatorGroup("identificator") } });
 */
export function identificatorGroup(prefix: string): GroupField {
  const columns = identificatorColumns(prefix);
  return {
    toColumns(value) {
      const given = (value ?? {}) as Partial<Identificator>;
      const values: Record<string, unknown> = {};
      for (const field of IDENTIFICATOR_SUBFIELDS) {
        values[columns[field]] = given[field] ?? "";
      }
      return values;
    },
  };
}

/**
 * The identificator of a row as the contract returns it: `null` when nothing is recorded, else
 * all four sub-fields (empty ones as empty text).
 * @example
 * identificatorOut(row, "identificator");
 * // null, or { objectId: "7b3e…", codeObjecttype: "zaak", codeRegister: "open-zaak", codeSoortObjectId: "uuid" }
 */
export function identificatorOut(row: object, prefix: string): Identificator | null {
  const columns = identificatorColumns(prefix);
  const stored = row as Record<string, unknown>;
  const identificator = Object.fromEntries(
    IDENTIFICATOR_SUBFIELDS.map((field) => [field, String(stored[columns[field]] ?? "")]),
  ) as Required<Identificator>;
  return Object.values(identificator).every((value) => value === "") ? null : identificator;
}
