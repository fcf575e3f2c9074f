import { describe, expectTypeOf, it } from "vitest";
import { createContactgegevensClient, createKlantinteractiesClient } from "./client.ts";
import { paginate } from "./paginate.ts";
import { type KlantinteractiesError, unwrap } from "./problem.ts";
import type { InvalidParam, KlantinteractiesSchema, Problem } from "./schemas.ts";

const client = createKlantinteractiesClient({ baseUrl: "http://localhost/klantinteracties/api/v1", token: "t" });
const contactgegevens = createContactgegevensClient({ baseUrl: "http://localhost/contactgegevens/api/v1", token: "t" });
const uuid = "0b7e4f7a-2c1d-4e8b-9a6f-3d5c2b1a0e9f";

describe("paths, parameters and bodies", () => {
  it("accepts a minimal body without read-only fields and types the created object", async () => {
    const { data } = await client.POST("/categorieen", { body: { naam: "Ondernemer" } });
    expectTypeOf(data).toEqualTypeOf<KlantinteractiesSchema<"Categorie"> | undefined>();
  });

  it("rejects a path that is not in the contract", async () => {
    // @ts-expect-error not a path of the contract
    await client.GET("/bestaat-niet");
    // @ts-expect-error a Contactgegevens path on the Klantinteracties client
    await client.GET("/persoon");
    await contactgegevens.GET("/persoon");
  });

  it("rejects read-only fields, unknown fields and wrong types in a body", async () => {
    // @ts-expect-error uuid is read-only
    await client.POST("/categorieen", { body: { naam: "x", uuid } });
    // @ts-expect-error url is read-only
    await client.PUT("/categorieen/{uuid}", { params: { path: { uuid } }, body: { naam: "x", url: "https://x" } });
    // @ts-expect-error naam is a string
    await client.POST("/categorieen", { body: { naam: 1 } });
    // @ts-expect-error the body is required
    await client.POST("/categorieen", {});
  });

  it("requires path parameters and types query parameters", async () => {
    // @ts-expect-error the path parameter uuid is missing
    await client.GET("/partijen/{uuid}", {});
    // @ts-expect-error pageSize is a number
    await client.GET("/partijen", { params: { query: { pageSize: "10" } } });
    // @ts-expect-error not an expandable relation of a klantcontact
    await client.GET("/klantcontacten", { params: { query: { expand: ["bestaatNiet"] } } });
  });
});

describe("responses and errors", () => {
  it("types the problem details as the error, with invalidParams on a 400", async () => {
    const { data, error } = await client.POST("/categorieen", { body: { naam: "x" } });
    // @ts-expect-error data is undefined until the error is handled
    data.uuid;
    if (error) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.title).toEqualTypeOf<string>();
      if ("invalidParams" in error) {
        expectTypeOf(error.invalidParams).toEqualTypeOf<InvalidParam[]>();
      }
      return;
    }
    expectTypeOf(data.uuid).toEqualTypeOf<string>();
  });

  it("narrows a partij on soortPartij", async () => {
    const { data } = await client.GET("/partijen/{uuid}", { params: { path: { uuid } } });
    if (data?.soortPartij === "persoon") {
      expectTypeOf(data.partijIdentificatie?.volledigeNaam).toEqualTypeOf<string | undefined>();
    }
  });

  it("unwrap gives the data, and undefined for a 204", async () => {
    expectTypeOf(unwrap(await client.POST("/categorieen", { body: { naam: "x" } }))).toEqualTypeOf<
      KlantinteractiesSchema<"Categorie">
    >();
    expectTypeOf(
      unwrap(await client.DELETE("/categorieen/{uuid}", { params: { path: { uuid } } })),
    ).toEqualTypeOf<undefined>();
  });

  it("KlantinteractiesError carries status, problem and invalidParams", () => {
    expectTypeOf<KlantinteractiesError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<KlantinteractiesError["problem"]>().toEqualTypeOf<Problem>();
    expectTypeOf<KlantinteractiesError["invalidParams"]>().toEqualTypeOf<InvalidParam[]>();
  });
});

describe("expand", () => {
  it("makes the requested relations present under _expand, nested ones too", async () => {
    const { data } = await client.GET("/klantcontacten", {
      params: { query: { expand: ["hadBetrokkenen", "hadBetrokkenen.digitaleAdressen"] } },
    });
    const klantcontact = data?.results[0];
    if (klantcontact) {
      expectTypeOf(klantcontact._expand.hadBetrokkenen).toBeArray();
      const betrokkene = klantcontact._expand.hadBetrokkenen[0];
      if (betrokkene) {
        expectTypeOf(betrokkene._expand.digitaleAdressen).toEqualTypeOf<KlantinteractiesSchema<"DigitaalAdres">[]>();
      }
      // @ts-expect-error omvatteBijlagen was not asked for
      klantcontact._expand.omvatteBijlagen.length;
    }
  });

  it("leaves _expand optional when expand is not asked for", async () => {
    const { data } = await client.GET("/klantcontacten/{uuid}", { params: { path: { uuid } } });
    // @ts-expect-error _expand may be absent
    data?._expand.hadBetrokkenen;
    const all = await client.GET("/klantcontacten");
    // @ts-expect-error _expand may be absent
    all.data?.results[0]?._expand.hadBetrokkenen;
  });
});

describe("paginate", () => {
  it("yields the objects of a list path, with expand applied", async () => {
    for await (const partij of paginate(client, "/partijen", { params: { query: { pageSize: 100 } } })) {
      expectTypeOf(partij).toEqualTypeOf<KlantinteractiesSchema<"Partij">>();
    }
    for await (const persoon of paginate(contactgegevens, "/persoon")) {
      expectTypeOf(persoon.uuid).toEqualTypeOf<string>();
    }
    for await (const klantcontact of paginate(client, "/klantcontacten", {
      params: { query: { expand: ["omvatteBijlagen"] } },
    })) {
      expectTypeOf(klantcontact._expand.omvatteBijlagen).toEqualTypeOf<KlantinteractiesSchema<"Bijlage">[]>();
    }
  });

  it("refuses a path that does not answer with a page, and an unknown expand", () => {
    // @ts-expect-error not an expandable relation of a klantcontact
    paginate(client, "/klantcontacten", { params: { query: { expand: ["bestaatNiet"] } } });
    // @ts-expect-error an item path, not a list
    paginate(client, "/partijen/{uuid}");
    // @ts-expect-error maak-klantcontact has no GET
    paginate(client, "/maak-klantcontact");
  });
});
