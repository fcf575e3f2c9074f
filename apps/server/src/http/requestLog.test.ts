import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { REDACTED_LOG_PATHS, redactQuery, requestLog } from "./requestLog.ts";

const BSN = "123456782";

describe("redactQuery", () => {
  it("replaces filter values and keeps the parameter names", () => {
    expect(
      redactQuery(`/klantinteracties/api/v1/partijen?partijIdentificator__objectId=${BSN}&soortPartij=persoon`),
    ).toBe("/klantinteracties/api/v1/partijen?partijIdentificator__objectId=[redacted]&soortPartij=[redacted]");
  });

  it("keeps paging, expand and cascade when they look like paging, expand and cascade", () => {
    expect(redactQuery("/x?page=2&pageSize=50&expand=betrokkenen,hadBetrokkenen.wasPartij&cascade=true")).toBe(
      "/x?page=2&pageSize=50&expand=betrokkenen,hadBetrokkenen.wasPartij&cascade=true",
    );
    expect(redactQuery(`/x?page=${BSN}x&expand=${BSN}`)).toBe("/x?page=[redacted]&expand=[redacted]");
  });

  it("redacts a bare value or a key that is not a parameter name", () => {
    expect(redactQuery(`/x?${BSN}&adres=jan%40example.org&${BSN}=1`)).toBe("/x?[redacted]&adres=[redacted]&[redacted]");
  });

  it("leaves a URL without a query alone", () => {
    expect(redactQuery("/klantinteracties/api/v1/partijen/0b3a4c1e-0000-4000-8000-000000000000")).toBe(
      "/klantinteracties/api/v1/partijen/0b3a4c1e-0000-4000-8000-000000000000",
    );
  });
});

describe("requestLog", () => {
  it("writes no filter value to the log", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = express()
      .use(requestLog(pino({ level: "info" }, sink)))
      .get("/partijen", (_req, res) => {
        res.json({ count: 0 });
      });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(
        `http://127.0.0.1:${port}/partijen?partijIdentificator__objectId=${BSN}&emailadres=jan%40example.org`,
      );
      await response.text();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      server.close();
    }
    const log = lines.join("");
    expect(log).toContain('"url":"/partijen?partijIdentificator__objectId=[redacted]&emailadres=[redacted]"');
    expect(log).not.toContain(BSN);
    expect(log).not.toContain("example.org");
  });
});

describe("REDACTED_LOG_PATHS", () => {
  it("keeps the row values PostgreSQL puts in an error's detail out of the log", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const error = Object.assign(new Error('null value in column "x" violates not-null constraint'), {
      code: "23502",
      detail: `Failing row contains (1, ${BSN}, null).`,
    });
    pino({ level: "info", redact: REDACTED_LOG_PATHS }, sink).error({ err: error }, "request failed");
    expect(lines.join("")).toContain('"detail":"[redacted]"');
    expect(lines.join("")).not.toContain(BSN);
  });
});
