import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BASE_URL, fakeFetch, json, problem } from "../test/fakeFetch.ts";
import { createKlantinteractiesClient } from "./client.ts";
import { backoffDelay, parseRetryAfter, withRetry } from "./retry.ts";

const page = { count: 0, next: null, previous: null, results: [] };
const request = (method = "GET", body?: string) => new Request(`${BASE_URL}/categorieen`, { method, body });

beforeEach(() => {
  // only the clock: undici's streams need the real setImmediate and nextTick
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Runs `promise` while advancing the fake clock, and says how long it took on that clock. */
async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  let done = false;
  void settled.finally(() => {
    done = true;
  });
  while (!done) {
    await vi.advanceTimersToNextTimerAsync();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const outcome = await settled;
  if ("error" in outcome) {
    throw outcome.error;
  }
  return { value: outcome.value, ms: Date.now() - start };
}

describe("withRetry", () => {
  it.each([502, 503, 504])("retries a GET after a %i and returns the eventual success", async (status) => {
    const fetch = fakeFetch(problem(status), json(page));
    const { value } = await timed(withRetry(fetch, {})(request()));
    expect(value.status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it("retries a GET after a network error", async () => {
    const fetch = fakeFetch(new TypeError("fetch failed"), json(page));
    const { value } = await timed(withRetry(fetch, {})(request()));
    expect(value.status).toBe(200);
  });

  it("backs off exponentially: 500 then 1000 ms with the jitter at its midpoint, then gives up", async () => {
    const fetch = fakeFetch(problem(503));
    const sent: number[] = [];
    const start = Date.now();
    const { value } = await timed(
      withRetry(
        (r) => {
          sent.push(Date.now() - start);
          return fetch(r);
        },
        { retries: 2, baseDelayMs: 500 },
      )(request()),
    );
    // jitter keeps half the step and a random part of the other half: 0.5 → 3/4 of the step
    expect(sent).toEqual([0, 375, 375 + 750]);
    expect(value.status).toBe(503);
  });

  it("throws the last network error when every attempt fails", async () => {
    const fetch = fakeFetch(new TypeError("fetch failed"));
    await expect(timed(withRetry(fetch, { retries: 3 })(request()))).rejects.toThrow("fetch failed");
    expect(fetch.requests).toHaveLength(4);
  });

  it("waits the seconds of Retry-After on a 429", async () => {
    const fetch = fakeFetch(new Response(null, { status: 429, headers: { "Retry-After": "7" } }), json(page));
    const { value, ms } = await timed(withRetry(fetch, {})(request()));
    expect(value.status).toBe(200);
    expect(ms).toBe(7000);
  });

  it("waits until the date of Retry-After", async () => {
    const at = new Date(Date.now() + 3000).toUTCString();
    const fetch = fakeFetch(new Response(null, { status: 503, headers: { "Retry-After": at } }), json(page));
    const { ms } = await timed(withRetry(fetch, {})(request()));
    // HTTP dates have whole seconds
    expect(ms).toBeGreaterThan(2000);
    expect(ms).toBeLessThanOrEqual(3000);
  });

  it("returns the response without waiting when Retry-After exceeds maxRetryAfterMs", async () => {
    const fetch = fakeFetch(new Response(null, { status: 429, headers: { "Retry-After": "3600" } }));
    const { value, ms } = await timed(withRetry(fetch, {})(request()));
    expect(value.status).toBe(429);
    expect(ms).toBe(0);
    expect(fetch.requests).toHaveLength(1);
  });

  it.each([429, 503])("never retries a POST, not even after a %i", async (status) => {
    const fetch = fakeFetch(problem(status), json(page, 201));
    const { value } = await timed(withRetry(fetch, {})(request("POST", "{}")));
    expect(value.status).toBe(status);
    expect(fetch.requests).toHaveLength(1);
  });

  it("never retries a POST after a network error", async () => {
    const fetch = fakeFetch(new TypeError("fetch failed"), json(page, 201));
    await expect(timed(withRetry(fetch, {})(request("POST", "{}")))).rejects.toThrow("fetch failed");
    expect(fetch.requests).toHaveLength(1);
  });

  it("does not retry a PATCH, which is not idempotent", async () => {
    const fetch = fakeFetch(problem(503), json(page));
    await timed(withRetry(fetch, {})(request("PATCH", "{}")));
    expect(fetch.requests).toHaveLength(1);
  });

  it("resends the body of a retried PUT", async () => {
    const fetch = fakeFetch(problem(503), json(page));
    await timed(withRetry(fetch, {})(request("PUT", '{"naam":"x"}')));
    expect(await Promise.all(fetch.requests.map((r) => r.text()))).toEqual(['{"naam":"x"}', '{"naam":"x"}']);
  });

  it("does not retry a 500 or a 4xx other than 429", async () => {
    const fetch = fakeFetch(problem(500), problem(404), json(page));
    const retrying = withRetry(fetch, {});
    expect((await timed(retrying(request()))).value.status).toBe(500);
    expect((await timed(retrying(request()))).value.status).toBe(404);
    expect(fetch.requests).toHaveLength(2);
  });

  it("sends once when retry is false", async () => {
    const fetch = fakeFetch(problem(503), json(page));
    const { value } = await timed(withRetry(fetch, false)(request()));
    expect(value.status).toBe(503);
  });

  it("stops waiting when the request is aborted", async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(problem(503), json(page));
    const pending = withRetry(fetch, {})(new Request(`${BASE_URL}/categorieen`, { signal: controller.signal }));
    const rejected = expect(pending).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await rejected;
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("the client", () => {
  it("retries a GET after a 503 with its Authorization header", async () => {
    const fetch = fakeFetch(problem(503), json(page));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "geheim", fetch });
    const { value } = await timed(client.GET("/categorieen"));
    expect(value.data).toEqual(page);
    expect(fetch.requests.map((r) => r.headers.get("Authorization"))).toEqual(["Token geheim", "Token geheim"]);
  });

  it("does not retry a POST after a 503", async () => {
    const fetch = fakeFetch(problem(503), json(page, 201));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    const { value } = await timed(client.POST("/categorieen", { body: { naam: "x" } }));
    expect(value.error?.status).toBe(503);
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("backoffDelay", () => {
  it("doubles per attempt up to maxDelayMs, jittered between half and all of the step", () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, options, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(backoffDelay(3, options, () => 0)).toBe(400);
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds and HTTP dates, and ignores what it cannot read", () => {
    const now = Date.parse("Wed, 21 Oct 2026 07:27:30 GMT");
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
