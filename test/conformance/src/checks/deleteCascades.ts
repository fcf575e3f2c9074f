/**
 * `business-rules`: what deleting an object does to the objects around it, as the contract's
 * delete operations and schemas describe it: a klantcontact and a partij take their parts with
 * them; a betrokkene leaves its digitale adressen (unlinked) behind; an actor leaves its taken.
 * @module
 */
import type { Json } from "../fixtures/fixtureContext.ts";
import type { Check, CheckContext } from "./check.ts";
import { expectStatus, expectThat } from "./expect.ts";

const API = "klantinteracties" as const;
const ref = (object: Json) => ({ uuid: object.uuid as string });

function rule(resource: string, name: string, statement: string, reference: string, run: Check["run"]): Check {
  return {
    id: `business-rules/${resource}/${name}`,
    conformanceClass: "business-rules",
    kind: "business-rule",
    resource,
    api: API,
    rule: statement,
    reference,
    run,
  };
}

async function destroy(context: CheckContext, collection: string, object: Json): Promise<void> {
  expectStatus(await context.client.request(API, "DELETE", `/${collection}/${object.uuid}`), 204);
}

/** Reads an object back after a delete: `gone` expects 404, otherwise 200 and its body. */
async function readBack(context: CheckContext, collection: string, object: Json, gone: boolean): Promise<Json> {
  const exchange = await context.client.request(API, "GET", `/${collection}/${object.uuid}`);
  expectThat(
    exchange.response.status === (gone ? 404 : 200),
    gone
      ? `${collection}/${object.uuid} should have been deleted too, got ${exchange.response.status}`
      : `${collection}/${object.uuid} should still exist, got ${exchange.response.status}`,
    exchange,
  );
  return exchange.response.body;
}

/** Every delete-cascade check. */
export function deleteCascadeChecks(): Check[] {
  return [
    rule(
      "klantcontacten",
      "delete-cascade",
      "Deleting a klantcontact deletes its betrokkenen, bijlagen, interne taken, actorklantcontacten and the onderwerpobjecten that point at it (klantcontact or wasKlantcontact).",
      "klantcontactenDestroy",
      async (context) => {
        const { fixtures } = context;
        const klantcontact = await fixtures.create("klantcontacten");
        const own = ref(klantcontact);
        const parts: [string, Json][] = [
          ["betrokkenen", await fixtures.create("betrokkenen", { hadKlantcontact: own })],
          ["bijlagen", await fixtures.create("bijlagen", { wasBijlageVanKlantcontact: own })],
          ["internetaken", await fixtures.create("internetaken", { aanleidinggevendKlantcontact: own })],
          ["actorklantcontacten", await fixtures.create("actorklantcontacten", { klantcontact: own })],
          ["onderwerpobjecten", await fixtures.create("onderwerpobjecten", { klantcontact: own })],
          ["onderwerpobjecten", await fixtures.create("onderwerpobjecten", { wasKlantcontact: own })],
        ];
        await destroy(context, "klantcontacten", klantcontact);
        for (const [collection, part] of parts) {
          await readBack(context, collection, part, true);
        }
      },
    ),
    rule(
      "partijen",
      "delete-cascade",
      "Deleting a partij deletes its identificatoren, digitale adressen, rekeningnummers, categorierelaties, vertegenwoordigingen (both sides) and the betrokkenen pointing at it; their klantcontacten stay.",
      "partijenDestroy",
      async (context) => {
        const { fixtures } = context;
        const partij = await fixtures.create("partijen");
        const own = ref(partij);
        const betrokkene = await fixtures.create("betrokkenen", { wasPartij: own });
        const parts: [string, Json][] = [
          ["partij-identificatoren", await fixtures.create("partij-identificatoren", { identificeerdePartij: own })],
          ["digitaleadressen", await fixtures.create("digitaleadressen", { verstrektDoorPartij: own })],
          ["rekeningnummers", await fixtures.create("rekeningnummers", { partij: own })],
          ["categorie-relaties", await fixtures.create("categorie-relaties", { partij: own })],
          ["vertegenwoordigingen", await fixtures.create("vertegenwoordigingen", { vertegenwoordigendePartij: own })],
          ["vertegenwoordigingen", await fixtures.create("vertegenwoordigingen", { vertegenwoordigdePartij: own })],
          ["betrokkenen", betrokkene],
        ];
        await destroy(context, "partijen", partij);
        for (const [collection, part] of parts) {
          await readBack(context, collection, part, true);
        }
        await readBack(context, "klantcontacten", betrokkene.hadKlantcontact, false);
      },
    ),
    rule(
      "betrokkenen",
      "delete-keeps-digitale-adressen",
      "Deleting a betrokkene keeps the digitale adressen it gave, with verstrektDoorBetrokkene null.",
      "#/components/schemas/DigitaalAdres/properties/verstrektDoorBetrokkene",
      async (context) => {
        const betrokkene = await context.fixtures.create("betrokkenen");
        const adres = await context.fixtures.create("digitaleadressen", { verstrektDoorBetrokkene: ref(betrokkene) });
        await destroy(context, "betrokkenen", betrokkene);
        const after = await readBack(context, "digitaleadressen", adres, false);
        expectThat(
          after?.verstrektDoorBetrokkene === null,
          `verstrektDoorBetrokkene should be null after its betrokkene is deleted, got ${JSON.stringify(after?.verstrektDoorBetrokkene)}`,
        );
      },
    ),
    rule(
      "actoren",
      "delete-keeps-taken",
      "Deleting an actor deletes its actorklantcontacten and its assignments; the interne taken stay, also one it was the only actor of.",
      "actorenDestroy",
      async (context) => {
        const { fixtures } = context;
        const [actor, colleague] = [await fixtures.create("actoren"), await fixtures.create("actoren")];
        const shared = await fixtures.create("internetaken", { toegewezenAanActoren: [ref(actor), ref(colleague)] });
        const alone = await fixtures.create("internetaken", { toegewezenAanActoren: [ref(actor)] });
        const link = await fixtures.create("actorklantcontacten", { actor: ref(actor) });
        await destroy(context, "actoren", actor);
        const after = await readBack(context, "internetaken", shared, false);
        const assigned = (after?.toegewezenAanActoren ?? []).map((reference: Json) => reference?.uuid);
        expectThat(
          assigned.length === 1 && assigned[0] === colleague.uuid,
          `the taak should now be assigned to the other actor only, got ${assigned.join(", ") || "nobody"}`,
        );
        await readBack(context, "internetaken", alone, false);
        await readBack(context, "actorklantcontacten", link, true);
      },
    ),
  ];
}
