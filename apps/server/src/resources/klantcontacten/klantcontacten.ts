/**
 * `/klantcontacten`: one contact between the municipality and a klant. Its betrokkenen,
 * onderwerpobjecten, bijlagen, interne taken and actors hang off it as read-only lists, written
 * from the child side; deleting a klantcontact takes all of them along (foreign keys cascade).
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { anyExists, bool, exact, exists, existsByUrl, type Filter, icontains } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import { type ReferenceOut, referenceOut } from "../../http/references.ts";
import type { ActorRow } from "../actoren/actoren.ts";
import { childUuids } from "../relations.ts";
import { defineResource, type Rule } from "../resource.ts";
import { kenmerknummers } from "../shared/kenmerknummers.ts";
import { partijIdentificatorFilters } from "../shared/partijIdentificator.ts";
import { betrokkenActorenOut, loadBetrokkenActoren } from "./hadBetrokkenActoren.ts";

type Klantcontact = components["schemas"]["Klantcontact"];

/** A row of `klantcontacten`, with what `load` adds for the read-only lists. */
export interface KlantcontactRow {
  id: string;
  uuid: string;
  nummer: string | null;
  referentienummer: string | null;
  kanaal: string;
  onderwerp: string;
  inhoud: string;
  reactie: string;
  indicatie_contact_gelukt: boolean | null;
  hoofd_onderwerp_type: string;
  verdere_actie_ondernomen: boolean;
  taal: string;
  vertrouwelijk: boolean;
  /** `plaatsgevonden_op` as ISO 8601 UTC text with microseconds, formatted by the database. */
  plaatsgevonden_op_text: string;
  metadata: Record<string, string>;
  onderwerpobjecten?: string[];
  betrokkenen?: string[];
  bijlagen?: string[];
  internetaken?: string[];
  actoren?: ActorRow[];
}

/**
 * A datetime as the reference renders it: UTC with `Z`, microseconds only when there are any.
 * @example
 * datetimeOut("2024-03-12T09:41:00.000000Z"); // "2024-03-12T09:41:00Z"
 */
export function datetimeOut(text: string): string {
  return text.replace(/\.0{6}Z$/, "Z");
}

// microseconds kept: a JS Date would drop them, and `plaatsgevondenOp` is an exact filter
const PLAATSGEVONDEN_OP_TEXT = `to_char(klantcontacten.plaatsgevonden_op at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

// nummer and referentienummer: digits only and unique over all klantcontacten
const NUMMERS = kenmerknummers("klantcontacten", "klantcontact", ["nummer", "referentienummer"]);

// like Django's URLValidator: an http(s) or ftp(s) URL with a host; empty text is allowed
const hoofdOnderwerpTypeRule: Rule<KlantcontactRow> = ({ body }) => {
  const value = body.hoofdOnderwerpType;
  if (typeof value !== "string" || value === "") {
    return [];
  }
  let valid = false;
  try {
    const url = new URL(value);
    valid = /^(https?|ftps?):$/.test(url.protocol) && url.hostname !== "" && !/\s/.test(value);
  } catch {
    valid = false;
  }
  return valid ? [] : [{ name: "hoofdOnderwerpType", code: "invalid", reason: "Voer een geldige URL in." }];
};

// a successful contact needs no further action; on PUT/PATCH the field left out keeps its stored value
const geluktZonderVerdereActieRule: Rule<KlantcontactRow> = ({ body, existing }) => {
  const gelukt = "indicatieContactGelukt" in body ? body.indicatieContactGelukt : existing?.indicatie_contact_gelukt;
  const verdereActie =
    "verdereActieOndernomen" in body ? body.verdereActieOndernomen : existing?.verdere_actie_ondernomen;
  const errors: InvalidParam[] = [];
  if (gelukt === true && verdereActie === true) {
    errors.push({
      name: "nonFieldErrors",
      code: "no-further-action-when-contact-succesful",
      reason: "Een gelukt contact kan niet ook tot verdere actie hebben geleid.",
    });
  }
  return errors;
};

// `…__url` inside an EXISTS: a last segment that is not a uuid matches nothing
const betrokkenen = (sub: Knex.QueryBuilder) =>
  sub.from("betrokkenen as b").whereRaw("b.had_klantcontact_id = klantcontacten.id");

const IDENTIFICATOR_FILTERS = {
  CodeObjecttype: "identificator_code_objecttype",
  CodeRegister: "identificator_code_register",
  CodeSoortObjectId: "identificator_code_soort_object_id",
  ObjectId: "identificator_object_id",
} as const;

// onderwerpobject__… (klantcontact_id) and wasOnderwerpobject__… (was_klantcontact_id)
function onderwerpobjectFilters(prefix: string, column: string): Record<string, Filter> {
  const onderwerpobjecten = (sub: Knex.QueryBuilder) =>
    sub.from("onderwerpobjecten as o").whereRaw(`o.${column} = klantcontacten.id`);
  const filters: Record<string, Filter> = {
    [`${prefix}__uuid`]: exists((sub, value) => onderwerpobjecten(sub).where("o.uuid", value)),
    [`${prefix}__url`]: existsByUrl((sub, uuid) => onderwerpobjecten(sub).where("o.uuid", uuid)),
  };
  for (const [suffix, identificatorColumn] of Object.entries(IDENTIFICATOR_FILTERS)) {
    filters[`${prefix}__onderwerpobjectidentificator${suffix}`] = exists((sub, value) =>
      onderwerpobjecten(sub).where(`o.${identificatorColumn}`, value),
    );
  }
  return filters;
}

const refs = (urls: Parameters<typeof referenceOut>[0], collection: string, uuids: string[] | undefined) =>
  (uuids ?? []).map((uuid) => referenceOut(urls, collection, uuid) as ReferenceOut);

/**
 * The declaration of `/klantcontacten`.
 * @example
 * apiRouter.use("/klantcontacten", crudRouter(klantcontacten, db, registry));
 */
export const klantcontacten = defineResource<KlantcontactRow, Klantcontact>({
  collection: "klantcontacten",
  model: "Klantcontact",
  table: "klantcontacten",
  select: (db) =>
    db("klantcontacten").select("klantcontacten.*", db.raw(`${PLAATSGEVONDEN_OP_TEXT} as plaatsgevonden_op_text`)),
  columns: {
    nummer: "nummer",
    referentienummer: "referentienummer",
    kanaal: "kanaal",
    onderwerp: "onderwerp",
    inhoud: "inhoud",
    reactie: "reactie",
    indicatieContactGelukt: "indicatie_contact_gelukt",
    hoofdOnderwerpType: "hoofd_onderwerp_type",
    verdereActieOndernomen: "verdere_actie_ondernomen",
    taal: "taal",
    vertrouwelijk: "vertrouwelijk",
    plaatsgevondenOp: "plaatsgevonden_op",
    metadata: "metadata",
  },
  filters: {
    inhoud: icontains("klantcontacten.inhoud"),
    onderwerp: icontains("klantcontacten.onderwerp"),
    reactie: icontains("klantcontacten.reactie"),
    kanaal: exact("klantcontacten.kanaal"),
    nummer: exact("klantcontacten.nummer"),
    referentienummer: exact("klantcontacten.referentienummer"),
    indicatieContactGelukt: bool("klantcontacten.indicatie_contact_gelukt"),
    vertrouwelijk: bool("klantcontacten.vertrouwelijk"),
    plaatsgevondenOp: exact("klantcontacten.plaatsgevonden_op"),
    hadBetrokkene__uuid: exists((sub, value) => betrokkenen(sub).where("b.uuid", value)),
    hadBetrokkene__url: existsByUrl((sub, uuid) => betrokkenen(sub).where("b.uuid", uuid)),
    hadBetrokkene__wasPartij: anyExists((sub) => betrokkenen(sub).whereNotNull("b.was_partij_id")),
    hadBetrokkene__wasPartij__uuid: exists((sub, value) =>
      betrokkenen(sub).join("partijen as p", "p.id", "b.was_partij_id").where("p.uuid", value),
    ),
    hadBetrokkene__wasPartij__url: existsByUrl((sub, uuid) =>
      betrokkenen(sub).join("partijen as p", "p.id", "b.was_partij_id").where("p.uuid", uuid),
    ),
    ...partijIdentificatorFilters("hadBetrokkene__wasPartij__partijIdentificator", (sub) =>
      betrokkenen(sub).join("partij_identificatoren as pi", "pi.identificeerde_partij_id", "b.was_partij_id"),
    ),
    hadBetrokkene__digitaaladres__adres__icontains: exists((sub, value) =>
      icontains("da.adres")(
        betrokkenen(sub).join("digitale_adressen as da", "da.verstrekt_door_betrokkene_id", "b.id"),
        value,
      ),
    ),
    leiddeTotInterneTaken: anyExists((sub) =>
      sub.from("internetaken as it").whereRaw("it.aanleidinggevend_klantcontact_id = klantcontacten.id"),
    ),
    ...onderwerpobjectFilters("onderwerpobject", "klantcontact_id"),
    ...onderwerpobjectFilters("wasOnderwerpobject", "was_klantcontact_id"),
  },
  createDefaults: {
    plaatsgevondenOp: () => new Date().toISOString(),
    verdereActieOndernomen: () => false,
    metadata: () => ({}),
  },
  rules: [NUMMERS.rule, hoofdOnderwerpTypeRule, geluktZonderVerdereActieRule],
  derive: NUMMERS.derive,
  orderBy: [
    { column: "klantcontacten.plaatsgevonden_op", order: "desc" },
    { column: "klantcontacten.id", order: "desc" },
  ],
  load: async (db, rows) => {
    // one after the other: a read runs in one transaction, on one connection
    const ids = rows.map((row) => row.id);
    const children = await childUuids(db, ids, {
      onderwerpobjecten: ["onderwerpobjecten", "klantcontact_id"],
      betrokkenen: ["betrokkenen", "had_klantcontact_id"],
      bijlagen: ["bijlagen", "was_bijlage_van_klantcontact_id"],
      internetaken: ["internetaken", "aanleidinggevend_klantcontact_id"],
    });
    const actorenOf = await loadBetrokkenActoren(db, ids);
    for (const row of rows) {
      row.onderwerpobjecten = children.onderwerpobjecten(row.id);
      row.betrokkenen = children.betrokkenen(row.id);
      row.bijlagen = children.bijlagen(row.id);
      row.internetaken = children.internetaken(row.id);
      row.actoren = actorenOf(row.id);
    }
  },
  expand: {
    hadBetrokkenen: "betrokkenen",
    leiddeTotInterneTaken: "internetaken",
    gingOverOnderwerpobjecten: "onderwerpobjecten",
    omvatteBijlagen: "bijlagen",
  },
  toContract: (row, urls) => ({
    uuid: row.uuid,
    url: urls.resource("klantcontacten", row.uuid),
    gingOverOnderwerpobjecten: refs(urls, "onderwerpobjecten", row.onderwerpobjecten),
    hadBetrokkenActoren: betrokkenActorenOut(row.actoren, urls),
    omvatteBijlagen: refs(urls, "bijlagen", row.bijlagen),
    hadBetrokkenen: refs(urls, "betrokkenen", row.betrokkenen),
    leiddeTotInterneTaken: refs(urls, "internetaken", row.internetaken),
    nummer: row.nummer,
    referentienummer: row.referentienummer,
    kanaal: row.kanaal,
    onderwerp: row.onderwerp,
    inhoud: row.inhoud,
    reactie: row.reactie,
    indicatieContactGelukt: row.indicatie_contact_gelukt,
    // left out when empty: the contract's `format: uri` rejects the "" the reference returns
    hoofdOnderwerpType: row.hoofd_onderwerp_type,
    verdereActieOndernomen: row.verdere_actie_ondernomen,
    taal: row.taal,
    vertrouwelijk: row.vertrouwelijk,
    plaatsgevondenOp: datetimeOut(row.plaatsgevonden_op_text),
    metadata: row.metadata ?? {},
  }),
});
