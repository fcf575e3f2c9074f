// Spectral function: a query parameter name must be lowerCamelCase, unless the ruleset lists it
// in `exempt` (the names the reference wire format mandates).
const CAMEL = /^[a-z][a-z\d]*([A-Z][a-z\d]*)*$/;

export default function camelCaseQueryName(parameter, options) {
  if (parameter?.in !== "query" || typeof parameter.name !== "string") {
    return [];
  }
  if (CAMEL.test(parameter.name) || (options?.exempt ?? []).includes(parameter.name)) {
    return [];
  }
  return [{ message: `query parameter ${parameter.name} is not lowerCamelCase (and not a mandated reference name)` }];
}
