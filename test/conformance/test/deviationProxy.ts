/**
 * A proxy between the suite and our server that injects one deviation from the standard, to show
 * that the suite notices it ("suite power"). Host headers pass through, so the server's links
 * and urls point at the proxy.
 * @module
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as it reaches the proxy, which a deviation may change before it is forwarded. */
export interface ProxiedRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A response as the server gave it, which a deviation may change before the suite sees it. */
export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One injected deviation. */
export interface Deviation {
  name: string;
  request?(request: ProxiedRequest): void;
  response?(response: ProxiedResponse, request: ProxiedRequest): void;
}

/** A running proxy. */
export interface DeviationProxy {
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts a proxy to `target` (an origin) applying `deviation`.
 * @example
 * const proxy = await startDeviationProxy(server.origin, DEVIATIONS[0]);
 */
export async function startDeviationProxy(target: string, deviation: Deviation): Promise<DeviationProxy> {
  const upstream = new URL(target);
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request: ProxiedRequest = {
        method: incoming.method ?? "GET",
        url: new URL(incoming.url ?? "/", `http://${incoming.headers.host}`),
        headers: { ...incoming.headers },
        body: Buffer.concat(chunks).toString("utf8"),
      };
      deviation.request?.(request);
      const headers = { ...request.headers };
      delete headers["content-length"];
      if (request.body) {
        headers["content-length"] = String(Buffer.byteLength(request.body));
      }
      const forward = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: `${request.url.pathname}${request.url.search}`,
          headers,
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => parts.push(chunk));
          answer.on("end", () => {
            const response: ProxiedResponse = {
              status: answer.statusCode ?? 502,
              headers: Object.fromEntries(
                Object.entries(answer.headers).map(([name, value]) => [
                  name,
                  Array.isArray(value) ? value.join(", ") : String(value),
                ]),
              ),
              body: Buffer.concat(parts).toString("utf8"),
            };
            deviation.response?.(response, request);
            delete response.headers["content-length"];
            delete response.headers["transfer-encoding"];
            outgoing.writeHead(response.status, response.headers);
            outgoing.end(response.body);
          });
        },
      );
      forward.on("error", () => {
        outgoing.writeHead(502);
        outgoing.end();
      });
      forward.end(request.body || undefined);
    });
  });
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Rewrites a JSON body; other bodies are left alone. */
function rewriteJson(response: ProxiedResponse, change: (body: Record<string, unknown>) => unknown): void {
  if (!/json/.test(response.headers["content-type"] ?? "") || !response.body) {
    return;
  }
  response.body = JSON.stringify(change(JSON.parse(response.body)));
}

const PAGING = new Set(["page", "pageSize", "expand"]);

/** Applies a change to every object of a JSON answer: the object itself, or each list result. */
function eachObject(response: ProxiedResponse, change: (object: Record<string, unknown>) => void): void {
  rewriteJson(response, (body) => {
    for (const object of Array.isArray(body.results) ? body.results : [body]) {
      if (object && typeof object === "object") {
        change(object as Record<string, unknown>);
      }
    }
    return body;
  });
}

/** Whether a request is a list read with a filter across a relation (`a__b`). */
const relationFilter = (request: ProxiedRequest) =>
  request.method === "GET" && [...request.url.searchParams.keys()].some((name) => name.includes("__"));

/** The deviations the suite must catch, each with the checks that should catch it. */
export const DEVIATIONS: (Deviation & { catchers: string[] })[] = [
  {
    name: "drops a field from every object",
    catchers: ["core-write/categorieen/lifecycle", "core-read/categorieen"],
    response: (response) =>
      rewriteJson(response, (body) => {
        const drop = (object: Record<string, unknown>) => {
          delete object.naam;
          return object;
        };
        return Array.isArray(body.results) ? { ...body, results: body.results.map(drop) } : drop(body);
      }),
  },
  {
    name: "answers 200 instead of 201 on create",
    catchers: ["core-write/categorieen/lifecycle"],
    response: (response) => {
      if (response.status === 201) {
        response.status = 200;
      }
    },
  },
  {
    name: "ignores list filters",
    catchers: ["filters/categorie-relaties", "core-read/categorie-relaties/unknown-parameter"],
    request: (request) => {
      if (request.method === "GET") {
        for (const name of [...request.url.searchParams.keys()]) {
          if (!PAGING.has(name)) {
            request.url.searchParams.delete(name);
          }
        }
      }
    },
  },
  {
    name: "breaks the next link (drops pageSize)",
    catchers: ["core-read/categorieen/paging"],
    response: (response) =>
      rewriteJson(response, (body) => {
        if (typeof body.next === "string") {
          const next = new URL(body.next);
          next.searchParams.delete("pageSize");
          body.next = next.toString();
        }
        return body;
      }),
  },
  {
    name: "accepts invalid input with 201",
    catchers: ["core-write/categorieen", "robustness/categorieen"],
    response: (response, request) => {
      if (request.method === "POST" && response.status === 400 && !request.url.search) {
        response.status = 201;
        response.headers["content-type"] = "application/json";
        response.body = request.body || "{}";
      }
    },
  },
  {
    name: "lets requests without a valid token in",
    catchers: ["auth/categorieen"],
    request: (request) => {
      request.headers.authorization = OPEN_AUTH_TOKEN.value;
    },
  },
  {
    name: "answers errors as plain JSON, not problem+json",
    catchers: ["core-read/categorieen", "core-write/categorieen"],
    response: (response) => {
      if (response.status >= 400) {
        response.headers["content-type"] = "application/json";
        response.body = JSON.stringify({ error: "something went wrong" });
      }
    },
  },
  {
    name: "returns an object twice when two of its children match a to-many filter",
    catchers: ["filters/klantcontacten/hadBetrokkene__wasPartij__uuid"],
    response: (response, request) => {
      if (relationFilter(request)) {
        rewriteJson(response, (body) =>
          Array.isArray(body.results) && body.results.length > 0
            ? { ...body, count: Number(body.count) + 1, results: [...body.results, body.results[0]] }
            : body,
        );
      }
    },
  },
  {
    name: "lists oldest first",
    catchers: ["core-read/categorieen/order", "core-read/klantcontacten/order"],
    response: (response) =>
      rewriteJson(response, (body) =>
        Array.isArray(body.results) ? { ...body, results: [...body.results].reverse() } : body,
      ),
  },
  {
    name: "ignores pageSize (always 100 per page)",
    catchers: ["core-read/categorieen/paging"],
    request: (request) => {
      if (request.method === "GET" && request.url.searchParams.has("pageSize")) {
        request.url.searchParams.set("pageSize", "100");
      }
    },
  },
  {
    name: "leaves out the API-version header",
    catchers: ["core-read/categorieen/retrieve"],
    response: (response) => {
      delete response.headers["api-version"];
    },
  },
  {
    name: "answers 500 instead of 404 for an unknown uuid",
    catchers: ["core-read/categorieen/not-found"],
    response: (response) => {
      if (response.status === 404) {
        response.status = 500;
      }
    },
  },
  {
    name: "leaves invalidParams out of a 400",
    catchers: ["core-write/categorieen/max-lengths"],
    response: (response) => {
      if (response.status === 400) {
        rewriteJson(response, ({ invalidParams: _dropped, ...problem }) => problem);
      }
    },
  },
  {
    name: "gives url as a path instead of an absolute URL",
    catchers: ["core-read/categorieen/retrieve"],
    response: (response) =>
      eachObject(response, (object) => {
        if (typeof object.url === "string" && /^https?:/.test(object.url)) {
          object.url = new URL(object.url).pathname;
        }
      }),
  },
];

/** The token the open-auth deviation puts on every request (set by the test). */
export const OPEN_AUTH_TOKEN = { value: "" };
