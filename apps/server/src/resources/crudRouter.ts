/**
 * The generic list/create/read/put/patch/delete of a declared resource. PUT and PATCH are stored
 * alike: the contract validator has already required every required field on PUT, and fields a
 * body leaves out keep their value (DRF's non-partial update).
 * @module
 */
import { type Request, type Response, Router } from "express";
import type { Knex } from "knex";
import { applyFilters } from "../http/filters.ts";
import { paginate } from "../http/paginate.ts";
import { Problem } from "../http/problem.ts";
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
  const { db, registry } = context;
  const router = Router();
  const table = resource.table;
  const order = resource.orderBy ?? [{ column: `${table}.id`, order: "desc" }];
  const contextOf = (req: Request, res: Response): PresentContext => ({
    urls: res.locals.urls as ApiUrls,
    registry,
    expand: parseExpand(req.query.expand),
  });
  const presentOne = async (row: Record<string, unknown>, context: PresentContext) =>
    (await present(db, resource, [row], context))[0];

  resource.routes?.(router, context);

  router.get("/", async (req, res) => {
    const query = selectRows(db, resource);
    applyFilters(query, resource.filters ?? {}, req.query as Record<string, unknown>);
    for (const { column, order: direction } of order) {
      query.orderBy(column, direction);
    }
    const context = contextOf(req, res);
    const page = await paginate(db, query, listUrl(req, context.urls, resource.collection));
    res.json({ ...page, results: await present(db, resource, page.results as Record<string, unknown>[], context) });
  });

  router.post("/", async (req, res) => {
    const body = req.body ?? {};
    const { uuid } = await db.transaction(async (trx) => {
      const stored = await store(trx, resource, body, { method: "POST" });
      await emitWrite(trx, context.onWrite, writeEvent(req, res, resource, stored.uuid, "create", body));
      return stored;
    });
    const presentation = contextOf(req, res);
    const created = await presentOne(await find(db, resource, uuid), presentation);
    res.status(201).location(presentation.urls.resource(resource.collection, uuid)).json(created);
  });

  router.get("/:uuid", async (req, res) => {
    res.json(await presentOne(await find(db, resource, req.params.uuid), contextOf(req, res)));
  });

  const update = async (req: Request<{ uuid: string }>, res: Response) => {
    const method = req.method as "PUT" | "PATCH";
    const body = req.body ?? {};
    const { uuid } = await db.transaction(async (trx) => {
      const existing = await find(trx, resource, req.params.uuid, true);
      const stored = await store(trx, resource, body, { method, existing });
      const action = method === "PUT" ? "update" : "partial_update";
      await emitWrite(trx, context.onWrite, writeEvent(req, res, resource, stored.uuid, action, body));
      return stored;
    });
    res.json(await presentOne(await find(db, resource, uuid), contextOf(req, res)));
  };
  router.put("/:uuid", update);
  router.patch("/:uuid", update);

  router.delete("/:uuid", async (req, res) => {
    await db.transaction(async (trx) => {
      const row = await find(trx, resource, req.params.uuid, true);
      await resource.beforeDelete?.(trx, row);
      await trx(table).where({ id: row.id }).delete();
      await emitWrite(trx, context.onWrite, writeEvent(req, res, resource, req.params.uuid, "destroy", {}));
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

function notFound(resource: AnyResource): Problem {
  return new Problem("not_found", `Er is geen ${resource.model} met deze uuid.`);
}

// the collection URL on the API root (so links survive a proxy) with the client's query string
function listUrl(req: Request, urls: ApiUrls, collection: string): URL {
  const queryStart = req.originalUrl.indexOf("?");
  return new URL(`${urls.collection(collection)}${queryStart >= 0 ? req.originalUrl.slice(queryStart) : ""}`);
}
