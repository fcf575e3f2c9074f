import { loadContract } from "@klantinteracties/contract";
import { describe, expect, it } from "vitest";
import { allowedQueryParameters } from "./queryParameters.ts";

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
