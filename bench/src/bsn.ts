/**
 * Burgerservicenummers for the seed: valid by the elfproef, unique per index and cheap to make in
 * SQL too (`seed.ts` has the same algorithm as a SQL function; the seed checks a sample of its
 * output with {@link passesElfproef}).
 * @module
 */

/**
 * The elfproef of a BSN: the digits weighted 9, 8, … 2 from the left and the last one −1; the sum
 * is a multiple of 11 (and not 0).
 * @example
 * passesElfproef("111222333"); // true
 * passesElfproef("123456789"); // false
 */
export function passesElfproef(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits)) {
    return false;
  }
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const weight = index === 8 ? -1 : 9 - index;
    sum += weight * Number(digits[index]);
  }
  return sum !== 0 && sum % 11 === 0;
}

/** The largest index {@link bsnForIndex} accepts: its seven-digit base must stay seven digits. */
export const MAX_BSN_INDEX = 8_999_999;

/**
 * The BSN of seed index `index` (1 … {@link MAX_BSN_INDEX}): the seven digits of `1000000 + index`,
 * then an eighth digit 0 (or 1 when 0 would need check digit 10), then the check digit. Distinct
 * indexes give distinct numbers, and every number passes the elfproef.
 * @example
 * bsnForIndex(1); // "100000101"
 */
export function bsnForIndex(index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > MAX_BSN_INDEX) {
    throw new RangeError(`BSN index must be an integer in 1..${MAX_BSN_INDEX}, got ${index}`);
  }
  const base = String(1_000_000 + index);
  let sum = 0;
  for (let position = 0; position < 7; position++) {
    sum += (9 - position) * Number(base[position]);
  }
  // the eighth digit weighs 2: going from 0 to 1 moves the check digit from 10 to 1
  const eighth = sum % 11 === 10 ? 1 : 0;
  const check = (sum + 2 * eighth) % 11;
  return `${base}${eighth}${check}`;
}
