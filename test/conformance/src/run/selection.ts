/**
 * `--only`: which checks to run, by id patterns. A pattern matches an id exactly, as a prefix up
 * to a `/` (`core-read`, `core-read/partijen`), or with `*` wildcards; `!pattern` excludes.
 * @module
 */

function toRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}(/.*)?$`);
}

/**
 * Whether an id is selected by a list of patterns (empty: everything).
 * @example
 * isSelected("core-read/partijen/list", ["core-read", "!core-read/partijen/*"]); // false
 */
export function isSelected(id: string, patterns: readonly string[]): boolean {
  const include = patterns.filter((pattern) => !pattern.startsWith("!"));
  const exclude = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1));
  const included = include.length === 0 || include.some((pattern) => toRegExp(pattern).test(id));
  return included && !exclude.some((pattern) => toRegExp(pattern).test(id));
}

/** Splits a comma-separated `--only` value. */
export function parsePatterns(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((pattern) => pattern.trim())
    .filter(Boolean);
}
