import type { FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { MediaType, PathsWithMethod } from "openapi-typescript-helpers";
import type { AnyPaths, ApiClient } from "./client.ts";
import type { WithExpand } from "./expand.ts";
import { KlantinteractiesError } from "./problem.ts";

type GetData<Paths extends AnyPaths, Path extends keyof Paths> = NonNullable<
  FetchResponse<Paths[Path]["get"], object, MediaType>["data"]
>;

/** The object a list path pages over. */
type ListItem<Paths extends AnyPaths, Path extends keyof Paths> =
  GetData<Paths, Path> extends { results: (infer Item)[] } ? Item : never;

/**
 * The GET paths that answer with a page (`count`, `next`, `previous`, `results`): what `paginate` accepts.
 * @example
 * import type { KlantinteractiesPaths, ListPath } from "@klantinteracties/sdk";
 * const lists: ListPath<KlantinteractiesPaths>[] = ["/partijen", "/klantcontacten"];
 */
export type ListPath<Paths extends AnyPaths> = {
  [Path in PathsWithMethod<Paths, "get">]: [ListItem<Paths, Path>] extends [never] ? never : Path;
}[PathsWithMethod<Paths, "get">];

/**
 * Every object of a list, across all pages: requests the first page with `init` (filters, `pageSize`,
 * `expand`), then each page that `next` names, until `next` is `null`. A failed page throws a
 * `KlantinteractiesError`; stop early with `break`.
 * @example
 * import { paginate } from "@klantinteracties/sdk";
 * for await (const klantcontact of paginate(client, "/klantcontacten", {
 *   params: { query: { hadBetrokkene__wasPartij__uuid: partijUuid, pageSize: 100 } },
 * })) {
 *   console.log(klantcontact.onderwerp);
 * }
 */
export async function* paginate<
  Paths extends AnyPaths,
  Path extends ListPath<Paths>,
  // inferred from `expand` on its own: an init type parameter would lose its literals, as the contextual
  // type is not known until Paths is
  Expand extends string = never,
>(
  client: ApiClient<Paths>,
  path: Path,
  init?: NonNullable<MaybeOptionalInit<Paths[Path], "get">> & { params?: { query?: { expand?: Expand[] } } },
): AsyncGenerator<WithExpand<ListItem<Paths, Path>, Expand>, void, undefined> {
  type Page = { results: WithExpand<ListItem<Paths, Path>, Expand>[]; next: string | null };
  // the generic path defeats openapi-fetch's overloads; the signature above carries the types
  const get = client.GET as unknown as (
    url: string,
    init: Record<string, unknown>,
  ) => Promise<{ data?: Page; error?: unknown; response: Response }>;
  const base = (init ?? {}) as { params?: { query?: Record<string, unknown> } };
  let page = Number(base.params?.query?.page ?? 1);
  for (;;) {
    const { data, error, response } = await get(path as string, {
      ...base,
      params: { ...base.params, query: { ...base.params?.query, page } },
    });
    if (data === undefined) {
      throw KlantinteractiesError.from(error, response);
    }
    yield* data.results;
    if (!data.next) {
      return;
    }
    const next = Number(new URL(data.next).searchParams.get("page"));
    if (!Number.isInteger(next) || next <= page) {
      throw new Error(`paginate: cannot follow next ${data.next} from page ${page}`);
    }
    page = next;
  }
}
