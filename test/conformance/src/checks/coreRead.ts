/**
 * `core-read`: reading one object, lists and their paging envelope, unknown objects and
 * parameters, and the published specification.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { ApiName } from "@klantinteracties/contract";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check } from "./check.ts";
import { expectInvalidParam, expectStatus, expectThat } from "./expect.ts";
import { collect, uuids } from "./listing.ts";
import { operationIdOf, operationOf } from "./resourceContract.ts";

/** The core-read checks of one collection. */
export function coreReadChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  const base = { conformanceClass: "core-read" as const, resource: spec.name, api: spec.api };
  const checks: Check[] = [];
  if (operationOf(index, spec, "Retrieve")) {
    checks.push({
      ...base,
      id: `core-read/${spec.name}/retrieve`,
      kind: "response-conformance",
      rule: "Reading an object returns 200 with that object, its absolute url ending in its uuid.",
      reference: operationIdOf(spec, "Retrieve"),
      async run(context) {
        const created = await context.fixtures.create(spec.name);
        const exchange = await context.client.request(spec.api, "GET", `${spec.path}/${created.uuid}`);
        expectStatus(exchange, 200);
        const body = exchange.response.body;
        expectThat(body?.uuid === created.uuid, "the object read has the uuid it was created with", exchange);
        expectThat(body.url === created.url, "the object read has the url it was created with", exchange);
        expectThat(/^https?:\/\//.test(body.url), "url is absolute", exchange);
        expectThat(
          String(body.url).endsWith(`${spec.path}/${created.uuid}`),
          "url ends in /<collection>/<uuid>",
          exchange,
        );
      },
    });
    checks.push({
      ...base,
      id: `core-read/${spec.name}/not-found`,
      kind: "response-conformance",
      rule: "An unknown uuid gives 404 problem+json on read, update and delete; a malformed one 400 or 404.",
      reference: operationIdOf(spec, "Retrieve"),
      async run(context) {
        const path = `${spec.path}/${randomUUID()}`;
        expectStatus(await context.client.request(spec.api, "GET", path), 404);
        if (operationOf(index, spec, "Destroy")) {
          expectStatus(await context.client.request(spec.api, "DELETE", path), 404);
        }
        if (operationOf(index, spec, "PartialUpdate")) {
          expectStatus(await context.client.request(spec.api, "PATCH", path, { body: {} }), 404);
        }
        expectStatus(await context.client.request(spec.api, "GET", `${spec.path}/geen-uuid`), 400, 404);
      },
    });
  }
  if (!operationOf(index, spec, "List")) {
    return checks;
  }
  checks.push(
    {
      ...base,
      id: `core-read/${spec.name}/list`,
      kind: "list",
      rule: "A list returns 200 with the paging envelope {count, next, previous, results} and includes a new object.",
      reference: operationIdOf(spec, "List"),
      async run(context) {
        const created = await context.fixtures.create(spec.name);
        const results = await collect(context, spec, spec.tag ? { [spec.tag.filter]: created[spec.tag.path] } : {}, 50);
        expectThat(uuids(results).has(created.uuid), "the list contains the object just created");
      },
    },
    {
      ...base,
      id: `core-read/${spec.name}/paging`,
      kind: "list",
      rule: "Pages follow pageSize; next/previous are absolute links keeping the other parameters; a page past the end is 404.",
      reference: operationIdOf(spec, "List"),
      async run(context) {
        const tag = spec.tag ? context.fixtures.unique.token("tag", 40) : undefined;
        const mine = [];
        for (let i = 0; i < 3; i++) {
          mine.push(await context.fixtures.create(spec.name, tag && spec.tag ? { [spec.tag.path]: tag } : {}));
        }
        const query: Record<string, string | number> = { pageSize: 2 };
        if (tag && spec.tag) {
          query[spec.tag.filter] = tag;
        }
        const first = await context.client.request(spec.api, "GET", spec.path, { query });
        expectStatus(first, 200);
        const page1 = first.response.body;
        expectThat(page1.results.length === 2, `pageSize=2 gives 2 results, got ${page1.results.length}`, first);
        expectThat(page1.count >= 3, `count covers all matching objects, got ${page1.count}`, first);
        if (tag) {
          expectThat(
            page1.count === 3,
            `count is 3 for the 3 objects sharing a filter value, got ${page1.count}`,
            first,
          );
        }
        expectThat(page1.previous === null, "the first page has no previous link", first);
        expectThat(typeof page1.next === "string" && /^https?:\/\//.test(page1.next), "next is an absolute URL", first);
        const next = new URL(page1.next);
        expectThat(next.searchParams.get("pageSize") === "2", "next keeps pageSize", first);
        expectThat(next.searchParams.get("page") === "2", "next points at page 2", first);
        if (tag && spec.tag) {
          expectThat(next.searchParams.get(spec.tag.filter) === tag, `next keeps the filter ${spec.tag.filter}`, first);
        }
        const second = await context.client.request(spec.api, "GET", page1.next);
        expectStatus(second, 200);
        const page2 = second.response.body;
        expectThat(typeof page2.previous === "string", "the second page links back with previous", second);
        const seen = new Set([...page1.results, ...page2.results].map((object: { uuid: string }) => object.uuid));
        expectThat(seen.size === page1.results.length + page2.results.length, "pages do not overlap", second);
        if (tag) {
          expectThat(page2.next === null, "the last page has no next link", second);
          expectThat(
            mine.every((object) => seen.has(object.uuid)),
            "the two pages hold exactly the filtered objects",
            second,
          );
        }
        const lastPage = Math.ceil(page1.count / 2);
        const past = await context.client.request(spec.api, "GET", spec.path, {
          query: { ...query, page: lastPage + 1 },
        });
        expectStatus(past, 404);
      },
    },
    {
      ...base,
      id: `core-read/${spec.name}/page-size-limits`,
      kind: "list",
      rule: "pageSize above 500 gives at most 500 results; page or pageSize below 1 or not a number is a 400 naming it.",
      reference: "#/components/parameters/pageSize",
      async run(context) {
        const big = await context.client.request(spec.api, "GET", spec.path, { query: { pageSize: 501 } });
        expectStatus(big, 200);
        expectThat(big.response.body.results.length <= 500, "never more than 500 results on a page", big);
        expectInvalidParam(
          await context.client.request(spec.api, "GET", spec.path, { query: { pageSize: 0 } }),
          "pageSize",
        );
        expectInvalidParam(await context.client.request(spec.api, "GET", spec.path, { query: { page: 0 } }), "page");
        expectInvalidParam(
          await context.client.request(spec.api, "GET", spec.path, { query: { pageSize: "veel" } }),
          "pageSize",
        );
      },
    },
    {
      ...base,
      id: `core-read/${spec.name}/unknown-parameter`,
      kind: "list",
      rule: "A query parameter the contract does not declare is rejected with 400, on the list and on one object.",
      reference: operationIdOf(spec, "List"),
      async run(context) {
        const list = await context.client.request(spec.api, "GET", spec.path, { query: { onbekendeParameter: "1" } });
        expectStatus(list, 400);
        expectThat(list.response.body?.invalidParams?.length > 0, "the 400 lists invalidParams", list);
        if (operationOf(index, spec, "Retrieve")) {
          const created = await context.fixtures.create(spec.name);
          const one = await context.client.request(spec.api, "GET", `${spec.path}/${created.uuid}`, {
            query: { onbekendeParameter: "1" },
          });
          expectStatus(one, 400);
        }
      },
    },
  );
  return checks;
}

/** The checks on a whole API: its published specification. */
export function apiReadChecks(index: ContractIndex, api: ApiName): Check[] {
  return [
    {
      id: `core-read/${api}/specification`,
      conformanceClass: "core-read",
      kind: "response-conformance",
      resource: "api",
      api,
      rule: "The specification is published at openapi.json without a token, with the contract's version.",
      reference: "specificatieJson",
      async run(context) {
        const exchange = await context.client.request(api, "GET", "/openapi.json", { authorization: null });
        expectStatus(exchange, 200);
        const version = exchange.response.body?.info?.version;
        expectThat(
          typeof version === "string" && version.startsWith(index.apis[api].version),
          `info.version should be ${index.apis[api].version}, got ${version}`,
          exchange,
        );
      },
    },
  ];
}
