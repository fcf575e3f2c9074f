import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/testServer.ts";
import { AuditError, auditCommand } from "./audit.ts";

const API = "/klantinteracties/api/v1";
let server: TestServer;
let categorie: string;

beforeAll(async () => {
  server = await startTestServer();
  categorie = (await server.request("POST", `${API}/categorieen`, { body: { naam: "Afval" } })).body.uuid;
  await server.request("PATCH", `${API}/categorieen/${categorie}`, { body: { naam: "Afvalinzameling" } });
  await server.request("POST", `${API}/partijen`, { body: { soortPartij: "persoon", indicatieActief: true } });
});
afterAll(async () => {
  await server.close();
});

const run = async (args: string[]) => {
  const lines: string[] = [];
  await auditCommand(server.db, args, (line) => lines.push(line));
  return lines;
};

describe("cli audit", () => {
  it("prints one tab-separated line per write, newest first", async () => {
    const lines = await run([]);
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split("\t").slice(1, 4))).toEqual([
      [expect.stringMatching(/^env-/), "create", "partijen"],
      [expect.stringMatching(/^env-/), "partial_update", "categorieen"],
      [expect.stringMatching(/^env-/), "create", "categorieen"],
    ]);
    const [at, , , , uuid, fields] = (lines[1] as string).split("\t");
    expect(new Date(at as string).toISOString()).toBe(at);
    expect(uuid).toBe(categorie);
    expect(fields).toBe("fields: naam");
  });

  it("filters by --resource and --uuid and stops at --limit", async () => {
    expect(await run(["--resource", "categorieen"])).toHaveLength(2);
    expect(await run([`--uuid=${categorie}`, "--limit", "1"])).toEqual([expect.stringContaining("\tpartial_update\t")]);
    expect(await run(["--resource", "betrokkenen"])).toEqual(["no audit records"]);
  });

  it.each([[["--limit", "0"]], [["--limit", "x"]], [["--uuid", "123456782"]], [["--resource"]], [["--bogus", "1"]]])(
    "refuses %j with the usage",
    async (args) => {
      await expect(run(args)).rejects.toThrow(AuditError);
    },
  );
});
