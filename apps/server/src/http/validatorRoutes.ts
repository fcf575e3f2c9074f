/**
 * express-openapi-validator (5.6) places every request by compiling the path of each contract
 * operation with path-to-regexp, in order, until one matches — again for every request, a few
 * dozen compilations per request that always give the same expressions. This keeps each compiled
 * expression the first time, for the validator's copy of path-to-regexp only (Express's own
 * router calls the module's `match`, which does not go through the exported function).
 * @module
 */
import { createRequire } from "node:module";

type Compiled = { regexp: RegExp; keys: { name: string }[] };
type PathToRegexp = (path: unknown, options?: Record<string, unknown>) => Compiled;

// the contract has a few dozen paths per API; a bound in case another caller compiles made-up paths
const MAX_CACHED = 1000;

let installed = false;

/**
 * Makes the validator's path-to-regexp keep what it compiled; idempotent.
 * @example
 * cacheValidatorRouteExpressions();
 * router.use(...contractValidation(contract, config));
 */
export function cacheValidatorRouteExpressions(): void {
  if (installed) {
    return;
  }
  installed = true;
  const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
  const pathToRegexpModule = fromValidator("path-to-regexp") as { pathToRegexp: PathToRegexp };
  const compile = pathToRegexpModule.pathToRegexp;
  // by flag, then by path: the validator passes the same path strings every time, whose hashes V8 keeps
  const caches = { sensitive: new Map<string, Compiled>(), insensitive: new Map<string, Compiled>() };
  pathToRegexpModule.pathToRegexp = (path, options = {}) => {
    // only the shape the validator uses: a string path with its `sensitive`/`strict` flags (the
    // latter unused by path-to-regexp 8); anything else is compiled as before
    if (typeof path !== "string" || !onlyValidatorFlags(options)) {
      return compile(path, options);
    }
    const cache = options.sensitive ? caches.sensitive : caches.insensitive;
    let compiled = cache.get(path);
    if (!compiled) {
      compiled = compile(path, options);
      // a non-global expression keeps no state between exec calls, so one object serves everyone
      Object.freeze(compiled.keys);
      if (cache.size >= MAX_CACHED) {
        cache.clear();
      }
      cache.set(path, compiled);
    }
    return compiled;
  };
}

function onlyValidatorFlags(options: Record<string, unknown>): boolean {
  for (const key in options) {
    if (key !== "sensitive" && key !== "strict") {
      return false;
    }
  }
  return true;
}
