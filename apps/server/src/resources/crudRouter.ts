/**
 * The generic list/create/read/put/patch/delete of a declared resource. PUT and PATCH are stored
 * alike: the contract validator has already required every required field on PUT, and fields a
 * body leaves out keep their value (DRF's non-partial update). Every object carries its version as
 * `ETag`; a write with `If-Match` is compared with it under the row lock (see `http/etag.ts`).
 * @module
 */
import express, { type Request, type Response, Router } from "express";
import type { Knex } from "knex";
import { etagOf, jsonWithEtag, noneMatchHits, requireIfMatch } from "../http/etag.ts";
import { applyFilters } from "../http/filters.ts";
import { paginate } from "../http/paginate.ts";
import { Problem } from "../http/problem.ts";
import { inReadSnapshot } from "../http/readSnapshot.ts";
import type { ApiUrls } from "../http/urls.ts";
import { type ApiContext, type PresentContext, parseExpand, present, selectRows } from "./present.ts";
import type { AnyResource } from "./resource.ts";
import { store } from "./store.ts";
import { emitWrite, type WriteEvent } from "./writeEvents.ts";

/**
 * Builds the router of one collection; mount it at `/<collection>` under the API root, after the
 * middleware that sets `res.locals.urls` (and, for the write events, `req.token`).
 * @example
 * apiRouter.use(`/${categorieen.collection}`, crudRouter(categorieen, { db, registry, onWrite: [] }));
 */
export function crudRouter(resource: AnyResource, context: ApiContext): Router {
  const { db, registry, paging } = context;
  const router = Router();
  const table = resource.table;
  const order = resource.orderBy ?? [{ column: `${table}.id`, order: "desc" }];
  const listPaging = { ...paging, idColumn: `${table}.id` };
  // only reads declare `expand`; on a write the validator lets any query through, and an
  // undeclared expand must not fail the response of a write that has already been committed
  const contextOf = (req: Request, res: Response): PresentContext => ({
    urls: res.locals.urls as ApiUrls,
    registry,
    expand: req.method === "GET" ? parseExpand(req.query.expand) : undefined,
  });
  const presentOne = async (row: Record<string, unknown>, context: PresentContext, connection: Knex) =>
    (await present(connection, resource, [row], context))[0] as Record<string, unknown>;
  // If-Match is compared with the version of the locked row, in the write's own transaction
  const checkIfMatch = async (req: Request, res: Response, trx: Knex.Transaction, row: Record<string, unknown>) => {
    const header = req.get("If-Match");
    if (header !== undefined) {
      requireIfMatch(header, etagOf(await presentOne({ ...row }, { urls: res.locals.urls as ApiUrls, registry }, trx)));
    }
  };

  resource.routes?.(router, context);

  router.get("/", async (req, res) => {
    const context = contextOf(req, res);
    // a read takes several queries (rows, relations, each expand level): one snapshot for all
    const listed = await inReadSnapshot(db, async (trx) => {
      const query = selectRows(trx, resource);
      applyFilters(query, resource.filters ?? {}, req.query as Record<string, unknown>);
      for (const { column, order: direction } of order) {
        query.orderBy(column, direction);
      }
      const { page, accuracy } = await paginate(
        trx,
        query,
        listUrl(req, context.urls, resource.collection),
        listPaging,
      );
      const results = await present(trx, resource, page.results as Record<string, unknown>[], context);
      return { page: { ...page, results }, accuracy };
    });
    res.set("Count-Accuracy", listed.accuracy).json(listed.page);
  });

  router.post("/", async (req, res) => {
    const body = req.body ?? {};
    const presentation = contextOf(req, res);
    // presented in the write's transaction: the body and ETag are exactly what this write made
    const { uuid, created } = await db.transaction(async (trx) => {
      const stored = await store(trx, resource, body, { method: "POST" });
      await emitWrite(trx, context.onWrite, writeEvent(req, res, resource, stored.uuid, "create", body));
      return {
        uuid: stored.uuid,
        created: await presentOne(await find(trx, resource, stored.uuid), presentation, trx),
      };
    });
    const { json, etag } = jsonWithEtag(created);
    res.status(201).location(presentation.urls.resource(resource.collection, uuid)).set("ETag", etag);
    sendJson(res, created, json);
  });

  router.get("/:uuid", async (req, res) => {
    const context = contextOf(req, res);
    const object = await inReadSnapshot(db, async (trx) =>
      presentOne(await find(trx, resource, req.params.uuid), context, trx),
    );
    const { json, etag } = jsonWithEtag(object);
    res.set("ETag", etag);
    if (context.expand) {
      // the ETag versions the object, not what `_expand` adds: never "unchanged" for an expand,
      // also not by Express's own freshness check
      delete req.headers["if-none-match"];
    } else if (noneMatchHits(req.get("If-None-Match"), etag)) {
      res.status(304).end();
      return;
    }
    sendJson(res, object, json);
  });

  const update = async (req: Request<{ uuid: string }>, res: Response) => {
    const method = req.method as "PUT" | "PATCH";
    const body = req.body ?? {};
    const updated = await db.transaction(async (trx) => {
      await resource.lockFirst?.(trx, req.params.uuid);
      const existing = await find(trx, resource, req.params.uuid, true);
      await checkIfMatch(req, res, trx, existing);
      const stored = await store(trx, resource, body, { method, existing });
      const action = method === "PUT" ? "update" : "partial_update";
      await emitWrite(trx, context.onWrite, writeEvent(req, res, resource, stored.uuid, action, body));
      return presentOne(await find(trx, resource, stored.uuid), contextOf(req, res), trx);
    });
    const { json, etag } = jsonWithEtag(updated);
    sendJson(res.set("ETag", etag), updated, json);
  };
  router.put("/:uuid", update);
  router.patch("/:uuid", update);

  router.delete("/:uuid", async (req, res) => {
    await db.transaction(async (trx) => {
      await resource.lockFirst?.(trx, req.params.uuid);
      const row = await find(trx, resource, req.params.uuid, true);
      await checkIfMatch(req, res, trx, row);
      await resource.beforeDelete?.(trx, row);
      // reported while the row is still there, so listeners can read what goes (notification kenmerken)
      await emitWrite(trx, context.onWrite, writeEvent(req, res, resource, req.params.uuid, "destroy", {}));
      await trx(table).where({ id: row.id }).delete();
    });
    res.status(204).end();
  });

  return router;
}

/**
 * The row of `resource` with this uuid, or a 404 Problem. `forUpdate` locks it for the rest of
 * the transaction, so concurrent writes to one object queue instead of overwriting each other.
 * @example
 * const row = await find(trx, partijen, uuid, true);
 */
export async function find(
  connection: Knex,
  resource: AnyResource,
  uuid: string,
  forUpdate = false,
): Promise<Record<string, unknown> & { id: string; uuid: string }> {
  const query = selectRows(connection, resource).where(`${resource.table}.uuid`, uuid);
  if (forUpdate) {
    query.forUpdate(resource.table);
  }
  const row = await query.first();
  if (!row) {
    throw notFound(resource);
  }
  return row;
}

/**
 * The event of a write a request made.
 * @example
 * await emitWrite(trx, context.onWrite, writeEvent(req, res, partijen, uuid, "create", req.body));
 */
export function writeEvent(
  req: Request,
  res: Response,
  resource: Pick<AnyResource, "collection" | "model">,
  uuid: string,
  action: WriteEvent["action"],
  body: Record<string, unknown>,
): WriteEvent {
  return {
    collection: resource.collection,
    model: resource.model,
    uuid,
    url: (res.locals.urls as ApiUrls).resource(resource.collection, uuid),
    action,
    fields: Object.keys(body),
    actor: req.token?.identifier,
    at: new Date(),
  };
}

const EXPRESS_JSON = express.response.json;

/**
 * Sends `object` as `res.json` would, reusing `json` (its serialisation, made for the ETag) instead
 * of serialising it again: the app sets no JSON replacer, spacing or escaping. When something has
 * hooked `res.json` (the contract validator, with response validation on), it goes through the hook.
 */
function sendJson(res: Response, object: Record<string, unknown>, json: string): void {
  if (res.json !== EXPRESS_JSON) {
    res.json(object);
    return;
  }
  if (!res.get("Content-Type")) {
    res.set("Content-Type", "application/json");
  }
  res.send(json);
}

function notFound(resource: AnyResource): Problem {
  return new Problem("not_found", `Er is geen ${resource.model} met deze uuid.`);
}

// the collection URL on the API root (so links survive a proxy) with the client's query string
function listUrl(req: Request, urls: ApiUrls, collection: string): URL {
  const queryStart = req.originalUrl.indexOf("?");
  return new URL(`${urls.collection(collection)}${queryStart >= 0 ? req.originalUrl.slice(queryStart) : ""}`);
}
