import { describe, expect, it } from "vitest";
import { BASE_URL, fakeFetch, json, problem } from "../test/fakeFetch.ts";
import { createKlantinteractiesClient } from "./client.ts";
import { paginate } from "./paginate.ts";
import { KlantinteractiesError } from "./problem.ts";

const categorie = (n: number) => ({ uuid: `uuid-${n}`, url: `${BASE_URL}/categorieen/uuid-${n}`, naam: `C${n}` });
const next = (page: number) => `https://elders.example/klantinteracties/api/v1/categorieen?naam=x&page=${page}`;

/** Three pages of two, one and two categorieen; `next` names the following page. */
const threePages = () =>
  fakeFetch(
    json({ count: 5, next: next(2), previous: null, results: [categorie(1), categorie(2)] }),
    json({ count: 5, next: next(3), previous: next(1), results: [categorie(3)] }),
    json({ count: 5, next: null, previous: next(2), results: [categorie(4), categorie(5)] }),
  );

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

describe("paginate", () => {
  it("yields every object across three pages, following next until it is null", async () => {
    const fetch = threePages();
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    const names = (await collect(paginate(client, "/categorieen"))).map((c) => c.naam);
    expect(names).toEqual(["C1", "C2", "C3", "C4", "C5"]);
    expect(fetch.requests.map((r) => new URL(r.url).searchParams.get("page"))).toEqual(["1", "2", "3"]);
  });

  it("keeps the query (pageSize), token and baseUrl of the client on every page, whatever host next names", async () => {
    const fetch = threePages();
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "geheim", fetch });
    await collect(paginate(client, "/categorieen", { params: { query: { pageSize: 2 } } }));
    for (const request of fetch.requests) {
      const url = new URL(request.url);
      expect(url.origin + url.pathname).toBe(`${BASE_URL}/categorieen`);
      expect(url.searchParams.get("pageSize")).toBe("2");
      expect(request.headers.get("Authorization")).toBe("Token geheim");
    }
  });

  it("starts at the page the init names", async () => {
    const fetch = fakeFetch(json({ count: 5, next: null, previous: next(2), results: [categorie(4)] }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    await collect(paginate(client, "/categorieen", { params: { query: { page: 3 } } }));
    expect(new URL(fetch.requests[0]?.url ?? "").searchParams.get("page")).toBe("3");
  });

  it("requests no more pages than the consumer reads", async () => {
    const fetch = threePages();
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    for await (const c of paginate(client, "/categorieen")) {
      if (c.naam === "C2") {
        break;
      }
    }
    expect(fetch.requests).toHaveLength(1);
  });

  it("throws a KlantinteractiesError when a page fails", async () => {
    const fetch = fakeFetch(
      json({ count: 5, next: next(2), previous: null, results: [categorie(1)] }),
      problem(404, { code: "not_found" }),
    );
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch, retry: false });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const c of paginate(client, "/categorieen")) {
        seen.push(c.naam ?? "");
      }
    })().catch((error: unknown) => error);
    expect(seen).toEqual(["C1"]);
    expect(failure).toBeInstanceOf(KlantinteractiesError);
    expect(failure).toMatchObject({ status: 404, problem: { code: "not_found" } });
  });

  it("refuses a next that does not move forward, instead of looping", async () => {
    const fetch = fakeFetch(json({ count: 5, next: next(1), previous: null, results: [categorie(1)] }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    await expect(collect(paginate(client, "/categorieen"))).rejects.toThrow(/cannot follow next/);
  });
});
