import { describe, expect, it } from "vitest";
import { isMajorStep, versionGate } from "./version.ts";

describe("the version gate", () => {
  it("counts the minor as the major step below 1.0", () => {
    expect(isMajorStep("0.9.0", "0.10.0")).toBe(true);
    expect(isMajorStep("0.9.0", "0.9.1")).toBe(false);
    expect(isMajorStep("1.1.1", "1.2.0")).toBe(false);
    expect(isMajorStep("1.1.1", "2.0.0")).toBe(true);
  });

  it("fails a breaking change without a major step and names the version to use", () => {
    expect(versionGate("1.1.1", "1.1.1", 0).ok).toBe(true);
    expect(versionGate("1.1.1", "2.0.0", 3).ok).toBe(true);
    const gate = versionGate("0.9.0", "0.9.1", 2);
    expect(gate.ok).toBe(false);
    expect(gate.message).toContain("0.10.0");
  });
});
