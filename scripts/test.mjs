// `npm test`: runs every workspace's tests through turbo, then prints the one closing line CI
// reads, `N passed, M failed` (turbo and vitest print nothing of that form themselves), summed
// from the vitest JSON report each workspace writes to .vitest-result.json.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces;
/** The report file of every workspace folder (`contract`, `apps/*`, …), whether it exists or not. */
const reports = () =>
  workspaces
    .flatMap((pattern) =>
      pattern.endsWith("/*")
        ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => join(pattern.slice(0, -2), entry.name))
        : [pattern],
    )
    .map((dir) => join(dir, ".vitest-result.json"));

for (const report of reports()) {
  rmSync(join(root, report), { force: true });
}
// --continue: one failing workspace must not hide the results of the others
const turbo = spawnSync("npx", ["turbo", "run", "test", "--continue", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { NO_COLOR: "1", TURBO_TELEMETRY_DISABLED: "1", ...process.env },
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports()) {
  if (!existsSync(join(root, report))) {
    continue;
  }
  const result = JSON.parse(readFileSync(join(root, report), "utf8"));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // a file whose hook or import failed has no failed test, but is a failure all the same
  failed += (result.testResults ?? []).filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  ).length;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(turbo.status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
