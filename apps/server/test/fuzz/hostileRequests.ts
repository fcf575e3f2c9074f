/**
 * Hostile requests for every operation of the contract: its path, query and body filled with what
 * {@link hostileValues} holds, plus malformed JSON, wrong content types, oversized bodies and bad
 * credentials. Every write is built so that it cannot succeed (a wrong type in a field every
 * variant of the body has, an unknown uuid, or a stale `If-Match`), which lets a run check that the
 * data did not change.
 * @module
 */
import { randomUUID } from "node:crypto";
import { type ApiName, loadContract, type OpenApiDocument } from "@klantinteracties/contract";
import fc from "fast-check";
import {
  ACCEPT_HEADERS,
  HOSTILE_AUTHORIZATIONS,
  hostileJson,
  hostileString,
  MALFORMED_JSON,
  nested,
  WRONG_CONTENT_TYPES,
} from "./hostileValues.ts";

type Schema = {
  $ref?: string;
  type?: string;
  readOnly?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
};
type Parameter = { name: string; in: string; schema?: Schema; $ref?: string };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** One operation of the contract as the fuzzer needs it. */
export interface FuzzOperation {
  api: ApiName;
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The full path template, base path included: `/klantinteracties/api/v1/partijen/{uuid}`. */
  path: string;
  /** The collection the `{uuid}` belongs to, e.g. `partijen`. */
  collection: string;
  query: { name: string; schema: Schema }[];
  /** Writable top-level properties of the body (of any variant). */
  bodyProperties: string[];
  /** Writable properties every variant of the body has, with the JSON type they demand. */
  typedCommonProperties: [string, string][];
  hasBody: boolean;
}

/** A request as the fuzzer sends it. */
export interface HostileRequest {
  operationId: string;
  method: string;
  /** Path and query, already encoded (or deliberately mis-encoded). */
  target: string;
  headers: Record<string, string>;
  body?: string;
  /** What makes it hostile, for the report of a failure. */
  description: string;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/**
 * Every operation of both APIs except the published specification itself.
 * @example
 * contractOperations().length; // 87 in Klantinteracties 0.9.0 plus Contactgegevens
 */
export function contractOperations(apis: ApiName[] = ["klantinteracties", "contactgegevens"]): FuzzOperation[] {
  return apis.flatMap((api) => operationsOf(api, loadContract(api)));
}

function operationsOf(api: ApiName, document: OpenApiDocument): FuzzOperation[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const sharedParameters = ((document.components as { parameters?: Record<string, Parameter> }).parameters ??
    {}) as Record<string, Parameter>;
  const resolve = (schema: Schema | undefined): Schema =>
    schema?.$ref ? resolve(schemas[schema.$ref.split("/").pop() ?? ""]) : (schema ?? {});
  const basePath = new URL((document.servers as { url: string }[])[0]?.url ?? "/", "http://x").pathname.replace(
    /\/$/,
    "",
  );
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
    if (/openapi\.(json|yaml)$/.test(path)) {
      continue;
    }
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) {
        continue;
      }
      const parameters = (operation.parameters ?? []).map((parameter) =>
        parameter.$ref ? (sharedParameters[parameter.$ref.split("/").pop() ?? ""] as Parameter) : parameter,
      );
      const body = resolve(operation.requestBody?.content?.["application/json"]?.schema);
      const { all, common } = writableProperties(body, resolve);
      operations.push({
        api,
        operationId: operation.operationId ?? `${method} ${path}`,
        method: method.toUpperCase() as FuzzOperation["method"],
        path: `${basePath}${path}`,
        collection: path.split("/")[1] ?? "",
        query: parameters
          .filter((parameter) => parameter.in === "query")
          .map((parameter) => ({ name: parameter.name, schema: resolve(parameter.schema) })),
        bodyProperties: [...all.keys()],
        typedCommonProperties: [...common].flatMap(([name, schema]) => {
          const type = jsonTypeOf(schema, resolve);
          return type ? [[name, type] as [string, string]] : [];
        }),
        hasBody: operation.requestBody !== undefined,
      });
    }
  }
  return operations;
}

// the writable properties of a body schema: `all` over every variant, `common` in each of them
function writableProperties(
  schema: Schema,
  resolve: (schema: Schema | undefined) => Schema,
): { all: Map<string, Schema>; common: Map<string, Schema> } {
  const own = new Map<string, Schema>();
  for (const part of [schema, ...(schema.allOf ?? []).map(resolve)]) {
    for (const [name, property] of Object.entries(part.properties ?? {})) {
      const resolved = resolve(property);
      if (!property.readOnly && !resolved.readOnly) {
        own.set(name, property);
      }
    }
    for (const sub of part.allOf && part !== schema ? part.allOf : []) {
      const nested = writableProperties(resolve(sub), resolve);
      for (const [name, property] of nested.common) {
        own.set(name, property);
      }
    }
  }
  const variants = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map((variant) =>
    writableProperties(resolve(variant), resolve),
  );
  if (variants.length === 0) {
    return { all: own, common: new Map(own) };
  }
  const all = new Map(own);
  for (const variant of variants) {
    for (const [name, property] of variant.all) {
      all.set(name, property);
    }
  }
  const common = new Map(own);
  const first = variants[0]?.common ?? new Map<string, Schema>();
  for (const [name, property] of first) {
    if (variants.every((variant) => variant.common.has(name))) {
      common.set(name, property);
    }
  }
  return { all, common };
}

/**
 * The JSON type a schema demands (through `$ref`, `allOf`, a nullable `anyOf`), or `undefined`
 * when it does not demand one.
 * @example
 * jsonTypeOf({ anyOf: [{ type: "object" }, { type: "null" }] }, (s) => s); // "object"
 */
export function jsonTypeOf(schema: Schema, resolve: (schema: Schema | undefined) => Schema): string | undefined {
  const resolved = resolve(schema);
  if (resolved.type) {
    return resolved.type;
  }
  for (const part of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
    const type = jsonTypeOf(part, resolve);
    if (type && type !== "null") {
      return type;
    }
  }
  return undefined;
}

// a value of the wrong JSON type for `type`, chosen so it carries an injection too
const WRONG_TYPE: Record<string, unknown> = {
  string: { $ne: null, sql: "' OR 1=1 --" },
  integer: "1 OR 1=1",
  number: "1; DROP TABLE partijen",
  boolean: "true' --",
  array: '["\'; DROP TABLE x --"]',
  object: 12_345,
};

/** What the fuzzer may put in a path: existing uuids per collection, and how big a string gets. */
export interface FuzzWorld {
  uuids: Map<string, string[]>;
  hugeLength: number;
  /** The largest body the server accepts; an oversized body is a little more. */
  maxBodyBytes: number;
  token: string;
}

const shortHostile = hostileString({ hugeLength: 2_000 });

/**
 * The arbitrary hostile request for one operation.
 * @example
 * fc.sample(hostileRequest(operation, world), 1)[0].target;
 */
export function hostileRequest(operation: FuzzOperation, world: FuzzWorld): fc.Arbitrary<HostileRequest> {
  const isItem = operation.path.endsWith("{uuid}");
  const isWrite = operation.method !== "GET";
  const existing = world.uuids.get(operation.collection) ?? [];
  const uuidArbitrary: fc.Arbitrary<{ value: string; exists: boolean }> = fc.oneof(
    // an existing object: only reads and writes with a poisoned body or a stale If-Match reach it
    ...(existing.length > 0 ? [fc.constantFrom(...existing).map((value) => ({ value, exists: true }))] : []),
    fc.constant(0).map(() => ({ value: randomUUID(), exists: false })),
    shortHostile.map((value) => ({ value, exists: false })),
  );
  const queryArbitrary = fc.array(
    fc.tuple(
      fc.oneof(
        {
          weight: 5,
          arbitrary: operation.query.length
            ? fc.constantFrom(...operation.query.map((q) => q.name))
            : fc.constant("page"),
        },
        { weight: 1, arbitrary: shortHostile },
      ),
      fc.oneof({ weight: 5, arbitrary: shortHostile }, { weight: 1, arbitrary: hostileString(world) }),
    ),
    { maxLength: 4 },
  );
  const bodyArbitrary = hostileBody(operation, world);
  const headersArbitrary = fc.record({
    authorization: fc.oneof(
      { weight: 19, arbitrary: fc.constant(`Token ${world.token}`) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_AUTHORIZATIONS) },
    ),
    accept: fc.oneof(
      { weight: 9, arbitrary: fc.constant("application/json") },
      { weight: 1, arbitrary: fc.constantFrom(...ACCEPT_HEADERS) },
    ),
    ifMatch: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('"verouderd"', "*", 'W/"x"', "niet-geciteerd", '"', '"a", "b"') },
    ),
    ifNoneMatch: fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('"verouderd"', "*", 'W/"x"', "???") },
    ),
  });
  const rawPathSuffix = fc.oneof(
    { weight: 9, arbitrary: fc.constant("") },
    {
      weight: 1,
      arbitrary: fc.constantFrom("/", "//", "/..", "/%2e%2e", "/%00", "/%ZZ", "/extra/segment", ";jsessionid=1"),
    },
  );
  return fc
    .record({
      uuid: uuidArbitrary,
      query: queryArbitrary,
      body: bodyArbitrary,
      headers: headersArbitrary,
      suffix: rawPathSuffix,
      badEscape: fc.boolean(),
    })
    .map(({ uuid, query, body, headers, suffix, badEscape }) => {
      const pathUuid = isItem ? uuid : { value: "", exists: false };
      let path = operation.path.replace("{uuid}", percentEncode(pathUuid.value)) + suffix;
      let search = query.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join("&");
      if (badEscape && search) {
        search += "&page=%E0%A4%A&expand=%";
      }
      path = search ? `${path}?${search}` : path;
      const requestHeaders: Record<string, string> = {
        Authorization: headers.authorization,
        Accept: headers.accept,
      };
      const notes = [`${operation.method} ${operation.operationId}`];
      // a write to an existing object must fail: its body is poisoned, or If-Match is stale
      const reachesExisting = isWrite && isItem && pathUuid.exists;
      const needsStaleIfMatch = reachesExisting && (operation.method === "DELETE" || !body.poisoned);
      if (needsStaleIfMatch) {
        requestHeaders["If-Match"] = '"verouderd"';
        notes.push("stale If-Match");
      } else if (headers.ifMatch !== undefined && isWrite && isItem && !pathUuid.exists) {
        requestHeaders["If-Match"] = headers.ifMatch;
      }
      if (headers.ifNoneMatch !== undefined && !isWrite) {
        requestHeaders["If-None-Match"] = headers.ifNoneMatch;
      }
      if (body.contentType !== undefined) {
        requestHeaders["Content-Type"] = body.contentType;
      }
      notes.push(body.description);
      return {
        operationId: operation.operationId,
        method: operation.method,
        target: path,
        headers: requestHeaders,
        ...(body.text !== undefined ? { body: body.text } : {}),
        description: notes.join("; "),
      };
    });
}

// as body-parser reads it: a leading BOM is dropped and an empty body is `{}`
function isJsonObject(text: string): boolean {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, "") || "{}");
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Percent-encodes every code point as UTF-8, and a lone surrogate as the three bytes a careless
 * encoder (WTF-8) would produce: invalid UTF-8 the server must refuse, not choke on.
 * @example
 * percentEncode("a b\uD800"); // "a%20b%ED%A0%80"
 */
export function percentEncode(value: string): string {
  let encoded = "";
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    const next = value.charCodeAt(index + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(value.slice(index, index + 2));
      index++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    } else {
      encoded += encodeURIComponent(value[index] as string);
    }
  }
  return encoded;
}

interface HostileBody {
  text?: string;
  contentType?: string;
  /** Whether a correct server must refuse it whatever the object (so a write never succeeds). */
  poisoned: boolean;
  description: string;
}

function hostileBody(operation: FuzzOperation, world: FuzzWorld): fc.Arbitrary<HostileBody> {
  if (!operation.hasBody) {
    if (operation.method === "GET") {
      // fetch cannot send a GET with a body
      return fc.constant({ poisoned: false, description: "no body" });
    }
    // a body where none belongs is ignored or refused, never a crash
    return fc.oneof(
      { weight: 9, arbitrary: fc.constant({ poisoned: false, description: "no body" }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...MALFORMED_JSON.slice(0, 12)).map((text) => ({
          text,
          contentType: "application/json",
          poisoned: false,
          description: `unexpected body ${JSON.stringify(text.slice(0, 30))}`,
        })),
      },
    );
  }
  const properties = operation.bodyProperties;
  const poisonable = operation.typedCommonProperties;
  const fields = fc.dictionary(
    properties.length ? fc.constantFrom(...properties) : fc.constant("onbekend"),
    hostileJson(world),
    { maxKeys: Math.min(8, Math.max(1, properties.length)) },
  );
  const shaped = fc
    .tuple(fields, poisonable.length ? fc.constantFrom(...poisonable) : fc.constant(undefined), fc.boolean())
    .map(([values, poison, poisonIt]) => {
      const body: Record<string, unknown> = { ...values };
      // a POST is always poisoned: a valid one would store something
      const poisoned = poison !== undefined && (poisonIt || operation.method === "POST");
      if (poisoned) {
        body[poison[0]] = WRONG_TYPE[poison[1]];
      }
      return {
        text: JSON.stringify(body),
        contentType: "application/json",
        poisoned,
        description: `${poisoned ? "poisoned" : "valid-shaped"} body ${JSON.stringify(body).slice(0, 200)}`,
      };
    });
  const bodies = fc.oneof(
    { weight: 10, arbitrary: shaped },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...MALFORMED_JSON).map((text) => ({
        text,
        contentType: "application/json",
        // some of it parses to an object (`{"a":"\u0000"}`): unknown fields are dropped, and what
        // is left may be a valid body; only text that is no JSON object is sure to fail
        poisoned: !isJsonObject(text),
        description: `malformed ${JSON.stringify(text.slice(0, 40))}`,
      })),
    },
    {
      weight: 2,
      // a server may read some of these as JSON after all (utf-7 is a utf-* charset to
      // body-parser), so the body decides whether the write can succeed
      arbitrary: fc.tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), shaped).map(([contentType, body]) => ({
        ...body,
        contentType,
        description: `content type ${JSON.stringify(contentType)} with ${body.description}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(33, 100).map((depth) => ({
        text: JSON.stringify({ [properties[0] ?? "x"]: nested(depth) }),
        contentType: "application/json",
        poisoned: true,
        description: `nested ${depth} deep`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constant(0).map(() => ({
        text: JSON.stringify({ [properties[0] ?? "x"]: "x".repeat(world.maxBodyBytes + 10) }),
        contentType: "application/json",
        poisoned: true,
        description: "oversized body",
      })),
    },
  );
  return operation.method === "POST" ? bodies.filter((body) => body.poisoned) : bodies;
}
