/**
 * `/internetaken`: a task inside the gemeente that follows from a klantcontact, assigned to one or
 * more actoren (kept in `internetaak_actoren`, in the order given). `afgehandeldOp` follows the
 * status: set when the taak becomes `verwerkt`, cleared when it goes back to `te_verwerken`.
 * @module
 */
import type { Knex } from "knex";
import type { components } from "../../generated/klantinteracties.ts";
import { exact, exists, existsByUrl, lastSegmentUuid } from "../../http/filters.ts";
import type { InvalidParam } from "../../http/problem.ts";
import { type ReferenceOut, referenceOut } from "../../http/references.ts";
import { defineResource, type Write } from "../resource.ts";
import { kenmerknummers } from "../shared/kenmerknummers.ts";

type InterneTaak = components["schemas"]["InterneTaak"];
type Status = components["schemas"]["InterneTaakStatus"];

/** A row of `internetaken` with its klantcontact's uuid and (after `load`) its actoren in order. */
export interface InterneTaakRow {
  id: string;
  uuid: string;
  nummer: string | null;
  referentienummer: string | null;
  gevraagde_handeling: string;
  aanleidinggevend_klantcontact_id: string;
  klantcontact_uuid: string;
  toelichting: string;
  status: Status;
  toegewezen_op: Date;
  afgehandeld_op: Date | null;
  /** The uuids of the assigned actoren in their order; set by `load`. */
  actor_uuids?: string[];
}

type Ref = { uuid?: string };

// where a write names actoren: the deprecated single field, or the list (`undefined`: neither)
function assignedIn(body: Record<string, unknown>): { name: string; uuid: string }[] | undefined {
  if (Array.isArray(body.toegewezenAanActoren)) {
    return (body.toegewezenAanActoren as Ref[]).map((ref, index) => ({
      name: `toegewezenAanActoren.${index}.uuid`,
      uuid: ref?.uuid ?? "",
    }));
  }
  if (body.toegewezenAanActor !== undefined && body.toegewezenAanActor !== null) {
    return [{ name: "toegewezenAanActor.uuid", uuid: (body.toegewezenAanActor as Ref).uuid ?? "" }];
  }
  return undefined;
}

/**
 * Exactly one of `toegewezenAanActor` and `toegewezenAanActoren` on POST and PUT (PATCH may leave
 * both out), and every actor it names must exist.
 */
async function assignmentRule({ body, method, trx }: Write<InterneTaakRow>): Promise<InvalidParam[]> {
  const single = body.toegewezenAanActor !== undefined;
  const many = body.toegewezenAanActoren !== undefined;
  if (single && many) {
    return [
      {
        name: "nonFieldErrors",
        code: "invalid",
        reason: "Gebruik `toegewezenAanActor` of `toegewezenAanActoren`, niet allebei.",
      },
    ];
  }
  if (!single && !many && method !== "PATCH") {
    return [
      {
        name: "nonFieldErrors",
        code: "invalid",
        reason:
          "Geef aan wie de taak krijgt: `toegewezenAanActor` of `toegewezenAanActoren` is verplicht (één van beide).",
      },
    ];
  }
  const named = assignedIn(body) ?? [];
  if (named.length === 0) {
    return [];
  }
  const known = new Set(
    (
      await trx("actoren")
        .whereIn(
          "uuid",
          named.map((ref) => ref.uuid),
        )
        .select("uuid")
    ).map((row: { uuid: string }) => row.uuid),
  );
  return named
    .filter((ref) => !known.has(ref.uuid.toLowerCase()))
    .map((ref) => ({ name: ref.name, code: "does_not_exist", reason: "Actor object bestaat niet." }));
}

const NUMMERS = kenmerknummers("internetaken", "interne taak", ["nummer", "referentienummer"]);

// the status a write ends with: the body's, else the stored one
function statusOf({ body, existing }: Write<InterneTaakRow>): Status | undefined {
  return (body.status as Status | undefined) ?? existing?.status;
}

/** An `afgehandeldOp` only goes with status `verwerkt`. */
function afgehandeldOpRule(write: Write<InterneTaakRow>): InvalidParam[] {
  if (write.body.afgehandeldOp && statusOf(write) !== "verwerkt") {
    return [
      {
        name: "afgehandeldOp",
        code: "invalid",
        reason: "Een interne taak krijgt alleen een afgehandeld-op-tijdstip als de status 'verwerkt' is.",
      },
    ];
  }
  return [];
}

/**
 * What the server fills in: `toegewezenOp` at creation; `afgehandeldOp` now when the taak is
 * `verwerkt` without one (a stored one stays), cleared at `te_verwerken`. Timestamps are taken in
 * milliseconds, as responses show them, so `toegewezenOp` filters match the value a client read.
 * An empty `nummer`/`referentienummer` is stored as none (see kenmerknummers.ts).
 */
function derive(write: Write<InterneTaakRow>): Record<string, unknown> {
  const { body, existing } = write;
  const values: Record<string, unknown> = NUMMERS.derive(write);
  const now = new Date();
  if (!existing) {
    values.toegewezen_op = now;
  }
  const status = statusOf(write);
  if (status === "te_verwerken") {
    values.afgehandeld_op = null;
  } else if (status === "verwerkt") {
    const keepsStored = body.afgehandeldOp === undefined && existing?.afgehandeld_op;
    if (!body.afgehandeldOp && !keepsStored) {
      values.afgehandeld_op = now;
    }
  }
  return values;
}

/** Replaces the assignment when the body names actoren (duplicates once, first place kept). */
async function writeAssignment({ body, id, trx }: Write<InterneTaakRow> & { id: string }): Promise<undefined> {
  const named = assignedIn(body);
  if (named === undefined) {
    return undefined;
  }
  await trx("internetaak_actoren").where({ internetaak_id: id }).delete();
  const uuids = [...new Set(named.map((ref) => ref.uuid.toLowerCase()))];
  if (uuids.length === 0) {
    return undefined;
  }
  const rows: { id: string; uuid: string }[] = await trx("actoren").whereIn("uuid", uuids).select("id", "uuid");
  const idOf = new Map(rows.map((row) => [row.uuid, row.id]));
  await trx("internetaak_actoren").insert(
    uuids.map((uuid, positie) => ({ internetaak_id: id, actor_id: idOf.get(uuid), positie })),
  );
  return undefined;
}

/** The assigned actoren of a page of taken, in one query. */
async function loadActoren(db: Knex, rows: InterneTaakRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const links: { internetaak_id: string; uuid: string }[] = await db("internetaak_actoren")
    .join("actoren", "actoren.id", "internetaak_actoren.actor_id")
    .whereIn(
      "internetaak_actoren.internetaak_id",
      rows.map((row) => row.id),
    )
    .orderBy([
      { column: "internetaak_actoren.internetaak_id" },
      { column: "internetaak_actoren.positie" },
      { column: "internetaak_actoren.id" },
    ])
    .select("internetaak_actoren.internetaak_id", "actoren.uuid");
  const byTaak = new Map<string, string[]>();
  for (const link of links) {
    const key = String(link.internetaak_id);
    byTaak.set(key, [...(byTaak.get(key) ?? []), link.uuid]);
  }
  for (const row of rows) {
    row.actor_uuids = byTaak.get(String(row.id)) ?? [];
  }
}

// an EXISTS over the assigned actoren, so a taak with several matching actoren is listed once
// the actors the taak is assigned to, under alias `a`
const assignedActors = (sub: Knex.QueryBuilder) =>
  sub
    .from("internetaak_actoren as ia")
    .join("actoren as a", "a.id", "ia.actor_id")
    .whereRaw("ia.internetaak_id = internetaken.id");

/**
 * The declaration of `/internetaken`.
 * @example
 * apiRouter.use("/internetaken", crudRouter(internetaken, db, registry));
 */
export const internetaken = defineResource<InterneTaakRow, InterneTaak>({
  collection: "internetaken",
  model: "InterneTaak",
  table: "internetaken",
  select: (db: Knex) =>
    db("internetaken")
      .join("klantcontacten", "klantcontacten.id", "internetaken.aanleidinggevend_klantcontact_id")
      .select("internetaken.*", "klantcontacten.uuid as klantcontact_uuid"),
  columns: {
    nummer: "nummer",
    referentienummer: "referentienummer",
    gevraagdeHandeling: "gevraagde_handeling",
    toelichting: "toelichting",
    status: "status",
    afgehandeldOp: "afgehandeld_op",
  },
  references: {
    aanleidinggevendKlantcontact: {
      column: "aanleidinggevend_klantcontact_id",
      collection: "klantcontacten",
      model: "Klantcontact",
      table: "klantcontacten",
    },
  },
  rules: [assignmentRule, NUMMERS.rule, afgehandeldOpRule],
  derive,
  afterWrite: writeAssignment,
  load: loadActoren,
  filters: {
    nummer: exact("internetaken.nummer"),
    referentienummer: exact("internetaken.referentienummer"),
    status: exact("internetaken.status"),
    toegewezenOp: exact("internetaken.toegewezen_op"),
    actoren__naam: exists((sub, value) => assignedActors(sub).where("a.naam", value)),
    toegewezenAanActor__uuid: exists((sub, value) => assignedActors(sub).where("a.uuid", value)),
    toegewezenAanActor__url: existsByUrl((sub, uuid) => assignedActors(sub).where("a.uuid", uuid)),
    aanleidinggevendKlantcontact__uuid: exact("klantcontacten.uuid"),
    aanleidinggevendKlantcontact__url: lastSegmentUuid("klantcontacten.uuid"),
    klantcontact__uuid: exact("klantcontacten.uuid"),
    klantcontact__nummer: exact("klantcontacten.nummer"),
    klantcontact__referentienummer: exact("klantcontacten.referentienummer"),
  },
  toContract: (row, urls) => {
    const actoren = (row.actor_uuids ?? []).map((uuid) => referenceOut(urls, "actoren", uuid) as ReferenceOut);
    const [eerste] = actoren;
    return {
      uuid: row.uuid,
      url: urls.resource("internetaken", row.uuid),
      nummer: row.nummer,
      referentienummer: row.referentienummer,
      gevraagdeHandeling: row.gevraagde_handeling,
      aanleidinggevendKlantcontact: {
        uuid: row.klantcontact_uuid,
        url: urls.resource("klantcontacten", row.klantcontact_uuid),
      },
      // the contract has no null here: a taak whose actoren were all deleted leaves it out
      ...(eerste ? { toegewezenAanActor: eerste } : {}),
      toegewezenAanActoren: actoren,
      toelichting: row.toelichting,
      status: row.status,
      toegewezenOp: new Date(row.toegewezen_op).toISOString(),
      afgehandeldOp: row.afgehandeld_op ? new Date(row.afgehandeld_op).toISOString() : null,
    };
  },
});
