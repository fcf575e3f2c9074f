import { loadContract } from "@klantinteracties/contract";
import type { Request, RequestHandler, Response } from "express";
import { describe, expect, it } from "vitest";
import { Problem } from "./problem.ts";
import { allowedQueryParameters, joinRepeatedExpand, rejectUnknownQueryParameters } from "./queryParameters.ts";

describe("allowedQueryParameters", () => {
  const allowed = allowedQueryParameters(loadContract("klantinteracties"));

  it("allows a list its paging parameters and declared filters", () => {
    expect([...(allowed.get("/categorie-relaties") ?? [])]).toEqual(
      expect.arrayContaining(["page", "pageSize", "partij__uuid", "categorie__naam", "eindDatum"]),
    );
  });

  it("lets a detail endpoint tolerate the filters of its list, like the reference", () => {
    expect(allowed.get("/categorie-relaties/{uuid}")?.has("categorie__naam")).toBe(true);
    expect(allowed.get("/categorieen/{uuid}")?.has("categorie__naam")).toBe(false);
  });

  it("lets the detail of an expandable resource know only its own parameters", () => {
    expect(allowed.get("/partijen/{uuid}")?.has("expand")).toBe(true);
    expect(allowed.get("/partijen/{uuid}")?.has("soortPartij")).toBe(false);
    expect(allowed.get("/klantcontacten/{uuid}")?.has("kanaal")).toBe(false);
  });
});

describe("query-parameter middleware", () => {
  const contract = loadContract("klantinteracties");
  const base = "/klantinteracties/api/v1";
  const reject = rejectUnknownQueryParameters(contract, base);
  const run = (handler: RequestHandler, req: Partial<Request>): { error?: unknown; req: Partial<Request> } => {
    try {
      handler(req as Request, {} as Response, () => undefined);
      return { req };
    } catch (error) {
      return { error, req };
    }
  };
  const get = (originalUrl: string) => ({
    method: "GET",
    originalUrl,
    url: originalUrl.slice(base.length),
    openapi: { openApiRoute: `${base}/partijen/{uuid}`, expressRoute: "", schema: {} },
  });

  it("names each unknown parameter once, percent-encoded names decoded, and ignores a fragment", () => {
    const { error } = run(reject, get(`${base}/partijen/x?bogus=1&%62ogus=2&expand=a&other#frag=1`));
    expect(error).toBeInstanceOf(Problem);
    expect((error as Problem).invalidParams?.[0]?.reason).toBe("Onbekende query parameters: bogus, other");
    expect(run(reject, get(`${base}/partijen/x?expand=a#bogus=1`)).error).toBeUndefined();
    expect(run(reject, get(`${base}/partijen/x`)).error).toBeUndefined();
  });

  it("joins repeated expand parameters, also a percent-encoded one, and leaves a single one alone", () => {
    const joined = (url: string) => run(joinRepeatedExpand, { url }).req.url;
    expect(joined("/partijen/x?expand=a,b&expand=c")).toBe("/partijen/x?expand=a%2Cb%2Cc");
    expect(joined("/partijen/x?expand=a&%65xpand=c")).toBe("/partijen/x?expand=a%2Cc");
    expect(joined("/partijen/x?expand=a,b&page=2")).toBe("/partijen/x?expand=a,b&page=2");
    expect(joined("/partijen/x?partij__expanded=1&expand=a")).toBe("/partijen/x?partij__expanded=1&expand=a");
  });
});
