import { describe, expect, it } from "vitest";
import { differences } from "./echo.ts";
import { namesField } from "./expect.ts";

describe("differences", () => {
  it("accepts extra server fields and references compared by uuid", () => {
    expect(
      differences(
        { naam: "a", partij: { uuid: "u1" } },
        { naam: "a", uuid: "x", partij: { uuid: "u1", url: "http://x" } },
      ),
    ).toEqual([]);
  });
  it("names the written values that did not come back", () => {
    expect(differences({ naam: "a", adres: { land: "NL" } }, { naam: "b", adres: {} })).toEqual(["naam", "adres.land"]);
  });
  it("compares timestamps as instants", () => {
    expect(differences({ op: "2024-05-01T10:00:00Z" }, { op: "2024-05-01T12:00:00+02:00" })).toEqual([]);
  });
});

describe("namesField", () => {
  it("matches the field, a path below it and the flattened form", () => {
    expect(namesField("partijIdentificator.objectId", "partijIdentificator")).toBe(true);
    expect(namesField("partijIdentificatorObjectId", "partijIdentificator.objectId")).toBe(true);
    expect(namesField("naam", "interneNotitie")).toBe(false);
  });
});
