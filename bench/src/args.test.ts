import { describe, expect, it } from "vitest";
import { parseBenchArgs, UsageError } from "./args.ts";

describe("parseBenchArgs", () => {
  it("defaults to the 1M scale, 20 s at 32 connections, every scenario", () => {
    const options = parseBenchArgs([]);
    expect(options.scale.klantcontacten).toBe(1_000_000);
    expect([options.duration, options.warmup, options.connections]).toEqual([20, 5, 32]);
    expect(options.scenarios).toEqual(["S1", "S2", "S3", "S4", "S5"]);
  });

  it("gives the small scale shorter runs unless a duration is given", () => {
    expect(parseBenchArgs(["--scale", "small"]).duration).toBe(10);
    expect(parseBenchArgs(["--scale", "small", "--duration", "30"]).duration).toBe(30);
  });

  it("rejects an unknown scale, scenario or flag", () => {
    expect(() => parseBenchArgs(["--scale", "huge"])).toThrow(UsageError);
    expect(() => parseBenchArgs(["--scenarios", "S9"])).toThrow(UsageError);
    expect(() => parseBenchArgs(["--fast"])).toThrow(UsageError);
  });
});
