/**
 * Retries as a wrapper around `fetch`: below openapi-fetch's middleware, so a retried request keeps its
 * headers, and above the network, so every attempt is a real request.
 */

/**
 * How a client retries; `retry: false` turns retrying off.
 * @example
 * import { createKlantinteractiesClient, type RetryOptions } from "@klantinteracties/sdk";
 * const retry: RetryOptions = { retries: 4, baseDelayMs: 250 };
 * const client = createKlantinteractiesClient({ baseUrl, token, retry });
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** Delay before the first retry, doubled for every next one, in ms (default 500). */
  baseDelayMs?: number;
  /** Upper bound of the backoff delay, in ms (default 10 000). */
  maxDelayMs?: number;
  /** A longer `Retry-After` than this is not waited for: the response is returned as is (default 60 000 ms). */
  maxRetryAfterMs?: number;
}

type Fetch = (input: Request) => Promise<Response>;

const DEFAULTS: Required<RetryOptions> = { retries: 2, baseDelayMs: 500, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 };

/** Methods that may be sent twice with the same effect (RFC 9110 §9.2.2). PATCH and POST are not among them. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Statuses that say "try again later" rather than "this request is wrong". */
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * A `fetch` that retries idempotent requests after a network error, a 429, 502, 503 or 504, waiting
 * `Retry-After` when the server sends it and an exponential backoff with jitter otherwise.
 * @example
 * const fetchWithRetry = withRetry(globalThis.fetch, { retries: 3 });
 * const response = await fetchWithRetry(new Request("https://example.org/klantinteracties/api/v1/partijen"));
 */
export function withRetry(fetchImpl: Fetch, options: RetryOptions | false | undefined): Fetch {
  if (options === false) {
    return fetchImpl;
  }
  const settings = { ...DEFAULTS, ...options };
  return async (request) => {
    if (!IDEMPOTENT.has(request.method.toUpperCase()) || settings.retries <= 0) {
      return fetchImpl(request);
    }
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= settings.retries;
      let response: Response;
      try {
        // a clone per attempt: a body (PUT) can be read only once
        response = await fetchImpl(last ? request : request.clone());
      } catch (error) {
        if (last || request.signal.aborted) {
          throw error;
        }
        await sleep(backoffDelay(attempt, settings), request.signal);
        continue;
      }
      if (last || !RETRYABLE_STATUS.has(response.status)) {
        return response;
      }
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      if (retryAfter !== undefined && retryAfter > settings.maxRetryAfterMs) {
        return response;
      }
      // not awaited: cancelling one branch of a tee'd body (a cloned response) settles only with the other
      response.body?.cancel().catch(() => {});
      await sleep(retryAfter ?? backoffDelay(attempt, settings), request.signal);
    }
  };
}

/**
 * The wait before retry number `attempt + 1`: `baseDelayMs · 2^attempt`, capped at `maxDelayMs`, of
 * which a random half is dropped ("equal jitter") so clients that failed together do not retry together.
 * @example
 * backoffDelay(2, { baseDelayMs: 500, maxDelayMs: 10_000 }); // between 1000 and 2000
 */
export function backoffDelay(
  attempt: number,
  { baseDelayMs, maxDelayMs }: Pick<Required<RetryOptions>, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * The wait a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date; `undefined` when
 * absent or unreadable.
 * @example
 * parseRetryAfter("2"); // 2000
 * parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", Date.parse("Wed, 21 Oct 2026 07:27:30 GMT")); // 30000
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") {
    return undefined;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim()) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
