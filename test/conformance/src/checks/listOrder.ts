/**
 * `core-read`: the fixed order of a list, as the list operation's description states it:
 * "nieuwste eerst" (newest first) or "het meest recente `<field>` eerst" (by a moment, latest
 * first). A collection whose description states no order gets no check.
 * @module
 */
import type { ContractIndex } from "../contract/operations.ts";
import type { Json } from "../fixtures/fixtureContext.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import type { Check, CheckContext } from "./check.ts";
import { expectStatus, expectThat } from "./expect.ts";
import { operationIdOf, operationOf } from "./resourceContract.ts";

/** The order a list promises: newest first, or latest value of a date-time field first. */
export type ListOrder = { newestFirst: true } | { latestFirst: string };

/**
 * The order a list operation's description promises, if any.
 * @example
 * listOrder("Geeft … per pagina terug, het meest recente `plaatsgevondenOp` eerst."); // { latestFirst: "plaatsgevondenOp" }
 */
export function listOrder(description: string | undefined): ListOrder | undefined {
  const byField = /meest recente `(\w+)` eerst/.exec(description ?? "");
  if (byField) {
    return { latestFirst: byField[1] as string };
  }
  return /nieuwste eerst/.test(description ?? "") ? { newestFirst: true } : undefined;
}

/** Three moments whose order differs from the order of creation, latest first: 2nd, 1st, 3rd. */
const MOMENTS = ["2024-05-01T10:00:00Z", "2024-06-01T10:00:00Z", "2024-04-01T10:00:00Z"];

/** Creates three objects (sharing the spec's tag value, when it has one) and says in which order they must come. */
async function threeObjects(context: CheckContext, spec: ResourceSpec, order: ListOrder) {
  const tag = spec.tag ? { [spec.tag.path]: context.fixtures.unique.token("tag", 40) } : {};
  const made: Json[] = [];
  for (const moment of MOMENTS) {
    const moved = "latestFirst" in order ? { [order.latestFirst]: moment } : {};
    made.push(await context.fixtures.create(spec.name, { ...tag, ...moved }));
  }
  const [first, second, third] = made as [Json, Json, Json];
  const expected = "latestFirst" in order ? [second, first, third] : [third, second, first];
  const query = spec.tag ? { [spec.tag.filter]: Object.values(tag)[0] as string } : {};
  return { expected, query };
}

/** The ordering check of one collection, when its list states an order. */
export function listOrderChecks(index: ContractIndex, spec: ResourceSpec): Check[] {
  const list = operationOf(index, spec, "List");
  const order = listOrder(list?.description);
  if (!list || !order || !operationOf(index, spec, "Create")) {
    return [];
  }
  return [
    {
      id: `core-read/${spec.name}/order`,
      conformanceClass: "core-read",
      kind: "list",
      resource: spec.name,
      api: spec.api,
      rule:
        "latestFirst" in order
          ? `The list comes with the latest ${order.latestFirst} first.`
          : "The list comes newest first.",
      reference: operationIdOf(spec, "List"),
      async run(context) {
        const { expected, query } = await threeObjects(context, spec, order);
        // the newest objects belong on the first page, also without a filter to isolate them
        const exchange = await context.client.request(spec.api, "GET", spec.path, {
          query: { ...query, pageSize: 500 },
        });
        expectStatus(exchange, 200);
        const positions = expected.map((object) =>
          (exchange.response.body?.results ?? []).findIndex((result: Json) => result?.uuid === object.uuid),
        );
        expectThat(
          positions.every((position) => position >= 0),
          "the three objects just made should be on the first page",
          exchange,
        );
        expectThat(
          positions.every((position, i) => i === 0 || position > (positions[i - 1] as number)),
          `expected ${expected.map((object) => object.uuid).join(", ")} in this order, found them at positions ${positions.join(", ")}`,
          exchange,
        );
      },
    },
  ];
}
