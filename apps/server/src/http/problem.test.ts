import pino from "pino";
import { describe, expect, it } from "vitest";
import {
  Problem,
  problemHandler,
  RETRY_AFTER_UNAVAILABLE_SECONDS,
  toInvalidParams,
  toProblem,
  toProblemBody,
} from "./problem.ts";

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
    expect(toProblem({ code: "40P01" }).kind).toBe("conflict");
  });

  it("names the field of a unique index a race tripped, so the loser gets the rule's answer", () => {
    expect(toProblem({ code: "23505", constraint: "klantcontacten_nummer_unique" }).invalidParams).toEqual([
      { name: "nummer", code: "unique", reason: "Er bestaat al een klantcontact met dit nummer." },
    ]);
    expect(toProblem({ code: "23505", constraint: "digitale_adressen_een_standaard" }).invalidParams?.[0]?.name).toBe(
      "isStandaardAdres",
    );
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

describe("toProblem for a database that cannot be reached", () => {
  it.each([
    ["a refused connection", { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }],
    ["an unknown host", { code: "ENOTFOUND" }],
    ["admin_shutdown (pg_terminate_backend)", { code: "57P01", message: "select 1 - terminating connection" }],
    ["cannot_connect_now (starting up)", { code: "57P03" }],
    ["a connection exception (class 08)", { code: "08006" }],
    ["too many connections", { code: "53300" }],
    ["a pool acquire timeout", { name: "KnexTimeoutError", message: "Knex: Timeout acquiring a connection." }],
    ["a connection that died between queries", { message: 'select * from "x" - Connection terminated unexpectedly' }],
  ])("maps %s to 503 service_unavailable without the SQL", (_case, error) => {
    const problem = toProblem(error);
    expect(problem.kind).toBe("service_unavailable");
    expect(problem.detail).not.toMatch(/select|Knex|ECONN/);
  });

  it("keeps other SQLSTATEs a 500", () => {
    expect(toProblem({ code: "42P01", message: 'select 1 - relation "x" does not exist' }).kind).toBe("error");
  });
});

describe("problemHandler", () => {
  it("sets Retry-After on a 503 and renders problem JSON", () => {
    const headers: Record<string, string> = {};
    const sent: { status?: number; type?: string; body?: unknown } = {};
    const res = {
      headersSent: false,
      set: (name: string, value: string) => {
        headers[name] = value;
        return res;
      },
      status: (status: number) => {
        sent.status = status;
        return res;
      },
      type: (type: string) => {
        sent.type = type;
        return res;
      },
      json: (body: unknown) => {
        sent.body = body;
        return res;
      },
    };
    const handler = problemHandler({ logger: pino({ level: "silent" }), typeBase: () => "http://x" });
    handler({ code: "ECONNREFUSED" }, { id: "r" } as never, res as never, () => {});
    expect(sent).toMatchObject({ status: 503, type: "application/problem+json" });
    expect(headers["Retry-After"]).toBe(String(RETRY_AFTER_UNAVAILABLE_SECONDS));
  });
});
