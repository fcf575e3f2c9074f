/**
 * The one way the suite talks to the server: every request goes through here, is recorded, and
 * its response is checked against the contract.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import type { ContractIndex } from "../contract/operations.ts";
import type { ResponseValidator } from "../contract/responseValidator.ts";
import { type Exchange, redactHeaders } from "./exchange.ts";

/** Where the implementation under test lives. */
export interface Target {
  /** Base URL per API, e.g. `{ klantinteracties: "http://host/klantinteracties/api/v1" }`; absent when not tested. */
  baseUrls: Partial<Record<ApiName, string>>;
  token: string;
}

/** Options of one request. */
export interface RequestOptions {
  /** JSON-serialised as the body, with `Content-Type: application/json`. */
  body?: unknown;
  /** Sent as is (e.g. malformed JSON); `Content-Type` from `headers`, default application/json. */
  rawBody?: string;
  /** Query parameters; arrays repeat the parameter. */
  query?: Record<string, string | number | boolean | string[] | undefined>;
  /** `undefined`: the run's token; `null`: no `Authorization` header; a string: that header value. */
  authorization?: string | null;
  headers?: Record<string, string>;
}

/** Thrown when the server cannot be reached at all. */
export class UnreachableError extends Error {}

/** Sends requests for the checks, records each {@link Exchange} and validates its response. */
export class ConformanceClient {
  constructor(
    readonly target: Target,
    readonly index: ContractIndex,
    private readonly validator: ResponseValidator,
    private readonly record: (exchange: Exchange) => void = () => {},
    private readonly timeoutMs = 30_000,
  ) {}

  /** A copy that records into another sink (each check gets its own). */
  withRecorder(record: (exchange: Exchange) => void): ConformanceClient {
    return new ConformanceClient(this.target, this.index, this.validator, record, this.timeoutMs);
  }

  /** The absolute URL of a path of one API, e.g. `url("klantinteracties", "/partijen")`. */
  url(api: ApiName, path: string): string {
    const base = this.target.baseUrls[api];
    if (!base) {
      throw new Error(`no base URL for the ${api} API`);
    }
    return `${base.replace(/\/$/, "")}${path}`;
  }

  /**
   * Sends a request to a path of an API or to an absolute URL (e.g. a `next` link).
   * @example
   * const exchange = await client.request("klantinteracties", "GET", "/partijen", { query: { pageSize: 1 } });
   */
  async request(api: ApiName, method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<Exchange> {
    const url = new URL(/^https?:\/\//.test(pathOrUrl) ? pathOrUrl : this.url(api, pathOrUrl));
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value === undefined) {
        continue;
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        url.searchParams.append(name, String(item));
      }
    }
    const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
    if (options.authorization !== null) {
      headers.Authorization = options.authorization ?? `Token ${this.target.token}`;
    }
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    Object.assign(headers, options.headers);
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new UnreachableError(`${method} ${url} failed: ${(error as Error).cause ?? (error as Error).message}`);
    }
    const bodyText = await response.text();
    const isJson = /json/.test(response.headers.get("content-type") ?? "");
    let parsed: unknown;
    if (isJson && bodyText) {
      try {
        parsed = JSON.parse(bodyText);
      } catch {
        parsed = undefined;
      }
    }
    const exchange: Exchange = {
      request: { method, url: url.toString(), headers: redactHeaders(headers), body },
      response: {
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        bodyText,
        body: parsed,
      },
      violations: [],
      durationMs: Math.round(performance.now() - started),
    };
    const operation = this.operationFor(api, method, url);
    if (operation) {
      exchange.operationId = operation.operationId;
      exchange.violations = this.validator.validate(operation, {
        status: response.status,
        headers: response.headers,
        body: parsed,
        bodyText,
      });
    } else {
      exchange.violations = [`${method} ${url.pathname} is not an operation of the contract`];
    }
    this.record(exchange);
    return exchange;
  }

  private operationFor(api: ApiName, method: string, url: URL) {
    const base = new URL(this.url(api, "/"));
    const basePath = base.pathname.replace(/\/$/, "");
    if (!url.pathname.startsWith(basePath)) {
      return undefined;
    }
    return this.index.match(api, method, url.pathname.slice(basePath.length));
  }
}
