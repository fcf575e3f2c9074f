import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { BASE_URL, fakeFetch, json } from "../test/fakeFetch.ts";
import { tokenAuth } from "./auth.ts";
import type { KlantinteractiesPaths } from "./schemas.ts";

describe("tokenAuth", () => {
  it("sets Authorization: Token <token> on a client made with openapi-fetch directly, replacing another value", async () => {
    const fetch = fakeFetch(json({ count: 0, next: null, previous: null, results: [] }));
    const client = createClient<KlantinteractiesPaths>({ baseUrl: BASE_URL, fetch, headers: { Authorization: "x" } });
    client.use(tokenAuth("geheim"));
    await client.GET("/categorieen");
    expect(fetch.requests[0]?.headers.get("Authorization")).toBe("Token geheim");
  });

  it("refuses a blank token, which would only ever get 401s", () => {
    expect(() => tokenAuth("  ")).toThrow(/token is empty/);
  });
});
