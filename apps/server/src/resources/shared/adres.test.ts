import { describe, expect, it } from "vitest";
import { adresColumns, adresGroup, adresOut, validateAdres } from "./adres.ts";

describe("validateAdres", () => {
  it("accepts a complete Dutch address, an empty one and null", () => {
    expect(
      validateAdres(
        { nummeraanduidingId: "0363200000218908", huisnummer: 1, postcode: "1011 PN", land: "NL" },
        "adres",
      ),
    ).toEqual([]);
    expect(validateAdres({ postcode: "", nummeraanduidingId: "", land: "", huisnummer: null }, "adres")).toEqual([]);
    expect(validateAdres(null, "adres")).toEqual([]);
  });

  it("names each broken sub-field under the group's field name", () => {
    const errors = validateAdres(
      { nummeraanduidingId: "123", huisnummer: 0, postcode: "1011PN", land: "XX" },
      "bezoekadres",
    );
    expect(errors.map((error) => error.name)).toEqual([
      "bezoekadres.nummeraanduidingId",
      "bezoekadres.huisnummer",
      "bezoekadres.postcode",
      "bezoekadres.land",
    ]);
    expect(errors.map((error) => error.code)).toEqual(["invalid", "min_value", "invalid", "invalid"]);
  });

  it("suggests the uppercase land code for a lowercase one, and only then", () => {
    expect(validateAdres({ land: "nl" }, "adres")[0]?.reason).toContain("Bedoelde u NL?");
    expect(validateAdres({ land: "xx" }, "adres")[0]?.reason).not.toContain("Bedoelde");
  });

  it("mentions the rejected postcode in its reason", () => {
    expect(validateAdres({ postcode: "0123 AB" }, "adres")[0]?.reason).toContain("0123 AB");
  });

  it("rejects huisnummer 100000 and accepts 99999", () => {
    expect(validateAdres({ huisnummer: 100000 }, "adres")).toHaveLength(1);
    expect(validateAdres({ huisnummer: 99999 }, "adres")).toEqual([]);
  });
});

describe("adresGroup and adresOut", () => {
  const columns = adresColumns("adres");

  it("stores a sent group whole: sub-fields left out become empty text, huisnummer null", () => {
    const values = adresGroup("adres").toColumns({ straatnaam: "Amstel" });
    expect(values[columns.straatnaam]).toBe("Amstel");
    expect(values[columns.postcode]).toBe("");
    expect(values[columns.huisnummer]).toBeNull();
    expect(Object.keys(values)).toHaveLength(10);
  });

  it("empties every column for null", () => {
    expect(Object.values(adresGroup("adres").toColumns(null)).every((value) => value === "" || value === null)).toBe(
      true,
    );
  });

  it("reads nothing recorded as null and a recorded address with all ten keys", () => {
    const empty = adresGroup("adres").toColumns(null);
    expect(adresOut(empty as never, "adres")).toBeNull();
    const amstel = adresOut(adresGroup("adres").toColumns({ straatnaam: "Amstel", huisnummer: 1 }) as never, "adres");
    expect(amstel).toMatchObject({ straatnaam: "Amstel", huisnummer: 1, postcode: "", land: "" });
  });
});
