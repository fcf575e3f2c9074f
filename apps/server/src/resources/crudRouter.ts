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
import { resolveReferences } from "../http/references.ts";
import type { ApiUrls } from "../http/urls.ts";
import type { AnyResource, GroupField } from "./resource.ts";

/**
 * Builds the router of one collection; mount it at `/<collection>` under the API root, after the
 * middleware that sets `res.locals.urls`.
 * @example
 * apiRouter.use(`/${categorieen.collection}`, crudRouter(categorieen, db));
 */
export function crudRouter(resource: AnyResource, db: Knex): Router {
  const router = Router();
  const table = resource.table;
  const select = (connection: Knex) =>
    resource.select ? resource.select(connection) : connection(table).select(`${table}.*`);
  const order = resource.orderBy ?? [{ column: `${table}.id`, order: "desc" }];
  const urlsOf = (res: { locals: Record<string, unknown> }) => res.locals.urls as ApiUrls;

  const find = async (connection: Knex, uuid: string) => {
    const row = await select(connection).where(`${table}.uuid`, uuid).first();
    if (!row) {
      throw new Problem("not_found", `Er is geen ${resource.model} met deze uuid.`);
    }
    return row;
  };

  /** Validates and stores a body; returns the row's uuid. */
  const write = async (body: Record<string, unknown>, uuid: string | undefined) =>
    db.transaction(async (trx) => {
      const existing = uuid ? await find(trx, uuid) : undefined;
      const given = existing ? body : withDefaults(body, resource.createDefaults);
      const { values: referenced, errors } = await resolveReferences(trx, resource.references ?? {}, given);
      for (const rule of resource.rules ?? []) {
        errors.push(...(await rule({ body: given, existing, trx })));
      }
      if (errors.length > 0) {
        throw Problem.invalid(errors);
      }
      const values = {
        ...columnValues(resource.columns, given),
        ...groupValues(resource.groups, given),
        ...referenced,
      };
      if (existing) {
        if (Object.keys(values).length > 0) {
          await trx(table).where({ id: existing.id }).update(values);
        }
        return existing.uuid as string;
      }
      const [inserted] = await trx(table).insert(values).returning("uuid");
      return inserted.uuid as string;
    });

  router.get("/", async (req, res) => {
    const query = select(db);
    applyFilters(query, resource.filters ?? {}, req.query as Record<string, unknown>);
    for (const { column, order: direction } of order) {
      query.orderBy(column, direction);
    }
    const page = await paginate(db, query, listUrl(req, urlsOf(res), resource.collection));
    res.json({ ...page, results: page.results.map((row) => resource.toContract(row, urlsOf(res))) });
  });

  router.post("/", async (req, res) => {
    const uuid = await write(req.body ?? {}, undefined);
    const body = resource.toContract(await find(db, uuid), urlsOf(res));
    res.status(201).location(urlsOf(res).resource(resource.collection, uuid)).json(body);
  });

  router.get("/:uuid", async (req, res) => {
    res.json(resource.toContract(await find(db, req.params.uuid), urlsOf(res)));
  });

  const update = async (req: Request<{ uuid: string }>, res: Response) => {
    const uuid = await write(req.body ?? {}, req.params.uuid);
    res.json(resource.toContract(await find(db, uuid), urlsOf(res)));
  };
  router.put("/:uuid", update);
  router.patch("/:uuid", update);

  router.delete("/:uuid", async (req, res) => {
    const deleted = await db(table).where({ uuid: req.params.uuid }).delete();
    if (deleted === 0) {
      throw new Problem("not_found", `Er is geen ${resource.model} met deze uuid.`);
    }
    res.status(204).end();
  });

  return router;
}

function withDefaults(
  body: Record<string, unknown>,
  defaults: Record<string, () => unknown> | undefined,
): Record<string, unknown> {
  const given = { ...body };
  for (const [field, value] of Object.entries(defaults ?? {})) {
    if (given[field] === undefined || given[field] === null) {
      given[field] = value();
    }
  }
  return given;
}

function columnValues(columns: Record<string, string>, body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) {
    if (body[field] !== undefined) {
      values[column] = body[field];
    }
  }
  return values;
}

function groupValues(
  groups: Record<string, GroupField> | undefined,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, group] of Object.entries(groups ?? {})) {
    if (body[field] !== undefined) {
      Object.assign(values, group.toColumns(body[field] as Record<string, unknown> | null));
    }
  }
  return values;
}

// the collection URL on the API root (so links survive a proxy) with the client's query string
function listUrl(req: Request, urls: ApiUrls, collection: string): URL {
  const queryStart = req.originalUrl.indexOf("?");
  return new URL(`${urls.collection(collection)}${queryStart >= 0 ? req.originalUrl.slice(queryStart) : ""}`);
}
