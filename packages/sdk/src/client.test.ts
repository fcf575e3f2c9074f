import { afterEach, describe, expect, it, vi } from "vitest";
import { BASE_URL, fakeFetch, json } from "../test/fakeFetch.ts";
import { createContactgegevensClient, createKlantinteractiesClient } from "./client.ts";

const categorie = {
  uuid: "0b7e4f7a-2c1d-4e8b-9a6f-3d5c2b1a0e9f",
  url: `${BASE_URL}/categorieen/x`,
  naam: "Ondernemer",
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createKlantinteractiesClient", () => {
  it("sends Authorization: Token <token> with every request", async () => {
    const fetch = fakeFetch(json(categorie, 201), json({ count: 0, next: null, previous: null, results: [] }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "geheim", fetch });
    await client.POST("/categorieen", { body: { naam: "Ondernemer" } });
    await client.GET("/categorieen");
    expect(fetch.requests.map((request) => request.headers.get("Authorization"))).toEqual([
      "Token geheim",
      "Token geheim",
    ]);
  });

  it("sends the body as JSON to baseUrl + path and returns the parsed data", async () => {
    const fetch = fakeFetch(json(categorie, 201));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    const { data } = await client.POST("/categorieen", { body: { naam: "Ondernemer" } });
    const [request] = fetch.requests;
    expect(request?.url).toBe(`${BASE_URL}/categorieen`);
    expect(await request?.json()).toEqual({ naam: "Ondernemer" });
    expect(data?.naam).toBe("Ondernemer");
  });

  it("serialises expand comma-separated, as the contract declares (style form, explode false)", async () => {
    const fetch = fakeFetch(json({ count: 0, next: null, previous: null, results: [] }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    await client.GET("/klantcontacten", { params: { query: { expand: ["hadBetrokkenen", "omvatteBijlagen"] } } });
    expect(new URL(fetch.requests[0]?.url ?? "").searchParams.getAll("expand")).toEqual([
      "hadBetrokkenen,omvatteBijlagen",
    ]);
  });

  it("returns the problem details as error on a 404", async () => {
    const fetch = fakeFetch(json({ type: "t", code: "not_found", title: "Niet gevonden.", status: 404 }, 404));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    const { data, error } = await client.GET("/categorieen/{uuid}", { params: { path: { uuid: categorie.uuid } } });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ status: 404, code: "not_found" });
  });

  it("uses globalThis.fetch when no fetch is given, looked up per request", async () => {
    const fetch = fakeFetch(json({ count: 0, next: null, previous: null, results: [] }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t" });
    vi.stubGlobal("fetch", fetch);
    await client.GET("/categorieen");
    expect(fetch.requests).toHaveLength(1);
  });

  it("refuses an empty token", () => {
    expect(() => createKlantinteractiesClient({ baseUrl: BASE_URL, token: "" })).toThrow(TypeError);
  });

  it("sends the configured headers", async () => {
    const fetch = fakeFetch(json({ count: 0, next: null, previous: null, results: [] }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch, headers: { "X-Trace": "1" } });
    await client.GET("/categorieen");
    expect(fetch.requests[0]?.headers.get("X-Trace")).toBe("1");
  });
});

describe("createContactgegevensClient", () => {
  it("sends the token to the Contactgegevens base URL", async () => {
    const fetch = fakeFetch(json({ count: 0, next: null, previous: null, results: [] }));
    const baseUrl = "http://klantinteracties.test/contactgegevens/api/v1";
    const client = createContactgegevensClient({ baseUrl, token: "geheim", fetch });
    await client.GET("/persoon", { params: { query: { pageSize: 5 } } });
    expect(fetch.requests[0]?.url).toBe(`${baseUrl}/persoon?pageSize=5`);
    expect(fetch.requests[0]?.headers.get("Authorization")).toBe("Token geheim");
  });
});
