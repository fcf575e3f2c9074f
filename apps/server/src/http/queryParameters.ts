/**
 * Query-parameter strictness, derived from the contract: a list or retrieve request with a
 * parameter its operation does not declare is a 400 `unknown-parameters`. Like the reference, a
 * retrieve also tolerates (and ignores) the filters of its collection's list, except on the
 * resources with `expand`, whose retrieve knows only `expand`.
 * @module
 */

import type { OpenApiDocument } from "@klantinteracties/contract";
import type { RequestHandler } from "express";
import { Problem } from "./problem.ts";

type Parameter = { name?: string; in?: string; $ref?: string };

/**
 * The query-parameter names each GET operation accepts, keyed by contract path.
 * @example
 * allowedQueryParameters(contract).get("/categorieen/{uuid}"); // Set { "uuid"?, "page", "pageSize", … }
 */
export function allowedQueryParameters(document: OpenApiDocument): Map<string, Set<string>> {
  const paths = (document.paths ?? {}) as Record<string, { get?: { parameters?: Parameter[] } }>;
  const shared = ((document.components as { parameters?: Record<string, Parameter> } | undefined)?.parameters ??
    {}) as Record<string, Parameter>;
  const resolve = (parameter: Parameter): Parameter =>
    parameter.$ref ? (shared[parameter.$ref.split("/").pop() ?? ""] ?? {}) : parameter;
  const own = new Map<string, Set<string>>();
  for (const [path, item] of Object.entries(paths)) {
    const names = (item.get?.parameters ?? [])
      .map(resolve)
      .filter((parameter) => parameter.in === "query")
      .map((parameter) => parameter.name as string);
    own.set(path, new Set(names));
  }
  const allowed = new Map<string, Set<string>>();
  for (const [path, names] of own) {
    const collection = /^(.*)\/\{[^/}]+\}$/.exec(path)?.[1];
    // the reference's detail views of the expandable resources know only their own parameters
    const tolerant = collection && !names.has("expand");
    const listNames = tolerant ? (own.get(collection) ?? new Set<string>()) : new Set<string>();
    allowed.set(path, new Set([...names, ...listNames]));
  }
  return allowed;
}

/**
 * Middleware (after the contract validator) that rejects unknown query parameters on GET.
 * @example
 * router.use(rejectUnknownQueryParameters(contract, "/klantinteracties/api/v1"));
 */
export function rejectUnknownQueryParameters(document: OpenApiDocument, basePath: string): RequestHandler {
  const allowed = allowedQueryParameters(document);
  return (req, _res, next) => {
    const route = req.openapi?.openApiRoute;
    const query = queryOf(req.originalUrl);
    if (req.method !== "GET" || !route || query === "") {
      return next();
    }
    const names = allowed.get(route.startsWith(basePath) ? route.slice(basePath.length) : route);
    const unknown = [...new Set(new URLSearchParams(query).keys())].filter((name) => !names?.has(name));
    if (unknown.length > 0) {
      throw Problem.invalid([
        {
          name: "nonFieldErrors",
          code: "unknown-parameters",
          reason: `Onbekende query parameters: ${unknown.join(", ")}`,
        },
      ]);
    }
    next();
  };
}

/**
 * Middleware (before the contract validator) that joins repeated `expand` parameters into one
 * comma-separated value, so `expand=a,b&expand=c` means what `expand=a,b,c` means: the
 * validator splits one comma list, but not a mix of both forms.
 * @example
 * router.use(joinRepeatedExpand);
 */
export const joinRepeatedExpand: RequestHandler = (req, _res, next) => {
  const queryStart = req.url.indexOf("?");
  if (queryStart < 0) {
    return next();
  }
  const query = req.url.slice(queryStart + 1);
  // a name reads as `expand` only when it is spelled so or percent-encoded: without `%`, fewer
  // than two mentions cannot be a repeated `expand`, and most requests are spared the parsing
  if (!query.includes("%") && query.indexOf("expand") === query.lastIndexOf("expand")) {
    return next();
  }
  const params = new URLSearchParams(query);
  const values = params.getAll("expand");
  if (values.length > 1) {
    params.delete("expand");
    params.append("expand", values.join(","));
    // Express derives req.query from req.url on every read
    req.url = `${req.url.slice(0, queryStart)}?${params.toString()}`;
  }
  next();
};

// the query string of a request target as the URL parser reads it: after the first `?`, before any `#`
function queryOf(target: string): string {
  const start = target.indexOf("?");
  if (start < 0) {
    return "";
  }
  const end = target.indexOf("#", start);
  return target.slice(start + 1, end < 0 ? undefined : end);
}
