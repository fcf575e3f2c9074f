/**
 * The polymorphic `partijIdentificatie` of a partij, stored in the partij's own row: a persoon's
 * contactnaam, an organisatie's naam, or a contactpersoon's contactnaam, own uuid and the
 * organisatie it works for. It is read only when `soortPartij` is in the same body and replaces
 * the previous one whole; a partij that never got one (or changed soort since) shows none.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { components } from "../../generated/klantinteracties.ts";
import { referenceOut } from "../../http/references.ts";
import type { ApiUrls } from "../../http/urls.ts";
import type { Rule, Write } from "../resource.ts";
import {
  type Contactnaam,
  type ContactnaamRow,
  contactnaamGroup,
  contactnaamOut,
  volledigeNaam,
} from "../shared/contactnaam.ts";

type Schemas = components["schemas"];
type Identificatie =
  | Schemas["PersoonIdentificatie"]
  | Schemas["OrganisatieIdentificatie"]
  | Schemas["ContactpersoonIdentificatie"];
type Given = {
  contactnaam?: Contactnaam | null;
  naam?: string;
  uuid?: string;
  werkteVoorPartij?: { uuid?: string } | null;
};

/** The identificatie columns of a `partijen` row. */
export interface IdentificatieRow extends ContactnaamRow<"contactnaam"> {
  soort_partij: string;
  identificatie_gegeven: boolean;
  organisatie_naam: string;
  contactpersoon_uuid: string | null;
  werkte_voor_partij_id: string | null;
  werkte_voor_partij_uuid: string | null;
}

const contactnaam = contactnaamGroup("contactnaam");

/** The columns of "no identificatie". */
export const NO_IDENTIFICATIE = {
  identificatie_gegeven: false,
  ...contactnaam.toColumns(null),
  organisatie_naam: "",
  contactpersoon_uuid: null,
  werkte_voor_partij_id: null,
};

/** `werkteVoorPartij` must name an existing partij of soort organisatie. */
export const werkteVoorOrganisatie: Rule<IdentificatieRow & { id: string; uuid: string }> = async ({ body, trx }) => {
  const given = body.partijIdentificatie as Given | undefined;
  const uuid = given?.werkteVoorPartij?.uuid;
  if (body.soortPartij !== "contactpersoon" || !uuid) {
    return [];
  }
  const name = "partijIdentificatie.werkteVoorPartij.uuid";
  const partij = await trx("partijen").where({ uuid }).first("soort_partij");
  if (!partij) {
    return [{ name, code: "does_not_exist", reason: "Partij object bestaat niet." }];
  }
  return partij.soort_partij === "organisatie"
    ? []
    : [{ name, code: "invalid", reason: "werkteVoorPartij moet een partij van soort 'organisatie' zijn." }];
};

/**
 * The identificatie columns a write stores: all of them when `soortPartij` and
 * `partijIdentificatie` are both sent, cleared when only the soort changes, else none.
 * @example
 * await identificatieColumns({ body: { soortPartij: "organisatie", partijIdentificatie: { naam: "Noord B.V." } }, … });
 * // { identificatie_gegeven: true, organisatie_naam: "Noord B.V.", contactnaam_voornaam: "", … }
 */
export async function identificatieColumns(
  write: Write<IdentificatieRow & { id: string; uuid: string }>,
): Promise<Record<string, unknown>> {
  const { body, existing, trx } = write;
  const soort = body.soortPartij as string | undefined;
  const given = body.partijIdentificatie as Given | undefined;
  if (soort === undefined) {
    return {};
  }
  if (given === undefined) {
    // the old identificatie has the shape of the old soort
    return existing && existing.soort_partij !== soort ? NO_IDENTIFICATIE : {};
  }
  const values: Record<string, unknown> = { ...NO_IDENTIFICATIE, identificatie_gegeven: true };
  if (soort === "persoon" || soort === "contactpersoon") {
    Object.assign(values, contactnaam.toColumns(given.contactnaam ?? null));
  }
  if (soort === "organisatie") {
    values.organisatie_naam = given.naam ?? "";
  }
  if (soort === "contactpersoon") {
    // the contactpersoon keeps its identity across updates unless the body names another
    const kept = existing?.soort_partij === "contactpersoon" ? existing.contactpersoon_uuid : null;
    values.contactpersoon_uuid = given.uuid ?? kept ?? randomUUID();
    const werkteVoor = given.werkteVoorPartij?.uuid;
    values.werkte_voor_partij_id = werkteVoor
      ? ((await trx("partijen").where({ uuid: werkteVoor }).first("id"))?.id ?? null)
      : null;
  }
  return values;
}

/**
 * The identificatie of a row as the contract returns it, or `undefined` when none was given.
 * @example
 * identificatieOut(row, urls); // { contactnaam: { voornaam: "Jan", … }, volledigeNaam: "Jan de Vries" }
 */
export function identificatieOut(row: IdentificatieRow, urls: ApiUrls): Identificatie | undefined {
  if (!row.identificatie_gegeven) {
    return undefined;
  }
  const naam = contactnaamOut(row, "contactnaam");
  switch (row.soort_partij) {
    case "organisatie":
      return { naam: row.organisatie_naam };
    case "contactpersoon":
      return {
        ...(row.contactpersoon_uuid ? { uuid: row.contactpersoon_uuid } : {}),
        werkteVoorPartij: referenceOut(urls, "partijen", row.werkte_voor_partij_uuid),
        contactnaam: naam,
        volledigeNaam: volledigeNaam(naam ?? {}),
      };
    default:
      return { contactnaam: naam, volledigeNaam: volledigeNaam(naam ?? {}) };
  }
}
