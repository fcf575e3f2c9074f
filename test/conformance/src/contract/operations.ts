/**
 * The operations of both contracts, indexed for the suite: by operationId, and by method and
 * concrete URL path (to recognise any response, also one reached by following a `next` link).
 * @module
 */
import { type ApiName, loadContract, type OpenApiDocument, toValidatorSpec } from "@klantinteracties/contract";

// biome-ignore lint/suspicious/noExplicitAny: contract documents are walked generically
export type Schema = Record<string, any>;

/** One operation of a contract. */
export interface Operation {
  api: ApiName;
  operationId: string;
  method: string;
  /** Path template relative to the API base, e.g. `/partijen/{uuid}`. */
  path: string;
  /** JSON pointer of the operation object, e.g. `#/paths/~1partijen/post`. */
  pointer: string;
  parameters: Schema[];
  /** What the operation's description promises, in words (some rules live only there). */
  description?: string;
  /** The request body schema (from the validator copy), when the operation takes a body. */
  requestSchema?: Schema;
  /** Declared responses by status code, with `$ref`s resolved. */
  responses: Record<string, Schema>;
  /** JSON pointer of each declared response object (where a `$ref` leads, for shared ones). */
  responsePointers: Record<string, string>;
}

/** A loaded contract: the validator copy, its base path and its operations. */
export interface LoadedApi {
  name: ApiName;
  document: OpenApiDocument;
  version: string;
  basePath: string;
  operations: Operation[];
}

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Escapes one JSON pointer segment. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Resolves a local `$ref` (or a JSON pointer) inside a document.
 * @example
 * resolvePointer(document, "#/components/schemas/Partij");
 */
export function resolvePointer(document: unknown, ref: string): Schema {
  let node = document as Schema;
  for (const raw of ref.replace(/^#\/?/, "").split("/")) {
    if (raw === "") {
      continue;
    }
    node = node?.[raw.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  if (node === undefined) {
    throw new Error(`unresolvable reference ${ref}`);
  }
  return node;
}

/** Follows `$ref` chains until a non-reference object. */
export function deref(document: unknown, node: Schema): Schema {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = resolvePointer(document, current.$ref);
  }
  return current;
}

/**
 * Loads one API's contract (the validator copy: `nullable`+`allOf` as `anyOf`, no discriminator).
 * @example
 * loadApi("klantinteracties").operations.length; // 85
 */
export function loadApi(name: ApiName): LoadedApi {
  const document = toValidatorSpec(loadContract(name));
  const servers = (document.servers as { url: string }[] | undefined) ?? [];
  const basePath = new URL(servers[0]?.url ?? "/", "http://base").pathname.replace(/\/$/, "");
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Schema>)) {
    for (const method of METHODS) {
      const operation = item[method] as Schema | undefined;
      if (!operation?.operationId) {
        continue;
      }
      const responses: Record<string, Schema> = {};
      const responsePointers: Record<string, string> = {};
      const pointer = `#/paths/${pointerSegment(path)}/${method}`;
      for (const [status, response] of Object.entries(operation.responses as Record<string, Schema>)) {
        responses[status] = deref(document, response);
        responsePointers[status] = typeof response.$ref === "string" ? response.$ref : `${pointer}/responses/${status}`;
      }
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: Schema) =>
        deref(document, parameter),
      );
      const body = operation.requestBody ? deref(document, operation.requestBody) : undefined;
      operations.push({
        api: name,
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pointer,
        parameters,
        description: typeof operation.description === "string" ? operation.description : undefined,
        requestSchema: body?.content?.["application/json"]?.schema,
        responses,
        responsePointers,
      });
    }
  }
  return { name, document, version: String(document.info.version), basePath, operations };
}

/** Both APIs of the standard. */
export class ContractIndex {
  readonly apis: Record<ApiName, LoadedApi>;
  private readonly byId = new Map<string, Operation>();

  constructor(apis: LoadedApi[] = [loadApi("klantinteracties"), loadApi("contactgegevens")]) {
    this.apis = Object.fromEntries(apis.map((api) => [api.name, api])) as Record<ApiName, LoadedApi>;
    for (const api of apis) {
      for (const operation of api.operations) {
        this.byId.set(operation.operationId, operation);
      }
    }
  }

  /** The operation with this operationId; throws when the contract has none. */
  operation(operationId: string): Operation {
    const operation = this.byId.get(operationId);
    if (!operation) {
      throw new Error(`the contract has no operation ${operationId}`);
    }
    return operation;
  }

  hasOperation(operationId: string): boolean {
    return this.byId.has(operationId);
  }

  /**
   * The operation a request went to, from its method and its path below the API base.
   * @example
   * index.match("klantinteracties", "GET", "/partijen/3f0c…"); // partijenRetrieve
   */
  match(api: ApiName, method: string, relativePath: string): Operation | undefined {
    const path = relativePath.replace(/\/$/, "") || "/";
    return this.apis[api].operations.find(
      (operation) => operation.method === method.toUpperCase() && templateMatches(operation.path, path),
    );
  }
}

function templateMatches(template: string, path: string): boolean {
  const a = template.split("/");
  const b = path.split("/");
  return a.length === b.length && a.every((segment, i) => /^\{.+\}$/.test(segment) || segment === b[i]);
}
