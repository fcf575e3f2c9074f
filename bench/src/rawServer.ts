/**
 * T-raw: the physical limit of this stack for the five scenarios. A bare `node:http` server on a
 * `pg` pool of the server's size (10) that runs the queries the reference server runs for each
 * request (token lookup, object, count, page and the batched relation loads, hand-written after the
 * resource declarations, with `= any($1)` for knex's `in (…)`) and writes the same JSON, using the
 * server's own row-to-contract mappers. No framework, no query builder, no validation, no logging,
 * no metrics. Runs as a child of `npm run bench`.
 * @module
 */
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { loadConfig } from "../../apps/server/src/config.ts";
import { ApiUrls } from "../../apps/server/src/http/urls.ts";
import { betrokkenen } from "../../apps/server/src/resources/betrokkenen/betrokkenen.ts";
import { klantcontacten } from "../../apps/server/src/resources/klantcontacten/klantcontacten.ts";
import { partijen } from "../../apps/server/src/resources/partijen/partijen.ts";
import { childEnvironment, failStartup, serveOverIpc } from "./childServer.ts";

type Row = Record<string, unknown> & { id: string; uuid: string };
type Json = Record<string, unknown> & { uuid: string };

const BASE = "/klantinteracties/api/v1";
const API_VERSION = "0.9.0";
const UUID = "[0-9a-fA-F-]{36}";
const PARTIJ_PATH = new RegExp(`^${BASE}/partijen/(${UUID})$`);
const KLANTCONTACT_PATH = new RegExp(`^${BASE}/klantcontacten/(${UUID})$`);
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;
// the server's default, which T-full runs with
const EXACT_COUNT_LIMIT = loadConfig({}).exactCountLimit;

// DATE columns stay "YYYY-MM-DD" text, as in the server's connection.ts
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

const SQL = {
  token: 'select "id", "identifier", "scopes" from "api_tokens" where "secret_sha256" = $1 limit 1',
  partij: `select "partijen".*, "voorkeursadres"."uuid" as "voorkeurs_digitaal_adres_uuid",
      "voorkeursrekening"."uuid" as "voorkeurs_rekeningnummer_uuid", "werkgever"."uuid" as "werkte_voor_partij_uuid"
    from "partijen"
    left join "digitale_adressen" as "voorkeursadres" on "voorkeursadres"."id" = "partijen"."voorkeurs_digitaal_adres_id"
    left join "rekeningnummers" as "voorkeursrekening" on "voorkeursrekening"."id" = "partijen"."voorkeurs_rekeningnummer_id"
    left join "partijen" as "werkgever" on "werkgever"."id" = "partijen"."werkte_voor_partij_id"`,
  byObjectId: `where exists (select 1 from "partij_identificatoren" as "pi"
      where pi.identificeerde_partij_id = partijen.id and "pi"."object_id" = $1)`,
  klantcontact: `select "klantcontacten".*, to_char(klantcontacten.plaatsgevonden_op at time zone 'UTC',
      'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as plaatsgevonden_op_text from "klantcontacten"`,
  betrokkene: `select "betrokkenen".*, "partijen"."uuid" as "was_partij_uuid", "klantcontacten"."uuid" as "had_klantcontact_uuid"
    from "betrokkenen"
    left join "partijen" on "partijen"."id" = "betrokkenen"."was_partij_id"
    inner join "klantcontacten" on "klantcontacten"."id" = "betrokkenen"."had_klantcontact_id"`,
};

// the server's childUuids (resources/relations.ts): per parent id, the uuids of each child relation
function childUuidsSql(relations: readonly (readonly [name: string, table: string, column: string])[]): string {
  const arrays = relations.map(
    ([name, table, column]) =>
      `array(select c.uuid::text from "${table}" as c where c."${column}" = p.id order by c.id) as "${name}"`,
  );
  return `select p.id::text as parent, ${arrays.join(", ")} from unnest($1::bigint[]) as p(id)`;
}

const PARTIJ_RELATIONS = {
  children: childUuidsSql([
    ["betrokkenen", "betrokkenen", "was_partij_id"],
    ["digitaleAdressen", "digitale_adressen", "verstrekt_door_partij_id"],
    ["rekeningnummers", "rekeningnummers", "partij_id"],
  ]),
  categorieRelaties: `select "cr"."partij_id" as "owner", "cr"."uuid", "c"."naam", "cr"."begin_datum", "cr"."eind_datum"
    from "categorie_relaties" as "cr" left join "categorieen" as "c" on "c"."id" = "cr"."categorie_id"
    where "cr"."partij_id" = any($1) order by "cr"."id"`,
  vertegenwoordigden: `select "v"."vertegenwoordigende_partij_id" as "owner", "vertegenwoordigde"."uuid"
    from "vertegenwoordigingen" as "v"
    inner join "partijen" as "vertegenwoordigde" on "vertegenwoordigde"."id" = "v"."vertegenwoordigde_partij_id"
    where "v"."vertegenwoordigende_partij_id" = any($1) order by "v"."id"`,
  identificatoren: `select "partij_identificatoren".*, "partijen"."uuid" as "identificeerde_partij_uuid",
      "ouder"."uuid" as "sub_identificator_van_uuid"
    from "partij_identificatoren"
    left join "partijen" on "partijen"."id" = "partij_identificatoren"."identificeerde_partij_id"
    left join "partij_identificatoren" as "ouder" on "ouder"."id" = "partij_identificatoren"."sub_identificator_van_id"
    where "partij_identificatoren"."identificeerde_partij_id" = any($1) order by "partij_identificatoren"."id"`,
};

// klantcontact -> to-many uuids: [row field, table, column]
const KLANTCONTACT_REFS = [
  ["onderwerpobjecten", "onderwerpobjecten", "klantcontact_id"],
  ["betrokkenen", "betrokkenen", "had_klantcontact_id"],
  ["bijlagen", "bijlagen", "was_bijlage_van_klantcontact_id"],
  ["internetaken", "internetaken", "aanleidinggevend_klantcontact_id"],
] as const;
const KLANTCONTACT_CHILDREN = childUuidsSql(KLANTCONTACT_REFS);
const BETROKKENE_CHILDREN = childUuidsSql([["digitaleAdressen", "digitale_adressen", "verstrekt_door_betrokkene_id"]]);
const KLANTCONTACT_ACTOREN = `select "actoren".*, "actorklantcontacten"."klantcontact_id" from "actorklantcontacten"
  inner join "actoren" on "actoren"."id" = "actorklantcontacten"."actor_id"
  where "actorklantcontacten"."klantcontact_id" = any($1) order by "actorklantcontacten"."id"`;

function groupBy<T extends Record<string, unknown>>(rows: T[], key: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = String(row[key]);
    const group = groups.get(id);
    if (group) {
      group.push(row);
    } else {
      groups.set(id, [row]);
    }
  }
  return groups;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
  ) {
    super(title);
  }
}

/** The request handler of T-raw, on a pool whose connections use the seeded schema. */
function handler(pool: pg.Pool) {
  const query = async (text: string, values: unknown[] = []): Promise<Row[]> =>
    (await pool.query(text, values)).rows as Row[];

  async function authenticate(req: IncomingMessage, scope: "read" | "write"): Promise<void> {
    const match = /^token\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
    if (!match?.[1]) {
      throw new HttpError(401, "Authenticatiegegevens zijn niet opgegeven.");
    }
    const [token] = await query(SQL.token, [createHash("sha256").update(match[1], "utf8").digest("hex")]);
    const scopes = (token?.scopes as string[] | undefined) ?? [];
    if (!token) {
      throw new HttpError(401, "Ongeldige token.");
    }
    if (
      !scopes.includes("*") &&
      !scopes.includes("klantinteracties:*") &&
      !scopes.includes(`klantinteracties:${scope}`)
    ) {
      throw new HttpError(403, "Geen toestemming.");
    }
  }

  async function loadPartijRelations(rows: Row[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const ids = [rows.map((row) => row.id)];
    const [children, relaties, vertegenwoordigden, identificatoren] = await Promise.all([
      query(PARTIJ_RELATIONS.children, ids),
      query(PARTIJ_RELATIONS.categorieRelaties, ids),
      query(PARTIJ_RELATIONS.vertegenwoordigden, ids),
      query(PARTIJ_RELATIONS.identificatoren, ids),
    ]);
    const childrenOf = new Map(children.map((child) => [child.parent as string, child]));
    const [c, v, i] = [
      groupBy(relaties, "owner"),
      groupBy(vertegenwoordigden, "owner"),
      groupBy(identificatoren, "identificeerde_partij_id"),
    ];
    for (const row of rows) {
      const own = childrenOf.get(String(row.id));
      row.relations = {
        betrokkenen: own?.betrokkenen ?? [],
        categorieRelaties: c.get(row.id) ?? [],
        digitaleAdressen: own?.digitaleAdressen ?? [],
        rekeningnummers: own?.rekeningnummers ?? [],
        vertegenwoordigden: (v.get(row.id) ?? []).map((item) => item.uuid),
        identificatoren: i.get(row.id) ?? [],
      };
    }
  }

  async function loadKlantcontactRelations(rows: Row[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const ids = [rows.map((row) => row.id)];
    const [children, actoren] = await Promise.all([
      query(KLANTCONTACT_CHILDREN, ids),
      query(KLANTCONTACT_ACTOREN, ids),
    ]);
    const childrenOf = new Map(children.map((child) => [child.parent as string, child]));
    const actorenOf = groupBy(actoren, "klantcontact_id");
    for (const row of rows) {
      for (const [field] of KLANTCONTACT_REFS) {
        row[field] = childrenOf.get(String(row.id))?.[field] ?? [];
      }
      row.actoren = actorenOf.get(row.id)?.map(({ klantcontact_id: _, ...actor }) => actor);
    }
  }

  const presentPartijen = async (rows: Row[], urls: ApiUrls): Promise<Json[]> => {
    await loadPartijRelations(rows);
    return rows.map((row) => partijen.toContract(row as never, urls) as Json);
  };
  const presentKlantcontacten = async (rows: Row[], urls: ApiUrls): Promise<Json[]> => {
    await loadKlantcontactRelations(rows);
    return rows.map((row) => klantcontacten.toContract(row as never, urls) as unknown as Json);
  };

  // `?expand=hadBetrokkenen,hadBetrokkenen.wasPartij` on klantcontacten, as present.ts builds it
  async function expandBetrokkenen(objects: Json[], urls: ApiUrls, withPartij: boolean): Promise<void> {
    const refsOf = (object: Json) => (object.hadBetrokkenen as { uuid: string }[]).map((ref) => ref.uuid);
    const uuids = [...new Set(objects.flatMap(refsOf))];
    const rows = uuids.length > 0 ? await query(`${SQL.betrokkene} where "betrokkenen"."uuid" = any($1)`, [uuids]) : [];
    if (rows.length > 0) {
      const children = await query(BETROKKENE_CHILDREN, [rows.map((row) => row.id)]);
      const childrenOf = new Map(children.map((child) => [child.parent as string, child]));
      for (const row of rows) {
        row.digitale_adressen = childrenOf.get(String(row.id))?.digitaleAdressen ?? [];
      }
    }
    const children = rows.map((row) => betrokkenen.toContract(row as never, urls) as unknown as Json);
    if (withPartij) {
      for (const child of children) {
        child._expand = {};
      }
      const partijUuids = [
        ...new Set(
          children.flatMap((child) =>
            (child.wasPartij as { uuid: string } | null)?.uuid ? [(child.wasPartij as { uuid: string }).uuid] : [],
          ),
        ),
      ];
      const partijRows =
        partijUuids.length > 0 ? await query(`${SQL.partij} where "partijen"."uuid" = any($1)`, [partijUuids]) : [];
      const byUuid = new Map((await presentPartijen(partijRows, urls)).map((partij) => [partij.uuid, partij]));
      for (const child of children) {
        (child._expand as Record<string, unknown>).wasPartij =
          byUuid.get((child.wasPartij as { uuid: string } | null)?.uuid ?? "") ?? null;
      }
    }
    const byUuid = new Map(children.map((child) => [child.uuid, child]));
    for (const object of objects) {
      object._expand = { hadBetrokkenen: refsOf(object).flatMap((uuid) => byUuid.get(uuid) ?? []) };
    }
  }

  async function page(
    url: URL,
    urls: ApiUrls,
    table: string,
    select: string,
    filter: string,
    values: unknown[],
    order: string,
    present: (rows: Row[], urls: ApiUrls) => Promise<Json[]>,
  ) {
    const number = positive(url.searchParams.get("page")) ?? 1;
    const size = Math.min(positive(url.searchParams.get("pageSize")) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const n = values.length;
    const offset = (number - 1) * size;
    // as the server pages: the keys of up to limit + 1 matches; at most the limit is an exact
    // count and a page read by those keys, more is an estimate and a page in order with one row more
    const ids = (
      await query(`select "${table}"."id" from "${table}" ${filter} limit $${n + 1}`, [
        ...values,
        EXACT_COUNT_LIMIT + 1,
      ])
    ).map((row) => row.id);
    let count = ids.length;
    const exact = count <= EXACT_COUNT_LIMIT;
    const pages = Math.max(1, Math.ceil(count / size));
    if (exact && number > pages) {
      throw new HttpError(404, "Ongeldige pagina.");
    }
    const fetched = !exact
      ? await query(`${select} ${filter} ${order} limit $${n + 1} offset $${n + 2}`, [...values, size + 1, offset])
      : count === 0
        ? []
        : await query(
            `${select} ${filter ? `${filter} and` : "where"} "${table}"."id" = any($${n + 1}) ${order} limit $${n + 2} offset $${n + 3}`,
            [...values, ids, size, offset],
          );
    if (!exact && fetched.length === 0 && number > 1) {
      throw new HttpError(404, "Ongeldige pagina.");
    }
    const more = exact ? number < pages : fetched.length > size;
    const rows = fetched.slice(0, size);
    if (!exact) {
      const [explained] = await query(`explain (format json) select 1 from "${table}" ${filter}`, values);
      const estimate = (explained?.["QUERY PLAN"] as { Plan: { "Plan Rows": number } }[] | undefined)?.[0]?.Plan;
      count = Math.max(Math.round(estimate?.["Plan Rows"] ?? 0), EXACT_COUNT_LIMIT + 1, offset + fetched.length);
    }
    const listUrl = `${urls.collection(url.pathname.slice(BASE.length + 1))}${url.search}`;
    return {
      count,
      next: more ? linkTo(listUrl, number + 1) : null,
      previous: number > 1 ? linkTo(listUrl, number - 1) : null,
      results: await present(rows, urls),
    };
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://raw");
    const path = url.pathname;
    const urls = new ApiUrls(`http://${req.headers.host}${BASE}`);
    const partij = PARTIJ_PATH.exec(path)?.[1];
    if (req.method === "GET" && partij) {
      await authenticate(req, "read");
      const rows = await query(`${SQL.partij} where "partijen"."uuid" = $1 limit 1`, [partij]);
      if (rows.length === 0) {
        throw new HttpError(404, "Er is geen Partij met deze uuid.");
      }
      return send(res, 200, (await presentPartijen(rows, urls))[0]);
    }
    if (req.method === "GET" && path === `${BASE}/partijen`) {
      await authenticate(req, "read");
      const objectId = url.searchParams.get("partijIdentificator__objectId");
      const [filter, values] = objectId === null ? ["", []] : [SQL.byObjectId, [objectId]];
      const body = await page(
        url,
        urls,
        "partijen",
        SQL.partij,
        filter,
        values,
        'order by "partijen"."id" desc',
        presentPartijen,
      );
      return send(res, 200, body);
    }
    if (req.method === "GET" && path === `${BASE}/klantcontacten`) {
      await authenticate(req, "read");
      const kanaal = url.searchParams.get("kanaal");
      const [filter, values] = kanaal === null ? ["", []] : ['where "klantcontacten"."kanaal" = $1', [kanaal]];
      const order = 'order by "klantcontacten"."plaatsgevonden_op" desc, "klantcontacten"."id" desc';
      return send(
        res,
        200,
        await page(url, urls, "klantcontacten", SQL.klantcontact, filter, values, order, presentKlantcontacten),
      );
    }
    const klantcontact = KLANTCONTACT_PATH.exec(path)?.[1];
    if (req.method === "GET" && klantcontact) {
      await authenticate(req, "read");
      const rows = await query(`${SQL.klantcontact} where "klantcontacten"."uuid" = $1 limit 1`, [klantcontact]);
      if (rows.length === 0) {
        throw new HttpError(404, "Er is geen Klantcontact met deze uuid.");
      }
      const objects = await presentKlantcontacten(rows, urls);
      const expand = (url.searchParams.get("expand") ?? "").split(",");
      if (expand.includes("hadBetrokkenen") || expand.includes("hadBetrokkenen.wasPartij")) {
        await expandBetrokkenen(objects, urls, expand.includes("hadBetrokkenen.wasPartij"));
      }
      return send(res, 200, objects[0]);
    }
    if (req.method === "POST" && path === `${BASE}/klantcontacten`) {
      await authenticate(req, "write");
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      const uuid = await createKlantcontact(body);
      const rows = await query(`${SQL.klantcontact} where "klantcontacten"."uuid" = $1 limit 1`, [uuid]);
      const [created] = await presentKlantcontacten(rows, urls);
      res.setHeader("Location", urls.resource("klantcontacten", uuid));
      return send(res, 201, created);
    }
    throw new HttpError(404, "Deze URL bestaat niet in T-raw.");
  }

  // the klantcontacten columns a POST body may fill, with the server's create defaults
  async function createKlantcontact(body: Record<string, unknown>): Promise<string> {
    const columns: Record<string, unknown> = {
      kanaal: body.kanaal,
      onderwerp: body.onderwerp,
      inhoud: body.inhoud,
      indicatie_contact_gelukt: body.indicatieContactGelukt,
      taal: body.taal,
      vertrouwelijk: body.vertrouwelijk,
      plaatsgevonden_op: body.plaatsgevondenOp ?? new Date().toISOString(),
      verdere_actie_ondernomen: body.verdereActieOndernomen ?? false,
      metadata: JSON.stringify(body.metadata ?? {}),
    };
    const names = Object.keys(columns).filter((name) => columns[name] !== undefined);
    const client = await pool.connect();
    try {
      await client.query("begin");
      const inserted = await client.query(
        `insert into "klantcontacten" (${names.map((name) => `"${name}"`).join(", ")})
          values (${names.map((_, index) => `$${index + 1}`).join(", ")}) returning "id", "uuid"`,
        names.map((name) => columns[name]),
      );
      await client.query("commit");
      return inserted.rows[0].uuid;
    } catch (error) {
      await client.query("rollback");
      throw error;
    } finally {
      client.release();
    }
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const title = error instanceof HttpError ? error.title : String(error);
      send(res, status, { type: `about:blank`, title, status, instance: randomUUID() });
    });
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": status >= 400 ? "application/problem+json" : "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "API-version": API_VERSION,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// like paginate.ts: page 1 is the URL without `page`; parameters sorted by name
function linkTo(listUrl: string, number: number): string {
  const url = new URL(listUrl);
  if (number === 1) {
    url.searchParams.delete("page");
  } else {
    url.searchParams.set("page", String(number));
  }
  url.searchParams.sort();
  return url.toString();
}

function positive(value: string | null): number | undefined {
  const number = value === null ? Number.NaN : Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

try {
  const { databaseUrl, schema } = childEnvironment();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: `-c search_path=${schema}` });
  serveOverIpc(createServer(handler(pool)), () => pool.end());
} catch (error) {
  failStartup(error);
}
