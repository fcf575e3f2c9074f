/**
 * The contactnaam group (gegevensgroep `Contactnaam`) of betrokkenen, and the derived
 * `volledigeNaam`. Four columns `<prefix>_<subfield>` (empty text, not null); replaced as a
 * whole when sent, `null` empties it.
 * @module
 */
import type { components } from "../../generated/klantinteracties.ts";
import type { GroupField } from "../resource.ts";

/** The contactnaam group as the contract describes it. */
export type Contactnaam = components["schemas"]["Contactnaam"];

const SUBFIELD_COLUMNS = {
  voorletters: "voorletters",
  voornaam: "voornaam",
  voorvoegselAchternaam: "voorvoegsel_achternaam",
  achternaam: "achternaam",
} as const satisfies Record<keyof Contactnaam, string>;

type Subfield = keyof typeof SUBFIELD_COLUMNS;

/** The columns of one contactnaam group in a row, e.g. `contactnaam_voornaam`. */
export type ContactnaamRow<Prefix extends string> = {
  [F in Subfield as `${Prefix}_${(typeof SUBFIELD_COLUMNS)[F]}`]: string;
};

/**
 * The column names of a contactnaam group, for selects and filters.
 * @example
 * contactnaamColumns("contactnaam").voorvoegselAchternaam; // "contactnaam_voorvoegsel_achternaam"
 */
export function contactnaamColumns<Prefix extends string>(prefix: Prefix): Record<Subfield, string> {
  return Object.fromEntries(
    Object.entries(SUBFIELD_COLUMNS).map(([field, column]) => [field, `${prefix}_${column}`]),
  ) as Record<Subfield, string>;
}

/**
 * How a resource stores a contactnaam field; declare it under `groups`.
 * @example
 * defineResource({ …, groups: { contactnaam: contactnaamGroup("contactnaam") } });
 */
export function contactnaamGroup(prefix: string): GroupField {
  const columns = contactnaamColumns(prefix);
  return {
    toColumns(value) {
      const given = (value ?? {}) as Partial<Contactnaam>;
      const values: Record<string, unknown> = {};
      for (const field of Object.keys(SUBFIELD_COLUMNS) as Subfield[]) {
        values[columns[field]] = given[field] ?? "";
      }
      return values;
    },
  };
}

/**
 * The contactnaam of a row as the contract returns it: `null` when nothing is recorded, else all
 * four sub-fields (empty ones as empty text).
 * @example
 * contactnaamOut(row, "contactnaam"); // null, or { voorletters: "J.", voornaam: "Jan", voorvoegselAchternaam: "de", achternaam: "Vries" }
 */
export function contactnaamOut<Prefix extends string>(row: ContactnaamRow<Prefix>, prefix: Prefix): Contactnaam | null {
  const columns = contactnaamColumns(prefix);
  const stored = row as unknown as Record<string, unknown>;
  const naam = Object.fromEntries(
    (Object.keys(SUBFIELD_COLUMNS) as Subfield[]).map((field) => [field, String(stored[columns[field]] ?? "")]),
  ) as Required<Contactnaam>;
  return Object.values(naam).every((value) => value === "") ? null : naam;
}

/**
 * The full name as the standard derives it: voornaam, voorvoegsel and achternaam joined by single
 * spaces, empty parts skipped; voorletters do not count.
 * @example
 * volledigeNaam({ voornaam: "Jan", voorvoegselAchternaam: "de", achternaam: "Vries" }); // "Jan de Vries"
 * volledigeNaam({ voornaam: "", voorvoegselAchternaam: "", achternaam: "Bozeman" }); // "Bozeman"
 */
export function volledigeNaam(parts: {
  voornaam?: string | null;
  voorvoegselAchternaam?: string | null;
  achternaam?: string | null;
}): string {
  return [parts.voornaam, parts.voorvoegselAchternaam, parts.achternaam]
    .map((part) => (part ?? "").trim())
    .filter((part) => part !== "")
    .join(" ");
}
