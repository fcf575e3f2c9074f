/**
 * The values a hostile or careless client sends: injection strings, unicode that breaks naive
 * encoders (lone surrogates, NUL, direction marks), huge strings, deep nesting, wrong types and
 * JSON that is not JSON. Used by the fuzz test and `npm run fuzz`.
 * @module
 */
import fc from "fast-check";

/** Strings that have broken SQL, JSON, HTTP or template handling somewhere before. */
export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE partijen; --",
  "1; SELECT pg_sleep(0)--",
  '" OR ""="',
  "' UNION SELECT uuid FROM api_tokens --",
  "%",
  "_",
  "\\",
  "\\'",
  "$1",
  "?",
  ":uuid",
  "??",
  '{"$ne":null}',
  '{"$gt":""}',
  "__proto__",
  "constructor",
  "prototype",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, sent literally
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "\r\nX-Injected: ja",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e309",
  "99999999999999999999999999",
  "-2147483649",
  "2147483648",
  "0x10",
  "true",
  "",
  " ",
  "2024-02-30",
  "0000-00-00",
  "9999-99-99T99:99:99Z",
  "00000000-0000-0000-0000-000000000000",
  "http://",
  "https://x/../../partijen",
];

/** Unicode that naive code gets wrong: surrogate halves, NUL and other controls, bidi marks, BOM. */
export const UNICODE_EDGES = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "x\uDC00y",
  "\uD83D",
  "\u202E\u202Dgnirts",
  "\u200F\u200E",
  "\uFEFF",
  "\u0007\u0008\u001B[31m",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦",
  "\uFFFF\uFFFE",
  "𝕳𝖊𝖑𝖑𝖔",
  "\u2028\u2029",
  "ǅ",
  "İı",
];

/** A string of arbitrary UTF-16 code units, so also unpaired surrogates and controls. */
const anyCodeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 })
  .map((units) => String.fromCharCode(...units));

/**
 * A hostile string: injections, unicode edges, arbitrary code units, combinations of them, or a
 * huge string up to `hugeLength`.
 * @example
 * fc.sample(hostileString({ hugeLength: 70_000 }), 5);
 */
export function hostileString(options: { hugeLength: number }): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...INJECTION_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
    { weight: 2, arbitrary: anyCodeUnits },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...INJECTION_STRINGS), fc.constantFrom(...UNICODE_EDGES))
        .map(([a, b]) => `${a}${b}${a}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1_001, max: options.hugeLength }), fc.constantFrom("a", "é", "\u202E", "'", "%"))
        .map(([length, unit]) => unit.repeat(length)),
    },
  );
}

/** A value nested `depth` levels deep (objects and arrays alternating). */
export function nested(depth: number): unknown {
  let value: unknown = "diep";
  for (let level = 0; level < depth; level++) {
    value = level % 2 === 0 ? { a: value } : [value];
  }
  return value;
}

/**
 * Any JSON value, of any type, with hostile strings in it: what a field gets when the client does
 * not respect its schema.
 * @example
 * fc.sample(hostileJson({ hugeLength: 10_000 }), 3);
 */
export function hostileJson(options: { hugeLength: number }): fc.Arbitrary<unknown> {
  const text = hostileString(options);
  return fc.oneof(
    { weight: 6, arbitrary: text },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        0,
        -1,
        1.5,
        2 ** 31,
        -(2 ** 31) - 1,
        Number.MAX_SAFE_INTEGER + 2,
        1e308,
        -1e308,
        5e-324,
        true,
        false,
        null,
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom([], {}, [null], [[]], { uuid: null }, { url: 1 }) },
    { weight: 1, arbitrary: fc.array(text, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(text, text, { maxKeys: 3 }) },
    { weight: 1, arbitrary: fc.integer({ min: 20, max: 40 }).map(nested) },
    { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"x":1}}')) },
  );
}

/** Request bodies that are not (acceptable) JSON at all, sent as `application/json`. */
export const MALFORMED_JSON = [
  "",
  "{",
  '{"a":',
  "{'a':1}",
  "[1,2,,]",
  "NaN",
  "undefined",
  '{"a":1}garbage',
  '{"a":1,}',
  "\uFEFF{}",
  "\u0000",
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"a":"\\x41"}',
  '{"a":1e99999}',
  '{"a":-}',
  "nul",
  '"tekst"',
  "42",
  "null",
  "true",
  "[]",
  '[{"a":1}]',
  '{"a":1,"a":2}',
  `${"[".repeat(20_000)}${"]".repeat(20_000)}`,
  `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`,
  `${"[".repeat(50_000)}`,
];

/** Content types that are not the JSON a write needs, or JSON in a charset nobody should use. */
export const WRONG_CONTENT_TYPES = [
  "text/plain",
  "application/xml",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/json; charset=latin1",
  "application/json; charset=utf-7",
  "application/json; charset=utf-16",
  "application/json; charset=bogus",
  "application/vnd.api+json",
  "application/problem+json",
  "*/*",
  "application/json, text/plain",
  "",
];

/** Accept headers a client may send; all but the JSON ones should get 406 problem JSON. */
export const ACCEPT_HEADERS = ["application/json", "*/*", "application/xml", "text/html", "image/png", "application/*"];

/** Authorization headers that must be refused with 401 problem JSON. */
export const HOSTILE_AUTHORIZATIONS = [
  "Token ' OR '1'='1",
  "Token ",
  "Bearer test-token-0123456789",
  "Token test-token-0123456789 extra",
  `Token ${"a".repeat(10_000)}`,
  "Basic dXNlcjpwYXNz",
  "Token %00",
];
