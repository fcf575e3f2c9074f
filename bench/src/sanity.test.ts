import { describe, expect, it } from "vitest";
import { compareAnswers, diffJson } from "./sanity.ts";

describe("diffJson", () => {
  it("names each differing leaf by its path", () => {
    expect(diffJson({ a: 1, b: [1, 2], c: { d: "x" } }, { a: 1, b: [1, 3], c: { d: "y" } })).toEqual([
      { path: "$.b[1]", raw: 2, full: 3 },
      { path: "$.c.d", raw: "x", full: "y" },
    ]);
  });

  it("reports a field one side lacks", () => {
    expect(diffJson({ a: 1 }, { a: 1, extra: null })).toEqual([{ path: "$.extra", raw: undefined, full: null }]);
  });

  it("ignores key order", () => {
    expect(diffJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
  });
});

describe("compareAnswers", () => {
  it("compares a POST without the generated uuid, url and plaatsgevondenOp", () => {
    const raw = { status: 201, body: { uuid: "a", url: "u/a", plaatsgevondenOp: "t1", kanaal: "telefoon" } };
    const full = { status: 201, body: { uuid: "b", url: "u/b", plaatsgevondenOp: "t2", kanaal: "telefoon" } };
    expect(compareAnswers(raw, full, "POST")).toEqual([]);
    expect(compareAnswers(raw, full, "GET")).toHaveLength(3);
  });

  it("reports a different status instead of the bodies", () => {
    expect(compareAnswers({ status: 200, body: {} }, { status: 501, body: { title: "x" } }, "GET")).toEqual([
      { path: "status", raw: 200, full: 501 },
    ]);
  });
});
