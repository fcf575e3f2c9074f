/**
 * The address group (gegevensgroep `Adres`), shared by every resource that has one: Contactgegevens
 * `adres`, and Klantinteracties `bezoekadres`/`correspondentieadres` of partijen and betrokkenen.
 * One contract field is stored in ten columns `<prefix>_<subfield>` (empty text, not null, like
 * the reference); it is replaced as a whole when sent (missing sub-fields become empty), and
 * `null` empties it.
 * @module
 */
import type { components } from "../../generated/contactgegevens.ts";
import type { InvalidParam } from "../../http/problem.ts";
import type { GroupField, Rule } from "../resource.ts";

/** The address group as the contract describes it. */
export type Adres = components["schemas"]["Adres"];

const SUBFIELD_COLUMNS = {
  nummeraanduidingId: "nummeraanduiding_id",
  straatnaam: "straatnaam",
  huisnummer: "huisnummer",
  huisnummertoevoeging: "huisnummertoevoeging",
  postcode: "postcode",
  stad: "stad",
  adresregel1: "adresregel1",
  adresregel2: "adresregel2",
  adresregel3: "adresregel3",
  land: "land",
} as const satisfies Record<keyof Adres, string>;

type Subfield = keyof typeof SUBFIELD_COLUMNS;

/** The columns of one address group in a row, e.g. `adres_postcode`, for prefix `adres`. */
export type AdresRow<Prefix extends string> = {
  [F in Subfield as `${Prefix}_${(typeof SUBFIELD_COLUMNS)[F]}`]: F extends "huisnummer" ? number | null : string;
};

// stored like the reference: empty text, and no huisnummer
const EMPTY: Required<Adres> = {
  nummeraanduidingId: "",
  straatnaam: "",
  huisnummer: null,
  huisnummertoevoeging: "",
  postcode: "",
  stad: "",
  adresregel1: "",
  adresregel2: "",
  adresregel3: "",
  land: "",
};

/**
 * The column names of an address group, for migrations and selects.
 * @example
 * adresColumns("bezoekadres").postcode; // "bezoekadres_postcode"
 */
export function adresColumns<Prefix extends string>(prefix: Prefix): Record<Subfield, string> {
  return Object.fromEntries(
    Object.entries(SUBFIELD_COLUMNS).map(([field, column]) => [field, `${prefix}_${column}`]),
  ) as Record<Subfield, string>;
}

/**
 * How a resource stores an address field; declare it under `groups`.
 * @example
 * defineResource({ …, groups: { adres: adresGroup("adres") } });
 */
export function adresGroup(prefix: string): GroupField {
  const columns = adresColumns(prefix);
  return {
    toColumns(value) {
      const given = (value ?? {}) as Partial<Adres>;
      const values: Record<string, unknown> = {};
      for (const field of Object.keys(SUBFIELD_COLUMNS) as Subfield[]) {
        values[columns[field]] = given[field] ?? EMPTY[field];
      }
      return values;
    },
  };
}

/**
 * The address group of a row as the contract returns it: `null` when nothing is recorded, else
 * every sub-field, empty ones as empty text (huisnummer as `null`). An empty `land` is left out:
 * the contract gives `land` a minimum length of 2, so `""` would break it.
 * @example
 * adresOut(row, "adres"); // null, or { nummeraanduidingId: "", straatnaam: "Amstel", huisnummer: 1, …, land: "NL" }
 */
export function adresOut<Prefix extends string>(row: AdresRow<Prefix>, prefix: Prefix): Adres | null {
  const columns = adresColumns(prefix);
  const stored = row as unknown as Record<string, unknown>;
  const adres: Record<string, unknown> = {};
  for (const field of Object.keys(SUBFIELD_COLUMNS) as Subfield[]) {
    adres[field] = stored[columns[field]] ?? EMPTY[field];
  }
  if (Object.values(adres).every((value) => value === "" || value === null)) {
    return null;
  }
  // like the reference: all ten keys, empty text for what is not known
  return adres as Adres;
}

// ISO 3166-1 alpha-2, the officially assigned codes (249)
const ISO_3166_ALPHA_2 = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV " +
    "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET " +
    "FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM " +
    "IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD " +
    "ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE " +
    "PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST " +
    "SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS " +
    "YE YT ZA ZM ZW"
  ).split(" "),
);

const NUMMERAANDUIDING_ID = /^[0-9]{16}$/;
const POSTCODE = /^[1-9][0-9]{3} [A-Z]{2}$/;

/**
 * Every rule of the address group, for the group at `name` (`adres`, `bezoekadres`, …). Empty
 * text means "not given" and passes; `null` (no address) passes.
 * @example
 * validateAdres({ postcode: "1234AB", land: "nl" }, "adres");
 * // [{ name: "adres.postcode", … }, { name: "adres.land", code: "invalid", reason: "… Bedoelde u NL?" }]
 */
export function validateAdres(value: Partial<Adres> | null | undefined, name: string): InvalidParam[] {
  if (!value) {
    return [];
  }
  const errors: InvalidParam[] = [];
  const invalid = (field: Subfield, reason: string) =>
    errors.push({ name: `${name}.${field}`, code: "invalid", reason });
  const { nummeraanduidingId, huisnummer, postcode, land } = value;
  if (nummeraanduidingId && !NUMMERAANDUIDING_ID.test(nummeraanduidingId)) {
    invalid("nummeraanduidingId", "Een BAG-nummeraanduiding-ID bestaat uit precies 16 cijfers.");
  }
  if (typeof huisnummer === "number" && huisnummer < 1) {
    errors.push({ name: `${name}.huisnummer`, code: "min_value", reason: "Een huisnummer is minstens 1." });
  }
  if (typeof huisnummer === "number" && huisnummer > 99999) {
    errors.push({ name: `${name}.huisnummer`, code: "max_value", reason: "Een huisnummer is hoogstens 99999." });
  }
  if (postcode && !POSTCODE.test(postcode)) {
    invalid(
      "postcode",
      `Een postcode heeft de vorm \`1234 AB\`: vier cijfers (niet beginnend met 0), een spatie en twee hoofdletters; kreeg: ${postcode}`,
    );
  }
  if (land && !ISO_3166_ALPHA_2.has(land)) {
    const meant = ISO_3166_ALPHA_2.has(land.toUpperCase()) ? ` Bedoelde u ${land.toUpperCase()}?` : "";
    invalid("land", `Geen landcode uit ISO 3166-1 (twee hoofdletters).${meant}`);
  }
  return errors;
}

/**
 * The business rule checking an address field of a write, when the body sends it.
 * @example
 * defineResource({ …, rules: [adresRule("adres")] });
 */
export function adresRule(field: string): Rule<{ id: number | string; uuid: string }> {
  return ({ body }) => validateAdres(body[field] as Partial<Adres> | null | undefined, field);
}
