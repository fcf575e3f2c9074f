import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataFingerprint, existingUuids, formatReport, runFuzz } from "../test/fuzz/fuzzRun.ts";
import { startTestServer, TEST_TOKEN, type TestServer } from "../test/testServer.ts";
import { APIS } from "./apis.ts";
import { seedDemo } from "./cli/seedDemo.ts";

// enough to reach every operation many times within a minute on a busy machine; `npm run fuzz`
// sends ten thousand and more
const REQUESTS = 1_500;
const MAX_BODY_BYTES = 64 * 1024;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ config: { maxBodyBytes: MAX_BODY_BYTES } });
  await seedDemo(server.db);
});

afterAll(async () => {
  await server?.close();
});

describe("hostile requests across every operation of the contract", () => {
  it("never get a 5xx, get problem JSON for every 4xx and leave the data as it was", async () => {
    const before = await dataFingerprint(server.db);
    const report = await runFuzz({
      baseUrl: server.url(""),
      world: {
        uuids: await existingUuids(server.db, APIS),
        hugeLength: 40_000,
        maxBodyBytes: MAX_BODY_BYTES,
        token: TEST_TOKEN,
      },
      requests: REQUESTS,
      seed: 20_261_130,
    });
    expect(report.sent).toBe(REQUESTS);
    expect(report.violations.length, formatReport(report)).toBe(0);
    expect(report.fiveHundreds).toBe(0);
    expect(await dataFingerprint(server.db)).toEqual(before);
  }, 180_000);
});
