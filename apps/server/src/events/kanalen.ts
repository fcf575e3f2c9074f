/**
 * Which writes are announced, as in the reference: the kanalen `partijen`, `klantcontacten` and
 * `internetaken`, each for its own main resource, with the kenmerken a subscriber can filter on.
 * Writes to other collections (betrokkenen, onderwerpobjecten, …) are not announced, even when
 * they change what a klantcontact holds.
 * @module
 */
import type { Knex } from "knex";
import { internetaken } from "../resources/internetaken/internetaken.ts";
import { klantcontacten } from "../resources/klantcontacten/klantcontacten.ts";
import { partijen } from "../resources/partijen/partijen.ts";
import type { AnyResource } from "../resources/resource.ts";
import type { WriteEvent } from "../resources/writeEvents.ts";

/** One kanaal: its name, its main resource (lowercase model name) and its kenmerken (contract fields). */
export interface Kanaal {
  kanaal: string;
  resource: string;
  kenmerken: readonly string[];
  /** Where the kenmerken are read from. */
  declaration: AnyResource;
}

/** The kanaal of each announced collection. */
export const KANALEN: ReadonlyMap<string, Kanaal> = new Map([
  [
    "partijen",
    {
      kanaal: "partijen",
      resource: "partij",
      kenmerken: ["nummer", "interneNotitie", "soortPartij"],
      declaration: partijen,
    },
  ],
  [
    "klantcontacten",
    {
      kanaal: "klantcontacten",
      resource: "klantcontact",
      kenmerken: ["hoofdOnderwerpType", "indicatieContactGelukt", "verdereActieOndernomen"],
      declaration: klantcontacten,
    },
  ],
  [
    "internetaken",
    {
      kanaal: "internetaken",
      resource: "internetaak",
      kenmerken: ["nummer", "gevraagdeHandeling", "toelichting", "status"],
      declaration: internetaken,
    },
  ],
]);

for (const { kanaal, kenmerken, declaration } of KANALEN.values()) {
  const missing = kenmerken.filter((name) => !declaration.columns[name]);
  if (missing.length > 0) {
    // a declaration change that drops a kenmerk column must not silently empty the kenmerken
    throw new Error(`kanaal ${kanaal}: kenmerken ${missing.join(", ")} are no columns of ${declaration.collection}`);
  }
}

/** Kenmerk values as the contract returns them (strings, booleans, `null`). */
export type Kenmerken = Record<string, unknown>;

/**
 * The kenmerken of the object a write is about, read in the write's transaction (a destroy is
 * reported while its row still exists). Every kenmerk is a plain column of its resource
 * (`columns`), stored as the contract returns it; a row already gone gives `null`s.
 * @example
 * await kenmerkenOf(trx, KANALEN.get("partijen")!, event); // { nummer: "0000000001", interneNotitie: "", soortPartij: "persoon" }
 */
export async function kenmerkenOf(trx: Knex.Transaction, kanaal: Kanaal, event: WriteEvent): Promise<Kenmerken> {
  const { table, columns } = kanaal.declaration;
  const selected = kanaal.kenmerken.map((name) => `${columns[name]} as ${name}`);
  const row = await trx(table).where({ uuid: event.uuid }).first(selected);
  return Object.fromEntries(kanaal.kenmerken.map((name) => [name, row?.[name] ?? null]));
}

/**
 * The API root an event's URL lives under (`…/klantinteracties/api/v1`).
 * @example
 * apiRoot({ url: "https://x.nl/klantinteracties/api/v1/partijen/5f0c…", collection: "partijen", uuid: "5f0c…" }); // "https://x.nl/klantinteracties/api/v1"
 */
export function apiRoot(event: Pick<WriteEvent, "url" | "collection" | "uuid">): string {
  const suffix = `/${event.collection}/${event.uuid}`;
  return event.url.endsWith(suffix) ? event.url.slice(0, -suffix.length) : event.url;
}
