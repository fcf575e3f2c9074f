/**
 * `/digitaleadressen`: e-mail addresses, telephone numbers and other digital addresses of a partij
 * and/or given by a betrokkene during a klantcontact. `adres` is checked by its soort (from the
 * body, or the stored one); one standaard address per partij and soort (setting one demotes the
 * others); a filled `referentie` is unique per partij and soort.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { bool, compare, exact, icontains, isSet, lastSegmentUuid } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import { referenceOut } from "../../http/references.ts";
import { defineResource, type Rule, type Write } from "../resource.ts";
import { validateEmail, validatePhone } from "../shared/contactValidators.ts";
import { partijIdentificatorFilters } from "../shared/partijIdentificator.ts";

type DigitaalAdres = components["schemas"]["DigitaalAdres"];
type Soort = DigitaalAdres["soortDigitaalAdres"];

/** A row of `digitale_adressen` joined with the uuids (and filterable fields) of its partij and betrokkene. */
export interface DigitaalAdresRow {
  id: string;
  uuid: string;
  verstrekt_door_betrokkene_id: string | null;
  verstrekt_door_partij_id: string | null;
  betrokkene_uuid: string | null;
  partij_uuid: string | null;
  adres: string;
  soort_digitaal_adres: Soort;
  is_standaard_adres: boolean;
  omschrijving: string;
  referentie: string;
  verificatie_datum: string | null;
}

type AdresWrite = Write<DigitaalAdresRow>;

// a field as it will be stored: the body's value when sent, else the stored one
function stored<K extends keyof DigitaalAdresRow>(
  { body, existing }: AdresWrite,
  field: string,
  column: K,
): DigitaalAdresRow[K] | undefined {
  return body[field] !== undefined ? (body[field] as DigitaalAdresRow[K]) : existing?.[column];
}

// the internal id of the partij the address will belong to: `null` when none, `undefined` when
// the body names a partij that does not exist (the reference check reports that); looked up once
// per write, however many rules ask
const partijIds = new WeakMap<AdresWrite["body"], Promise<string | null | undefined>>();
function partijIdOf(write: AdresWrite): Promise<string | null | undefined> {
  const known = partijIds.get(write.body);
  if (known) {
    return known;
  }
  const found = lookUpPartijId(write);
  partijIds.set(write.body, found);
  return found;
}

async function lookUpPartijId(write: AdresWrite): Promise<string | null | undefined> {
  if (write.body.verstrektDoorPartij === undefined) {
    return write.existing?.verstrekt_door_partij_id ?? null;
  }
  const uuid = (write.body.verstrektDoorPartij as { uuid?: string } | null)?.uuid;
  if (uuid === undefined) {
    return null;
  }
  const partij = await write.trx("partijen").where({ uuid }).first("id");
  return partij ? String(partij.id) : undefined;
}

const VALIDATE_ADRES: Record<Soort, (value: string) => string | undefined> = {
  email: validateEmail,
  telefoonnummer: validatePhone,
  overig: () => undefined,
};

/** `adres` must fit its soort; a PATCH of only one of the two checks it against the stored other. */
const adresFitsSoort: Rule<DigitaalAdresRow> = (write) => {
  if (write.body.adres === undefined && write.body.soortDigitaalAdres === undefined) {
    return [];
  }
  const adres = stored(write, "adres", "adres") ?? "";
  const soort = stored(write, "soortDigitaalAdres", "soort_digitaal_adres") ?? "overig";
  const reason = VALIDATE_ADRES[soort](adres);
  return reason ? [{ name: "adres", code: "invalid", reason }] : [];
};

/** Only an address of a partij can be its standaard address. */
const standaardNeedsPartij: Rule<DigitaalAdresRow> = async (write) => {
  if (stored(write, "isStandaardAdres", "is_standaard_adres") !== true || (await partijIdOf(write)) !== null) {
    return [];
  }
  return [
    {
      name: "isStandaardAdres",
      code: "invalid",
      reason: "Alleen een adres met een verstrektDoorPartij kan standaardadres zijn; vul die partij in.",
    },
  ];
};

/** A filled referentie occurs once per partij and soort (the address itself excluded). */
const referentieUniquePerPartij: Rule<DigitaalAdresRow> = async (write) => {
  const referentie = stored(write, "referentie", "referentie") ?? "";
  const partijId = await partijIdOf(write);
  if (referentie === "" || partijId === null || partijId === undefined) {
    return [];
  }
  const query = write
    .trx("digitale_adressen")
    .where({
      verstrekt_door_partij_id: partijId,
      referentie,
      soort_digitaal_adres: stored(write, "soortDigitaalAdres", "soort_digitaal_adres"),
    })
    .first("id");
  if (write.existing) {
    query.whereNot("id", write.existing.id);
  }
  const clash: InvalidParam[] = [
    {
      name: "nonFieldErrors",
      code: "unique",
      reason: "Deze partij heeft al een digitaal adres van deze soort met deze referentie.",
    },
  ];
  return (await query) ? clash : [];
};

// setting a standaard address demotes the partij's other one of the same soort, before this row
// is written, so the partial unique index `digitale_adressen_een_standaard` never trips; the
// partij's row is locked first, so of two addresses made standaard at once the second waits,
// then demotes the first: both writes succeed and one standaard remains
async function demoteOtherStandaard(write: AdresWrite): Promise<Record<string, unknown>> {
  const partijId = await partijIdOf(write);
  if (stored(write, "isStandaardAdres", "is_standaard_adres") === true && partijId) {
    await write.trx("partijen").where({ id: partijId }).forUpdate().first("id");
    const others = write
      .trx("digitale_adressen")
      .where({
        verstrekt_door_partij_id: partijId,
        soort_digitaal_adres: stored(write, "soortDigitaalAdres", "soort_digitaal_adres"),
        is_standaard_adres: true,
      })
      .update({ is_standaard_adres: false });
    if (write.existing) {
      others.whereNot("id", write.existing.id);
    }
    await others;
  }
  return {};
}

/**
 * The declaration of `/digitaleadressen`.
 * @example
 * { name: "klantinteracties", resources: [digitaleAdressen] }
 */
export const digitaleAdressen = defineResource<DigitaalAdresRow, DigitaalAdres>({
  collection: "digitaleadressen",
  model: "DigitaalAdres",
  table: "digitale_adressen",
  select: (db: Knex) =>
    db("digitale_adressen")
      .leftJoin("betrokkenen", "betrokkenen.id", "digitale_adressen.verstrekt_door_betrokkene_id")
      .leftJoin("partijen", "partijen.id", "digitale_adressen.verstrekt_door_partij_id")
      .select("digitale_adressen.*", "betrokkenen.uuid as betrokkene_uuid", "partijen.uuid as partij_uuid"),
  columns: {
    adres: "adres",
    soortDigitaalAdres: "soort_digitaal_adres",
    isStandaardAdres: "is_standaard_adres",
    omschrijving: "omschrijving",
    referentie: "referentie",
    verificatieDatum: "verificatie_datum",
  },
  references: {
    verstrektDoorBetrokkene: {
      column: "verstrekt_door_betrokkene_id",
      collection: "betrokkenen",
      model: "Betrokkene",
      table: "betrokkenen",
    },
    verstrektDoorPartij: {
      column: "verstrekt_door_partij_id",
      collection: "partijen",
      model: "Partij",
      table: "partijen",
    },
  },
  filters: {
    adres: exact("digitale_adressen.adres"),
    adres__icontains: icontains("digitale_adressen.adres"),
    soortDigitaalAdres: exact("digitale_adressen.soort_digitaal_adres"),
    isStandaardAdres: bool("digitale_adressen.is_standaard_adres"),
    omschrijving: icontains("digitale_adressen.omschrijving"),
    referentie: exact("digitale_adressen.referentie"),
    verificatieDatum: exact("digitale_adressen.verificatie_datum"),
    verificatieDatum__gt: compare("digitale_adressen.verificatie_datum", ">"),
    verificatieDatum__gte: compare("digitale_adressen.verificatie_datum", ">="),
    verificatieDatum__lt: compare("digitale_adressen.verificatie_datum", "<"),
    verificatieDatum__lte: compare("digitale_adressen.verificatie_datum", "<="),
    isGeverifieerd: isSet("digitale_adressen.verificatie_datum"),
    verstrektDoorBetrokkene__uuid: exact("betrokkenen.uuid"),
    verstrektDoorBetrokkene__url: lastSegmentUuid("betrokkenen.uuid"),
    verstrektDoorBetrokkene__rol: exact("betrokkenen.rol"),
    verstrektDoorPartij__uuid: exact("partijen.uuid"),
    verstrektDoorPartij__url: lastSegmentUuid("partijen.uuid"),
    verstrektDoorPartij__soortPartij: exact("partijen.soort_partij"),
    ...partijIdentificatorFilters(
      "verstrektDoorPartij__partijIdentificator",
      "digitale_adressen.verstrekt_door_partij_id",
    ),
  },
  rules: [adresFitsSoort, standaardNeedsPartij, referentieUniquePerPartij],
  derive: demoteOtherStandaard,
  // the partij before the address, the order in which a write of the partij locks them
  lockFirst: async (trx, uuid) => {
    await trx("partijen")
      .whereIn("id", trx("digitale_adressen").where({ uuid }).select("verstrekt_door_partij_id"))
      .forUpdate()
      .select("id");
  },
  expand: { verstrektDoorBetrokkene: "betrokkenen" },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("digitaleadressen", row.uuid),
    verstrektDoorBetrokkene: referenceOut(urls, "betrokkenen", row.betrokkene_uuid),
    verstrektDoorPartij: referenceOut(urls, "partijen", row.partij_uuid),
    adres: row.adres,
    soortDigitaalAdres: row.soort_digitaal_adres,
    isStandaardAdres: row.is_standaard_adres,
    omschrijving: row.omschrijving,
    referentie: row.referentie,
    verificatieDatum: row.verificatie_datum,
  }),
});
