/**
 * `/betrokkenen`: someone involved in one klantcontact, with the role, names and addresses given
 * at that contact; optionally the known partij it was. Its digitale adressen are read-only here
 * (linked from the adres side); deleting a betrokkene keeps them, unlinked.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact, exists, existsByUrl, lastSegmentUuid } from "../../http/filters.ts";
import { type ReferenceOut, referenceOut } from "../../http/references.ts";
import { childUuids } from "../relations.ts";
import { defineResource } from "../resource.ts";
import { type AdresRow, adresGroup, adresOut, adresRule } from "../shared/adres.ts";
import {
  type ContactnaamRow,
  contactnaamColumns,
  contactnaamGroup,
  contactnaamOut,
  volledigeNaam,
} from "../shared/contactnaam.ts";
import { partijIdentificatorFilters } from "../shared/partijIdentificator.ts";

type Betrokkene = components["schemas"]["Betrokkene"];

/** A row of `betrokkenen` with the uuids of its partij and klantcontact, and its loaded adressen. */
export interface BetrokkeneRow
  extends AdresRow<"bezoekadres">,
    AdresRow<"correspondentieadres">,
    ContactnaamRow<"contactnaam"> {
  id: string;
  uuid: string;
  was_partij_id: string | null;
  was_partij_uuid: string | null;
  had_klantcontact_id: string;
  had_klantcontact_uuid: string;
  rol: Betrokkene["rol"];
  organisatienaam: string;
  initiator: boolean;
  digitale_adressen?: string[];
}

const CONTACTNAAM = contactnaamColumns("contactnaam");

const digitaleAdressen = (sub: Knex.QueryBuilder) =>
  sub.from("digitale_adressen as da").whereRaw("da.verstrekt_door_betrokkene_id = betrokkenen.id");

/**
 * The declaration of `/betrokkenen`.
 * @example
 * apiRouter.use("/betrokkenen", crudRouter(betrokkenen, db, registry));
 */
export const betrokkenen = defineResource<BetrokkeneRow, Betrokkene>({
  collection: "betrokkenen",
  model: "Betrokkene",
  table: "betrokkenen",
  select: (db) =>
    db("betrokkenen")
      .leftJoin("partijen", "partijen.id", "betrokkenen.was_partij_id")
      .join("klantcontacten", "klantcontacten.id", "betrokkenen.had_klantcontact_id")
      .select("betrokkenen.*", "partijen.uuid as was_partij_uuid", "klantcontacten.uuid as had_klantcontact_uuid"),
  columns: { rol: "rol", organisatienaam: "organisatienaam", initiator: "initiator" },
  groups: {
    bezoekadres: adresGroup("bezoekadres"),
    correspondentieadres: adresGroup("correspondentieadres"),
    contactnaam: contactnaamGroup("contactnaam"),
  },
  references: {
    wasPartij: { column: "was_partij_id", collection: "partijen", model: "Partij", table: "partijen" },
    hadKlantcontact: {
      column: "had_klantcontact_id",
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
    },
  },
  rules: [adresRule("bezoekadres"), adresRule("correspondentieadres")],
  filters: {
    contactnaamVoorletters: exact(`betrokkenen.${CONTACTNAAM.voorletters}`),
    contactnaamVoornaam: exact(`betrokkenen.${CONTACTNAAM.voornaam}`),
    contactnaamVoorvoegselAchternaam: exact(`betrokkenen.${CONTACTNAAM.voorvoegselAchternaam}`),
    contactnaamAchternaam: exact(`betrokkenen.${CONTACTNAAM.achternaam}`),
    organisatienaam: exact("betrokkenen.organisatienaam"),
    hadKlantcontact__uuid: exact("klantcontacten.uuid"),
    hadKlantcontact__url: lastSegmentUuid("klantcontacten.uuid"),
    hadKlantcontact__nummer: exact("klantcontacten.nummer"),
    hadKlantcontact__referentienummer: exact("klantcontacten.referentienummer"),
    verstrektedigitaalAdres__uuid: exists((sub, value) => digitaleAdressen(sub).where("da.uuid", value)),
    verstrektedigitaalAdres__url: existsByUrl((sub, uuid) => digitaleAdressen(sub).where("da.uuid", uuid)),
    verstrektedigitaalAdres__adres: exists((sub, value) => digitaleAdressen(sub).where("da.adres", value)),
    wasPartij__uuid: exact("partijen.uuid"),
    wasPartij__url: lastSegmentUuid("partijen.uuid"),
    wasPartij__nummer: exact("partijen.nummer"),
    ...partijIdentificatorFilters("wasPartij__partijIdentificator", "betrokkenen.was_partij_id"),
  },
  load: async (db, rows) => {
    const { digitaleAdressen } = await childUuids(
      db,
      rows.map((row) => row.id),
      { digitaleAdressen: ["digitale_adressen", "verstrekt_door_betrokkene_id"] },
    );
    for (const row of rows) {
      row.digitale_adressen = digitaleAdressen(row.id);
    }
  },
  expand: { digitaleAdressen: "digitaleadressen", wasPartij: "partijen", hadKlantcontact: "klantcontacten" },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("betrokkenen", row.uuid),
    wasPartij: referenceOut(urls, "partijen", row.was_partij_uuid),
    hadKlantcontact: referenceOut(urls, "klantcontacten", row.had_klantcontact_uuid) as ReferenceOut,
    digitaleAdressen: (row.digitale_adressen ?? []).map(
      (uuid) => referenceOut(urls, "digitaleadressen", uuid) as ReferenceOut,
    ),
    bezoekadres: adresOut(row, "bezoekadres"),
    correspondentieadres: adresOut(row, "correspondentieadres"),
    contactnaam: contactnaamOut(row, "contactnaam"),
    volledigeNaam: volledigeNaam({
      voornaam: row.contactnaam_voornaam,
      voorvoegselAchternaam: row.contactnaam_voorvoegsel_achternaam,
      achternaam: row.contactnaam_achternaam,
    }),
    rol: row.rol,
    organisatienaam: row.organisatienaam,
    initiator: row.initiator,
  }),
});
