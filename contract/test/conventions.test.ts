import { describe, expect, it } from "vitest";
import { errorResponsesFor } from "../src/conventions.ts";
import type { JsonObject } from "../src/types.ts";
import { bundles, operations } from "./contract-fixture.ts";

const statuses = (operation: JsonObject) => Object.keys(operation.responses as JsonObject);

describe("errorResponsesFor", () => {
  it("gives a list 400 (bad filter), 404 (page past the end) and the auth errors, but no 409 or 415", () => {
    const errors = errorResponsesFor("get", "/partijen", { parameters: [{ $ref: "#/components/parameters/page" }] });
    expect(Object.keys(errors)).toEqual(["400", "401", "403", "404", "406", "429", "500", "503"]);
  });

  it("gives a create with a body 400, 409 and 415 but no 404", () => {
    const errors = errorResponsesFor("post", "/partijen", { requestBody: {} });
    expect(Object.keys(errors)).toEqual(["400", "401", "403", "406", "409", "415", "429", "500", "503"]);
  });

  it("gives a public operation without parameters neither 400 nor the auth errors", () => {
    const errors = errorResponsesFor("get", "/openapi.json", { security: [] });
    expect(Object.keys(errors)).toEqual(["406", "500", "503"]);
  });
});

describe("every operation of both bundles", () => {
  it("has a unique operationId", () => {
    const ids = operations.map(({ api, operation }) => `${api}:${String(operation.operationId)}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(operations.map((entry) => [`${entry.api} ${entry.method.toUpperCase()} ${entry.path}`, entry]))(
    "%s declares its errors as problem+json and API-version on every response",
    (_label, { operation }) => {
      const responses = operation.responses as Record<string, JsonObject>;
      expect(statuses(operation)).toContain("500");
      for (const [status, response] of Object.entries(responses)) {
        if ("$ref" in response) {
          expect(response.$ref).toMatch(/^#\/components\/responses\//);
          continue;
        }
        expect(Object.keys(response.headers as JsonObject), status).toContain("API-version");
        if (status === "201") {
          expect(Object.keys(response.headers as JsonObject)).toContain("Location");
        }
      }
    },
  );

  it("requires the token everywhere except on the publication of the specification", () => {
    const open = operations.filter(
      ({ operation }) => Array.isArray(operation.security) && operation.security.length === 0,
    );
    expect(open.map(({ path }) => path).sort()).toEqual([
      "/openapi.json",
      "/openapi.json",
      "/openapi.yaml",
      "/openapi.yaml",
    ]);
    for (const document of Object.values(bundles)) {
      expect(document.security).toEqual([{ tokenAuth: [] }]);
    }
  });

  it("links each create to the read, update and delete of what it created", () => {
    const creates = operations.filter(
      ({ api, method, path }) => method === "post" && bundles[api as keyof typeof bundles].paths[`${path}/{uuid}`],
    );
    expect(creates.length).toBeGreaterThan(0);
    for (const { operation } of creates) {
      const links = ((operation.responses as Record<string, JsonObject>)["201"] as JsonObject).links as JsonObject;
      expect(Object.keys(links)).toEqual(["Retrieve", "Update", "PartialUpdate", "Destroy"]);
    }
  });
});

describe("shared error responses", () => {
  it.each(Object.keys(bundles))("in %s carry API-version, and 429/503 also Retry-After", (api) => {
    const responses = bundles[api as keyof typeof bundles].components.responses as Record<string, JsonObject>;
    for (const [name, response] of Object.entries(responses)) {
      const headers = Object.keys(response.headers as JsonObject);
      expect(headers, name).toContain("API-version");
      if (name === "TooManyRequests" || name === "ServiceUnavailable") {
        expect(headers, name).toContain("Retry-After");
      }
    }
  });
});

describe("optimistic concurrency", () => {
  const headersOf = (operation: JsonObject, status: string) =>
    Object.keys(((operation.responses as Record<string, JsonObject>)[status] as JsonObject).headers as JsonObject);
  const parametersOf = (operation: JsonObject) =>
    ((operation.parameters as JsonObject[]) ?? []).map((parameter) => parameter.$ref);
  const items = operations.filter(({ path }) => path.endsWith("/{uuid}"));

  it("puts ETag and If-None-Match (304) on every read of an object", () => {
    const reads = items.filter(({ method }) => method === "get");
    expect(reads.length).toBeGreaterThan(10);
    for (const { operation } of reads) {
      expect(headersOf(operation, "200")).toContain("ETag");
      expect(parametersOf(operation)).toContain("#/components/parameters/If-None-Match");
      expect(Object.keys(operation.responses as JsonObject)).toContain("304");
    }
  });

  it("puts an optional If-Match and a 412 on every PUT, PATCH and DELETE of an object, and ETag on their 200", () => {
    const writes = items.filter(({ method }) => ["put", "patch", "delete"].includes(method));
    expect(writes.length).toBeGreaterThan(30);
    for (const { method, operation } of writes) {
      expect(parametersOf(operation)).toContain("#/components/parameters/If-Match");
      expect((operation.responses as JsonObject)["412"]).toEqual({ $ref: "#/components/responses/PreconditionFailed" });
      if (method !== "delete") {
        expect(headersOf(operation, "200")).toContain("ETag");
      }
    }
  });

  it("puts ETag on the 201 of every create of a collection, and leaves maak-klantcontact alone", () => {
    const creates = operations.filter(({ method }) => method === "post");
    for (const { path, operation } of creates) {
      const versioned = path !== "/maak-klantcontact";
      expect(headersOf(operation, "201").includes("ETag"), path).toBe(versioned);
    }
  });
});
