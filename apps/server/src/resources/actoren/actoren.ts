/**
 * `/actoren`: who acts on behalf of the gemeente — a medewerker, a geautomatiseerde actor or an
 * organisatorische eenheid. `soortActor` decides the shape of `actorIdentificatie`, which is
 * stored in the actor's own row (one set of columns for the three shapes) and replaced as a whole.
 * @module
 */
import type { components } from "../../generated/klantinteracties.ts";
import { bool, exact, icontains } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import { defineResource, type Write } from "../resource.ts";
import { validateEmail, validatePhone } from "../shared/contactValidators.ts";
import {
  type IdentificatorRow,
  identificatorColumns,
  identificatorGroup,
  identificatorOut,
} from "../shared/identificator.ts";

type Actor = components["schemas"]["Actor"];
type SoortActor = components["schemas"]["SoortActor"];

/** A row of `actoren`; `toContract` needs nothing beyond it. */
export interface ActorRow extends IdentificatorRow<"actoridentificator"> {
  id: string;
  uuid: string;
  naam: string;
  soort_actor: SoortActor;
  indicatie_actief: boolean;
  /** Whether an `actorIdentificatie` was ever given for the current soort (else none is returned). */
  identificatie_gegeven: boolean;
  functie: string;
  emailadres: string;
  telefoonnummer: string;
  omschrijving: string;
  faxnummer: string;
}

type IdentificatieField = "functie" | "emailadres" | "telefoonnummer" | "omschrijving" | "faxnummer";

interface FieldRule {
  required: boolean;
  maxLength: number;
  check?: (value: string) => string | undefined;
}

// the sub-fields of actorIdentificatie per soort, in the contract's order
const IDENTIFICATIE: Record<SoortActor, Partial<Record<IdentificatieField, FieldRule>>> = {
  medewerker: {
    functie: { required: true, maxLength: 40 },
    emailadres: { required: false, maxLength: 254, check: validateEmail },
    telefoonnummer: { required: true, maxLength: 20, check: validatePhone },
  },
  geautomatiseerde_actor: {
    functie: { required: true, maxLength: 40 },
    omschrijving: { required: false, maxLength: 200 },
  },
  organisatorische_eenheid: {
    omschrijving: { required: false, maxLength: 200 },
    emailadres: { required: false, maxLength: 254, check: validateEmail },
    faxnummer: { required: false, maxLength: 20 },
    telefoonnummer: { required: false, maxLength: 20, check: validatePhone },
  },
};

const IDENTIFICATIE_COLUMNS: IdentificatieField[] = [
  "functie",
  "emailadres",
  "telefoonnummer",
  "omschrijving",
  "faxnummer",
];
const ACTORIDENTIFICATOR = identificatorColumns("actoridentificator");

// the soort a write ends with: the body's, else the stored one (PATCH)
function soortOf({ body, existing }: Write<ActorRow>): SoortActor | undefined {
  return (body.soortActor as SoortActor | undefined) ?? existing?.soort_actor;
}

/**
 * Checks `actorIdentificatie` against the shape of the soort the actor ends with. The contract
 * validator already does so on POST and PUT; a PATCH body is only checked loosely there (any of
 * the three shapes), so the full rules live here: required, not blank, lengths, phone and e-mail.
 */
function identificatieRule(write: Write<ActorRow>): InvalidParam[] {
  const given = write.body.actorIdentificatie as Record<string, unknown> | undefined;
  const soort = soortOf(write);
  if (given === undefined || given === null || soort === undefined) {
    return [];
  }
  const errors: InvalidParam[] = [];
  for (const [field, rule] of Object.entries(IDENTIFICATIE[soort]) as [IdentificatieField, FieldRule][]) {
    const name = `actorIdentificatie.${field}`;
    const value = given[field];
    if (value === undefined || value === null) {
      if (rule.required) {
        errors.push({ name, code: value === null ? "null" : "required", reason: "Dit veld is vereist." });
      }
      continue;
    }
    if (typeof value !== "string") {
      errors.push({ name, code: "invalid", reason: "Geen geldige tekst." });
    } else if (value === "") {
      if (rule.required) {
        errors.push({ name, code: "blank", reason: "Dit veld mag niet leeg zijn." });
      }
    } else if (value.length > rule.maxLength) {
      errors.push({
        name,
        code: "max_length",
        reason: `Zorg ervoor dat dit veld niet meer dan ${rule.maxLength} tekens bevat.`,
      });
    } else {
      const reason = rule.check?.(value);
      if (reason) {
        errors.push({ name, code: "invalid", reason });
      }
    }
  }
  return errors;
}

/**
 * The identificatie columns of a write. A sent `actorIdentificatie` replaces the stored one as a
 * whole (fields of other soorten emptied); a new soort without one drops the old soort's data.
 */
function identificatieColumns(write: Write<ActorRow>): Record<string, unknown> {
  const given = write.body.actorIdentificatie as Record<string, unknown> | undefined;
  const soort = soortOf(write);
  const empty = Object.fromEntries(IDENTIFICATIE_COLUMNS.map((column) => [column, ""]));
  if (given && soort) {
    const fields = IDENTIFICATIE[soort];
    const values: Record<string, unknown> = { ...empty, identificatie_gegeven: true };
    for (const field of Object.keys(fields) as IdentificatieField[]) {
      values[field] = (given[field] as string | undefined) ?? "";
    }
    return values;
  }
  const soortChanged = write.existing !== undefined && soort !== write.existing.soort_actor;
  return soortChanged ? { ...empty, identificatie_gegeven: false } : {};
}

// the contract gives these a format (e-mail, phone pattern) that empty text does not meet, so an
// empty one is left out; the free texts are returned empty, like the reference
const LEFT_OUT_WHEN_EMPTY: IdentificatieField[] = ["emailadres", "telefoonnummer"];

/**
 * The `actorIdentificatie` of a row in the shape of its soort, or `undefined` when none was given.
 * @example
 * actorIdentificatieOut(medewerkerRow); // { functie: "Klantcontactmedewerker", telefoonnummer: "0201234567" }
 */
export function actorIdentificatieOut(row: ActorRow): Record<string, string> | undefined {
  if (!row.identificatie_gegeven) {
    return undefined;
  }
  const fields = Object.keys(IDENTIFICATIE[row.soort_actor] ?? {}) as IdentificatieField[];
  return Object.fromEntries(
    fields
      .map((field) => [field, row[field] ?? ""])
      .filter(([field, value]) => value !== "" || !LEFT_OUT_WHEN_EMPTY.includes(field as IdentificatieField)),
  );
}

/**
 * The declaration of `/actoren`. Its `toContract` works on a plain `actoren` row, so other
 * resources (e.g. `Klantcontact.hadBetrokkenActoren`) embed full actors with it.
 * @example
 * const rows = await db("actoren").whereIn("id", ids);
 * rows.map((row) => actoren.toContract(row, urls)); // full Actor objects
 */
export const actoren = defineResource<ActorRow, Actor>({
  collection: "actoren",
  model: "Actor",
  table: "actoren",
  columns: { naam: "naam", soortActor: "soort_actor", indicatieActief: "indicatie_actief" },
  groups: { actoridentificator: identificatorGroup("actoridentificator") },
  createDefaults: { indicatieActief: () => true },
  rules: [identificatieRule],
  derive: identificatieColumns,
  filters: {
    naam: icontains("actoren.naam"),
    soortActor: exact("actoren.soort_actor"),
    indicatieActief: bool("actoren.indicatie_actief"),
    actoridentificatorObjectId: exact(`actoren.${ACTORIDENTIFICATOR.objectId}`),
    actoridentificatorCodeObjecttype: exact(`actoren.${ACTORIDENTIFICATOR.codeObjecttype}`),
    actoridentificatorCodeRegister: exact(`actoren.${ACTORIDENTIFICATOR.codeRegister}`),
    actoridentificatorCodeSoortObjectId: exact(`actoren.${ACTORIDENTIFICATOR.codeSoortObjectId}`),
  },
  toContract: (row, urls) => {
    const actorIdentificatie = actorIdentificatieOut(row);
    return {
      uuid: row.uuid,
      url: urls.resource("actoren", row.uuid),
      naam: row.naam,
      soortActor: row.soort_actor,
      indicatieActief: row.indicatie_actief,
      actoridentificator: identificatorOut(row, "actoridentificator"),
      ...(actorIdentificatie ? { actorIdentificatie } : {}),
    } as Actor;
  },
});
