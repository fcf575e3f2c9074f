import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../../test/testServer.ts";

const API = "/contactgegevens/api/v1";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const ADRES = {
  nummeraanduidingId: "0599200000123456",
  straatnaam: "Oudestraat",
  huisnummer: 12,
  huisnummertoevoeging: "A",
  postcode: "3011 AB",
  stad: "Rotterdam",
  adresregel1: "",
  adresregel2: "",
  adresregel3: "",
  land: "NL",
};
// an empty land is not sent: the contract wants two letters
const EMPTY_ADRES = {
  nummeraanduidingId: "",
  straatnaam: "",
  huisnummer: null,
  huisnummertoevoeging: "",
  postcode: "",
  stad: "",
  adresregel1: "",
  adresregel2: "",
  adresregel3: "",
  land: "",
};
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const create = (body: unknown) => server.request("POST", `${API}/organisatie`, { body });
const names = (reply: { body: { invalidParams?: { name: string }[] } }) =>
  (reply.body.invalidParams ?? []).map((param) => param.name);

describe("/organisatie", () => {
  it("creates, reads, replaces, patches and deletes an organisatie", async () => {
    const created = await create({
      handelsnaam: "Bakkerij Van den Berg",
      oprichtingsdatum: "1998-04-01",
      adres: ADRES,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      uuid: expect.any(String),
      url: server.url(`${API}/organisatie/${created.body.uuid}`),
      handelsnaam: "Bakkerij Van den Berg",
      oprichtingsdatum: "1998-04-01",
      opheffingsdatum: null,
      adres: ADRES,
    });
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.headers.get("api-version")).toBe("1.1.1");

    const path = `${API}/organisatie/${created.body.uuid}`;
    const read = await server.request("GET", path);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get("api-version")).toBe("1.1.1");

    const replaced = await server.request("PUT", path, { body: { handelsnaam: "Bakkerij Berg" } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.handelsnaam).toBe("Bakkerij Berg");

    const patched = await server.request("PATCH", path, { body: { opheffingsdatum: "2020-01-01" } });
    expect(patched.status).toBe(200);
    expect(patched.body.opheffingsdatum).toBe("2020-01-01");
    expect(patched.body.handelsnaam).toBe("Bakkerij Berg");

    const deleted = await server.request("DELETE", path);
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get("api-version")).toBe("1.1.1");
    const gone = await server.request("GET", path);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe("not_found");
  });

  it("returns adres null when no adres was given", async () => {
    const created = await create({ handelsnaam: "Zonder adres" });
    expect(created.status).toBe(201);
    expect(created.body.adres).toBeNull();
    expect(created.body.oprichtingsdatum).toBeNull();
  });

  it("PUT requires handelsnaam and keeps the optional fields it leaves out", async () => {
    const created = (await create({ handelsnaam: "Oud", oprichtingsdatum: "2001-01-01", adres: ADRES })).body;
    const path = `${API}/organisatie/${created.uuid}`;
    const missing = await server.request("PUT", path, { body: { oprichtingsdatum: "2002-02-02" } });
    expect(missing.status).toBe(400);
    expect(missing.body.invalidParams).toEqual([expect.objectContaining({ name: "handelsnaam", code: "required" })]);

    const replaced = await server.request("PUT", path, { body: { handelsnaam: "Nieuw" } });
    expect(replaced.body).toMatchObject({ handelsnaam: "Nieuw", oprichtingsdatum: "2001-01-01", adres: ADRES });
  });

  it("PATCH may omit everything, and changes nothing then", async () => {
    const created = (await create({ handelsnaam: "Blijft", adres: ADRES })).body;
    const patched = await server.request("PATCH", `${API}/organisatie/${created.uuid}`, { body: {} });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(created);
  });

  it("replaces adres as a whole group: sub-fields left out become empty", async () => {
    const created = (await create({ handelsnaam: "Verhuist", adres: ADRES })).body;
    const path = `${API}/organisatie/${created.uuid}`;
    const patched = await server.request("PATCH", path, {
      body: { adres: { adresregel1: "Rue de la Paix 1", land: "FR" } },
    });
    expect(patched.body.adres).toEqual({ ...EMPTY_ADRES, adresregel1: "Rue de la Paix 1", land: "FR" });
  });

  it("returns every key of a recorded adres, with empty text for what was not sent", async () => {
    const created = await create({ handelsnaam: "Zonder land", adres: { straatnaam: "Amstel" } });
    expect(created.body.adres).toEqual({ ...EMPTY_ADRES, straatnaam: "Amstel" });
  });

  it("empties adres when it is sent as null", async () => {
    const created = (await create({ handelsnaam: "Vertrekt", adres: ADRES })).body;
    const patched = await server.request("PATCH", `${API}/organisatie/${created.uuid}`, { body: { adres: null } });
    expect(patched.status).toBe(200);
    expect(patched.body.adres).toBeNull();
  });

  it("does not compare the dates: opheffingsdatum may lie before oprichtingsdatum", async () => {
    const created = await create({
      handelsnaam: "Vreemd",
      oprichtingsdatum: "2020-01-01",
      opheffingsdatum: "2010-01-01",
    });
    expect(created.status).toBe(201);
  });

  it("ignores read-only uuid and url in a body", async () => {
    const created = await create({ handelsnaam: "X", uuid: UNKNOWN, url: "https://elders.example.org/x" });
    expect(created.status).toBe(201);
    expect(created.body.uuid).not.toBe(UNKNOWN);
  });

  describe("validation", () => {
    it.each([
      ["handelsnaam missing", {}, "handelsnaam", "required"],
      ["handelsnaam over 255 characters", { handelsnaam: "x".repeat(256) }, "handelsnaam", "max_length"],
      [
        "oprichtingsdatum not a date",
        { handelsnaam: "x", oprichtingsdatum: "2024-13-01" },
        "oprichtingsdatum",
        "invalid",
      ],
      ["adres not an object", { handelsnaam: "x", adres: "Oudestraat 12" }, "adres.nonFieldErrors", "invalid"],
      [
        "a postcode without its space",
        { handelsnaam: "x", adres: { postcode: "3011AB" } },
        "adres.postcode",
        "invalid",
      ],
      ["a postcode in lowercase", { handelsnaam: "x", adres: { postcode: "3011 ab" } }, "adres.postcode", "invalid"],
      ["a postcode starting with 0", { handelsnaam: "x", adres: { postcode: "0123 AB" } }, "adres.postcode", "invalid"],
      [
        "a nummeraanduidingId of 15 digits",
        { handelsnaam: "x", adres: { nummeraanduidingId: "059920000012345" } },
        "adres.nummeraanduidingId",
        "invalid",
      ],
      [
        "a nummeraanduidingId with letters",
        { handelsnaam: "x", adres: { nummeraanduidingId: "059920000012345X" } },
        "adres.nummeraanduidingId",
        "invalid",
      ],
      ["huisnummer 0", { handelsnaam: "x", adres: { huisnummer: 0 } }, "adres.huisnummer", "min_value"],
      ["huisnummer 100000", { handelsnaam: "x", adres: { huisnummer: 100000 } }, "adres.huisnummer", "max_value"],
      ["a land of three letters", { handelsnaam: "x", adres: { land: "NLD" } }, "adres.land", "max_length"],
      ["a land that is no ISO 3166-1 code", { handelsnaam: "x", adres: { land: "XX" } }, "adres.land", "invalid"],
      [
        "an adresregel over 80 characters",
        { handelsnaam: "x", adres: { adresregel2: "x".repeat(81) } },
        "adres.adresregel2",
        "max_length",
      ],
    ])("rejects %s with 400 on that field", async (_case, body, name, code) => {
      const rejected = await create(body);
      expect(rejected.status).toBe(400);
      expect(rejected.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(rejected.body.invalidParams).toEqual([expect.objectContaining({ name, code })]);
    });

    it("rejects a lowercase land code and suggests the uppercase one", async () => {
      const rejected = await create({ handelsnaam: "x", adres: { land: "nl" } });
      expect(rejected.status).toBe(400);
      expect(rejected.body.invalidParams).toEqual([
        expect.objectContaining({ name: "adres.land", code: "invalid", reason: expect.stringContaining("NL?") }),
      ]);
    });

    it("names every rejected field at once", async () => {
      const rejected = await create({ adres: { land: "nl", huisnummer: 0 } });
      expect(names(rejected).sort()).toEqual(["adres.huisnummer", "handelsnaam"]);
    });

    it("reports the land rule on PUT and PATCH too", async () => {
      const created = (await create({ handelsnaam: "x" })).body;
      const path = `${API}/organisatie/${created.uuid}`;
      const put = await server.request("PUT", path, { body: { handelsnaam: "x", adres: { land: "be" } } });
      const patch = await server.request("PATCH", path, { body: { adres: { land: "be" } } });
      expect(names(put)).toEqual(["adres.land"]);
      expect(names(patch)).toEqual(["adres.land"]);
      expect((await server.request("GET", path)).body.adres).toBeNull();
    });

    it("accepts empty text for the adres sub-fields and null for huisnummer, giving adres null", async () => {
      const created = await create({ handelsnaam: "x", adres: EMPTY_ADRES });
      expect(created.status).toBe(201);
      expect(created.body.adres).toBeNull();
    });
  });

  it("answers 404 problem JSON for an unknown uuid on read, replace, patch and delete", async () => {
    const path = `${API}/organisatie/${UNKNOWN}`;
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const reply = await server.request(method, path, method.startsWith("P") ? { body: { handelsnaam: "x" } } : {});
      expect(reply.status, method).toBe(404);
      expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(reply.headers.get("api-version")).toBe("1.1.1");
    }
  });

  it("rejects a query parameter that is not page or pageSize with 400 unknown-parameters", async () => {
    const reply = await server.request("GET", `${API}/organisatie?handelsnaam=x`);
    expect(reply.status).toBe(400);
    expect(reply.body.invalidParams).toEqual([
      expect.objectContaining({ name: "nonFieldErrors", code: "unknown-parameters" }),
    ]);
  });

  describe("paging", () => {
    let total: number;
    beforeAll(async () => {
      for (const handelsnaam of ["Eerste", "Tweede", "Derde"]) {
        await create({ handelsnaam });
      }
      total = (await server.request("GET", `${API}/organisatie`)).body.count;
    });

    it("lists newest first in pages with absolute next and previous links", async () => {
      const first = await server.request("GET", `${API}/organisatie?pageSize=2`);
      expect(first.status).toBe(200);
      expect(first.body.count).toBe(total);
      expect(first.body.results.map((o: { handelsnaam: string }) => o.handelsnaam)).toEqual(["Derde", "Tweede"]);
      expect(first.body.previous).toBeNull();
      expect(first.body.next).toBe(server.url(`${API}/organisatie?page=2&pageSize=2`));

      const second = await server.request("GET", `${API}/organisatie?page=2&pageSize=2`);
      expect(second.body.results[0].handelsnaam).toBe("Eerste");
      expect(second.body.previous).toBe(server.url(`${API}/organisatie?pageSize=2`));
    });

    it("answers 404 for a page past the end", async () => {
      const reply = await server.request("GET", `${API}/organisatie?page=${total + 1}&pageSize=1`);
      expect(reply.status).toBe(404);
    });
  });

  describe("authentication", () => {
    it("answers 401 not_authenticated without a token, with the API-version header", async () => {
      const reply = await server.request("GET", `${API}/organisatie`, { token: null });
      expect(reply.status).toBe(401);
      expect(reply.body.code).toBe("not_authenticated");
      expect(reply.headers.get("api-version")).toBe("1.1.1");
    });

    it("answers 401 for an unknown token, also on writes", async () => {
      const reply = await server.request("POST", `${API}/organisatie`, { token: "wrong", body: { handelsnaam: "x" } });
      expect(reply.status).toBe(401);
      expect(reply.body.code).toBe("authentication_failed");
    });

    it("serves the specification without a token", async () => {
      const reply = await server.request("GET", `${API}/openapi.json`, { token: null });
      expect(reply.status).toBe(200);
      expect(reply.body.info.version).toBe("1.1.1");
    });
  });
});
