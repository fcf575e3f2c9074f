/**
 * `POST /maak-klantcontact`: a klantcontact with, optionally, its betrokkene and onderwerpobject,
 * stored in one transaction through the same write path as their own collections. A rejected
 * part rolls back every part; its errors are named under the part (`betrokkene.rol`).
 * @module
 */
import { Router } from "express";
import { Problem } from "../../http/problem.ts";
import type { ApiUrls } from "../../http/urls.ts";
import { find, writeEvent } from "../crudRouter.ts";
import { type ApiContext, present } from "../present.ts";
import type { AnyResource } from "../resource.ts";
import { store } from "../store.ts";
import { emitWrite } from "../writeEvents.ts";

type Body = Record<string, unknown>;

/** The parts of the request: its key, the collection it is stored in, and how it links to the klantcontact. */
const PARTS = [
  { key: "betrokkene", collection: "betrokkenen", link: "hadKlantcontact" },
  { key: "onderwerpobject", collection: "onderwerpobjecten", link: "klantcontact" },
] as const;

/**
 * The router of `/maak-klantcontact`; mount it under the Klantinteracties API root.
 * @example
 * apiRouter.use(maakKlantcontactRouter({ db, registry, onWrite: [] }));
 */
export function maakKlantcontactRouter(context: ApiContext): Router {
  const { db, registry } = context;
  const router = Router();
  const resource = (collection: string): AnyResource => {
    const found = registry.get(collection);
    if (!found) {
      throw new Problem("not_implemented", `maak-klantcontact heeft ${collection} nodig.`);
    }
    return found;
  };

  router.post("/maak-klantcontact", async (req, res) => {
    const body = (req.body ?? {}) as Body;
    const klantcontacten = resource("klantcontacten");
    const stored = await db.transaction(async (trx) => {
      const klantcontact = await underKey("klantcontact", () =>
        store(trx, klantcontacten, body.klantcontact as Body, { method: "POST" }),
      );
      const events = [writeEvent(req, res, klantcontacten, klantcontact.uuid, "create", body.klantcontact as Body)];
      const parts: { key: string; collection: string; uuid: string }[] = [];
      for (const part of PARTS) {
        const given = body[part.key] as Body | null | undefined;
        if (!given) {
          continue;
        }
        // the link to the new klantcontact is the server's to set, whatever the client sent
        const linked = { ...given, [part.link]: { uuid: klantcontact.uuid } };
        const { uuid } = await underKey(part.key, () =>
          store(trx, resource(part.collection), linked, { method: "POST" }),
        );
        parts.push({ key: part.key, collection: part.collection, uuid });
        events.push(writeEvent(req, res, resource(part.collection), uuid, "create", given));
      }
      for (const event of events) {
        await emitWrite(trx, context.onWrite, event);
      }
      return { klantcontact, parts };
    });

    const presentation = { urls: res.locals.urls as ApiUrls, registry };
    const one = async (collection: string, uuid: string) =>
      (await present(db, resource(collection), [await find(db, resource(collection), uuid)], presentation))[0];
    // absent parts are left out: the contract describes each part as an object, never null
    const answer: Record<string, unknown> = { klantcontact: await one("klantcontacten", stored.klantcontact.uuid) };
    for (const part of stored.parts) {
      answer[part.key] = await one(part.collection, part.uuid);
    }
    res.status(201).location(presentation.urls.resource("klantcontacten", stored.klantcontact.uuid)).json(answer);
  });
  return router;
}

// names the fields of a rejected part under its key, like the contract's dotted paths
async function underKey<T>(key: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Problem && error.invalidParams) {
      throw Problem.invalid(
        error.invalidParams.map((param) => ({ ...param, name: `${key}.${param.name}` })),
        error.detail,
      );
    }
    throw error;
  }
}
