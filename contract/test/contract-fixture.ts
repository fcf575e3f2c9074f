/** The bundles as the tests see them: built fresh from source, so a test never reads a stale dist/. */
import { API_NAMES, bundle } from "../src/bundle.ts";
import type { JsonObject, OpenApiDocument } from "../src/types.ts";

export const bundles = Object.fromEntries(API_NAMES.map((api) => [api, bundle(api)])) as Record<
  (typeof API_NAMES)[number],
  OpenApiDocument
>;

export interface OperationEntry {
  api: string;
  path: string;
  method: string;
  operation: JsonObject;
}

/** Every operation of both APIs, flattened. */
export const operations: OperationEntry[] = Object.entries(bundles).flatMap(([api, document]) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, JsonObject>)
      .filter(([method]) => ["get", "put", "post", "patch", "delete"].includes(method))
      .map(([method, operation]) => ({ api, path, method, operation })),
  ),
);
