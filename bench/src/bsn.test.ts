import { describe, expect, it } from "vitest";
import { bsnForIndex, MAX_BSN_INDEX, passesElfproef } from "./bsn.ts";

describe("passesElfproef", () => {
  it("accepts a known valid BSN and rejects a near miss", () => {
    expect(passesElfproef("111222333")).toBe(true);
    expect(passesElfproef("111222334")).toBe(false);
  });

  it("rejects all zeros, wrong lengths and non-digits", () => {
    expect(passesElfproef("000000000")).toBe(false);
    expect(passesElfproef("11122233")).toBe(false);
    expect(passesElfproef("11122233a")).toBe(false);
  });
});

describe("bsnForIndex", () => {
  it("makes nine-digit numbers that pass the elfproef, for the first 100,000 indexes and the last", () => {
    const indexes = [...Array.from({ length: 100_000 }, (_, i) => i + 1), MAX_BSN_INDEX];
    const failing = indexes.filter((index) => !passesElfproef(bsnForIndex(index)));
    expect(failing).toEqual([]);
  });

  it("never gives two indexes the same number", () => {
    const numbers = new Set(Array.from({ length: 100_000 }, (_, i) => bsnForIndex(i + 1)));
    expect(numbers.size).toBe(100_000);
  });

  it("refuses indexes outside its range", () => {
    expect(() => bsnForIndex(0)).toThrow(RangeError);
    expect(() => bsnForIndex(MAX_BSN_INDEX + 1)).toThrow(RangeError);
  });
});
