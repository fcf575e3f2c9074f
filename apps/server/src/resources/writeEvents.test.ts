import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import type { WriteEvent } from "./writeEvents.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;
const events: WriteEvent[] = [];
let failNext = false;

beforeAll(async () => {
  server = await startTestServer({
    onWrite: [
      async (trx, event) => {
        // proves the listener runs inside the write's transaction: it sees the uncommitted row
        const visible = await trx("categorieen").where({ uuid: event.uuid }).first("id");
        if (failNext) {
          failNext = false;
          throw new Error("listener failed");
        }
        events.push({ ...event, fields: [...event.fields, visible ? "(row visible)" : "(row gone)"] });
      },
    ],
  });
});
afterAll(async () => {
  await server.close();
});

describe("write events", () => {
  it("reports create, update, partial_update and destroy with the token, URL and sent fields", async () => {
    events.length = 0;
    const created = (await server.request("POST", `${API}/categorieen`, { body: { naam: "A" } })).body;
    const path = `${API}/categorieen/${created.uuid}`;
    await server.request("PUT", path, { body: { naam: "B" } });
    await server.request("PATCH", path, { body: {} });
    await server.request("DELETE", path);
    expect(events.map((event) => [event.action, event.fields])).toEqual([
      ["create", ["naam", "(row visible)"]],
      ["update", ["naam", "(row visible)"]],
      ["partial_update", ["(row visible)"]],
      ["destroy", ["(row visible)"]],
    ]);
    expect(events[0]).toMatchObject({ collection: "categorieen", model: "Categorie", url: created.url });
    expect(events[0]?.actor).toMatch(/^env-/);
  });

  it("rolls the write back when a listener fails", async () => {
    failNext = true;
    const reply = await server.request("POST", `${API}/categorieen`, { body: { naam: "nooit" } });
    expect(reply.status).toBe(500);
    expect(await server.db("categorieen").where({ naam: "nooit" }).first()).toBeUndefined();
  });

  it("reports every part of maak-klantcontact", async () => {
    events.length = 0;
    await server.request("POST", `${API}/maak-klantcontact`, {
      body: {
        klantcontact: { kanaal: "balie", onderwerp: "x", taal: "nld", vertrouwelijk: false },
        betrokkene: { rol: "klant", initiator: true },
      },
    });
    expect(events.map((event) => `${event.action} ${event.collection}`)).toEqual([
      "create klantcontacten",
      "create betrokkenen",
    ]);
  });
});
