/**
 * Our verdict on each change, seen from a client of the base version: a request it sent must
 * still be accepted, a response it reads must still mean what it did. api-smart-diff judges most
 * keywords without knowing which way a schema travels; these rules do, and fall back on the
 * library's verdict only where none applies.
 * @module
 */
import type { Json, JsonObject } from "../types.ts";
import { asObject, type Change, type Segment, valueAt } from "./changes.ts";

export type Verdict = "breaking" | "non-breaking" | "annotation";

export interface Rule {
  /** Stable name, used in reports, tests and the accepted-deviations file. */
  id: string;
  applies: (change: Change) => boolean;
  verdict: Verdict | ((change: Change) => Verdict);
  /** One line for the report, in the maintainer's terms. */
  explain: (change: Change) => string;
}

export interface ClassifiedChange extends Change {
  /** `accepted`: breaking, but listed as a reasoned deviation (see `accepted.ts`). */
  verdict: Verdict | "accepted";
  rule: string;
  explanation: string;
}

const DOCUMENTATION_KEYS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "tags",
  "operationId",
  "links",
  "xml",
  "discriminator",
  "x-recursive",
]);
const UPPER_LIMITS = new Set(["maxLength", "maxItems", "maximum", "maxProperties", "exclusiveMaximum"]);
const LOWER_LIMITS = new Set(["minLength", "minItems", "minimum", "minProperties", "exclusiveMinimum"]);
/** The longest text a value of a string format can have, so a `maxLength` at least this long excludes nothing. */
const FORMAT_MAX_LENGTH: Record<string, number> = { uuid: 36, date: 10, "date-time": 35 };

const key = (c: Change): Segment | undefined => c.path.at(-1);
const parentKey = (c: Change): Segment | undefined => c.path.at(-2);
const inSchema = (c: Change): boolean => c.path.includes("schema");
const isRequest = (c: Change): boolean => c.direction === "request";
const isResponse = (c: Change): boolean => c.direction === "response";
const value = (c: Change): Json | undefined => (c.action === "remove" ? c.before : c.after);
const show = (v: Json | undefined): string => (typeof v === "string" ? `"${v}"` : JSON.stringify(v));
const isSuccess = (status: Segment | undefined): boolean => /^2/.test(String(status));

/** A key below `properties` names a field; anywhere else it is a keyword of the schema. */
const isKeyword = (c: Change, name: string): boolean => key(c) === name && parentKey(c) !== "properties";
const isArrayItemOf = (c: Change, name: string): boolean => typeof key(c) === "number" && parentKey(c) === name;

/** `true` when the new limit (or pattern) accepts less than the old one. */
function isStricter(c: Change): boolean {
  const name = String(key(c));
  if (c.action === "add") {
    return true;
  }
  if (c.action === "remove") {
    return false;
  }
  if (name === "pattern") {
    return !acceptsEmptyBesides(String(c.before), String(c.after));
  }
  return UPPER_LIMITS.has(name) ? Number(c.after) < Number(c.before) : Number(c.after) > Number(c.before);
}

// `^x$` → `^(x)?$` only adds the empty string: what the old pattern accepted still passes
function acceptsEmptyBesides(before: string, after: string): boolean {
  const body = before.replace(/^\^/, "").replace(/\$$/, "");
  return after === `^(${body})?$` || after === `^(?:${body})?$`;
}

const INT32 = { minimum: -2147483648, maximum: 2147483647 };

// a limit every valid value already meets restricts nothing: maxLength of a uuid or date, or of
// an enum's longest value; int32 on a number the base already bounds; the int32 bounds themselves
function isImpliedLimit(c: Change): boolean {
  if (c.action === "remove") {
    return false;
  }
  const schema = { ...c.baseParent, ...c.newParent };
  if (isKeyword(c, "maxLength")) {
    const limit = Number(c.after);
    const formatMax = FORMAT_MAX_LENGTH[String(schema.format)];
    const values = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
    return (
      (formatMax !== undefined && limit >= formatMax) || (values.length > 0 && values.every((v) => v.length <= limit))
    );
  }
  if (isKeyword(c, "format") && c.after === "int32") {
    const base = c.baseParent ?? {};
    return Number(base.minimum) >= INT32.minimum && Number(base.maximum) <= INT32.maximum;
  }
  if (schema.format === "int32" && (isKeyword(c, "maximum") || isKeyword(c, "minimum"))) {
    return c.after === INT32[key(c) as "minimum" | "maximum"];
  }
  return false;
}

/** Below a property that is read-only in either version: a server ignores it in requests. */
function isInsideReadOnly(c: Change): boolean {
  // a change of `readOnly` itself is judged by its own rule, unless a field above is read-only
  const below = isKeyword(c, "readOnly") ? 3 : 2;
  for (let i = c.path.length - below; i > 0; i--) {
    if (c.path[i - 1] !== "properties") {
      continue;
    }
    const prefix = c.path.slice(0, i + 1);
    if (
      asObject(valueAt(c.base, prefix))?.readOnly === true ||
      asObject(valueAt(c.current, prefix))?.readOnly === true
    ) {
      return true;
    }
  }
  return false;
}

// a variant of a `oneOf` that pins the discriminator to its own value: the values it drops are
// still accepted, by the variant the discriminator maps them to
function isPinnedDiscriminator(c: Change): boolean {
  if (!isArrayItemOf(c, "enum") || c.action !== "remove") {
    return false;
  }
  const variantsAt = c.path.lastIndexOf("oneOf");
  const property = c.path[c.path.length - 3];
  if (variantsAt < 0 || c.path[variantsAt + 2] !== "properties" || c.path[variantsAt + 3] !== property) {
    return false;
  }
  const variants = valueAt(c.current, c.path.slice(0, variantsAt + 1));
  return (
    Array.isArray(variants) &&
    variants.some((variant) => {
      const values = asObject(asObject(asObject(variant)?.properties)?.[String(property)])?.enum;
      return Array.isArray(values) && values.includes(c.before as Json);
    })
  );
}

function bodyRequiresContent(c: Change): boolean {
  const content = asObject(valueAt(c.current, [...c.path.slice(0, -1), "content"]));
  const schemas = Object.values(content ?? {}).map((media) => asObject(asObject(media)?.schema));
  const requires = (schema: JsonObject | undefined): boolean =>
    (Array.isArray(schema?.required) && schema.required.length > 0) ||
    (Array.isArray(schema?.oneOf) && schema.oneOf.every((variant) => requires(asObject(variant))));
  return schemas.length > 0 && schemas.every(requires);
}

// an added value or a dropped list lets more through; the reverse lets less through
const enumWidens = (c: Change): boolean => (isKeyword(c, "enum") ? c.action === "remove" : c.action === "add");

// moving per-operation requirements to the document level changes nothing for a client
function securityStillRequired(c: Change): boolean {
  if (c.path[0] === "security") {
    return c.action !== "add" || everyOperationHadSecurity(c.base);
  }
  const documentLevel = c.current.security;
  return (
    c.action === "remove" && Array.isArray(documentLevel) && JSON.stringify(documentLevel) === JSON.stringify(c.before)
  );
}

function everyOperationHadSecurity(document: JsonObject): boolean {
  const methods = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];
  const operations = Object.values(asObject(document.paths) ?? {}).flatMap((item) =>
    Object.entries(asObject(item) ?? {})
      .filter(([method]) => methods.includes(method))
      .map(([, operation]) => asObject(operation)),
  );
  return operations.every((operation) => Array.isArray(operation?.security) && operation.security.length > 0);
}

/** The rules in the order they are tried; the first that applies decides. */
export const RULES: Rule[] = [
  {
    id: "documentation",
    applies: (c) => c.path.some((s, i) => DOCUMENTATION_KEYS.has(String(s)) && c.path[i - 1] !== "properties"),
    verdict: "annotation",
    explain: () =>
      "documentation only (description, example, link, discriminator mapping): nothing on the wire changes",
  },
  {
    id: "deprecated",
    applies: (c) => isKeyword(c, "deprecated"),
    verdict: "non-breaking",
    explain: (c) => (c.after === true ? "marked deprecated: still works, plan its removal" : "no longer deprecated"),
  },
  {
    id: "security-requirement",
    applies: (c) => c.path[0] === "security" || (c.path[0] === "paths" && c.path[3] === "security"),
    verdict: (c) => (securityStillRequired(c) ? "non-breaking" : "breaking"),
    explain: (c) =>
      securityStillRequired(c)
        ? "the same credentials are asked for, now declared once for the whole document"
        : c.action === "add"
          ? "credentials are now required where they were not"
          : "a security requirement was dropped",
  },
  {
    id: "operation-removed",
    applies: (c) => c.path[0] === "paths" && c.path.length <= 3 && c.action === "remove",
    verdict: "breaking",
    explain: () => "the operation is gone: a client calling it gets 404 or 405",
  },
  {
    id: "operation-added",
    applies: (c) => c.path[0] === "paths" && c.path.length <= 3 && c.action === "add",
    verdict: "non-breaking",
    explain: () => "new operation: existing clients do not call it",
  },
  {
    id: "response-status",
    applies: (c) => isResponse(c) && c.path.length === 5,
    verdict: (c) => (c.action !== "add" && isSuccess(key(c)) ? "breaking" : "non-breaking"),
    explain: (c) =>
      !isSuccess(key(c))
        ? `error response ${key(c)} ${c.action === "add" ? "declared" : "no longer declared"}: errors could always occur`
        : c.action === "add"
          ? `new success status ${key(c)}: a client that checks for one code must accept it too`
          : `success status ${key(c)} is gone: a client waiting for it sees another code`,
  },
  {
    id: "response-header",
    applies: (c) => isResponse(c) && c.path[5] === "headers",
    verdict: (c) => (c.path.length === 7 && c.action === "remove" ? "breaking" : "non-breaking"),
    explain: (c) =>
      c.path.length === 7 && c.action === "remove"
        ? `response header \`${key(c)}\` is no longer sent: a client reading it finds nothing`
        : c.path.length === 7
          ? `new response header \`${key(c)}\`: clients may ignore it`
          : "a detail of a response header changed: clients read headers as text",
  },
  {
    id: "media-type",
    applies: (c) => parentKey(c) === "content" && (c.path[3] === "requestBody" || c.path[5] === "content"),
    verdict: (c) => (c.action === "remove" ? "breaking" : "non-breaking"),
    explain: (c) =>
      c.action === "remove"
        ? `media type ${key(c)} is gone: a client that ${isRequest(c) ? "sends" : "asks for"} it fails`
        : `media type ${key(c)} is also possible now`,
  },
  {
    id: "parameter-removed",
    applies: (c) => c.path[3] === "parameters" && c.path.length === 5 && c.action === "remove",
    verdict: "breaking",
    explain: () =>
      "the parameter is gone: the server rejects unknown query parameters (400) or ignores what the client meant",
  },
  {
    id: "parameter-added",
    applies: (c) => c.path[3] === "parameters" && c.path.length === 5 && c.action === "add",
    verdict: (c) => (asObject(c.after)?.required === true ? "breaking" : "non-breaking"),
    explain: (c) =>
      asObject(c.after)?.required === true
        ? "new required parameter: a request without it is rejected"
        : "new optional parameter: requests without it work as before",
  },
  {
    id: "parameter-required",
    applies: (c) => c.path[3] === "parameters" && c.path.length === 6 && key(c) === "required",
    verdict: (c) => (c.after === true ? "breaking" : "non-breaking"),
    explain: (c) => (c.after === true ? "the parameter became required" : "the parameter became optional"),
  },
  {
    id: "request-body-required",
    applies: (c) => c.path[3] === "requestBody" && c.path.length <= 5 && key(c) !== "content",
    verdict: (c) =>
      (c.path.length === 4 && c.action === "remove") ||
      ((c.after === true || asObject(c.after)?.required === true) && !bodyRequiresContent(c))
        ? "breaking"
        : "non-breaking",
    explain: (c) =>
      c.path.length === 4 && c.action === "remove"
        ? "the operation no longer takes a body: what a client sends is ignored"
        : bodyRequiresContent(c)
          ? "the body is now declared required; a request without one already lacked its required fields"
          : c.after === true
            ? "the body became required: a request without one is rejected"
            : "the body became optional",
  },
  {
    id: "read-only-in-request",
    applies: (c) => isRequest(c) && inSchema(c) && isInsideReadOnly(c),
    verdict: "non-breaking",
    explain: () => "in a read-only field: a server ignores it in requests",
  },
  {
    id: "read-only",
    applies: (c) => inSchema(c) && (isKeyword(c, "readOnly") || isKeyword(c, "writeOnly")),
    verdict: (c) => (isRequest(c) && key(c) === "readOnly" && c.after === true ? "breaking" : "non-breaking"),
    explain: (c) =>
      isRequest(c) && key(c) === "readOnly" && c.after === true
        ? "the field became read-only: what a client sends is no longer stored"
        : `${String(key(c))} changed where it has no effect on what a client ${isRequest(c) ? "may send" : "reads"}`,
  },
  {
    id: "property",
    applies: (c) => inSchema(c) && parentKey(c) === "properties" && c.action !== "replace",
    verdict: (c) => (c.action === "remove" ? "breaking" : "non-breaking"),
    explain: (c) =>
      c.action === "remove"
        ? isRequest(c)
          ? `field \`${key(c)}\` is no longer taken: what a client sends there is lost`
          : `field \`${key(c)}\` is no longer returned: a client reading it finds nothing`
        : `new field \`${key(c)}\`${isResponse(c) ? ": clients ignore fields they do not know" : " (required only if listed in `required`)"}`,
  },
  {
    id: "required",
    applies: (c) => inSchema(c) && (isArrayItemOf(c, "required") || isKeyword(c, "required")),
    verdict: (c) => {
      const tightened = c.action === "add" || (c.action === "replace" && isArrayItemOf(c, "required"));
      const names = [value(c)].flat();
      const schema = isKeyword(c, "required") ? c.newParent : asObject(valueAt(c.current, c.path.slice(0, -2)));
      const readOnly = names.every((n) => asObject(asObject(schema?.properties)?.[String(n)])?.readOnly === true);
      if (isRequest(c)) {
        return tightened && !readOnly ? "breaking" : "non-breaking";
      }
      return c.action === "remove" || c.action === "replace" ? "breaking" : "non-breaking";
    },
    explain: (c) =>
      isRequest(c)
        ? c.action === "remove"
          ? `${show(value(c))} is optional now`
          : `${show(value(c))} is now required: a request without it is rejected (unless read-only)`
        : c.action === "remove"
          ? `${show(value(c))} may now be missing from the response`
          : `${show(value(c))} is now always in the response`,
  },
  {
    id: "enum-pinned-by-discriminator",
    applies: (c) => inSchema(c) && isPinnedDiscriminator(c),
    verdict: "non-breaking",
    explain: (c) => `variant pins its discriminator: ${show(c.before)} is accepted by the variant it names`,
  },
  {
    id: "enum",
    applies: (c) => inSchema(c) && (isArrayItemOf(c, "enum") || isKeyword(c, "enum")),
    verdict: (c) => (c.action !== "replace" && enumWidens(c) === isRequest(c) ? "non-breaking" : "breaking"),
    explain: (c) => {
      const what = isKeyword(c, "enum")
        ? c.action === "remove"
          ? "the list of allowed values is gone"
          : "the value is now limited to a list"
        : `value ${show(value(c))} ${c.action === "add" ? "added" : "removed"}`;
      if (isRequest(c)) {
        return `${what}: ${enumWidens(c) ? "more is accepted" : "requests with a value no longer listed are rejected"}`;
      }
      return `${what}: ${enumWidens(c) ? "a client that handles each value meets one it does not know" : "clients receive fewer values"}`;
    },
  },
  {
    id: "nullable",
    applies: (c) => inSchema(c) && isKeyword(c, "nullable"),
    verdict: (c) => ((c.after === true) === isResponse(c) ? "breaking" : "non-breaking"),
    explain: (c) =>
      c.after === true
        ? isResponse(c)
          ? "may now be null in the response: a client that reads it as a value fails"
          : "may now be null in requests"
        : isResponse(c)
          ? "no longer null in the response"
          : "no longer accepts null: a request sending null is rejected",
  },
  {
    id: "limit-implied",
    applies: (c) => inSchema(c) && isImpliedLimit(c),
    verdict: "non-breaking",
    explain: (c) =>
      `${String(key(c))} ${show(c.after)} is met by every value that was valid already (format, enum or bounds)`,
  },
  {
    id: "type",
    applies: (c) => inSchema(c) && (isKeyword(c, "type") || isKeyword(c, "format")),
    verdict: (c) => {
      if (c.action === "replace") {
        return "breaking";
      }
      // an added type or format narrows: stricter for requests, a promise for responses
      return (c.action === "add") === isRequest(c) ? "breaking" : "non-breaking";
    },
    explain: (c) =>
      c.action === "replace"
        ? `${String(key(c))} changed from ${show(c.before)} to ${show(c.after)}`
        : c.action === "add"
          ? `${String(key(c))} ${show(c.after)} declared: ${isRequest(c) ? "other values are now rejected" : "a narrower promise"}`
          : `${String(key(c))} ${show(c.before)} dropped: ${isRequest(c) ? "more is accepted" : "a client can no longer rely on it"}`,
  },
  {
    id: "limit",
    applies: (c) =>
      inSchema(c) &&
      [...UPPER_LIMITS, ...LOWER_LIMITS, "pattern", "multipleOf", "uniqueItems"].some((name) => isKeyword(c, name)),
    verdict: (c) => (isRequest(c) && isStricter(c) ? "breaking" : "non-breaking"),
    explain: (c) => {
      const change = `${String(key(c))} ${c.action === "remove" ? `${show(c.before)} dropped` : c.action === "add" ? `${show(c.after)} added` : `${show(c.before)} → ${show(c.after)}`}`;
      if (isRequest(c)) {
        return `${change}: ${isStricter(c) ? "values that were valid are now rejected" : "accepts at least what it did"}`;
      }
      return `${change}: the type a client reads is unchanged; limits are the server's to enforce`;
    },
  },
  {
    id: "variant",
    applies: (c) => inSchema(c) && (isArrayItemOf(c, "oneOf") || isArrayItemOf(c, "anyOf")),
    verdict: (c) => ((c.action === "remove") === isRequest(c) || c.action === "replace" ? "breaking" : "non-breaking"),
    explain: (c) =>
      isRequest(c)
        ? c.action === "add"
          ? "one more shape is accepted"
          : "a shape that was accepted is gone"
        : c.action === "add"
          ? "one more shape can be returned: a client that handles each one meets an unknown one"
          : "one shape is no longer returned",
  },
];

const LIBRARY_VERDICT: Record<string, Verdict> = {
  breaking: "breaking",
  annotation: "annotation",
  "non-breaking": "non-breaking",
  deprecated: "non-breaking",
  unclassified: "non-breaking",
};

/**
 * Our verdict on one change: the first rule that applies, else api-smart-diff's.
 * @example
 * const judged = findChanges(base, current).map(classify);
 * judged.filter((c) => c.verdict === "breaking");
 */
export function classify(change: Change): ClassifiedChange {
  const rule = RULES.find((r) => r.applies(change));
  if (!rule) {
    return {
      ...change,
      verdict: LIBRARY_VERDICT[change.libraryVerdict] ?? "breaking",
      rule: "library",
      explanation: `${change.action} ${String(key(change))} (api-smart-diff: ${change.libraryVerdict})`,
    };
  }
  const verdict = typeof rule.verdict === "function" ? rule.verdict(change) : rule.verdict;
  return { ...change, verdict, rule: rule.id, explanation: rule.explain(change) };
}
