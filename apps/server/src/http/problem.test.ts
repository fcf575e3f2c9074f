import { describe, expect, it } from "vitest";
import { Problem, toInvalidParams, toProblem, toProblemBody } from "./problem.ts";

describe("toInvalidParams", () => {
  it("names a body path as dotted camelCase and a query parameter by its name", () => {
    expect(
      toInvalidParams([
        { path: "/body/partijIdentificatoren/1/subIdentificatorVan", message: "must be object", errorCode: "x" },
        { path: "/query/page", message: "must be integer", errorCode: "type.openapi.validation" },
      ]).map((param) => param.name),
    ).toEqual(["partijIdentificatoren.1.subIdentificatorVan", "page"]);
  });

  it("keeps one entry per path and drops oneOf/anyOf summaries and the null branch of a reference", () => {
    const params = toInvalidParams([
      { path: "/body/partij/uuid", message: 'must match format "uuid"', errorCode: "format.openapi.validation" },
      {
        path: "/body/partij",
        message: "must be equal to one of the allowed values",
        errorCode: "enum.openapi.validation",
      },
      { path: "/body/partij", message: "must match a schema in anyOf", errorCode: "anyOf.openapi.validation" },
      { path: "/body/naam", message: "must be string", errorCode: "type.openapi.validation" },
      { path: "/body/naam", message: "must be string", errorCode: "type.openapi.validation" },
    ]);
    expect(params).toEqual([
      { name: "partij.uuid", code: "invalid", reason: "Voer een geldige UUID in." },
      { name: "naam", code: "invalid", reason: "Ongeldig type: verwacht tekst." },
    ]);
  });

  it("reports a non-object reference on <field>.nonFieldErrors", () => {
    expect(
      toInvalidParams([{ path: "/body/partij", message: "must be object", errorCode: "type.openapi.validation" }]),
    ).toEqual([expect.objectContaining({ name: "partij.nonFieldErrors", code: "invalid" })]);
  });
});

describe("toProblem", () => {
  it("maps malformed JSON from the body parser to 400 parse_error", () => {
    expect(toProblem({ type: "entity.parse.failed", message: "Unexpected end" }).kind).toBe("parse_error");
  });

  it("maps unique and foreign-key violations to 400 and serialization failures to 409", () => {
    expect(toProblem({ code: "23505" }).invalidParams?.[0]?.code).toBe("unique");
    expect(toProblem({ code: "23503" }).kind).toBe("invalid");
    expect(toProblem({ code: "40001" }).kind).toBe("conflict");
  });

  it("maps anything unknown to a 500 that does not leak the message", () => {
    const problem = toProblem(new Error("secret internals"));
    expect(problem.kind).toBe("error");
    expect(problem.detail).not.toContain("secret");
  });
});

describe("toProblemBody", () => {
  it("always gives a 400 an invalidParams list and every problem a fresh urn:uuid instance", () => {
    const first = toProblemBody(new Problem("invalid"), "https://ki.example.org");
    const second = toProblemBody(new Problem("invalid"), "https://ki.example.org");
    expect(first.invalidParams).toEqual([]);
    expect(first.type).toBe("https://ki.example.org/ref/fouten/ValidationError/");
    expect(first.instance).not.toBe(second.instance);
    expect(toProblemBody(new Problem("not_found"), "x")).not.toHaveProperty("invalidParams");
  });
});
