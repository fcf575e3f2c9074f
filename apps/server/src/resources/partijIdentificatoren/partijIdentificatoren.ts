/**
 * `/partij-identificatoren`: a partij's number in a basisregistratie (BSN, KvK-nummer, RSIN,
 * vestigingsnummer). The `uuid` may be chosen by the client on create; every rule lives in
 * `shared/partijIdentificator.ts`, which the nested writes of `/partijen` use too. A parent with
 * children cannot be deleted.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact } from "../../http/filters.ts";
import { Problem } from "../../http/problem.ts";
import { referenceOut } from "../../http/references.ts";
import type { ApiUrls } from "../../http/urls.ts";
import { defineResource, type Rule } from "../resource.ts";
import {
  checkIdentificator,
  GROEP_COLUMNS,
  type GroepRow,
  groepOut,
  type PartijIdentificatorGroep,
  partijIdentificatorGroup,
  protectedByChildren,
} from "../shared/partijIdentificator.ts";

type PartijIdentificator = components["schemas"]["PartijIdentificator"];

/** A row of `partij_identificatoren` with the uuids of its partij and its parent. */
export interface PartijIdentificatorRow extends GroepRow {
  id: string;
  uuid: string;
  identificeerde_partij_id: string | null;
  identificeerde_partij_uuid: string | null;
  andere_partij_identificator: string;
  sub_identificator_van_id: string | null;
  sub_identificator_van_uuid: string | null;
}

type Ref = { uuid?: string } | null | undefined;

/**
 * The rows as the contract needs them; also used by `/partijen` to load its identificatoren.
 * @example
 * await selectIdentificatoren(db).whereIn("partij_identificatoren.identificeerde_partij_id", ids);
 */
export function selectIdentificatoren(db: Knex): Knex.QueryBuilder {
  return db("partij_identificatoren")
    .leftJoin("partijen", "partijen.id", "partij_identificatoren.identificeerde_partij_id")
    .leftJoin("partij_identificatoren as ouder", "ouder.id", "partij_identificatoren.sub_identificator_van_id")
    .select(
      "partij_identificatoren.*",
      "partijen.uuid as identificeerde_partij_uuid",
      "ouder.uuid as sub_identificator_van_uuid",
    );
}

/**
 * An identificator as the contract returns it, on its own and inside a partij.
 * @example
 * identificatorOut(row, urls).partijIdentificator.objectId; // "111222333"
 */
export function identificatorOut(row: PartijIdentificatorRow, urls: ApiUrls): PartijIdentificator {
  return {
    uuid: row.uuid,
    url: urls.resource("partij-identificatoren", row.uuid),
    identificeerdePartij: referenceOut(urls, "partijen", row.identificeerde_partij_uuid),
    anderePartijIdentificator: row.andere_partij_identificator,
    partijIdentificator: groepOut(row),
    subIdentificatorVan: referenceOut(urls, "partij-identificatoren", row.sub_identificator_van_uuid),
  };
}

/**
 * The parent named by a `subIdentificatorVan` value: `null` for none, `undefined` when the uuid
 * does not exist (the reference check reports that).
 * @example
 * await parentOf(trx, { uuid }); // { id: "4", codeSoortObjectId: "kvk_nummer" }
 */
export async function parentOf(
  trx: Knex.Transaction,
  ref: Ref,
): Promise<{ id: string; codeSoortObjectId: string } | null | undefined> {
  if (!ref?.uuid) {
    return null;
  }
  const parent = await trx("partij_identificatoren").where({ uuid: ref.uuid }).first("id", "code_soort_object_id");
  return parent ? { id: String(parent.id), codeSoortObjectId: parent.code_soort_object_id } : undefined;
}

// a client-chosen uuid must be new
const uuidIsFree: Rule<PartijIdentificatorRow> = async ({ body, method, trx }) => {
  if (method !== "POST" || typeof body.uuid !== "string") {
    return [];
  }
  const taken = await trx("partij_identificatoren").where({ uuid: body.uuid }).first("id");
  return taken
    ? [{ name: "uuid", code: "unique", reason: "Er bestaat al een PartijIdentificator met deze uuid." }]
    : [];
};

// the identificator as it will be stored: what the body sends, else what is stored
const identificatorRules: Rule<PartijIdentificatorRow> = async ({ body, existing, trx }) => {
  const parent =
    "subIdentificatorVan" in body
      ? await parentOf(trx, body.subIdentificatorVan as Ref)
      : existing?.sub_identificator_van_uuid
        ? await parentOf(trx, { uuid: existing.sub_identificator_van_uuid })
        : null;
  let partijId: string | null | undefined = existing?.identificeerde_partij_id ?? null;
  if ("identificeerdePartij" in body) {
    const uuid = (body.identificeerdePartij as Ref)?.uuid;
    partijId = uuid ? (await trx("partijen").where({ uuid }).first("id"))?.id : null;
  }
  const groep = (body.partijIdentificator as PartijIdentificatorGroep | undefined) ?? (existing && groepOut(existing));
  // an unknown reference is already reported on its `.uuid`; a missing group by the contract validator
  if (parent === undefined || partijId === undefined || !groep) {
    return [];
  }
  return checkIdentificator(trx, {
    id: existing?.id,
    storedSoort: existing?.code_soort_object_id,
    partijId: partijId === null ? null : String(partijId),
    groep,
    parent,
  });
};

/**
 * The declaration of `/partij-identificatoren`.
 * @example
 * apiRouter.use("/partij-identificatoren", crudRouter(partijIdentificatoren, db, registry));
 */
export const partijIdentificatoren = defineResource<PartijIdentificatorRow, PartijIdentificator>({
  collection: "partij-identificatoren",
  model: "PartijIdentificator",
  table: "partij_identificatoren",
  select: selectIdentificatoren,
  columns: { anderePartijIdentificator: "andere_partij_identificator" },
  groups: { partijIdentificator: partijIdentificatorGroup },
  references: {
    identificeerdePartij: {
      column: "identificeerde_partij_id",
      collection: "partijen",
      model: "Partij",
      table: "partijen",
    },
    subIdentificatorVan: {
      column: "sub_identificator_van_id",
      collection: "partij-identificatoren",
      model: "PartijIdentificator",
      table: "partij_identificatoren",
    },
  },
  filters: {
    anderePartijIdentificator: exact("partij_identificatoren.andere_partij_identificator"),
    partijIdentificatorCodeObjecttype: exact(`partij_identificatoren.${GROEP_COLUMNS.codeObjecttype}`),
    partijIdentificatorCodeSoortObjectId: exact(`partij_identificatoren.${GROEP_COLUMNS.codeSoortObjectId}`),
    partijIdentificatorObjectId: exact(`partij_identificatoren.${GROEP_COLUMNS.objectId}`),
    partijIdentificatorCodeRegister: exact(`partij_identificatoren.${GROEP_COLUMNS.codeRegister}`),
  },
  rules: [uuidIsFree, identificatorRules],
  derive: ({ body, method }) => (method === "POST" && typeof body.uuid === "string" ? { uuid: body.uuid } : {}),
  // a parent with children stays (the RESTRICT key is the backstop); say why instead of a bare 23503
  beforeDelete: async (trx, row) => {
    const blocked = await protectedByChildren(trx, [String(row.id)], "Deze PartijIdentificator");
    if (blocked.length > 0) {
      throw Problem.invalid(blocked);
    }
  },
  toContract: identificatorOut,
});
