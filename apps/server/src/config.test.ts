import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to port 8000, embedded database, no tokens, no response validation, CORS and rate limit off", () => {
    expect(loadConfig({})).toEqual({
      port: 8000,
      databaseUrl: undefined,
      externalBaseUrl: undefined,
      apiTokens: [],
      logLevel: "info",
      validateResponses: false,
      corsOrigins: [],
      maxBodyBytes: 1024 * 1024,
      rateLimitPerMinute: undefined,
      dbAcquireTimeoutMs: 5000,
      exactCountLimit: 1000,
      webConcurrency: 1,
      notificationsUrl: undefined,
      notificationsToken: undefined,
      cloudEventsWebhookUrl: undefined,
      cloudEventsWebhookToken: undefined,
      cloudEventsSource: undefined,
    });
  });

  it("reads the hardening settings", () => {
    const config = loadConfig({
      CORS_ORIGINS: "https://portaal.example.org/, http://localhost:3000",
      MAX_BODY_BYTES: "65536",
      RATE_LIMIT_PER_MINUTE: "600",
      DB_ACQUIRE_TIMEOUT_MS: "2000",
      EXACT_COUNT_LIMIT: "0",
    });
    expect(config).toMatchObject({
      corsOrigins: ["https://portaal.example.org", "http://localhost:3000"],
      maxBodyBytes: 65536,
      rateLimitPerMinute: 600,
      dbAcquireTimeoutMs: 2000,
      exactCountLimit: 0,
    });
    expect(loadConfig({ CORS_ORIGINS: "*", RATE_LIMIT_PER_MINUTE: "0" })).toMatchObject({
      corsOrigins: ["*"],
      rateLimitPerMinute: undefined,
    });
  });

  it.each([
    ["CORS_ORIGINS", "portaal.example.org"],
    ["CORS_ORIGINS", "*,https://portaal.example.org"],
    ["CORS_ORIGINS", "https://portaal.example.org/pad"],
    ["MAX_BODY_BYTES", "0"],
    ["MAX_BODY_BYTES", "1mb"],
    ["RATE_LIMIT_PER_MINUTE", "-1"],
    ["RATE_LIMIT_PER_MINUTE", "veel"],
    ["DB_ACQUIRE_TIMEOUT_MS", "0"],
    ["DB_ACQUIRE_TIMEOUT_MS", "5s"],
    ["EXACT_COUNT_LIMIT", "-1"],
    ["EXACT_COUNT_LIMIT", "alles"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name} must be`));
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
