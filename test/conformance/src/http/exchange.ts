/**
 * One recorded request/response pair, as evidence in the report.
 * @module
 */

/** A request as sent, with the token redacted. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** A response as received. */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
  // biome-ignore lint/suspicious/noExplicitAny: checks read whatever the server sent
  body: any;
}

/** A request, its response, the operation it matched and what deviated from the contract. */
export interface Exchange {
  request: RecordedRequest;
  response: RecordedResponse;
  operationId?: string;
  /** Deviations of the response from the contract; empty when it conforms. */
  violations: string[];
  durationMs: number;
}

/**
 * The request headers as shown in reports: `Authorization` keeps its scheme, never the secret.
 * @example
 * redactHeaders({ Authorization: "Token abc" }); // { Authorization: "Token ***" }
 */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = name.toLowerCase() === "authorization" ? value.replace(/^(\S+)\s+.*$/, "$1 ***") : value;
  }
  return out;
}

/**
 * A one-line curl command reproducing the request (token shown as `$TOKEN`).
 * @example
 * curlCommand({ method: "GET", url: "http://x/a", headers: {} }); // "curl -X GET 'http://x/a'"
 */
export function curlCommand(request: RecordedRequest): string {
  const parts = [`curl -X ${request.method} '${request.url}'`];
  for (const [name, value] of Object.entries(request.headers)) {
    const shown = name.toLowerCase() === "authorization" ? value.replace(/\*\*\*$/, "$TOKEN") : value;
    parts.push(`-H '${name}: ${shown}'`);
  }
  if (request.body !== undefined) {
    parts.push(`--data '${request.body.replaceAll("'", "'\\''")}'`);
  }
  return parts.join(" ");
}
