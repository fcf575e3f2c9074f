/**
 * The rules of a PartijIdentificator, in one place for `/partij-identificatoren` and the nested
 * `partijIdentificatoren` of `/partijen`: the register -> objecttype -> soort hierarchy, the
 * number check per soort (elfproef for BSN and RSIN), the vestigingsnummer's KvK parent, the
 * frozen soort of a parent with children, and the three uniqueness constraints. Error names
 * follow the reference (`partijIdentificatorObjectId`, `subIdentificatorVan`, `__all__`), so
 * clients that match on them keep working; a nested write prefixes them with
 * `partijIdentificatoren.<index>.`.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exists, type Filter } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import type { GroupField } from "../resource.ts";

/** The four required sub-fields of `partijIdentificator`. */
export type PartijIdentificatorGroep = components["schemas"]["PartijIdentificatorGroep"];

/** Where the group lives in a `partij_identificatoren` row. */
export const GROEP_COLUMNS = {
  codeObjecttype: "code_objecttype",
  codeSoortObjectId: "code_soort_object_id",
  objectId: "object_id",
  codeRegister: "code_register",
} as const satisfies Record<keyof PartijIdentificatorGroep, string>;

/** The group's columns as a row holds them. */
export interface GroepRow {
  code_objecttype: string;
  code_soort_object_id: string;
  object_id: string;
  code_register: string;
}

// which objecttypes a register knows, and which soorten of number an objecttype has
const OBJECTTYPES_PER_REGISTER: Record<string, string[]> = {
  brp: ["natuurlijk_persoon"],
  hr: ["niet_natuurlijk_persoon", "vestiging"],
};
const SOORTEN_PER_OBJECTTYPE: Record<string, string[]> = {
  natuurlijk_persoon: ["bsn"],
  niet_natuurlijk_persoon: ["rsin", "kvk_nummer"],
  vestiging: ["vestigingsnummer"],
};

/**
 * How a resource stores the group; it is always sent whole (the contract requires all four).
 * @example
 * defineResource({ …, groups: { partijIdentificator: partijIdentificatorGroup } });
 */
export const partijIdentificatorGroup: GroupField = {
  // the contract validator lets the group through only whole and never `null`
  toColumns: (value) => ({ ...groepColumns(value as PartijIdentificatorGroep) }),
};

/**
 * The column values of a group.
 * @example
 * groepColumns({ codeRegister: "brp", codeObjecttype: "natuurlijk_persoon", codeSoortObjectId: "bsn", objectId: "111222333" });
 * // { code_register: "brp", code_objecttype: "natuurlijk_persoon", code_soort_object_id: "bsn", object_id: "111222333" }
 */
export function groepColumns(groep: PartijIdentificatorGroep): GroepRow {
  return {
    code_objecttype: groep.codeObjecttype,
    code_soort_object_id: groep.codeSoortObjectId,
    object_id: groep.objectId,
    code_register: groep.codeRegister,
  };
}

/**
 * The group of a row as the contract returns it.
 * @example
 * groepOut(row); // { codeObjecttype: "natuurlijk_persoon", codeSoortObjectId: "bsn", objectId: "111222333", codeRegister: "brp" }
 */
export function groepOut(row: GroepRow): PartijIdentificatorGroep {
  return {
    codeObjecttype: row.code_objecttype as PartijIdentificatorGroep["codeObjecttype"],
    codeSoortObjectId: row.code_soort_object_id as PartijIdentificatorGroep["codeSoortObjectId"],
    objectId: row.object_id,
    codeRegister: row.code_register as PartijIdentificatorGroep["codeRegister"],
  };
}

/**
 * The elfproef of BSN and RSIN: the digits weighted 9, 8, … 2 from the left and the last one −1
 * must add up to a multiple of 11.
 * @example
 * passesElfproef("111222333"); // true
 * passesElfproef("123456789"); // false
 */
export function passesElfproef(digits: string): boolean {
  const sum = [...digits].reduce((total, digit, index) => {
    const weight = index === digits.length - 1 ? -1 : digits.length - index;
    return total + Number(digit) * weight;
  }, 0);
  return sum % 11 === 0;
}

const NUMBER_RULES: Record<string, { length: number; elfproef?: string }> = {
  bsn: { length: 9, elfproef: "dit is geen geldig BSN (het haalt de elfproef niet)" },
  rsin: { length: 9, elfproef: "dit is geen geldig RSIN (het haalt de elfproef niet)" },
  kvk_nummer: { length: 8 },
  vestigingsnummer: { length: 12 },
};

/**
 * The checks that need only the group itself: the hierarchy and the number per soort. The enum
 * values themselves are checked by the contract validator before this runs.
 * @example
 * validateGroep({ codeRegister: "brp", codeObjecttype: "vestiging", codeSoortObjectId: "bsn", objectId: "1" });
 * // [{ name: "partijIdentificatorCodeObjecttype", … }, { name: "partijIdentificatorCodeSoortObjectId", … }, …]
 */
export function validateGroep(groep: PartijIdentificatorGroep): InvalidParam[] {
  const errors: InvalidParam[] = [];
  const { codeRegister, codeObjecttype, codeSoortObjectId, objectId } = groep;
  const objecttypes = OBJECTTYPES_PER_REGISTER[codeRegister] ?? [];
  if (!objecttypes.includes(codeObjecttype)) {
    errors.push({
      name: "partijIdentificatorCodeObjecttype",
      code: "invalid",
      reason: `Bij codeRegister ${codeRegister} hoort alleen codeObjecttype ${list(objecttypes)}.`,
    });
  }
  const soorten = SOORTEN_PER_OBJECTTYPE[codeObjecttype] ?? [];
  if (!soorten.includes(codeSoortObjectId)) {
    errors.push({
      name: "partijIdentificatorCodeSoortObjectId",
      code: "invalid",
      reason: `Bij codeObjecttype ${codeObjecttype} hoort alleen codeSoortObjectId ${list(soorten)}.`,
    });
  }
  // the number is judged by its soort only once the soort itself fits
  const numberRule = errors.length === 0 ? NUMBER_RULES[codeSoortObjectId] : undefined;
  const problem = numberRule && numberProblem(objectId, numberRule);
  if (problem) {
    errors.push({ name: "partijIdentificatorObjectId", code: "invalid", reason: `Ongeldig objectId: ${problem}.` });
  }
  return errors;
}

function list(values: string[]): string {
  return values.map((value) => `'${value}'`).join(" of ");
}

function numberProblem(objectId: string, rule: { length: number; elfproef?: string }): string | undefined {
  if (!/^[0-9]*$/.test(objectId)) {
    return "het mag alleen cijfers bevatten";
  }
  if (objectId.length !== rule.length) {
    return `het moet precies ${rule.length} cijfers lang zijn`;
  }
  if (rule.elfproef && !passesElfproef(objectId)) {
    return rule.elfproef;
  }
  return undefined;
}

/** An identificator as it will be stored, with what the stateful checks need. */
export interface IdentificatorWrite {
  /** The stored row being changed; absent for a new one. */
  id?: string;
  /** Its codeSoortObjectId as stored, to see whether a parent changes soort. */
  storedSoort?: string;
  /** The partij it will identify, or `null`. */
  partijId: string | null;
  groep: PartijIdentificatorGroep;
  /** The identificator it will fall under, or `null`. */
  parent: { id: string; codeSoortObjectId: string } | null;
}

/**
 * Every check of an identificator as it will be stored: the group's own rules first; when those
 * pass, its parent, its soort when it has children, and uniqueness against the stored ones
 * (itself excluded). Reads only, so a failing item does not break the transaction.
 * @example
 * const errors = await checkIdentificator(trx, { partijId: "7", groep, parent: null });
 */
export async function checkIdentificator(trx: Knex.Transaction, write: IdentificatorWrite): Promise<InvalidParam[]> {
  const groepErrors = validateGroep(write.groep);
  if (groepErrors.length > 0) {
    return groepErrors;
  }
  const errors: InvalidParam[] = [];
  const { id, parent, groep, partijId } = write;
  if (id && parent && String(parent.id) === String(id)) {
    errors.push({
      name: "subIdentificatorVan",
      code: "invalid",
      reason: "Een PartijIdentificator kan geen subIdentificator van zichzelf zijn.",
    });
  } else if (groep.codeSoortObjectId === "vestigingsnummer" && !parent) {
    errors.push({
      name: "subIdentificatorVan",
      code: "invalid",
      reason:
        "Een vestigingsnummer valt altijd onder een KvK-nummer: vul subIdentificatorVan in met een PartijIdentificator met codeSoortObjectId `kvk_nummer`.",
    });
  } else if (groep.codeSoortObjectId === "vestigingsnummer" && parent?.codeSoortObjectId !== "kvk_nummer") {
    errors.push({
      name: "subIdentificatorVan",
      code: "invalid",
      reason:
        "Een vestigingsnummer kan alleen vallen onder een PartijIdentificator met codeSoortObjectId `kvk_nummer`.",
    });
  }
  if (id && write.storedSoort !== undefined && write.storedSoort !== groep.codeSoortObjectId) {
    const child = await trx("partij_identificatoren").where({ sub_identificator_van_id: id }).first("id");
    if (child) {
      errors.push({
        name: "partijIdentificatorCodeSoortObjectId",
        code: "invalid",
        reason:
          "De codeSoortObjectId van deze PartijIdentificator kan niet veranderen: er vallen andere PartijIdentificatoren onder.",
      });
    }
  }
  const others = () => {
    const query = trx("partij_identificatoren");
    if (id) {
      query.whereNot({ id });
    }
    return query;
  };
  const sameGroep = others()
    .where(groepColumns(groep))
    .where((query) =>
      parent ? query.where({ sub_identificator_van_id: parent.id }) : query.whereNull("sub_identificator_van_id"),
    )
    .first("id");
  if (await sameGroep) {
    errors.push({
      name: "__all__",
      code: "invalid",
      reason: parent
        ? "Onder deze subIdentificatorVan bestaat al een PartijIdentificator met deze vier gegevens."
        : "Er bestaat al een PartijIdentificator met deze combinatie van codeObjecttype, codeSoortObjectId, objectId en codeRegister.",
    });
  }
  if (partijId) {
    const sameSoort = await others()
      .where({ identificeerde_partij_id: partijId, code_soort_object_id: groep.codeSoortObjectId })
      .first("id");
    if (sameSoort) {
      errors.push({
        name: "__all__",
        code: "invalid",
        reason: `Deze partij heeft al een PartijIdentificator met codeSoortObjectId \`${groep.codeSoortObjectId}\`; een partij heeft van elke soort hooguit één.`,
      });
    }
  }
  return errors;
}

/**
 * What blocks deleting these identificatoren: children outside the set that fall under one of
 * them (the standard protects a vestigingsnummer's KvK parent). Empty when they may go; else one
 * `nonFieldErrors` entry, its reason starting with `subject`.
 * @example
 * await protectedByChildren(trx, ["12"], "Deze PartijIdentificator");
 * // [{ name: "nonFieldErrors", code: "protected", reason: "Deze PartijIdentificator kan niet worden verwijderd: …" }]
 */
export async function protectedByChildren(
  trx: Knex.Transaction,
  ids: string[],
  subject: string,
): Promise<InvalidParam[]> {
  if (ids.length === 0) {
    return [];
  }
  const children = await trx("partij_identificatoren as child")
    .join("partij_identificatoren as parent", "parent.id", "child.sub_identificator_van_id")
    .whereIn("child.sub_identificator_van_id", ids)
    .whereNotIn("child.id", ids)
    .orderBy("child.id")
    .limit(5)
    .select("parent.object_id as parent_object_id", "child.uuid as child_uuid");
  if (children.length === 0) {
    return [];
  }
  const named = children.map((row) => `${row.child_uuid} (onder ${row.parent_object_id})`).join(", ");
  return [
    {
      name: "nonFieldErrors",
      code: "protected",
      reason: `${subject} kan niet worden verwijderd: er vallen nog andere PartijIdentificatoren onder, zoals ${named}. Verwijder die eerst of hang ze elders onder.`,
    },
  ];
}

/**
 * The four `<prefix>__<codeObjecttype|codeSoortObjectId|objectId|codeRegister>` filters on a
 * partij's identificatoren, each an independent EXISTS (so combined parameters may match different
 * identificatoren, and no object is listed twice). `identificatoren` narrows a sub-query to the
 * identificatoren in question under the alias `pi`: a column holding the partij id, or a function
 * for a longer path.
 * @example
 * const filters = { ...partijIdentificatorFilters("wasPartij__partijIdentificator", "betrokkenen.was_partij_id") };
 */
export function partijIdentificatorFilters(
  prefix: string,
  identificatoren: string | ((sub: Knex.QueryBuilder) => Knex.QueryBuilder),
): Record<string, Filter> {
  const scope =
    typeof identificatoren === "string"
      ? (sub: Knex.QueryBuilder) =>
          sub.from("partij_identificatoren as pi").whereRaw(`pi.identificeerde_partij_id = ${identificatoren}`)
      : identificatoren;
  return Object.fromEntries(
    Object.entries(GROEP_COLUMNS).map(([field, column]) => [
      `${prefix}__${field}`,
      exists((sub, value) => scope(sub).where(`pi.${column}`, value)),
    ]),
  );
}
