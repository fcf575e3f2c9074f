/**
 * Absolute URLs: every `url` in a response and every paging link. The API root comes from
 * `EXTERNAL_BASE_URL` when set (behind a proxy), else from the request's own host.
 * @module
 */
import type { Request } from "express";

/**
 * The origin a request reached, or the configured external base URL.
 * @example
 * origin(req, undefined); // "http://localhost:8000"
 */
export function origin(req: Request, externalBaseUrl: string | undefined): string {
  return externalBaseUrl ?? `${req.protocol}://${req.get("host")}`;
}

/**
 * Builds resource URLs under one API root.
 * @example
 * const urls = new ApiUrls("http://localhost:8000/klantinteracties/api/v1");
 * urls.resource("categorieen", "6a1f…"); // "http://localhost:8000/klantinteracties/api/v1/categorieen/6a1f…"
 */
export class ApiUrls {
  constructor(readonly root: string) {}

  resource(collection: string, uuid: string): string {
    return `${this.root}/${collection}/${uuid}`;
  }

  collection(collection: string): string {
    return `${this.root}/${collection}`;
  }
}
