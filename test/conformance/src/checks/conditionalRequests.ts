/**
 * `core-read`/`core-write`: entity tags and conditional writes, checked only where the contract
 * declares them (an `ETag` header on reading one object; an `If-Match` header parameter with a
 * 412 response on a write; `If-None-Match` with a 304). A contract without them gets no such
 * checks, so the suite is right for both versions.
 * @module
 */
import type { ContractIndex, Operation } from "../contract/operations.ts";
import type { Json } from "../fixtures/fixtureContext.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check, CheckContext } from "./check.ts";
import { withChange } from "./coreWrite.ts";
import { expectStatus, expectThat } from "./expect.ts";
import { operationIdOf, operationOf } from "./resourceContract.ts";

/** An entity tag no server hands out for a fresh object. */
const STALE = '"conformance-verouderd"';

/** Whether a response of an operation declares a header (names compare case-insensitively). */
export function declaresHeader(operation: Operation | undefined, status: string, name: string): boolean {
  const headers = operation?.responses[status]?.headers ?? {};
  return Object.keys(headers).some((header) => header.toLowerCase() === name.toLowerCase());
}

/** Whether an operation takes a request header parameter. */
export function takesHeader(operation: Operation | undefined, name: string): boolean {
  return (operation?.parameters ?? []).some(
    (parameter) => parameter.in === "header" && String(parameter.name).toLowerCase() === name.toLowerCase(),
  );
}

async function currentTag(context: CheckContext, spec: ResourceSpec, path: string): Promise<string> {
  const exchange = await context.client.request(spec.api, "GET", path);
  expectStatus(exchange, 200);
  const tag = exchange.response.headers.etag;
  expectThat(typeof tag === "string" && tag.length > 0, "reading an object gives an ETag header", exchange);
  return tag as string;
}

type Write = { kind: "Update" | "PartialUpdate" | "Destroy"; method: string };
const WRITES: Write[] = [
  { kind: "PartialUpdate", method: "PATCH" },
  { kind: "Update", method: "PUT" },
  { kind: "Destroy", method: "DELETE" },
];

/**
 * The conditional-request checks of one collection (none when the contract declares no ETag).
 * @example
 * conditionalRequestChecks(index, partijen).map((check) => check.id); // [] for a contract without ETag
 */
export function conditionalRequestChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  const retrieve = operationOf(index, spec, "Retrieve");
  if (!declaresHeader(retrieve, "200", "ETag") || !operationOf(index, spec, "Create")) {
    return [];
  }
  const base = { resource: spec.name, api: spec.api };
  const path = (object: Json) => `${spec.path}/${object.uuid}`;
  const patchable = operationOf(index, spec, "PartialUpdate");
  const revalidates = takesHeader(retrieve, "If-None-Match") && retrieve?.responses["304"] !== undefined;
  const checks: Check[] = [
    {
      ...base,
      id: `core-read/${spec.name}/etag`,
      conformanceClass: "core-read",
      kind: "response-conformance",
      rule: "Reading an object gives an ETag that stays the same until the object changes; If-None-Match with it gives 304 where declared.",
      reference: operationIdOf(spec, "Retrieve"),
      async run(context) {
        const object = await context.fixtures.create(spec.name);
        const tag = await currentTag(context, spec, path(object));
        expectThat((await currentTag(context, spec, path(object))) === tag, "reading twice gives the same ETag");
        if (revalidates) {
          const exchange = await context.client.request(spec.api, "GET", path(object), {
            headers: { "If-None-Match": tag },
          });
          expectStatus(exchange, 304);
        }
        const change = spec.change(context.fixtures);
        // a collection whose fields are all references has no change of its own to make
        if (patchable && Object.keys(change).length > 0) {
          const patch = await context.client.request(spec.api, "PATCH", path(object), {
            body: withChange({}, change),
          });
          expectStatus(patch, 200);
          expectThat((await currentTag(context, spec, path(object))) !== tag, "a change gives a new ETag");
        }
      },
    },
  ];
  const conditional = WRITES.filter(({ kind }) => {
    const operation = operationOf(index, spec, kind);
    return takesHeader(operation, "If-Match") && operation?.responses["412"] !== undefined;
  });
  if (conditional.length > 0) {
    checks.push({
      ...base,
      id: `core-write/${spec.name}/if-match`,
      conformanceClass: "core-write",
      kind: "lifecycle",
      rule: `${conditional.map(({ method }) => method).join(", ")} with an If-Match that is not the current ETag give 412 and change nothing; with the current ETag they go ahead.`,
      reference: operationIdOf(spec, conditional[0]?.kind ?? "Update"),
      async run(context) {
        const { client, fixtures } = context;
        const body = await fixtures.body(spec.name);
        const object = fixtures.created201(spec.name, await fixtures.post(spec.name, body));
        for (const { method } of conditional) {
          const request = (ifMatch: string) =>
            client.request(spec.api, method, path(object), {
              body: method === "DELETE" ? undefined : withChange(method === "PUT" ? body : {}, spec.change(fixtures)),
              headers: { "If-Match": ifMatch },
            });
          const before = await currentTag(context, spec, path(object));
          expectStatus(await request(STALE), 412);
          expectThat(
            (await currentTag(context, spec, path(object))) === before,
            `${method} with a stale If-Match must not change the object`,
          );
          expectStatus(await request(before), ...(method === "DELETE" ? [204] : [200]));
        }
      },
    });
  }
  return checks;
}
