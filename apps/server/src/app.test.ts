import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/testServer.ts";
import { APIS } from "./apis.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function expectProblem(reply: { status: number; headers: Headers; body: Record<string, unknown> }, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(reply.body).toMatchObject({ status, type: expect.stringMatching(/^http:\/\/.+\/ref\/fouten\/\w+\/$/) });
  expect(reply.body.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(Object.keys(reply.body)).toEqual(expect.arrayContaining(["code", "title", "detail"]));
}

describe("authentication", () => {
  it("answers 401 not_authenticated without an Authorization header", async () => {
    const reply = await server.request("GET", `${API}/categorieen`, { token: null });
    expectProblem(reply, 401);
    expect(reply.body.code).toBe("not_authenticated");
  });

  it("answers 401 authentication_failed for an unknown token", async () => {
    const reply = await server.request("GET", `${API}/categorieen`, { token: "wrong" });
    expectProblem(reply, 401);
    expect(reply.body.code).toBe("authentication_failed");
  });

  it("treats another scheme than Token as no credentials", async () => {
    const bearer = await server.request("GET", `${API}/categorieen`, {
      token: null,
      headers: { Authorization: "Bearer test-token-0123456789" },
    });
    expectProblem(bearer, 401);
    expect(bearer.body.code).toBe("not_authenticated");
  });

  it("checks the token before the body", async () => {
    expect((await server.request("POST", `${API}/categorieen`, { token: null, body: { naam: 5 } })).status).toBe(401);
  });

  it("serves the specification without a token, as JSON and YAML", async () => {
    const json = await server.request("GET", `${API}/openapi.json`, { token: null });
    expect(json.status).toBe(200);
    expect(json.body.info.version).toBe("0.9.0");
    const yaml = await server.request("GET", `${API}/openapi.yaml`, { token: null });
    expect(yaml.headers.get("content-type")).toMatch(/yaml/);
    expect(yaml.body).toContain("openapi: 3.0.3");
  });

  it("stores only the hash of a token", async () => {
    const stored = await server.db("api_tokens").select("identifier", "secret_sha256");
    expect(JSON.stringify(stored)).not.toContain("test-token-0123456789");
  });
});

describe("API-version", () => {
  it("is on every response of each API, errors included", async () => {
    expect((await server.request("GET", `${API}/categorieen`)).headers.get("api-version")).toBe("0.9.0");
    expect((await server.request("GET", `${API}/categorieen`, { token: null })).headers.get("api-version")).toBe(
      "0.9.0",
    );
    expect((await server.request("GET", `${API}/bestaat-niet`)).headers.get("api-version")).toBe("0.9.0");
    const contactgegevens = await server.request("GET", "/contactgegevens/api/v1/openapi.json", { token: null });
    expect(contactgegevens.headers.get("api-version")).toBe("1.1.1");
  });
});

describe("problem responses", () => {
  it("rejects unknown query parameters with 400 unknown-parameters naming them all", async () => {
    const reply = await server.request("GET", `${API}/categorieen?foo=1&bar=2`);
    expectProblem(reply, 400);
    expect(reply.body.invalidParams).toEqual([
      { name: "nonFieldErrors", code: "unknown-parameters", reason: "Onbekende query parameters: foo, bar" },
    ]);
  });

  it("answers 400 parse_error for malformed JSON", async () => {
    const reply = await server.request("POST", `${API}/categorieen`, { rawBody: '{"naam":' });
    expectProblem(reply, 400);
    expect(reply.body.code).toBe("parse_error");
  });

  it("answers 415 for a body that is not JSON", async () => {
    const reply = await server.request("POST", `${API}/categorieen`, {
      rawBody: "naam=x",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expectProblem(reply, 415);
  });

  it("answers 400 with the field name for a wrong type", async () => {
    const reply = await server.request("POST", `${API}/categorieen`, { body: { naam: 5 } });
    expectProblem(reply, 400);
    expect(reply.body.invalidParams).toEqual([expect.objectContaining({ name: "naam", code: "invalid" })]);
  });

  it("answers 404 for a path outside the contract, and 405 for a method it does not declare", async () => {
    expectProblem(await server.request("GET", `${API}/bestaat-niet`), 404);
    expectProblem(await server.request("GET", "/elders"), 404);
    expectProblem(await server.request("DELETE", `${API}/categorieen`), 405);
  });
});

describe("contract paths without a resource", () => {
  it("answer 501 problem JSON instead of hanging", async () => {
    const bare = await startTestServer({ apis: APIS.map((api) => ({ ...api, resources: [] })) });
    try {
      expectProblem(await bare.request("GET", `${API}/categorieen`), 501);
    } finally {
      await bare.close();
    }
  });
});

describe("response validation", () => {
  it("turns a response that breaks the contract into a 500 problem", async () => {
    const categorieen = APIS.find((api) => api.name === "klantinteracties")?.resources.find(
      (resource) => resource.collection === "categorieen",
    );
    if (!categorieen) {
      throw new Error("klantinteracties declares no resource");
    }
    const broken = { ...categorieen, toContract: () => ({ uuid: "not-a-uuid", url: "relative" }) };
    const apis = APIS.map((api) => ({ ...api, resources: api.name === "klantinteracties" ? [broken] : [] }));
    const strict = await startTestServer({ apis });
    try {
      await strict.db("categorieen").insert({ naam: "x" });
      const reply = await strict.request("GET", `${API}/categorieen`);
      expectProblem(reply, 500);
    } finally {
      await strict.close();
    }
  });
});

describe("list counts", () => {
  it("say in Count-Accuracy whether count is exact, and estimate above EXACT_COUNT_LIMIT", async () => {
    const exact = await server.request("GET", `${API}/categorieen`);
    expect(exact.headers.get("count-accuracy")).toBe("exact");

    const estimating = await startTestServer({ config: { exactCountLimit: 1 } });
    try {
      await estimating.db("categorieen").insert([{ naam: "a" }, { naam: "b" }, { naam: "c" }]);
      const first = await estimating.request("GET", `${API}/categorieen?pageSize=2`);
      expect(first.status).toBe(200); // the test server validates the response against the contract
      expect(first.headers.get("count-accuracy")).toBe("estimate");
      expect(first.body.count).toBeGreaterThanOrEqual(3);
      expect(first.body.results).toHaveLength(2);
      const last = await estimating.request("GET", new URL(first.body.next).pathname + new URL(first.body.next).search);
      expect(last.body.results).toHaveLength(1);
      expect(last.body.next).toBeNull();
      expect((await estimating.request("GET", `${API}/categorieen?pageSize=2&page=3`)).status).toBe(404);
    } finally {
      await estimating.close();
    }
  });
});

describe("health", () => {
  it("answers livez and readyz (which checks the database) without a token", async () => {
    expect((await server.request("GET", "/_healthz/livez", { token: null })).status).toBe(200);
    expect((await server.request("GET", "/_healthz/readyz", { token: null })).body).toEqual({ status: "ok" });
  });
});

describe("operators", () => {
  it("serve the docs UI of each API from local assets, without a token", async () => {
    for (const base of [API, "/contactgegevens/api/v1"]) {
      const page = await server.request("GET", `${base}/schema`, { token: null });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      const scripts = [...String(page.body).matchAll(/src="([^"]+)"/g)].map((match) => match[1]);
      expect(scripts).toEqual(["schema/assets/swagger-ui-bundle.js", "schema/init.js"]);
      for (const script of scripts) {
        const asset = await server.request("GET", `${base}/${script}`, { token: null });
        expect(asset.status).toBe(200);
        expect(asset.headers.get("content-type")).toMatch(/javascript/);
      }
      expect(page.body).not.toMatch(/https?:\/\//);
    }
  });

  it("count requests by contract operation and status at /metrics", async () => {
    await server.request("GET", `${API}/categorieen`);
    await server.request("GET", `${API}/categorieen`, { token: null });
    const metrics = await server.request("GET", "/metrics", { token: null });
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/http_requests_total\{method="GET",operation="categorieenList",status="200"\} [1-9]/);
    expect(metrics.body).toMatch(/http_request_duration_seconds_bucket\{/);
    expect(metrics.body).toMatch(/db_pool_connections\{state="used"\} \d+/);
  });
});

describe("paging", () => {
  beforeAll(async () => {
    await server.db("categorieen").insert(Array.from({ length: 501 }, (_, index) => ({ naam: `c${index}` })));
  });

  it("gives 100 per page by default with count and absolute links that keep the other parameters", async () => {
    const first = await server.request("GET", `${API}/categorieen`);
    expect(first.body.count).toBe(501);
    expect(first.body.results).toHaveLength(100);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(server.url(`${API}/categorieen?page=2`));

    const second = await server.request("GET", `${API}/categorieen?pageSize=5&page=2`);
    expect(second.body.next).toBe(server.url(`${API}/categorieen?page=3&pageSize=5`));
    expect(second.body.previous).toBe(server.url(`${API}/categorieen?pageSize=5`));
  });

  it("caps pageSize at 500", async () => {
    const reply = await server.request("GET", `${API}/categorieen?pageSize=1000`);
    expect(reply.body.results).toHaveLength(500);
    expect(reply.body.next).toBe(server.url(`${API}/categorieen?page=2&pageSize=1000`));
    const last = await server.request("GET", `${API}/categorieen?pageSize=1000&page=2`);
    expect(last.body.results).toHaveLength(1);
    expect(last.body.next).toBeNull();
  });

  it("answers 404 for a page past the end", async () => {
    const reply = await server.request("GET", `${API}/categorieen?page=999`);
    expectProblem(reply, 404);
    expect(reply.body.detail).toBe("Ongeldige pagina.");
  });

  it("rejects a page that is not a positive integer", async () => {
    expectProblem(await server.request("GET", `${API}/categorieen?page=nul`), 400);
  });
});
