/**
 * The five scenarios, with their requests drawn from the seeded data: each connection takes the
 * next request of the list, so the server sees many different objects, not one cached row.
 * @module
 */
import pg from "pg";
import type { ScenarioId } from "./args.ts";
import type { RequestSpec } from "./load.ts";

const BASE = "/klantinteracties/api/v1";
// how many different objects a scenario rotates over
const SAMPLE = 2000;

/** A scenario: what it asks and which status every answer must have. */
export interface Scenario {
  id: ScenarioId;
  title: string;
  status: number;
  requests: RequestSpec[];
  /** Removes what the scenario wrote (S4), so the seeded set stays as seeded. */
  cleanUp?: (client: pg.Client) => Promise<void>;
}

/** The kanaal S2 lists: 5 % of the klantcontacten, as in a busy municipality's "brief" post. */
export const S2_KANAAL = "brief";

/**
 * Builds the scenarios from the seeded schema.
 * @example
 * const scenarios = await buildScenarios({ url, schema: "bench_small" }, 10_000);
 */
export async function buildScenarios(
  database: { url: string; schema: string },
  maxKlantcontactId: number,
): Promise<Scenario[]> {
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${database.schema}` });
  await client.connect();
  try {
    const sample = async (sql: string) =>
      (await client.query(`${sql} order by random() limit ${SAMPLE}`)).rows.map((row) => String(row.value));
    const partijen = await sample("select uuid as value from partijen");
    const klantcontacten = await sample(
      `select uuid as value from klantcontacten tablesample system (5) where id <= ${maxKlantcontactId}`,
    );
    const bsns = await sample(
      "select object_id as value from partij_identificatoren where code_soort_object_id = 'bsn'",
    );
    const onderwerpen = ["Afvalinzameling", "Parkeervergunning", "Verhuizing doorgeven", "Melding overlast"];
    return [
      {
        id: "S1",
        title: "GET /partijen/{uuid}",
        status: 200,
        requests: partijen.map((uuid) => ({ method: "GET", path: `${BASE}/partijen/${uuid}` })),
      },
      {
        id: "S2",
        title: `GET /klantcontacten?kanaal=${S2_KANAAL}&pageSize=100`,
        status: 200,
        requests: [{ method: "GET", path: `${BASE}/klantcontacten?kanaal=${S2_KANAAL}&pageSize=100` }],
      },
      {
        id: "S3",
        title: "GET /klantcontacten/{uuid}?expand=…",
        status: 200,
        requests: klantcontacten.map((uuid) => ({
          method: "GET",
          path: `${BASE}/klantcontacten/${uuid}?expand=hadBetrokkenen,hadBetrokkenen.wasPartij`,
        })),
      },
      {
        id: "S4",
        title: "POST /klantcontacten",
        status: 201,
        requests: onderwerpen.map((onderwerp) => ({
          method: "POST",
          path: `${BASE}/klantcontacten`,
          body: JSON.stringify({
            kanaal: "telefoon",
            onderwerp,
            inhoud: `${onderwerp}: vraag beantwoord (bench)`,
            indicatieContactGelukt: true,
            taal: "nld",
            vertrouwelijk: false,
          }),
        })),
        cleanUp: async (cleaner) => {
          await cleaner.query("delete from klantcontacten where id > $1", [maxKlantcontactId]);
        },
      },
      {
        id: "S5",
        title: "GET /partijen?partijIdentificator__objectId=<bsn>",
        status: 200,
        requests: bsns.map((bsn) => ({ method: "GET", path: `${BASE}/partijen?partijIdentificator__objectId=${bsn}` })),
      },
    ];
  } finally {
    await client.end();
  }
}
