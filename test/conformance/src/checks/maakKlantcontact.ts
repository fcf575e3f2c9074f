/**
 * `core-write` of `POST /maak-klantcontact`: a klantcontact with its betrokkene and
 * onderwerpobject in one request, all or nothing.
 * @module
 */
import type { Check } from "./check.ts";
import { expectInvalidParam, expectStatus, expectThat } from "./expect.ts";

const base = {
  conformanceClass: "core-write" as const,
  resource: "maak-klantcontact",
  api: "klantinteracties" as const,
  reference: "maakKlantcontactCreate",
};

/** The checks of the maak-klantcontact action. */
export function maakKlantcontactChecks(): Check[] {
  return [
    {
      ...base,
      id: "core-write/maak-klantcontact/create",
      kind: "lifecycle",
      rule: "maak-klantcontact creates the klantcontact with its betrokkene and onderwerpobject, linked to it, with 201 and Location.",
      async run(context) {
        const { fixtures, client } = context;
        const klantcontact = await fixtures.body("klantcontacten");
        const betrokkene = await fixtures.body("betrokkenen", { hadKlantcontact: undefined });
        const onderwerpobject = await fixtures.body("onderwerpobjecten", { klantcontact: undefined });
        const exchange = await client.request("klantinteracties", "POST", "/maak-klantcontact", {
          body: { klantcontact, betrokkene, onderwerpobject },
        });
        const created = exchange.response.body?.klantcontact;
        if (typeof created?.url === "string") {
          fixtures.trackUrl("klantinteracties", created.url);
        }
        expectStatus(exchange, 201);
        const body = exchange.response.body;
        expectThat(
          body.betrokkene?.hadKlantcontact?.uuid === created.uuid,
          "the betrokkene points at the new klantcontact",
          exchange,
        );
        expectThat(
          body.onderwerpobject?.klantcontact?.uuid === created.uuid,
          "the onderwerpobject points at the new klantcontact",
          exchange,
        );
        expectThat(
          created.hadBetrokkenen?.some((reference: { uuid: string }) => reference.uuid === body.betrokkene.uuid),
          "the klantcontact lists its betrokkene",
          exchange,
        );
        expectThat(
          exchange.response.headers.location === created.url,
          "Location is the new klantcontact's url",
          exchange,
        );
        const read = await client.request("klantinteracties", "GET", `/klantcontacten/${created.uuid}`);
        expectStatus(read, 200);
        expectThat(read.response.body.onderwerp === klantcontact.onderwerp, "the klantcontact can be read back", read);
      },
    },
    {
      ...base,
      id: "core-write/maak-klantcontact/all-or-nothing",
      kind: "validation",
      rule: "When one part of maak-klantcontact is invalid, it is a 400 naming that part and nothing is created.",
      async run(context) {
        const { fixtures, client } = context;
        const klantcontact = await fixtures.body("klantcontacten");
        const betrokkene = await fixtures.body("betrokkenen", { hadKlantcontact: undefined, rol: "geen-rol" });
        const exchange = await client.request("klantinteracties", "POST", "/maak-klantcontact", {
          body: { klantcontact, betrokkene },
        });
        const created = exchange.response.body?.klantcontact;
        if (typeof created?.url === "string") {
          fixtures.trackUrl("klantinteracties", created.url);
        }
        expectInvalidParam(exchange, "betrokkene.rol");
        const list = await client.request("klantinteracties", "GET", "/klantcontacten", {
          query: { kanaal: klantcontact.kanaal },
        });
        expectStatus(list, 200);
        expectThat(list.response.body.count === 0, "no klantcontact was created", list);
      },
    },
    {
      ...base,
      id: "core-write/maak-klantcontact/klantcontact-only",
      kind: "lifecycle",
      rule: "maak-klantcontact with only a klantcontact creates just that klantcontact.",
      async run(context) {
        const { fixtures, client } = context;
        const klantcontact = await fixtures.body("klantcontacten");
        const exchange = await client.request("klantinteracties", "POST", "/maak-klantcontact", {
          body: { klantcontact },
        });
        const created = exchange.response.body?.klantcontact;
        if (typeof created?.url === "string") {
          fixtures.trackUrl("klantinteracties", created.url);
        }
        expectStatus(exchange, 201);
        expectThat(created.hadBetrokkenen?.length === 0, "no betrokkene was made up", exchange);
      },
    },
  ];
}
