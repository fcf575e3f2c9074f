/**
 * The SDK against the real reference server (apps/server, on DATABASE_URL or an embedded
 * PostgreSQL): every helper once, over HTTP.
 */
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TEST_TOKEN, type TestServer } from "../../../apps/server/test/testServer.ts";
import { createKlantinteractiesClient, KlantinteractiesError, paginate, unwrap } from "../src/index.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  baseUrl = server.url(API);
});
afterAll(async () => {
  await server.close();
});

describe("the SDK against the reference server", () => {
  it("creates, reads and lists with typed data", async () => {
    const client = createKlantinteractiesClient({ baseUrl, token: TEST_TOKEN });
    const created = unwrap(await client.POST("/categorieen", { body: { naam: "Ondernemer" } }));
    expect(created.url).toBe(`${baseUrl}/categorieen/${created.uuid}`);
    const read = unwrap(await client.GET("/categorieen/{uuid}", { params: { path: { uuid: created.uuid } } }));
    expect(read).toEqual(created);
  });

  it("paginate follows next across pages until the end", async () => {
    const client = createKlantinteractiesClient({ baseUrl, token: TEST_TOKEN });
    const naam = `pagina-${Date.now()}`;
    for (let index = 0; index < 7; index++) {
      unwrap(await client.POST("/categorieen", { body: { naam } }));
    }
    const seen: string[] = [];
    let pages = 0;
    const counting = createKlantinteractiesClient({
      baseUrl,
      token: TEST_TOKEN,
      fetch: (request) => {
        pages++;
        return fetch(request);
      },
    });
    for await (const categorie of paginate(counting, "/categorieen", { params: { query: { pageSize: 3 } } })) {
      seen.push(categorie.uuid);
    }
    const total = unwrap(await client.GET("/categorieen")).count;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 3));
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("types the 400 problem and carries its invalidParams in KlantinteractiesError", async () => {
    const client = createKlantinteractiesClient({ baseUrl, token: TEST_TOKEN });
    const { error, response } = await client.POST("/categorie-relaties", {
      body: { categorie: { uuid: "00000000-0000-4000-8000-000000000000" } },
    });
    expect(response.status).toBe(400);
    expect(error?.status).toBe(400);
    try {
      unwrap(await client.POST("/categorie-relaties", { body: { beginDatum: "geen datum" } }));
      expect.unreachable("unwrap should throw on a 400");
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(KlantinteractiesError);
      const problem = thrown as KlantinteractiesError;
      expect(problem.status).toBe(400);
      expect(problem.invalidParams.map((param) => param.name)).toEqual(["beginDatum"]);
    }
  });

  it("gives a typed 401 for a wrong token and a typed 404 for an unknown uuid", async () => {
    const wrong = createKlantinteractiesClient({ baseUrl, token: "niet-geldig" });
    const unauthorised = await wrong.GET("/categorieen");
    expect(unauthorised.error).toMatchObject({ status: 401, code: "authentication_failed" });
    const client = createKlantinteractiesClient({ baseUrl, token: TEST_TOKEN });
    const missing = await client.GET("/categorieen/{uuid}", {
      params: { path: { uuid: "00000000-0000-4000-8000-000000000000" } },
    });
    expect(missing.error).toMatchObject({ status: 404, code: "not_found" });
  });

  it("runs the README's flow: a partij with a BSN, maak-klantcontact, then expand typed and filled", async () => {
    const client = createKlantinteractiesClient({ baseUrl, token: TEST_TOKEN });
    const partij = unwrap(
      await client.POST("/partijen", {
        body: {
          soortPartij: "persoon",
          indicatieActief: true,
          partijIdentificatie: { contactnaam: { voornaam: "Fatima", achternaam: "El Amrani" } },
          partijIdentificatoren: [
            {
              partijIdentificator: {
                codeObjecttype: "natuurlijk_persoon",
                codeSoortObjectId: "bsn",
                objectId: "111222333",
                codeRegister: "brp",
              },
            },
          ],
        },
      }),
    );
    const contact = unwrap(
      await client.POST("/maak-klantcontact", {
        body: {
          klantcontact: { kanaal: "telefoon", onderwerp: "Afvalpas", taal: "nld", vertrouwelijk: false },
          betrokkene: {
            wasPartij: { uuid: partij.uuid },
            contactnaam: { voornaam: "Fatima", achternaam: "El Amrani" },
            rol: "klant",
            initiator: true,
          },
        },
      }),
    );
    expect(contact.betrokkene?.wasPartij?.uuid).toBe(partij.uuid);

    const { data } = await client.GET("/klantcontacten", {
      params: {
        query: { hadBetrokkene__wasPartij__uuid: partij.uuid, expand: ["hadBetrokkenen", "hadBetrokkenen.wasPartij"] },
      },
    });
    const [klantcontact] = data?.results ?? [];
    // typed: _expand.hadBetrokkenen is required once asked for, and so is each betrokkene's _expand.wasPartij
    const betrokkene = klantcontact?._expand.hadBetrokkenen[0];
    expect(betrokkene?.volledigeNaam).toBe("Fatima El Amrani");
    expect(betrokkene?._expand.wasPartij?.uuid).toBe(partij.uuid);
  });

  describe("retries", () => {
    let proxy: Server;
    let failuresLeft = 0;
    let received = 0;
    beforeAll(async () => {
      // answers 503 with Retry-After while failuresLeft > 0, then forwards to the server
      const target = new URL(server.url("/"));
      proxy = createServer((incoming, outgoing) => {
        received++;
        if (failuresLeft > 0) {
          failuresLeft--;
          outgoing.writeHead(503, { "Content-Type": "application/problem+json", "Retry-After": "0" });
          outgoing.end(JSON.stringify({ type: "about:blank", code: "service_unavailable", title: "x", status: 503 }));
          return;
        }
        const upstream = forward(
          {
            host: target.hostname,
            port: target.port,
            path: incoming.url,
            method: incoming.method,
            headers: incoming.headers,
          },
          (reply) => {
            outgoing.writeHead(reply.statusCode ?? 502, reply.headers);
            reply.pipe(outgoing);
          },
        );
        incoming.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    });
    afterAll(async () => {
      await new Promise((resolve) => proxy.close(resolve));
    });
    const proxied = () => `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${API}`;

    it("retries a GET after a 503 and returns the server's answer", async () => {
      const client = createKlantinteractiesClient({ baseUrl: proxied(), token: TEST_TOKEN, retry: { baseDelayMs: 1 } });
      failuresLeft = 2;
      received = 0;
      const { data, response } = await client.GET("/categorieen");
      expect(response.status).toBe(200);
      expect(data?.count).toBeGreaterThanOrEqual(0);
      expect(received).toBe(3);
    });

    it("never retries a POST", async () => {
      const client = createKlantinteractiesClient({ baseUrl: proxied(), token: TEST_TOKEN, retry: { baseDelayMs: 1 } });
      failuresLeft = 1;
      received = 0;
      const { error, response } = await client.POST("/categorieen", { body: { naam: "eenmalig" } });
      expect(response.status).toBe(503);
      expect(error).toMatchObject({ status: 503 });
      expect(received).toBe(1);
    });
  });
});
