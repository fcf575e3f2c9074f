import { loadContract } from "@klantinteracties/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/testServer.ts";
import { APIS } from "./apis.ts";
import { apiBasePath } from "./app.ts";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const SOME_UUID = "00000000-0000-4000-8000-000000000000";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

// every operation of both contracts has a handler: none answers 501 "not built yet"
describe.each(APIS.map((api) => api.name))("every operation of %s", (name) => {
  const paths = loadContract(name).paths as Record<string, Partial<Record<(typeof METHODS)[number], unknown>>>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => [method.toUpperCase(), path] as const),
  );

  it.each(operations)("%s %s is served", async (method, path) => {
    const url = `${apiBasePath(name)}${path.replace(/\{[^}]+\}/g, SOME_UUID)}`;
    const reply = await server.request(method, url, method === "GET" || method === "DELETE" ? {} : { body: {} });
    expect(reply.status, `${method} ${url}: ${JSON.stringify(reply.body)}`).not.toBe(501);
    expect(reply.status).toBeLessThan(500);
  });
});
