/**
 * How fast the V8 heap may grow. By default V8 lets the heap grow up to 4× after a collection
 * when the process allocates quickly; a list page of 100 objects allocates ≈ 2.7 MB, so under load
 * the server's RSS climbed to 220–240 MB for garbage that the next collection would have freed.
 * Growing by at most 2× kept it at ≈ 175 MB in the bench (`npm run bench`), at a CPU cost we
 * could not tell from the noise on most scenarios (and up to +27 % on S2 in one run).
 * @module
 */
import v8 from "node:v8";

const FLAG = "--heap-growing-percent";

/**
 * Sets the heap growth to 100 % (2×) unless the process was started with its own `--heap-growing-percent`.
 * @example
 * limitHeapGrowth(); // first thing at start-up, before the heap has grown
 */
export function limitHeapGrowth(): void {
  if (!process.execArgv.some((argument) => argument.startsWith(FLAG))) {
    v8.setFlagsFromString(`${FLAG}=100`);
  }
}
