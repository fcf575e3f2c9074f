import { describe, expect, it } from "vitest";
import { isSelected, parsePatterns } from "./selection.ts";

describe("isSelected", () => {
  it("selects everything without patterns", () => {
    expect(isSelected("core-read/partijen/list", [])).toBe(true);
  });
  it("matches a class or resource prefix only at a segment boundary", () => {
    expect(isSelected("core-read/partijen/list", ["core-read"])).toBe(true);
    expect(isSelected("core-read/partijen/list", ["core-read/partijen"])).toBe(true);
    expect(isSelected("core-read/partij-identificatoren/list", ["core-read/partij"])).toBe(false);
  });
  it("supports wildcards and exclusions", () => {
    expect(isSelected("filters/partijen/soortPartij", ["*/partijen"])).toBe(true);
    expect(
      isSelected("filters/categorie-relaties/partij__uuid", ["*/categorie-relaties", "!filters/*/partij__*"]),
    ).toBe(false);
  });
  it("splits a comma-separated --only value", () => {
    expect(parsePatterns(" core-read, auth ,")).toEqual(["core-read", "auth"]);
  });
});
