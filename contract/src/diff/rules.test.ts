/** One small contract pair per rule: the verdict a client of the base would agree with. */
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../types.ts";
import { judge, object } from "./contract-pairs.ts";

const text = { type: "string" };
const verdicts = (changes: ReturnType<typeof judge>) => changes.map(({ rule, verdict }) => ({ rule, verdict }));

describe("operations, statuses, headers and media types", () => {
  it("operation-removed and operation-added: a removed operation breaks, an added one does not", () => {
    const andere = { "/andere": { get: { responses: { "200": { description: "ok" } } } } };
    expect(verdicts(judge({ morePaths: andere }, {}))).toEqual([{ rule: "operation-removed", verdict: "breaking" }]);
    expect(verdicts(judge({}, { morePaths: andere }))).toEqual([{ rule: "operation-added", verdict: "non-breaking" }]);
  });

  it("response-status: a removed success status breaks, a newly declared error does not", () => {
    const ok = { "201": { description: "ok", content: { "application/json": { schema: text } } } };
    const withError = { ...ok, "400": { description: "fout" } };
    expect(verdicts(judge({ responses: ok }, { responses: withError }))).toEqual([
      { rule: "response-status", verdict: "non-breaking" },
    ]);
    const moved = { "200": ok["201"] };
    expect(verdicts(judge({ responses: ok }, { responses: moved }))).toContainEqual({
      rule: "response-status",
      verdict: "breaking",
    });
  });

  it("response-header: a new header is harmless, a header that is no longer sent breaks", () => {
    const withHeader = (headers: JsonObject) => ({
      "201": { description: "ok", headers, content: { "application/json": { schema: text } } },
    });
    const location = { Location: { schema: text } };
    expect(verdicts(judge({ responses: withHeader({}) }, { responses: withHeader(location) }))).toEqual([
      { rule: "response-header", verdict: "non-breaking" },
    ]);
    expect(verdicts(judge({ responses: withHeader(location) }, { responses: withHeader({}) }))).toEqual([
      { rule: "response-header", verdict: "breaking" },
    ]);
  });

  it("media-type: a response media type that is gone breaks", () => {
    const content = (types: string[]) => ({
      "201": { description: "ok", content: Object.fromEntries(types.map((t) => [t, { schema: text }])) },
    });
    expect(
      verdicts(
        judge({ responses: content(["application/json", "text/csv"]) }, { responses: content(["application/json"]) }),
      ),
    ).toEqual([{ rule: "media-type", verdict: "breaking" }]);
    expect(
      verdicts(
        judge({ responses: content(["application/json"]) }, { responses: content(["application/json", "text/csv"]) }),
      ),
    ).toEqual([{ rule: "media-type", verdict: "non-breaking" }]);
  });
});

describe("parameters", () => {
  const naam = { name: "naam", in: "query", schema: text };

  it("parameter-removed breaks: the server rejects or ignores it", () => {
    expect(verdicts(judge({ parameters: [naam] }, {}))).toEqual([{ rule: "parameter-removed", verdict: "breaking" }]);
  });

  it("parameter-added: optional is harmless, required breaks", () => {
    expect(verdicts(judge({}, { parameters: [naam] }))).toEqual([{ rule: "parameter-added", verdict: "non-breaking" }]);
    expect(verdicts(judge({}, { parameters: [{ ...naam, required: true }] }))).toEqual([
      { rule: "parameter-added", verdict: "breaking" },
    ]);
  });

  it("parameter-required: a parameter that becomes required breaks", () => {
    expect(verdicts(judge({ parameters: [naam] }, { parameters: [{ ...naam, required: true }] }))).toEqual([
      { rule: "parameter-required", verdict: "breaking" },
    ]);
  });

  it("parameters are matched by name, not position", () => {
    const other = { name: "ander", in: "query", schema: text };
    expect(judge({ parameters: [naam, other] }, { parameters: [other, naam] })).toEqual([]);
  });
});

describe("request bodies", () => {
  it("request-body-required: breaks when a body was optional, unless it had required fields anyway", () => {
    const loose = object({ naam: text });
    expect(verdicts(judge({ request: loose, requestRequired: false }, { request: loose }))).toEqual([
      { rule: "request-body-required", verdict: "breaking" },
    ]);
    const strict = object({ naam: text }, ["naam"]);
    expect(verdicts(judge({ request: strict, requestRequired: false }, { request: strict }))).toEqual([
      { rule: "request-body-required", verdict: "non-breaking" },
    ]);
  });

  it("property: a field the request no longer takes breaks, a new optional one does not", () => {
    expect(
      verdicts(judge({ request: object({ naam: text, code: text }) }, { request: object({ naam: text }) })),
    ).toEqual([{ rule: "property", verdict: "breaking" }]);
    expect(
      verdicts(judge({ request: object({ naam: text }) }, { request: object({ naam: text, code: text }) })),
    ).toEqual([{ rule: "property", verdict: "non-breaking" }]);
  });

  it("required: a newly required request field breaks, unless it is read-only", () => {
    expect(verdicts(judge({ request: object({ naam: text }) }, { request: object({ naam: text }, ["naam"]) }))).toEqual(
      [{ rule: "required", verdict: "breaking" }],
    );
    const uuid = { type: "string", readOnly: true };
    expect(verdicts(judge({ request: object({ uuid }) }, { request: object({ uuid }, ["uuid"]) }))).toEqual([
      { rule: "required", verdict: "non-breaking" },
    ]);
  });

  it("limit: a stricter maxLength, minLength or pattern in a request breaks; a looser one does not", () => {
    const naam = (extra: object) => ({ request: object({ naam: { type: "string", ...extra } }) });
    expect(verdicts(judge(naam({}), naam({ maxLength: 10 })))).toEqual([{ rule: "limit", verdict: "breaking" }]);
    expect(verdicts(judge(naam({ maxLength: 10 }), naam({ maxLength: 5 })))).toEqual([
      { rule: "limit", verdict: "breaking" },
    ]);
    expect(verdicts(judge(naam({ minLength: 1 }), naam({ minLength: 2 })))).toEqual([
      { rule: "limit", verdict: "breaking" },
    ]);
    expect(verdicts(judge(naam({ maxLength: 5 }), naam({ maxLength: 10 })))).toEqual([
      { rule: "limit", verdict: "non-breaking" },
    ]);
    expect(verdicts(judge(naam({ pattern: "^[a-z]+$" }), naam({ pattern: "^[0-9]+$" })))).toEqual([
      { rule: "limit", verdict: "breaking" },
    ]);
  });

  it("limit: a pattern that also accepts the empty string is looser", () => {
    const postcode = (pattern: string) => ({ request: object({ postcode: { type: "string", pattern } }) });
    expect(verdicts(judge(postcode("^[1-9][0-9]{3}$"), postcode("^([1-9][0-9]{3})?$")))).toEqual([
      { rule: "limit", verdict: "non-breaking" },
    ]);
  });

  it("limit-implied: a maxLength every uuid or enum value meets restricts nothing", () => {
    const uuid = (extra: object) => ({ request: object({ id: { type: "string", format: "uuid", ...extra } }) });
    expect(verdicts(judge(uuid({}), uuid({ maxLength: 36 })))).toEqual([
      { rule: "limit-implied", verdict: "non-breaking" },
    ]);
    const soort = (extra: object) => ({ request: object({ soort: { type: "string", enum: ["a", "bcd"], ...extra } }) });
    expect(verdicts(judge(soort({}), soort({ maxLength: 3 })))).toEqual([
      { rule: "limit-implied", verdict: "non-breaking" },
    ]);
    expect(verdicts(judge(soort({}), soort({ maxLength: 2 })))).toEqual([{ rule: "limit", verdict: "breaking" }]);
  });

  it("enum: a value removed from a request enum breaks, an added one does not", () => {
    const soort = (values: string[]) => ({ request: object({ soort: { type: "string", enum: values } }) });
    expect(verdicts(judge(soort(["a", "b"]), soort(["a"])))).toEqual([{ rule: "enum", verdict: "breaking" }]);
    expect(verdicts(judge(soort(["a"]), soort(["a", "b"])))).toEqual([{ rule: "enum", verdict: "non-breaking" }]);
  });

  it("enum-pinned-by-discriminator: a variant that pins its tag still accepts every tag through the union", () => {
    const variant = (tag: string, tags: string[]) =>
      object({ soort: { type: "string", enum: tags }, [`${tag}Naam`]: text }, ["soort"]);
    const union = (pinned: boolean) => ({
      request: {
        oneOf: ["a", "b"].map((tag) => variant(tag, pinned ? [tag] : ["a", "b"])),
        discriminator: { propertyName: "soort" },
      },
    });
    const judged = verdicts(judge(union(false), union(true)));
    expect(judged.length).toBeGreaterThan(0);
    expect(judged.every((c) => c.rule === "enum-pinned-by-discriminator" && c.verdict === "non-breaking")).toBe(true);
  });

  it("type: a changed type breaks", () => {
    expect(
      verdicts(judge({ request: object({ nummer: text }) }, { request: object({ nummer: { type: "integer" } }) })),
    ).toEqual([{ rule: "type", verdict: "breaking" }]);
  });

  it("nullable: a request field that no longer takes null breaks", () => {
    const nullable = { type: "string", nullable: true };
    expect(verdicts(judge({ request: object({ naam: nullable }) }, { request: object({ naam: text }) }))).toEqual([
      { rule: "nullable", verdict: "breaking" },
    ]);
  });

  it("read-only: a field that becomes read-only breaks a client that sets it", () => {
    expect(
      verdicts(
        judge({ request: object({ naam: text }) }, { request: object({ naam: { type: "string", readOnly: true } }) }),
      ),
    ).toEqual([{ rule: "read-only", verdict: "breaking" }]);
  });

  it("read-only-in-request: changes inside a read-only field do not reach the server", () => {
    const lijst = (extra: object) => ({
      request: object({ lijst: { type: "array", readOnly: true, items: { type: "string", ...extra } } }),
    });
    expect(verdicts(judge(lijst({}), lijst({ maxLength: 3 })))).toEqual([
      { rule: "read-only-in-request", verdict: "non-breaking" },
    ]);
    expect(verdicts(judge(lijst({}), lijst({ readOnly: true })))).toEqual([
      { rule: "read-only-in-request", verdict: "non-breaking" },
    ]);
  });

  it("variant: a shape the request accepted that is gone breaks", () => {
    const a = object({ a: text }, ["a"]);
    const b = object({ b: { type: "integer" } }, ["b"]);
    expect(verdicts(judge({ request: { oneOf: [a, b] } }, { request: { oneOf: [a] } }))).toContainEqual({
      rule: "variant",
      verdict: "breaking",
    });
  });
});

describe("responses", () => {
  it("property: a field no longer returned breaks, a new one does not", () => {
    expect(
      verdicts(judge({ response: object({ naam: text, code: text }) }, { response: object({ naam: text }) })),
    ).toEqual([{ rule: "property", verdict: "breaking" }]);
    expect(
      verdicts(judge({ response: object({ naam: text }) }, { response: object({ naam: text, code: text }) })),
    ).toEqual([{ rule: "property", verdict: "non-breaking" }]);
  });

  it("required: a response field that may now be missing breaks", () => {
    expect(
      verdicts(judge({ response: object({ naam: text }, ["naam"]) }, { response: object({ naam: text }) })),
    ).toEqual([{ rule: "required", verdict: "breaking" }]);
  });

  it("enum: a value added to a response enum breaks a client that handles each value", () => {
    const soort = (values: string[]) => ({ response: object({ soort: { type: "string", enum: values } }) });
    expect(verdicts(judge(soort(["a"]), soort(["a", "b"])))).toEqual([{ rule: "enum", verdict: "breaking" }]);
    expect(verdicts(judge(soort(["a", "b"]), soort(["a"])))).toEqual([{ rule: "enum", verdict: "non-breaking" }]);
  });

  it("nullable: a response field that may now be null breaks", () => {
    expect(
      verdicts(
        judge({ response: object({ naam: text }) }, { response: object({ naam: { type: "string", nullable: true } }) }),
      ),
    ).toEqual([{ rule: "nullable", verdict: "breaking" }]);
  });

  it("limit: a response limit changes no type a client reads", () => {
    const naam = (extra: object) => ({ response: object({ naam: { type: "string", ...extra } }) });
    expect(verdicts(judge(naam({ minLength: 2 }), naam({})))).toEqual([{ rule: "limit", verdict: "non-breaking" }]);
  });

  it("variant: one more shape in a response breaks a client that handles each one", () => {
    const a = object({ a: text }, ["a"]);
    const b = object({ b: { type: "integer" } }, ["b"]);
    expect(verdicts(judge({ response: { oneOf: [a] } }, { response: { oneOf: [a, b] } }))).toContainEqual({
      rule: "variant",
      verdict: "breaking",
    });
  });

  it("read-only: read-only in a response changes nothing for a reader", () => {
    expect(
      verdicts(
        judge({ response: object({ naam: { type: "string", readOnly: true } }) }, { response: object({ naam: text }) }),
      ),
    ).toEqual([{ rule: "read-only", verdict: "non-breaking" }]);
  });
});

describe("documentation and document-wide changes", () => {
  it("documentation: a new description or example is documentation only", () => {
    expect(
      judge(
        { response: object({ naam: text }) },
        { response: object({ naam: { ...text, description: "De naam.", example: "x" } }) },
      ),
    ).toEqual([]);
  });

  it("deprecated: marking a field deprecated does not break", () => {
    expect(
      verdicts(
        judge({ response: object({ naam: text }) }, { response: object({ naam: { ...text, deprecated: true } }) }),
      ),
    ).toEqual([{ rule: "deprecated", verdict: "non-breaking" }]);
  });

  it("security-requirement: moving an operation's requirement to the document changes nothing", () => {
    const token = [{ tokenAuth: [] }];
    expect(verdicts(judge({ security: token }, { documentSecurity: token }))).toEqual([
      { rule: "security-requirement", verdict: "non-breaking" },
      { rule: "security-requirement", verdict: "non-breaking" },
    ]);
    expect(verdicts(judge({}, { documentSecurity: token }))).toEqual([
      { rule: "security-requirement", verdict: "breaking" },
    ]);
  });
});
