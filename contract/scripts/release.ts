/**
 * `npm run contract:release -- <version>`: records dist/ as releases/<version>/ and writes the
 * changelog entry (the diff against the previous release) into CHANGELOG.md, to edit before
 * committing.
 */
import { recordRelease } from "../src/diff/releases.ts";

const version = process.argv[2];
if (!version) {
  console.error("usage: contract:release -- <version>   e.g. 0.10.0");
  process.exit(2);
}
console.log(await recordRelease(version));
