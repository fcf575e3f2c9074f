import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { deliveryTargets, outboxListeners } from "./outbox.ts";

const API = "/klantinteracties/api/v1";
// receivers nobody listens on: these tests read the outbox, no worker runs
const CONFIGURED = loadConfig({
  NOTIFICATIONS_URL: "http://127.0.0.1:9/api/v1/notificaties",
  NOTIFICATIONS_TOKEN: "Bearer abc",
  CLOUDEVENTS_WEBHOOK_URL: "http://127.0.0.1:9/webhook",
});
let server: TestServer;
let failNext = false;

beforeAll(async () => {
  server = await startTestServer({
    onWrite: [
      ...outboxListeners(deliveryTargets(CONFIGURED)),
      async () => {
        if (failNext) {
          failNext = false;
          throw new Error("a later listener failed");
        }
      },
    ],
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await server.db("event_outbox").delete();
});

// biome-ignore lint/suspicious/noExplicitAny: the stored messages are checked field by field
const outbox = async (target: string): Promise<any[]> =>
  (await server.db("event_outbox").where({ target }).orderBy("id")).map((row) => JSON.parse(row.payload));

describe("delivery configuration", () => {
  it("names no receiver by default, so no outbox listener is installed", () => {
    expect(deliveryTargets(loadConfig({}))).toEqual([]);
    expect(outboxListeners(deliveryTargets(loadConfig({})))).toEqual([]);
  });

  it("takes the Authorization header values and the CloudEvents source", () => {
    const targets = deliveryTargets(
      loadConfig({
        ...{ CLOUDEVENTS_WEBHOOK_URL: "https://hooks.example.org/ki", CLOUDEVENTS_SOURCE: "urn:nld:gemeente" },
      }),
    );
    expect(targets.map((target) => [target.name, target.url, target.authorization, target.contentType])).toEqual([
      ["cloudevents", "https://hooks.example.org/ki", undefined, "application/cloudevents+json; charset=utf-8"],
    ]);
    expect(deliveryTargets(CONFIGURED)[0]).toMatchObject({ name: "notificaties", authorization: "Bearer abc" });
  });

  it.each([
    [{ NOTIFICATIONS_URL: "notificaties.example.org" }, /NOTIFICATIONS_URL must be an absolute http\(s\) URL/],
    [{ NOTIFICATIONS_URL: "ftp://x.org/n" }, /NOTIFICATIONS_URL must be/],
    [{ NOTIFICATIONS_TOKEN: "Bearer x" }, /NOTIFICATIONS_TOKEN is set but NOTIFICATIONS_URL is not/],
    [
      { CLOUDEVENTS_WEBHOOK_URL: "https://x.org/h", CLOUDEVENTS_WEBHOOK_TOKEN: "a\nb" },
      /CLOUDEVENTS_WEBHOOK_TOKEN must be printable/,
    ],
    [{ CLOUDEVENTS_SOURCE: "urn:x" }, /CLOUDEVENTS_SOURCE needs CLOUDEVENTS_WEBHOOK_URL/],
  ])("refuses %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("outbox listener", () => {
  it("stores a notificatie of the reference's shape and a CloudEvent for a partij", async () => {
    const partij = (
      await server.request("POST", `${API}/partijen`, {
        body: { soortPartij: "persoon", indicatieActief: true, interneNotitie: "vaste klant" },
      })
    ).body;
    const [message] = await outbox("notificaties");
    expect(message).toEqual({
      kanaal: "partijen",
      hoofdObject: partij.url,
      resource: "partij",
      resourceUrl: partij.url,
      actie: "create",
      aanmaakdatum: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      kenmerken: { nummer: partij.nummer, interneNotitie: "vaste klant", soortPartij: "persoon" },
    });
    expect(Object.keys(message)).toEqual([
      "kanaal",
      "hoofdObject",
      "resource",
      "resourceUrl",
      "actie",
      "aanmaakdatum",
      "kenmerken",
    ]);
    const [event] = await outbox("cloudevents");
    expect(event).toEqual({
      specversion: "1.0",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      source: server.url(API),
      type: "nl.overheid.klantinteracties.partij.create",
      subject: partij.uuid,
      time: message.aanmaakdatum,
      datacontenttype: "application/json",
      data: { resourceUrl: partij.url, kenmerken: message.kenmerken },
    });
  });

  it("maps klantcontacten and internetaken to their kanalen, and announces nothing else", async () => {
    const made = (
      await server.request("POST", `${API}/maak-klantcontact`, {
        body: {
          klantcontact: {
            kanaal: "balie",
            onderwerp: "x",
            taal: "nld",
            vertrouwelijk: false,
            indicatieContactGelukt: true,
          },
          betrokkene: { rol: "klant", initiator: true },
        },
      })
    ).body;
    const [actor] = await server.db("actoren").insert({ naam: "Jan", soort_actor: "medewerker" }).returning("uuid");
    const taak = await server.request("POST", `${API}/internetaken`, {
      body: {
        gevraagdeHandeling: "Terugbellen",
        aanleidinggevendKlantcontact: { uuid: made.klantcontact.uuid },
        toegewezenAanActoren: [{ uuid: actor.uuid }],
        status: "te_verwerken",
      },
    });
    expect(taak.status).toBe(201);
    await server.request("PATCH", `${API}/betrokkenen/${made.betrokkene.uuid}`, { body: { initiator: false } });
    const messages = await outbox("notificaties");
    expect(messages.map((message) => [message.kanaal, message.resource, message.actie])).toEqual([
      ["klantcontacten", "klantcontact", "create"],
      ["internetaken", "internetaak", "create"],
    ]);
    expect(messages[0].kenmerken).toEqual({
      hoofdOnderwerpType: made.klantcontact.hoofdOnderwerpType ?? null,
      indicatieContactGelukt: true,
      verdereActieOndernomen: false,
    });
    expect(messages[1].kenmerken).toEqual({
      nummer: taak.body.nummer,
      gevraagdeHandeling: "Terugbellen",
      toelichting: taak.body.toelichting,
      status: "te_verwerken",
    });
  });

  it("announces update, partial_update and destroy, a destroy with the kenmerken of what went", async () => {
    const partij = (
      await server.request("POST", `${API}/partijen`, { body: { soortPartij: "persoon", indicatieActief: true } })
    ).body;
    await server.request("PUT", `${API}/partijen/${partij.uuid}`, {
      body: {
        soortPartij: "persoon",
        indicatieActief: true,
        indicatieGeheimhouding: false,
        voorkeurstaal: "nld",
        interneNotitie: "a",
      },
    });
    await server.request("PATCH", `${API}/partijen/${partij.uuid}`, { body: { interneNotitie: "b" } });
    await server.request("DELETE", `${API}/partijen/${partij.uuid}`);
    const messages = await outbox("notificaties");
    expect(messages.map((message) => [message.actie, message.kenmerken.interneNotitie])).toEqual([
      ["create", ""],
      ["update", "a"],
      ["partial_update", "b"],
      ["destroy", "b"],
    ]);
    expect(messages[3].kenmerken).toEqual({ nummer: null, interneNotitie: "b", soortPartij: "persoon" });
  });

  it("leaves no outbox row behind a write that rolled back", async () => {
    failNext = true;
    const reply = await server.request("POST", `${API}/partijen`, {
      body: { soortPartij: "persoon", indicatieActief: true },
    });
    expect(reply.status).toBe(500);
    expect(await server.db("event_outbox").count({ n: "*" })).toEqual([{ n: "0" }]);
  });
});
