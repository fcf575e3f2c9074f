/**
 * Limits on a JSON request body: its size (`MAX_BODY_BYTES`, a larger body is a 413 before it is
 * read) and how deeply it nests (a deeper body is a 400 before it is parsed, so no recursive step
 * after the parser can be driven into a stack overflow).
 * @module
 */
import express, { type RequestHandler } from "express";
import { Problem } from "./problem.ts";

/** The deepest nesting of objects and arrays a body may have; the contract's bodies need a handful. */
export const MAX_JSON_DEPTH = 32;

/**
 * The JSON body parser with both limits.
 * @example
 * router.use(jsonBody({ maxBytes: 1024 * 1024 }));
 */
export function jsonBody(options: { maxBytes: number }): RequestHandler {
  return express.json({
    limit: options.maxBytes,
    verify: (_req, _res, raw, charset) => {
      if (nestingExceeds(decode(raw, charset), MAX_JSON_DEPTH)) {
        throw Problem.invalid(
          [
            {
              name: "nonFieldErrors",
              code: "max_depth",
              reason: `De body is dieper genest dan ${MAX_JSON_DEPTH} niveaus.`,
            },
          ],
          `De JSON-body is te diep genest; ten hoogste ${MAX_JSON_DEPTH} niveaus van objecten en lijsten zijn toegestaan.`,
        );
      }
    },
  });
}

/**
 * Whether a JSON text nests objects and arrays deeper than `max`; brackets inside strings do not
 * count. Malformed text is left to the parser.
 * @example
 * nestingExceeds('{"a":[{"b":"[[["}]}', 3); // false: depth 3
 * nestingExceeds("[[[[]]]]", 3); // true
 */
export function nestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) {
        index++;
      } else if (char === QUOTE) {
        inString = false;
      }
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth++;
      if (depth > max) {
        return true;
      }
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// body-parser accepts only utf-* charsets; TextDecoder knows utf-8 and utf-16, the rest is read as
// utf-8, which keeps every ASCII bracket and quote where it is for the parser's other encodings too
function decode(raw: Buffer, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(raw);
  } catch {
    return raw.toString("utf8");
  }
}
