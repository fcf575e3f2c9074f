/**
 * Assertions for checks: each throws a {@link RuleViolation} carrying the exchange as evidence.
 * @module
 */
import type { Exchange } from "../http/exchange.ts";
import { RuleViolation } from "./check.ts";

/**
 * The response has one of the statuses.
 * @example
 * expectStatus(exchange, 201);
 */
export function expectStatus(exchange: Exchange, ...statuses: number[]): void {
  if (!statuses.includes(exchange.response.status)) {
    throw new RuleViolation(
      `expected status ${statuses.join(" or ")}, got ${exchange.response.status}: ${excerpt(exchange.response.bodyText, 300)}`,
      exchange,
    );
  }
}

/** The condition holds, else the rule is violated with this message. */
export function expectThat(condition: unknown, message: string, exchange?: Exchange): asserts condition {
  if (!condition) {
    throw new RuleViolation(message, exchange);
  }
}

/**
 * A 400 problem whose `invalidParams` names the field (or something below it).
 * @example
 * expectInvalidParam(exchange, "partijIdentificator.objectId");
 */
export function expectInvalidParam(exchange: Exchange, ...fields: string[]): void {
  expectStatus(exchange, 400);
  const params = exchange.response.body?.invalidParams;
  expectThat(Array.isArray(params), "a 400 must list invalidParams", exchange);
  const names: string[] = params.map((param: { name?: string }) => String(param?.name ?? ""));
  const named = fields.some((field) => names.some((name) => namesField(name, field)));
  expectThat(
    named,
    `invalidParams should name ${fields.join(" or ")}, named ${names.join(", ") || "nothing"}`,
    exchange,
  );
}

/**
 * Whether an invalidParams name points at a field: the same path, a path below it, or the
 * flattened form some implementations use (`partijIdentificatorObjectId`).
 * @example
 * namesField("partijIdentificator.objectId", "partijIdentificator"); // true
 */
export function namesField(name: string, field: string): boolean {
  const flat = (value: string) => value.replaceAll(/[._]/g, "").toLowerCase();
  return (
    name === field ||
    name.startsWith(`${field}.`) ||
    name.startsWith(`${field}[`) ||
    flat(name) === flat(field) ||
    flat(name).startsWith(flat(field))
  );
}

/** A 4xx answered as problem+json (the contract check on the exchange covers its shape). */
export function expectClientError(exchange: Exchange): void {
  const { status } = exchange.response;
  expectThat(
    status >= 400 && status < 500,
    `expected a 4xx rejection, got ${status}: ${excerpt(exchange.response.bodyText, 300)}`,
    exchange,
  );
}

/** The first characters of a text, for messages and reports. */
export function excerpt(text: string, length = 500): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
