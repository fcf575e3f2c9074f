/**
 * The version gate: a breaking change needs a major step of `info.version` (for 0.x, where
 * semantic versioning lets the minor carry breaking changes, a minor step).
 * @module
 */

/** `[major, minor, patch]` of a version such as `0.9.0` or `1.1.1`; missing parts count as 0. */
export function parseVersion(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}

/** Negative, zero or positive like a sort comparator. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * Whether going from `base` to `current` is a step that may break clients.
 * @example
 * isMajorStep("0.9.0", "0.10.0"); // true: 0.x breaks on the minor
 * isMajorStep("1.1.1", "1.2.0"); // false
 */
export function isMajorStep(base: string, current: string): boolean {
  const [b, c] = [parseVersion(base), parseVersion(current)];
  return b[0] === 0 ? c[0] > 0 || c[1] > b[1] : c[0] > b[0];
}

/**
 * Passes when there is nothing breaking or the version was raised enough; the message says which.
 * @example
 * versionGate("1.1.1", "1.1.2", 3).ok; // false
 */
export function versionGate(base: string, current: string, breaking: number): { ok: boolean; message: string } {
  if (breaking === 0) {
    return { ok: true, message: `no breaking changes (${base} → ${current})` };
  }
  if (isMajorStep(base, current)) {
    return { ok: true, message: `${breaking} breaking changes, announced by the version step ${base} → ${current}` };
  }
  const next = parseVersion(base);
  const needed = next[0] === 0 ? `0.${next[1] + 1}.0` : `${next[0] + 1}.0.0`;
  return {
    ok: false,
    message: `${breaking} breaking changes, but info.version went ${base} → ${current}: raise it to ${needed} or keep the change compatible`,
  };
}
