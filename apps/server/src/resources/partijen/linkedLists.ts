/**
 * The two writable to-many lists of a partij, `digitaleAdressen` and `rekeningnummers`, with their
 * preferred item (`voorkeursDigitaalAdres`, `voorkeursRekeningnummer`). Sending a list makes it
 * the partij's whole list: listed items move to the partij, unlisted ones are unlinked (kept,
 * without partij); `null` counts as `[]`. The preferred item must be one of the partij's own.
 * @module
 */
import type { Knex } from "knex";
import type { InvalidParam } from "../../http/problem.ts";
import type { Rule, Write } from "../resource.ts";

/** How one list is stored and what its messages say. */
export interface LinkedList {
  listField: string;
  voorkeursField: string;
  /** The partij column holding the preferred item. */
  voorkeursColumn: string;
  table: string;
  /** The item's column pointing at its partij. */
  ownerColumn: string;
  model: string;
  /** What an item loses when it leaves a partij (a standaard address is standaard for its partij). */
  released: Record<string, unknown>;
  emptyReason: string;
  notLinkedReason: string;
}

/** `digitaleAdressen` and `voorkeursDigitaalAdres`. */
export const DIGITALE_ADRESSEN: LinkedList = {
  listField: "digitaleAdressen",
  voorkeursField: "voorkeursDigitaalAdres",
  voorkeursColumn: "voorkeurs_digitaal_adres_id",
  table: "digitale_adressen",
  ownerColumn: "verstrekt_door_partij_id",
  model: "DigitaalAdres",
  released: { is_standaard_adres: false },
  emptyReason: "voorkeursDigitaalAdres kan niet worden meegestuurd met een lege lijst digitaleAdressen.",
  notLinkedReason: "voorkeursDigitaalAdres moet een van de digitale adressen van deze partij zijn.",
};

/** `rekeningnummers` and `voorkeursRekeningnummer`. */
export const REKENINGNUMMERS: LinkedList = {
  listField: "rekeningnummers",
  voorkeursField: "voorkeursRekeningnummer",
  voorkeursColumn: "voorkeurs_rekeningnummer_id",
  table: "rekeningnummers",
  ownerColumn: "partij_id",
  model: "Rekeningnummer",
  released: {},
  emptyReason: "voorkeursRekeningnummer kan niet worden meegestuurd met een lege lijst rekeningnummers.",
  notLinkedReason: "voorkeursRekeningnummer moet een van de rekeningnummers van deze partij zijn.",
};

type Refs = { uuid: string }[] | null | undefined;
type PartijWrite = Write<{ id: string; uuid: string }>;

function uuidsOf(value: unknown): string[] {
  return ((value as Refs) ?? []).map((ref) => ref.uuid.toLowerCase());
}

/**
 * The rules of one list: every listed item exists, and the preferred item is among the partij's
 * items as they will be (the sent list on POST and PUT, which may then not be empty; the linked
 * ones on PATCH or when the list is not sent).
 * @example
 * defineResource({ …, rules: [...linkedListRules(DIGITALE_ADRESSEN)] });
 */
export function linkedListRules(list: LinkedList): Rule<{ id: string; uuid: string }>[] {
  const itemsExist: Rule<{ id: string; uuid: string }> = async ({ body, trx }) => {
    const uuids = uuidsOf(body[list.listField]);
    if (uuids.length === 0) {
      return [];
    }
    const found = new Set<string>((await trx(list.table).whereIn("uuid", uuids).pluck("uuid")).map(String));
    return uuids.flatMap((uuid, index): InvalidParam[] =>
      found.has(uuid)
        ? []
        : [
            {
              name: `${list.listField}.${index}.uuid`,
              code: "does_not_exist",
              reason: `${list.model} object bestaat niet.`,
            },
          ],
    );
  };
  const voorkeursIsOwn: Rule<{ id: string; uuid: string }> = async ({ body, existing, method, trx }) => {
    const voorkeurs = (body[list.voorkeursField] as { uuid?: string } | null | undefined)?.uuid?.toLowerCase();
    if (!voorkeurs) {
      return [];
    }
    const sent = list.listField in body;
    const own = sent || !existing ? uuidsOf(body[list.listField]) : await linkedUuids(trx, list, existing.id);
    if (method === "PUT" && sent && own.length === 0) {
      return [{ name: list.voorkeursField, code: "invalid", reason: list.emptyReason }];
    }
    return own.includes(voorkeurs)
      ? []
      : [{ name: list.voorkeursField, code: "invalid", reason: list.notLinkedReason }];
  };
  return [itemsExist, voorkeursIsOwn];
}

async function linkedUuids(trx: Knex.Transaction, list: LinkedList, partijId: string): Promise<string[]> {
  return (await trx(list.table).where(list.ownerColumn, partijId).pluck("uuid")).map(String);
}

/**
 * Makes the sent list the partij's list, after the partij row is stored. Items moved away from
 * another partij stop being that partij's preferred item, and this partij's preferred item is
 * cleared when it is no longer one of its own.
 * @example
 * await syncLinkedList(trx, DIGITALE_ADRESSEN, write, "42");
 */
export async function syncLinkedList(
  trx: Knex.Transaction,
  list: LinkedList,
  write: PartijWrite,
  partijId: string,
): Promise<void> {
  if (!(list.listField in write.body)) {
    return;
  }
  const uuids = uuidsOf(write.body[list.listField]);
  await trx(list.table)
    .where(list.ownerColumn, partijId)
    .whereNotIn("uuid", uuids)
    .update({ [list.ownerColumn]: null, ...list.released });
  const moved = await trx(list.table)
    .whereIn("uuid", uuids)
    .where((query) => query.whereNull(list.ownerColumn).orWhereNot(list.ownerColumn, partijId))
    .update({ [list.ownerColumn]: partijId, ...list.released })
    .returning("id");
  if (moved.length > 0) {
    await trx("partijen")
      .whereIn(
        list.voorkeursColumn,
        moved.map((row: { id: string }) => row.id),
      )
      .whereNot("id", partijId)
      .update({ [list.voorkeursColumn]: null });
  }
  await trx("partijen")
    .where("id", partijId)
    .whereNotNull(list.voorkeursColumn)
    .whereNotExists((query) =>
      query
        .select(trx.raw("1"))
        .from(list.table)
        .whereRaw(`${list.table}.id = partijen.${list.voorkeursColumn}`)
        .where(`${list.table}.${list.ownerColumn}`, partijId),
    )
    .update({ [list.voorkeursColumn]: null });
}
