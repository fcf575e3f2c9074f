import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import createClient from "openapi-fetch";
import type { MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import { tokenAuth } from "./auth.ts";
import type { ExpandData, RequestedExpand } from "./expand.ts";
import { type RetryOptions, withRetry } from "./retry.ts";
import type { ContactgegevensPaths, KlantinteractiesPaths } from "./schemas.ts";

/**
 * What both clients need to know.
 * @example
 * import type { ClientConfig } from "@klantinteracties/sdk";
 * const config: ClientConfig = {
 *   baseUrl: "https://klantinteracties.example.org/klantinteracties/api/v1",
 *   token: process.env.KLANTINTERACTIES_TOKEN ?? "",
 *   retry: { retries: 3 },
 * };
 */
export interface ClientConfig {
  /**
   * The API root including its base path, e.g. `https://example.org/klantinteracties/api/v1` or
   * `https://example.org/contactgegevens/api/v1`.
   */
  baseUrl: string;
  /** The API token, sent as `Authorization: Token <token>`. */
  token: string;
  /** A `fetch` to send requests with (tests, proxies, instrumentation); `globalThis.fetch` by default. */
  fetch?: (input: Request) => Promise<Response>;
  /** Retrying of idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE); on by default, `false` turns it off. */
  retry?: RetryOptions | false;
  /** Headers sent with every request, e.g. `{ "Accept-Crs": "EPSG:4326" }`. */
  headers?: Record<string, string>;
}

/** The bound openapi-fetch puts on a `paths` type (internal; not exported from the package). */
// biome-ignore lint/suspicious/noExplicitAny: the same bound openapi-fetch uses; `unknown` rejects generated interfaces
export type AnyPaths = Record<string, any>;

/** Type-only key that carries a client's paths, so helpers such as `paginate` can infer them. */
declare const pathsOf: unique symbol;

type InitParam<Init> =
  RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

type WithExpandedData<Result, Paths extends string> = Result extends { data: infer Data }
  ? Omit<Result, "data"> & { data: ExpandData<Data, Paths> }
  : Result;

/** openapi-fetch's GET, with the data of a request that asks for `expand` typed with `_expand`. */
type ExpandingGet<Paths extends AnyPaths> = <
  Path extends PathsWithMethod<Paths, "get">,
  Init extends MaybeOptionalInit<Paths[Path], "get">,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<WithExpandedData<FetchResponse<Paths[Path]["get"], Init, MediaType>, RequestedExpand<Init>>>;

/**
 * An openapi-fetch client for one API: `GET`, `POST`, `PUT`, `PATCH`, `DELETE` with typed paths,
 * parameters, bodies, data and errors (the problem details the contract declares), and `use` for middleware.
 * @example
 * import type { ApiClient, KlantinteractiesPaths } from "@klantinteracties/sdk";
 * async function count(client: ApiClient<KlantinteractiesPaths>): Promise<number> {
 *   const { data } = await client.GET("/partijen", { params: { query: { pageSize: 1 } } });
 *   return data?.count ?? 0;
 * }
 */
export type ApiClient<Paths extends AnyPaths> = Omit<Client<Paths>, "GET"> & {
  GET: ExpandingGet<Paths>;
  readonly [pathsOf]?: Paths;
};

/**
 * A client of the Klantinteracties API.
 * @example
 * import type { KlantinteractiesClient } from "@klantinteracties/sdk";
 * const names = async (client: KlantinteractiesClient) => (await client.GET("/categorieen")).data?.results.map((c) => c.naam);
 */
export type KlantinteractiesClient = ApiClient<KlantinteractiesPaths>;

/**
 * A client of the Contactgegevens API.
 * @example
 * import type { ContactgegevensClient } from "@klantinteracties/sdk";
 * const count = async (client: ContactgegevensClient) => (await client.GET("/persoon")).data?.count;
 */
export type ContactgegevensClient = ApiClient<ContactgegevensPaths>;

function createApiClient<Paths extends AnyPaths>(config: ClientConfig): ApiClient<Paths> {
  const send = config.fetch;
  const client = createClient<Paths>({
    baseUrl: config.baseUrl,
    // resolved per request, so a fetch replaced after creating the client (tests, instrumentation) is used
    fetch: withRetry((request) => (send ?? globalThis.fetch)(request), config.retry),
    // the contract's `expand` is style form, explode false: `expand=a,b`
    querySerializer: { array: { style: "form", explode: false } },
    ...(config.headers ? { headers: config.headers } : {}),
  });
  client.use(tokenAuth(config.token));
  return client as unknown as ApiClient<Paths>;
}

/**
 * A typed client of the Klantinteracties API: calls return `{ data, error, response }` (see `unwrap`
 * for the throwing style); idempotent requests are retried on network errors, 429, 502, 503 and 504.
 * @example
 * import { createKlantinteractiesClient } from "@klantinteracties/sdk";
 * const client = createKlantinteractiesClient({
 *   baseUrl: "https://klantinteracties.example.org/klantinteracties/api/v1",
 *   token: process.env.KLANTINTERACTIES_TOKEN ?? "",
 * });
 * const { data, error } = await client.GET("/partijen/{uuid}", { params: { path: { uuid } } });
 */
export function createKlantinteractiesClient(config: ClientConfig): KlantinteractiesClient {
  return createApiClient<KlantinteractiesPaths>(config);
}

/**
 * A typed client of the Contactgegevens API, with the same options and behaviour as
 * `createKlantinteractiesClient`.
 * @example
 * import { createContactgegevensClient } from "@klantinteracties/sdk";
 * const contactgegevens = createContactgegevensClient({
 *   baseUrl: "https://klantinteracties.example.org/contactgegevens/api/v1",
 *   token: process.env.KLANTINTERACTIES_TOKEN ?? "",
 * });
 * const { data } = await contactgegevens.GET("/persoon", { params: { query: { pageSize: 20 } } });
 */
export function createContactgegevensClient(config: ClientConfig): ContactgegevensClient {
  return createApiClient<ContactgegevensPaths>(config);
}
