import { describe, expect, it } from "vitest";
import { ContractIndex } from "./operations.ts";
import { ResponseValidator } from "./responseValidator.ts";

const index = new ContractIndex();
const validator = new ResponseValidator(index);
const url = "http://host/klantinteracties/api/v1/categorieen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a";
const headers = (entries: Record<string, string>) => new Headers(entries);
const json = (body: unknown) => ({ body, bodyText: JSON.stringify(body) });

describe("ResponseValidator", () => {
  const create = index.operation("categorieenCreate");

  it("accepts a conformant 201", () => {
    const response = {
      status: 201,
      headers: headers({ "content-type": "application/json", "api-version": "0.9.0", location: url }),
      ...json({ uuid: "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a", url, naam: "x" }),
    };
    expect(validator.validate(create, response)).toEqual([]);
  });

  it("reports an undeclared status, a missing Location and a wrong version", () => {
    expect(validator.validate(create, { status: 200, headers: headers({}), ...json({}) })[0]).toMatch(/not declared/);
    const missing = validator.validate(create, {
      status: 201,
      headers: headers({ "content-type": "application/json", "api-version": "1.0.0" }),
      ...json({ uuid: "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a", url }),
    });
    expect(missing).toContain("header Location is missing");
    expect(missing.some((violation) => violation.includes("API-version"))).toBe(true);
  });

  it("requires problem+json with the problem fields for errors", () => {
    const plain = validator.validate(create, {
      status: 400,
      headers: headers({ "content-type": "application/json", "api-version": "0.9.0" }),
      ...json({ error: "x" }),
    });
    expect(plain[0]).toMatch(/problem\+json/);
    const incomplete = validator.validate(create, {
      status: 400,
      headers: headers({ "content-type": "application/problem+json", "api-version": "0.9.0" }),
      ...json({ title: "x" }),
    });
    expect(incomplete.some((violation) => violation.includes("invalidParams"))).toBe(true);
  });

  it("matches concrete paths to operations", () => {
    expect(index.match("klantinteracties", "GET", "/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a")?.operationId).toBe(
      "partijenRetrieve",
    );
    expect(index.match("contactgegevens", "POST", "/persoon")?.operationId).toBe("persoonCreate");
  });
});
