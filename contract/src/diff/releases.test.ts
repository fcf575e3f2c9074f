import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { recordRelease } from "./releases.ts";
import { listReleases } from "./sources.ts";

describe("recordRelease", () => {
  it("keeps the bundles per version and writes the changelog entry from the diff with the previous release", async () => {
    const dir = `${mkdtempSync(join(tmpdir(), "releases-"))}/`;
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const changelog = join(dir, "CHANGELOG.md");
    const options = { dir, changelog, date: "2026-01-01" };

    expect(await recordRelease("0.9.0", options)).toContain("First recorded release.");
    const second = await recordRelease("0.9.1", options);
    expect(second).toContain("✅ no breaking changes (0.9.0 → 0.9.0)");
    expect(listReleases(dir)).toEqual(["0.9.0", "0.9.1"]);
    const text = readFileSync(changelog, "utf8");
    expect(text.indexOf("## 0.9.1")).toBeLessThan(text.indexOf("## 0.9.0"));
    await expect(recordRelease("0.9.1", options)).rejects.toThrow("above the latest");
  }, 60_000);
});
