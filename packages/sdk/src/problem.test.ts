import { describe, expect, it } from "vitest";
import { BASE_URL, fakeFetch, json, problem } from "../test/fakeFetch.ts";
import { createKlantinteractiesClient } from "./client.ts";
import { KlantinteractiesError, unwrap } from "./problem.ts";

const invalidParams = [{ name: "naam", code: "blank", reason: "Dit veld mag niet leeg zijn." }];

describe("unwrap", () => {
  it("returns the data of a success", async () => {
    const fetch = fakeFetch(json({ uuid: "u", url: `${BASE_URL}/categorieen/u`, naam: "Ondernemer" }, 201));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    expect(unwrap(await client.POST("/categorieen", { body: { naam: "Ondernemer" } })).naam).toBe("Ondernemer");
  });

  it("returns undefined for a 204", async () => {
    const fetch = fakeFetch(new Response(null, { status: 204 }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    expect(unwrap(await client.DELETE("/categorieen/{uuid}", { params: { path: { uuid: "u" } } }))).toBeUndefined();
  });

  it("throws a KlantinteractiesError with status, problem and invalidParams on a 400", async () => {
    const fetch = fakeFetch(problem(400, { code: "invalid", invalidParams }));
    const client = createKlantinteractiesClient({ baseUrl: BASE_URL, token: "t", fetch });
    const result = await client.POST("/categorieen", { body: { naam: "" } });
    const error = (() => {
      try {
        unwrap(result);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(KlantinteractiesError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "KlantinteractiesError", status: 400, invalidParams });
    expect((error as KlantinteractiesError).problem.code).toBe("invalid");
    expect((error as KlantinteractiesError).response?.status).toBe(400);
    expect((error as KlantinteractiesError).message).toBe("400 Status 400: Iets ging mis.");
  });

  it("gives an empty invalidParams for problems without them (401)", () => {
    const error = new KlantinteractiesError({
      type: "t",
      code: "not_authenticated",
      title: "Niet ingelogd.",
      status: 401,
      detail: "",
      instance: "urn:x",
    });
    expect(error.invalidParams).toEqual([]);
  });
});

describe("KlantinteractiesError.from", () => {
  it("makes a problem from a body that is not problem+json, such as a proxy's 502 page", () => {
    const response = new Response("<html>Bad Gateway</html>", { status: 502, statusText: "Bad Gateway" });
    const error = KlantinteractiesError.from("<html>Bad Gateway</html>", response);
    expect(error.status).toBe(502);
    expect(error.problem).toMatchObject({ code: "http_502", title: "Bad Gateway", detail: "<html>Bad Gateway</html>" });
  });

  it("makes a problem from an empty body", () => {
    const error = KlantinteractiesError.from(undefined, new Response(null, { status: 503 }));
    expect(error).toMatchObject({ status: 503, problem: { title: "HTTP 503", detail: "" } });
  });
});
