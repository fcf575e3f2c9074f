/**
 * What a check is: a stable id, the conformance class it belongs to, the rule it verifies (in one
 * line), a reference into the contract, and the code that verifies it against a server.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResponseValidator } from "../contract/responseValidator.ts";
import type { ConformanceClient } from "../http/client.ts";
import type { Exchange } from "../http/exchange.ts";

/** The conformance classes; the report gives a verdict for each. */
export const CONFORMANCE_CLASSES = [
  "core-read",
  "core-write",
  "filters",
  "expand",
  "business-rules",
  "auth",
  "robustness",
] as const;
export type ConformanceClass = (typeof CONFORMANCE_CLASSES)[number];

/** What kind of evidence a check gathers. */
export const CHECK_KINDS = [
  "response-conformance",
  "lifecycle",
  "validation",
  "business-rule",
  "list",
  "filter",
  "expand",
  "auth",
  "property-based",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Everything a running check may use. */
export interface CheckContext {
  client: ConformanceClient;
  index: ContractIndex;
  validator: ResponseValidator;
  /** Creates objects the check needs; each is deleted again after the check. */
  fixtures: import("../fixtures/fixtureContext.ts").FixtureContext;
  /** Seed and number of runs for property-based checks. */
  seed: number;
  runs: number;
  /** Adds a note to the result (shown in the report even when the check passes). */
  note(text: string): void;
}

/** One verifiable rule. */
export interface Check {
  /** Stable id: `<class>/<resource>/<name>`, e.g. `core-write/partijen/lifecycle`. */
  id: string;
  conformanceClass: ConformanceClass;
  kind: CheckKind;
  /** The collection (e.g. `partijen`), or `api` for rules of a whole API. */
  resource: string;
  api: ApiName;
  /** The rule, in one line. */
  rule: string;
  /** Where the contract states it: an operationId or a JSON pointer. */
  reference: string;
  run(context: CheckContext): Promise<void>;
}

/** A rule that the server did not keep; carries the exchange that shows it. */
export class RuleViolation extends Error {
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
    this.name = "RuleViolation";
  }
}

/** A precondition (a fixture, a related object) could not be set up; the check fails with it. */
export class SetupFailure extends RuleViolation {
  constructor(message: string, exchange?: Exchange) {
    super(message, exchange);
    this.name = "SetupFailure";
  }
}
