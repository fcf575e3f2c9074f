import type { InvalidParam, Problem } from "./schemas.ts";

/**
 * An error response of the API, thrown by {@link unwrap} and {@link paginate}: the HTTP status, the
 * problem details the server sent and, for a 400, each rejected field in `invalidParams`.
 * @example
 * import { KlantinteractiesError, unwrap } from "@klantinteracties/sdk";
 * try {
 *   unwrap(await client.POST("/categorieen", { body: { naam: "" } }));
 * } catch (error) {
 *   if (error instanceof KlantinteractiesError && error.status === 400) {
 *     for (const param of error.invalidParams) console.log(param.name, param.reason);
 *   }
 * }
 */
export class KlantinteractiesError extends Error {
  override readonly name = "KlantinteractiesError";
  /** The HTTP status of the response. */
  readonly status: number;
  /** The problem details; synthesised from the status when the body was not problem+json (a proxy's 502). */
  readonly problem: Problem;
  /** Every rejected field or parameter (empty unless the server sent `invalidParams`). */
  readonly invalidParams: InvalidParam[];
  /** The response, for its headers (`API-version`, `Retry-After`, rate limits). */
  readonly response: Response | undefined;

  constructor(problem: Problem, response?: Response) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.status = problem.status;
    this.problem = problem;
    this.invalidParams = problem.invalidParams ?? [];
    this.response = response;
  }

  /**
   * The error for the `error` of an openapi-fetch result: the problem the server sent, or one made from
   * the status and whatever text came instead.
   * @example
   * const { error, response } = await client.GET("/categorieen/{uuid}", { params: { path: { uuid } } });
   * if (error) throw KlantinteractiesError.from(error, response);
   */
  static from(error: unknown, response: Response): KlantinteractiesError {
    if (isProblem(error)) {
      return new KlantinteractiesError(error, response);
    }
    return new KlantinteractiesError(
      {
        type: "about:blank",
        code: `http_${response.status}`,
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
        detail: typeof error === "string" ? error.slice(0, 5000) : "",
        instance: response.url,
      },
      response,
    );
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Problem).status === "number" &&
    typeof (value as Problem).title === "string"
  );
}

/** The result of an openapi-fetch call: `data` on success, `error` otherwise. */
interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The data of a successful result; `undefined` for a response without a body (a 204). */
type Unwrapped<Result extends FetchResult> = [Exclude<Result["data"], undefined>] extends [never]
  ? undefined
  : Exclude<Result["data"], undefined>;

/**
 * The data of a call, or a thrown {@link KlantinteractiesError}: the opt-in throwing style. Calls keep
 * returning `{ data, error, response }` when you do not unwrap them.
 * @example
 * import { unwrap } from "@klantinteracties/sdk";
 * const categorie = unwrap(await client.POST("/categorieen", { body: { naam: "Ondernemer" } }));
 * console.log(categorie.uuid);
 */
export function unwrap<Result extends FetchResult>(result: Result): Unwrapped<Result> {
  if (result.error !== undefined || !result.response.ok) {
    throw KlantinteractiesError.from(result.error, result.response);
  }
  return result.data as Unwrapped<Result>;
}
