import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to port 8000, embedded database, no tokens, no response validation", () => {
    expect(loadConfig({})).toEqual({
      port: 8000,
      databaseUrl: undefined,
      externalBaseUrl: undefined,
      apiTokens: [],
      logLevel: "info",
      validateResponses: false,
    });
  });

  it("splits API_TOKENS on commas and trims a trailing slash from EXTERNAL_BASE_URL", () => {
    const config = loadConfig({
      API_TOKENS: "a, b,,c",
      EXTERNAL_BASE_URL: "https://ki.example.org/",
      VALIDATE_RESPONSES: "1",
    });
    expect(config.apiTokens).toEqual(["a", "b", "c"]);
    expect(config.externalBaseUrl).toBe("https://ki.example.org");
    expect(config.validateResponses).toBe(true);
  });

  it("names every bad variable in one error", () => {
    const bad = () => loadConfig({ PORT: "eighty", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x" });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });
});
