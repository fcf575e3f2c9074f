import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, startTestServer, type TestServer } from "../../test/testServer.ts";

const API = "/klantinteracties/api/v1";
// ten requests at once over a pool of ten connections: they really meet in the database
const AT_ONCE = 10;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ pool: { max: 10 } });
});
afterAll(async () => {
  await server.close();
});

const all = (count: number, send: (index: number) => Promise<Reply>) =>
  Promise.all(Array.from({ length: count }, (_, index) => send(index)));
const statuses = (replies: Reply[]) => replies.map((reply) => reply.status).sort();
const partij = async () =>
  (await server.request("POST", `${API}/partijen`, { body: { soortPartij: "persoon", indicatieActief: true } })).body
    .uuid as string;
const bsn = {
  codeRegister: "brp",
  codeObjecttype: "natuurlijk_persoon",
  codeSoortObjectId: "bsn",
  objectId: "111222333",
};

function expectCleanRefusals(replies: Reply[], field: string) {
  for (const reply of replies.filter((candidate) => candidate.status !== 201)) {
    expect(reply.status).toBe(400);
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(reply.body.invalidParams.map((param: { name: string }) => param.name)).toEqual([field]);
  }
}

describe("simultaneous writes of what must be unique", () => {
  it("let exactly one of ten identificatoren with the same BSN in, and refuse the others with a 400 naming it", async () => {
    const partijen = await Promise.all(Array.from({ length: AT_ONCE }, partij));
    const replies = await all(AT_ONCE, (index) =>
      server.request("POST", `${API}/partij-identificatoren`, {
        body: { identificeerdePartij: { uuid: partijen[index] }, partijIdentificator: bsn },
      }),
    );
    expect(statuses(replies).filter((status) => status === 201)).toHaveLength(1);
    expectCleanRefusals(replies, "__all__");
    expect((await server.db("partij_identificatoren").where({ object_id: bsn.objectId })).length).toBe(1);
  });

  it("let exactly one of ten partijen with the same nested BSN in", async () => {
    const other = { ...bsn, objectId: "123456782" };
    const replies = await all(AT_ONCE, () =>
      server.request("POST", `${API}/partijen`, {
        body: {
          soortPartij: "persoon",
          indicatieActief: true,
          partijIdentificatoren: [{ partijIdentificator: other }],
        },
      }),
    );
    expect(statuses(replies).filter((status) => status === 201)).toHaveLength(1);
    for (const reply of replies.filter((candidate) => candidate.status !== 201)) {
      expect(reply.status).toBe(400);
      expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    expect((await server.db("partij_identificatoren").where({ object_id: other.objectId })).length).toBe(1);
  });

  it.each(["nummer", "referentienummer"])(
    "let exactly one of ten klantcontacten with the same %s in",
    async (field) => {
      const value = field === "nummer" ? "4242" : "4343";
      const replies = await all(AT_ONCE, () =>
        server.request("POST", `${API}/klantcontacten`, {
          body: { kanaal: "telefoon", onderwerp: "gelijktijdig", taal: "nld", vertrouwelijk: false, [field]: value },
        }),
      );
      expect(statuses(replies).filter((status) => status === 201)).toHaveLength(1);
      expectCleanRefusals(replies, field);
      expect((await server.db("klantcontacten").where({ [field]: value })).length).toBe(1);
    },
  );
});

describe("two addresses of one partij made standaard at once", () => {
  const adres = (eigenaar: string, index: number, isStandaardAdres: boolean) => ({
    verstrektDoorPartij: { uuid: eigenaar },
    verstrektDoorBetrokkene: null,
    adres: `gelijk${index}@example.nl`,
    soortDigitaalAdres: "email",
    isStandaardAdres,
    omschrijving: "",
  });
  const standaarden = async (eigenaar: string) =>
    (await server.request("GET", `${API}/digitaleadressen?verstrektDoorPartij__uuid=${eigenaar}&isStandaardAdres=true`))
      .body.count;

  it("both succeed when created: the later one demotes the earlier, one standaard remains", async () => {
    const eigenaar = await partij();
    const replies = await all(AT_ONCE, (index) =>
      server.request("POST", `${API}/digitaleadressen`, { body: adres(eigenaar, index, true) }),
    );
    expect(statuses(replies)).toEqual(Array(AT_ONCE).fill(201));
    expect(await standaarden(eigenaar)).toBe(1);
  });

  it("both succeed when patched, while the partij itself is rewritten: one standaard, no 5xx or deadlock", async () => {
    const eigenaar = await partij();
    const adressen = await Promise.all(
      Array.from(
        { length: 4 },
        async (_, index) =>
          (await server.request("POST", `${API}/digitaleadressen`, { body: adres(eigenaar, index, index === 0) })).body
            .uuid as string,
      ),
    );
    const replies = await all(AT_ONCE, (index) =>
      index % 3 === 2
        ? server.request("PATCH", `${API}/partijen/${eigenaar}`, {
            body: { digitaleAdressen: adressen.map((uuid) => ({ uuid })) },
          })
        : server.request("PATCH", `${API}/digitaleadressen/${adressen[index % adressen.length]}`, {
            body: { isStandaardAdres: true },
          }),
    );
    expect(statuses(replies)).toEqual(Array(AT_ONCE).fill(200));
    expect(await standaarden(eigenaar)).toBe(1);
  });
});

describe("deleting while others read with expand", () => {
  it("gives every read a 200 or a 404, never a 5xx", async () => {
    const eigenaar = await partij();
    const klantcontacten = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const klantcontact = await server.request("POST", `${API}/klantcontacten`, {
          body: { kanaal: "balie", onderwerp: "weg", taal: "nld", vertrouwelijk: false },
        });
        await server.request("POST", `${API}/betrokkenen`, {
          body: {
            hadKlantcontact: { uuid: klantcontact.body.uuid },
            wasPartij: { uuid: eigenaar },
            rol: "klant",
            initiator: true,
          },
        });
        return klantcontact.body.uuid as string;
      }),
    );
    const reads: Promise<Reply>[] = [];
    const deletes = klantcontacten.map(async (uuid) => {
      for (let round = 0; round < 3; round++) {
        reads.push(server.request("GET", `${API}/klantcontacten/${uuid}?expand=hadBetrokkenen.wasPartij`));
        reads.push(server.request("GET", `${API}/partijen/${eigenaar}?expand=betrokkenen.hadKlantcontact`));
        reads.push(server.request("GET", `${API}/klantcontacten?expand=hadBetrokkenen`));
      }
      return server.request("DELETE", `${API}/klantcontacten/${uuid}`);
    });
    const deleted = await Promise.all(deletes);
    const read = await Promise.all(reads);
    expect(statuses(deleted)).toEqual(Array(klantcontacten.length).fill(204));
    expect(read.length).toBe(54);
    for (const reply of read) {
      expect([200, 404], JSON.stringify(reply.body).slice(0, 600)).toContain(reply.status);
    }
  });
});
