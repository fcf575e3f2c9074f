import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/klantinteracties-conformance.mjs", import.meta.url));

describe("the klantinteracties-conformance bin", () => {
  it("exits 2 and still prints the closing count when the server cannot be reached", () => {
    const run = spawnSync(
      process.execPath,
      [bin, "--base-url", "http://127.0.0.1:9/klantinteracties/api/v1", "--token", "x"],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot be reached/);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("0 passed, 0 failed");
  });
  it("exits 2 on wrong usage", () => {
    const run = spawnSync(process.execPath, [bin], { encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(2);
  });
});
