/**
 * Configuration from environment variables, validated once at start-up so that a bad value stops
 * the server with a message naming the variable instead of failing on the first request.
 * @module
 */

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
// scheme, host and optional port: what a browser sends in `Origin`
const ORIGIN = /^https?:\/\/[^/\s]+$/;

/** Everything the server reads from its environment. */
export interface Config {
  port: number;
  /** `undefined`: start the embedded PostgreSQL under `<repo>/.data/`. */
  databaseUrl: string | undefined;
  /** Origin (and optional path prefix) used in every `url`; `undefined`: taken from the request. */
  externalBaseUrl: string | undefined;
  /** Secrets seeded into the token table at start-up (development and CI). */
  apiTokens: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  validateResponses: boolean;
  /** Origins a browser may call the APIs from; `["*"]` for any, `[]` (the default): CORS off. */
  corsOrigins: string[];
  /** Largest request body accepted, in bytes; a larger one is answered 413. */
  maxBodyBytes: number;
  /** Lists count exactly up to this many objects and estimate above it (`Count-Accuracy`); 0: always exact. */
  exactCountLimit: number;
  /** Requests per token per minute (per process); `undefined`: no limit. */
  rateLimitPerMinute: number | undefined;
  /** How long a request waits for a database connection before it is answered 503. */
  dbAcquireTimeoutMs: number;
  /** HTTP worker processes (node:cluster); 1: the server answers in its own process. */
  webConcurrency: number;
  /** `POST` notificaties here (the Notificaties API's `/notificaties`); `undefined`: none sent. */
  notificationsUrl: string | undefined;
  /** The `Authorization` header value sent with each notificatie, e.g. `Bearer eyJ…`. */
  notificationsToken: string | undefined;
  /** `POST` CloudEvents (JSON structured mode) here; `undefined`: none sent. */
  cloudEventsWebhookUrl: string | undefined;
  /** The `Authorization` header value sent with each CloudEvent. */
  cloudEventsWebhookToken: string | undefined;
  /** The CloudEvents `source`; `undefined`: the API root the object lives under. */
  cloudEventsSource: string | undefined;
}

/** Thrown by {@link loadConfig}; its message lists every bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the configuration.
 * @example
 * const config = loadConfig({ PORT: "8080", API_TOKENS: "secret-1,secret-2" });
 * config.apiTokens; // ["secret-1", "secret-2"]
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const port = integer(env.PORT, 8000);
  if (port === undefined || port < 0 || port > 65535) {
    problems.push(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push("DATABASE_URL must be a postgres:// or postgresql:// URL");
  }
  const externalBaseUrl = nonEmpty(env.EXTERNAL_BASE_URL)?.replace(/\/+$/, "");
  if (externalBaseUrl && !/^https?:\/\/[^/]+/.test(externalBaseUrl)) {
    problems.push(`EXTERNAL_BASE_URL must be an absolute http(s) URL, got "${env.EXTERNAL_BASE_URL}"`);
  }
  const apiTokens = (env.API_TOKENS ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token !== "");
  if (apiTokens.some((token) => token.length > 200 || /\s/.test(token))) {
    problems.push("API_TOKENS must be comma-separated secrets without whitespace, each at most 200 characters");
  }
  const logLevel = (nonEmpty(env.LOG_LEVEL) ?? "info") as Config["logLevel"];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  }
  const validateResponses = boolean(env.VALIDATE_RESPONSES, false);
  if (validateResponses === undefined) {
    problems.push(`VALIDATE_RESPONSES must be true or false, got "${env.VALIDATE_RESPONSES}"`);
  }
  const corsOrigins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin !== "");
  if (corsOrigins.includes("*") ? corsOrigins.length > 1 : corsOrigins.some((origin) => !ORIGIN.test(origin))) {
    problems.push(
      `CORS_ORIGINS must be * or comma-separated origins like https://portaal.example.org, got "${env.CORS_ORIGINS}"`,
    );
  }
  const maxBodyBytes = integer(env.MAX_BODY_BYTES, 1024 * 1024);
  if (maxBodyBytes === undefined || maxBodyBytes < 1) {
    problems.push(`MAX_BODY_BYTES must be a positive number of bytes, got "${env.MAX_BODY_BYTES}"`);
  }
  const rateLimitPerMinute = integer(env.RATE_LIMIT_PER_MINUTE, 0);
  if (rateLimitPerMinute === undefined || rateLimitPerMinute > 1_000_000) {
    problems.push(
      `RATE_LIMIT_PER_MINUTE must be a number of requests (0 or unset: no limit, at most 1000000), got "${env.RATE_LIMIT_PER_MINUTE}"`,
    );
  }
  const exactCountLimit = integer(env.EXACT_COUNT_LIMIT, 1000);
  if (exactCountLimit === undefined) {
    problems.push(
      `EXACT_COUNT_LIMIT must be a number of objects (0: always count exactly), got "${env.EXACT_COUNT_LIMIT}"`,
    );
  }
  const dbAcquireTimeoutMs = integer(env.DB_ACQUIRE_TIMEOUT_MS, 5000);
  if (dbAcquireTimeoutMs === undefined || dbAcquireTimeoutMs < 1) {
    problems.push(
      `DB_ACQUIRE_TIMEOUT_MS must be a positive number of milliseconds, got "${env.DB_ACQUIRE_TIMEOUT_MS}"`,
    );
  }
  const webConcurrency = integer(env.WEB_CONCURRENCY, 1);
  if (webConcurrency === undefined || webConcurrency < 1 || webConcurrency > 64) {
    problems.push(`WEB_CONCURRENCY must be a number of processes from 1 to 64, got "${env.WEB_CONCURRENCY}"`);
  }
  const notificationsUrl = nonEmpty(env.NOTIFICATIONS_URL);
  const notificationsToken = nonEmpty(env.NOTIFICATIONS_TOKEN);
  const cloudEventsWebhookUrl = nonEmpty(env.CLOUDEVENTS_WEBHOOK_URL);
  const cloudEventsWebhookToken = nonEmpty(env.CLOUDEVENTS_WEBHOOK_TOKEN);
  const cloudEventsSource = nonEmpty(env.CLOUDEVENTS_SOURCE);
  problems.push(
    ...deliveryProblems("NOTIFICATIONS", notificationsUrl, notificationsToken),
    ...deliveryProblems("CLOUDEVENTS_WEBHOOK", cloudEventsWebhookUrl, cloudEventsWebhookToken),
  );
  if (cloudEventsSource && (!cloudEventsWebhookUrl || /\s/.test(cloudEventsSource))) {
    problems.push("CLOUDEVENTS_SOURCE needs CLOUDEVENTS_WEBHOOK_URL and must be a URI without spaces");
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
  }
  return {
    port: port as number,
    databaseUrl,
    externalBaseUrl,
    apiTokens,
    logLevel,
    validateResponses: validateResponses as boolean,
    corsOrigins,
    maxBodyBytes: maxBodyBytes as number,
    rateLimitPerMinute: rateLimitPerMinute || undefined,
    exactCountLimit: exactCountLimit as number,
    dbAcquireTimeoutMs: dbAcquireTimeoutMs as number,
    webConcurrency: webConcurrency as number,
    notificationsUrl,
    notificationsToken,
    cloudEventsWebhookUrl,
    cloudEventsWebhookToken,
    cloudEventsSource,
  };
}

// an event receiver: an absolute http(s) URL, and a header value only together with it
function deliveryProblems(prefix: string, url: string | undefined, token: string | undefined): string[] {
  const problems: string[] = [];
  if (url !== undefined && !(URL.canParse(url) && /^https?:$/.test(new URL(url).protocol))) {
    problems.push(`${prefix}_URL must be an absolute http(s) URL, got "${url}"`);
  }
  if (token !== undefined && url === undefined) {
    problems.push(`${prefix}_TOKEN is set but ${prefix}_URL is not`);
  }
  // a header value: printable ASCII only, so it can never split the request
  if (token !== undefined && !/^[\x20-\x7e]{1,4096}$/.test(token)) {
    problems.push(`${prefix}_TOKEN must be printable ASCII (an Authorization header value), at most 4096 characters`);
  }
  return problems;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function integer(value: string | undefined, fallback: number): number | undefined {
  const text = nonEmpty(value);
  return text === undefined ? fallback : /^\d+$/.test(text) ? Number(text) : undefined;
}

function boolean(value: string | undefined, fallback: boolean): boolean | undefined {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) {
    return fallback;
  }
  return ["true", "1", "yes"].includes(text) ? true : ["false", "0", "no"].includes(text) ? false : undefined;
}
