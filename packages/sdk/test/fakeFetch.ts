/** A `fetch` for unit tests: answers from a script, one entry per call, and records every request. */

type Answer = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface FakeFetch {
  (request: Request): Promise<Response>;
  /** The requests received, in order (clones, so their bodies can still be read). */
  requests: Request[];
}

export function fakeFetch(...answers: Answer[]): FakeFetch {
  const requests: Request[] = [];
  const fake = async (request: Request) => {
    requests.push(request.clone());
    const answer = answers[requests.length - 1] ?? answers.at(-1);
    if (answer === undefined) {
      throw new Error("fakeFetch: no answer scripted");
    }
    if (answer instanceof Error) {
      throw answer;
    }
    return typeof answer === "function" ? answer(request) : answer.clone();
  };
  return Object.assign(fake, { requests });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type, ...headers } });
}

export function problem(status: number, extra: Record<string, unknown> = {}): Response {
  return json(
    {
      type: "https://example.org/ref/fouten/x",
      code: "x",
      title: `Status ${status}`,
      status,
      detail: "Iets ging mis.",
      instance: "urn:uuid:5b1d3c2e-8f1a-4c7e-9d7e-2a6f0f3c9b11",
      ...extra,
    },
    status,
  );
}

export const BASE_URL = "http://klantinteracties.test/klantinteracties/api/v1";
