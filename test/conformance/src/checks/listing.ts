/**
 * Reading lists the way a client does: page by page, following `next`.
 * @module
 */
import type { Json } from "../fixtures/fixtureContext.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { CheckContext } from "./check.ts";
import { expectStatus, expectThat } from "./expect.ts";

/**
 * Collects the results of a list query, following `next` up to `maxPages` pages.
 * @example
 * const results = await collect(context, spec, { kanaal: "x" });
 */
export async function collect(
  context: CheckContext,
  spec: ResourceSpec,
  query: Record<string, string | number | boolean | string[] | undefined>,
  maxPages = 10,
): Promise<Json[]> {
  const results: Json[] = [];
  let exchange = await context.client.request(spec.api, "GET", spec.path, { query: { pageSize: 500, ...query } });
  for (let page = 1; ; page++) {
    expectStatus(exchange, 200);
    const body = exchange.response.body;
    expectThat(Array.isArray(body?.results), "a list answer has a results array", exchange);
    results.push(...body.results);
    if (!body.next || page >= maxPages) {
      return results;
    }
    exchange = await context.client.request(spec.api, "GET", body.next);
  }
}

/** The uuids of a list of objects. */
export function uuids(objects: Json[]): Set<string> {
  return new Set(objects.map((object) => object?.uuid));
}
