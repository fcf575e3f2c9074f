/**
 * `/partijen`: the persons, organisations and contactpersonen the municipality has contact with.
 * One row per partij holds the common fields, both addresses and the polymorphic
 * `partijIdentificatie`; the to-many relations are batch-loaded per page. Writable from here:
 * `digitaleAdressen`, `rekeningnummers` (whole lists, with their preferred item) and the nested
 * `partijIdentificatoren`. Deleting a partij cascades (§7), except when another partij's
 * identificator still falls under one of hers.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { anyOf, bool, exact, exists, existsByUrl, type Filter } from "../../http/filters.ts";
import { Problem } from "../../http/problem.ts";
import { type ReferenceOut, referenceOut } from "../../http/references.ts";
import type { ApiUrls } from "../../http/urls.ts";
import {
  identificatorOut,
  type PartijIdentificatorRow,
  selectIdentificatoren,
} from "../partijIdentificatoren/partijIdentificatoren.ts";
import { childUuids, groupBy } from "../relations.ts";
import { defineResource } from "../resource.ts";
import { type AdresRow, adresColumns, adresGroup, adresOut, adresRule } from "../shared/adres.ts";
import { kenmerknummers } from "../shared/kenmerknummers.ts";
import { partijIdentificatorFilters, protectedByChildren } from "../shared/partijIdentificator.ts";
import { DIGITALE_ADRESSEN, linkedListRules, REKENINGNUMMERS, syncLinkedList } from "./linkedLists.ts";
import { deleteFamily, nestedIdentificatorenRule, writeNestedIdentificatoren } from "./nestedIdentificatoren.ts";
import {
  type IdentificatieRow,
  identificatieColumns,
  identificatieOut,
  NO_IDENTIFICATIE,
  werkteVoorOrganisatie,
} from "./partijIdentificatie.ts";

type Partij = components["schemas"]["Partij"];
type CategorieRelatieReferentie = components["schemas"]["CategorieRelatieReferentie"];

/** What `load` adds to a row: the to-many relations, in id order. */
export interface PartijRelations {
  betrokkenen: string[];
  categorieRelaties: { uuid: string; naam: string | null; begin_datum: string | null; eind_datum: string | null }[];
  digitaleAdressen: string[];
  rekeningnummers: string[];
  vertegenwoordigden: string[];
  identificatoren: PartijIdentificatorRow[];
}

/** A row of `partijen` with the uuids of what it points at, and (after `load`) its relations. */
export interface PartijRow extends IdentificatieRow, AdresRow<"bezoekadres">, AdresRow<"correspondentieadres"> {
  id: string;
  uuid: string;
  nummer: string | null;
  interne_notitie: string;
  indicatie_geheimhouding: boolean | null;
  voorkeurstaal: string;
  indicatie_actief: boolean;
  voorkeurs_digitaal_adres_id: string | null;
  voorkeurs_digitaal_adres_uuid: string | null;
  voorkeurs_rekeningnummer_id: string | null;
  voorkeurs_rekeningnummer_uuid: string | null;
  relations?: PartijRelations;
}

// `nummer` is deprecated but still unique, digits only
const NUMMER = kenmerknummers("partijen", "partij", ["nummer"]);

/** One query per relation for a whole page of partijen. */
async function loadRelations(db: Knex, rows: PartijRow[]): Promise<void> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) {
    return;
  }
  // one after the other: a read runs in one transaction, on one connection
  const children = await childUuids(db, ids, {
    betrokkenen: ["betrokkenen", "was_partij_id"],
    digitaleAdressen: ["digitale_adressen", "verstrekt_door_partij_id"],
    rekeningnummers: ["rekeningnummers", "partij_id"],
  });
  const categorieRelaties = await db("categorie_relaties as cr")
    .leftJoin("categorieen as c", "c.id", "cr.categorie_id")
    .whereIn("cr.partij_id", ids)
    .orderBy("cr.id")
    .select("cr.partij_id as owner", "cr.uuid", "c.naam", "cr.begin_datum", "cr.eind_datum");
  const vertegenwoordigden: { owner: string; uuid: string }[] = await db("vertegenwoordigingen as v")
    .join("partijen as vertegenwoordigde", "vertegenwoordigde.id", "v.vertegenwoordigde_partij_id")
    .whereIn("v.vertegenwoordigende_partij_id", ids)
    .orderBy("v.id")
    .select("v.vertegenwoordigende_partij_id as owner", "vertegenwoordigde.uuid");
  const identificatoren = await selectIdentificatoren(db)
    .whereIn("partij_identificatoren.identificeerde_partij_id", ids)
    .orderBy("partij_identificatoren.id");
  const vertegenwoordigdenOf = groupBy(vertegenwoordigden, (item) => item.owner);
  const relatiesOf = groupBy<PartijRelations["categorieRelaties"][number] & { owner: string }>(
    categorieRelaties,
    (item) => item.owner,
  );
  const identificatorenOf = groupBy<PartijIdentificatorRow>(identificatoren, (row) => row.identificeerde_partij_id);
  for (const row of rows) {
    row.relations = {
      betrokkenen: children.betrokkenen(row.id),
      categorieRelaties: relatiesOf(row.id),
      digitaleAdressen: children.digitaleAdressen(row.id),
      rekeningnummers: children.rekeningnummers(row.id),
      vertegenwoordigden: vertegenwoordigdenOf(row.id).map((item) => item.uuid),
      identificatoren: identificatorenOf(row.id),
    };
  }
}

// the partijen represented BY the given partij (the reference's naming, kept for compatibility)
const vertegenwoordigdDoor = (sub: Knex.QueryBuilder, uuid: string) =>
  sub
    .from("vertegenwoordigingen as v")
    .join("partijen as vertegenwoordigende", "vertegenwoordigende.id", "v.vertegenwoordigende_partij_id")
    .whereRaw("v.vertegenwoordigde_partij_id = partijen.id")
    .where("vertegenwoordigende.uuid", uuid);

function adresFilters(prefix: "bezoekadres" | "correspondentieadres"): Record<string, Filter> {
  const columns = adresColumns(prefix);
  return {
    [`${prefix}NummeraanduidingId`]: exact(`partijen.${columns.nummeraanduidingId}`),
    [`${prefix}Adresregel1`]: exact(`partijen.${columns.adresregel1}`),
    [`${prefix}Adresregel2`]: exact(`partijen.${columns.adresregel2}`),
    [`${prefix}Adresregel3`]: exact(`partijen.${columns.adresregel3}`),
    [`${prefix}Land`]: exact(`partijen.${columns.land}`),
  };
}

const refs = (urls: ApiUrls, collection: string, uuids: string[]): ReferenceOut[] =>
  uuids.map((uuid) => ({ uuid, url: urls.resource(collection, uuid) }));

/**
 * The declaration of `/partijen`.
 * @example
 * apiRouter.use("/partijen", crudRouter(partijen, db, registry));
 */
export const partijen = defineResource<PartijRow, Partij>({
  collection: "partijen",
  model: "Partij",
  table: "partijen",
  select: (db: Knex) =>
    db("partijen")
      .leftJoin("digitale_adressen as voorkeursadres", "voorkeursadres.id", "partijen.voorkeurs_digitaal_adres_id")
      .leftJoin("rekeningnummers as voorkeursrekening", "voorkeursrekening.id", "partijen.voorkeurs_rekeningnummer_id")
      .leftJoin("partijen as werkgever", "werkgever.id", "partijen.werkte_voor_partij_id")
      .select(
        "partijen.*",
        "voorkeursadres.uuid as voorkeurs_digitaal_adres_uuid",
        "voorkeursrekening.uuid as voorkeurs_rekeningnummer_uuid",
        "werkgever.uuid as werkte_voor_partij_uuid",
      ),
  columns: {
    nummer: "nummer",
    interneNotitie: "interne_notitie",
    soortPartij: "soort_partij",
    indicatieGeheimhouding: "indicatie_geheimhouding",
    voorkeurstaal: "voorkeurstaal",
    indicatieActief: "indicatie_actief",
  },
  groups: { bezoekadres: adresGroup("bezoekadres"), correspondentieadres: adresGroup("correspondentieadres") },
  references: {
    voorkeursDigitaalAdres: {
      column: DIGITALE_ADRESSEN.voorkeursColumn,
      collection: "digitaleadressen",
      model: "DigitaalAdres",
      table: "digitale_adressen",
    },
    voorkeursRekeningnummer: {
      column: REKENINGNUMMERS.voorkeursColumn,
      collection: "rekeningnummers",
      model: "Rekeningnummer",
      table: "rekeningnummers",
    },
  },
  filters: {
    nummer: exact("partijen.nummer"),
    indicatieActief: bool("partijen.indicatie_actief"),
    indicatieGeheimhouding: bool("partijen.indicatie_geheimhouding"),
    soortPartij: exact("partijen.soort_partij"),
    ...adresFilters("bezoekadres"),
    ...adresFilters("correspondentieadres"),
    vertegenwoordigdePartij__uuid: exists(vertegenwoordigdDoor),
    vertegenwoordigdePartij__url: existsByUrl(vertegenwoordigdDoor),
    ...partijIdentificatorFilters("partijIdentificator", "partijen.id"),
    // the partij's identificatoren whose parent has the value (a vestiging of a KvK number)
    ...partijIdentificatorFilters("subIdentificatorVan", (sub) =>
      sub
        .from("partij_identificatoren as eigen")
        .whereRaw("eigen.identificeerde_partij_id = partijen.id")
        .join("partij_identificatoren as pi", "pi.id", "eigen.sub_identificator_van_id"),
    ),
    categorierelatie__categorie__naam: exists((sub, value) => {
      sub
        .from("categorie_relaties as cr")
        .join("categorieen as c", "c.id", "cr.categorie_id")
        .whereRaw("cr.partij_id = partijen.id");
      anyOf("c.naam")(sub, value);
    }),
  },
  rules: [
    adresRule("bezoekadres"),
    adresRule("correspondentieadres"),
    NUMMER.rule,
    werkteVoorOrganisatie,
    ...linkedListRules(DIGITALE_ADRESSEN),
    ...linkedListRules(REKENINGNUMMERS),
    nestedIdentificatorenRule,
  ],
  derive: async (write) => ({
    ...NUMMER.derive(write),
    ...(await identificatieColumns(write)),
  }),
  afterWrite: async (write) => {
    await syncLinkedList(write.trx, DIGITALE_ADRESSEN, write, write.id);
    await syncLinkedList(write.trx, REKENINGNUMMERS, write, write.id);
    return writeNestedIdentificatoren(write.trx, write, write.id);
  },
  load: loadRelations,
  expand: { betrokkenen: "betrokkenen", categorieRelaties: "categorie-relaties", digitaleAdressen: "digitaleadressen" },
  beforeDelete: async (trx, row) => {
    const own = (await trx("partij_identificatoren").where({ identificeerde_partij_id: row.id }).pluck("id")).map(
      String,
    );
    const blocked = await protectedByChildren(trx, own, "Deze partij");
    if (blocked.length > 0) {
      throw Problem.invalid(blocked);
    }
    // a contactpersoon's identificatie goes with the organisatie it worked for (the contract says so)
    await trx("partijen").where({ werkte_voor_partij_id: row.id }).update(NO_IDENTIFICATIE);
    await deleteFamily(trx, own);
  },
  toContract: (row, urls) => {
    const relations = row.relations as PartijRelations;
    const identificatie = identificatieOut(row, urls);
    return {
      uuid: row.uuid,
      url: urls.resource("partijen", row.uuid),
      nummer: row.nummer,
      interneNotitie: row.interne_notitie,
      betrokkenen: refs(urls, "betrokkenen", relations.betrokkenen),
      categorieRelaties: relations.categorieRelaties.map(
        (relatie): CategorieRelatieReferentie => ({
          uuid: relatie.uuid,
          url: urls.resource("categorie-relaties", relatie.uuid),
          categorieNaam: relatie.naam,
          beginDatum: relatie.begin_datum,
          eindDatum: relatie.eind_datum,
        }),
      ),
      digitaleAdressen: refs(urls, "digitaleadressen", relations.digitaleAdressen),
      voorkeursDigitaalAdres: referenceOut(urls, "digitaleadressen", row.voorkeurs_digitaal_adres_uuid),
      vertegenwoordigden: refs(urls, "partijen", relations.vertegenwoordigden),
      rekeningnummers: refs(urls, "rekeningnummers", relations.rekeningnummers),
      voorkeursRekeningnummer: referenceOut(urls, "rekeningnummers", row.voorkeurs_rekeningnummer_uuid),
      partijIdentificatoren: relations.identificatoren.map((identificator) => identificatorOut(identificator, urls)),
      soortPartij: row.soort_partij,
      indicatieGeheimhouding: row.indicatie_geheimhouding,
      voorkeurstaal: row.voorkeurstaal,
      indicatieActief: row.indicatie_actief,
      bezoekadres: adresOut(row, "bezoekadres"),
      correspondentieadres: adresOut(row, "correspondentieadres"),
      ...(identificatie ? { partijIdentificatie: identificatie } : {}),
    } as Partij;
  },
});
