import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { seedDemo } from "./seedDemo.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("seed --demo", () => {
  it("stores the demo data through the business rules, readable over the API with expand", async () => {
    const counts = await seedDemo(server.db);
    expect(counts).toMatchObject({ partijen: 20, klantcontacten: 24, betrokkenen: 24, internetaken: 6 });
    const partijen = await server.request("GET", `${API}/partijen?pageSize=500`);
    expect(partijen.body.count).toBe(20);
    const kcc = await server.request(
      "GET",
      `${API}/klantcontacten?pageSize=5&expand=hadBetrokkenen,hadBetrokkenen.wasPartij,leiddeTotInterneTaken`,
    );
    expect(kcc.status).toBe(200);
    expect(kcc.body.count).toBe(24);
    const first = kcc.body.results[0];
    expect(first._expand.hadBetrokkenen[0]._expand.wasPartij.soortPartij).toBe("persoon");
    const bsn = await server.request("GET", `${API}/partijen?partijIdentificator__codeSoortObjectId=bsn`);
    expect(bsn.body.count).toBe(12);
  });

  it("stores nothing the second time", async () => {
    expect(await seedDemo(server.db)).toBeUndefined();
  });
});
