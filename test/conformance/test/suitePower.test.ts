import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runConformance } from "../src/run/conformance.ts";
import { DEVIATIONS, OPEN_AUTH_TOKEN, startDeviationProxy } from "./deviationProxy.ts";
import { REFERENCE_TOKEN, type ReferenceServer, startReferenceServer } from "./referenceServer.ts";

describe("suite power: a server with one deviation fails the suite", () => {
  let server: ReferenceServer;

  beforeAll(async () => {
    server = await startReferenceServer(inject("databaseUrl"));
    OPEN_AUTH_TOKEN.value = `Token ${REFERENCE_TOKEN}`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(DEVIATIONS.map((deviation) => [deviation.name, deviation] as const))(
    "catches a server that %s",
    async (_name, deviation) => {
      const proxy = await startDeviationProxy(server.origin, deviation);
      try {
        const report = await runConformance({
          target: {
            baseUrls: {
              klantinteracties: `${proxy.origin}/klantinteracties/api/v1`,
              contactgegevens: `${proxy.origin}/contactgegevens/api/v1`,
            },
            token: REFERENCE_TOKEN,
          },
          only: deviation.catchers,
          seed: 7,
          runs: 5,
        });
        const failed = report.results.filter((result) => result.outcome === "failed");
        expect(report.results.length).toBeGreaterThan(0);
        expect(failed.length).toBeGreaterThan(0);
      } finally {
        await proxy.close();
      }
    },
  );
});
