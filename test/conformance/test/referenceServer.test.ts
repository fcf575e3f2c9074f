import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunReport, runConformance } from "../src/run/conformance.ts";
import { IMPLEMENTED_ON_REFERENCE_SERVER } from "./implemented.ts";
import { REFERENCE_TOKEN, type ReferenceServer, startReferenceServer } from "./referenceServer.ts";

describe("the suite against our reference server", () => {
  let server: ReferenceServer;
  let report: RunReport;

  beforeAll(async () => {
    server = await startReferenceServer(inject("databaseUrl"));
    report = await runConformance({
      target: {
        baseUrls: { klantinteracties: server.klantinteractiesUrl, contactgegevens: server.contactgegevensUrl },
        token: REFERENCE_TOKEN,
      },
      only: [...IMPLEMENTED_ON_REFERENCE_SERVER],
      seed: 20261130,
      runs: 8,
    });
    // the whole catalogue runs here (about a minute alone, longer beside other workspaces' tests);
    // printed so that a slower suite shows up, never asserted (the machine is noisy)
    const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
    console.info(`conformance: ${report.results.length} checks against the reference server in ${seconds} s`);
  }, 900_000);
  afterAll(async () => {
    await server?.close();
  });

  it("runs checks of every class the implemented resources have", () => {
    const classes = new Set(report.results.map((result) => result.conformanceClass));
    expect([...classes].sort()).toEqual([
      "auth",
      "business-rules",
      "core-read",
      "core-write",
      "expand",
      "filters",
      "robustness",
    ]);
  });

  it("passes every check of what the server implements today", () => {
    const failures = report.results
      .filter((result) => result.outcome === "failed")
      .map((result) => `${result.id}: ${result.message}`);
    expect(failures).toEqual([]);
  });
});
