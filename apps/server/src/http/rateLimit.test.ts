import type { Request, Response } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import type { Problem } from "./problem.ts";
import { rateLimit } from "./rateLimit.ts";

const CATEGORIEEN = "/klantinteracties/api/v1/categorieen";

function fakeExchange(tokenId: number) {
  const headers: Record<string, string> = {};
  const res = {
    set(values: string | Record<string, string>, value?: string) {
      Object.assign(headers, typeof values === "string" ? { [values]: value } : values);
      return res;
    },
  };
  return { req: { token: { id: tokenId, identifier: "t" } } as Request, res: res as unknown as Response, headers };
}

describe("rateLimit", () => {
  it("counts per token in a fixed minute window and starts afresh in the next", () => {
    let time = 120_000 + 15_000;
    const limit = rateLimit(2, () => time);
    const run = (tokenId: number) => {
      const exchange = fakeExchange(tokenId);
      try {
        limit(exchange.req, exchange.res, () => {});
        return { ...exchange.headers, status: "passed" };
      } catch (error) {
        return { ...exchange.headers, status: (error as Problem).kind };
      }
    };
    expect(run(1)).toMatchObject({ status: "passed", "RateLimit-Remaining": "1", "RateLimit-Reset": "45" });
    expect(run(1)).toMatchObject({ status: "passed", "RateLimit-Remaining": "0" });
    expect(run(1)).toEqual({
      status: "throttled",
      "RateLimit-Limit": "2",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "45",
      "Retry-After": "45",
    });
    expect(run(2)).toMatchObject({ status: "passed", "RateLimit-Remaining": "1" });
    time = 180_000;
    expect(run(1)).toMatchObject({ status: "passed", "RateLimit-Remaining": "1", "RateLimit-Reset": "60" });
  });

  it("without a limit does nothing", () => {
    const exchange = fakeExchange(1);
    let passed = 0;
    for (let index = 0; index < 1000; index++) {
      rateLimit(undefined)(exchange.req, exchange.res, () => passed++);
    }
    expect(passed).toBe(1000);
    expect(exchange.headers).toEqual({});
  });
});

describe("RATE_LIMIT_PER_MINUTE", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ config: { rateLimitPerMinute: 3 } });
    // the window is a clock minute: keep the requests of a test inside one
    const untilNextMinute = 60_000 - (Date.now() % 60_000);
    if (untilNextMinute < 5000) {
      await new Promise((resolve) => setTimeout(resolve, untilNextMinute + 100));
    }
  });
  afterAll(async () => {
    await limited.close();
  });

  it("answers 429 problem JSON with Retry-After once a token used its budget, across both APIs", async () => {
    const replies = [
      await limited.request("GET", CATEGORIEEN),
      await limited.request("GET", "/contactgegevens/api/v1/persoon"),
      await limited.request("GET", CATEGORIEEN),
      await limited.request("GET", CATEGORIEEN),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429]);
    expect(replies.map((reply) => reply.headers.get("ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    const [first] = replies;
    expect(first?.headers.get("ratelimit-limit")).toBe("3");
    expect(Number(first?.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    const throttled = replies[3];
    expect(throttled?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(throttled?.body).toMatchObject({ status: 429, code: "throttled" });
    expect(Number(throttled?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(throttled?.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });

  it("gives every token its own budget", async () => {
    const other = await limited.tokenWith(["*"]);
    expect((await limited.request("GET", CATEGORIEEN, { token: other })).status).toBe(200);
  });

  it("is off by default: no RateLimit headers", async () => {
    const plain = await startTestServer();
    try {
      expect((await plain.request("GET", CATEGORIEEN)).headers.get("ratelimit-limit")).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
