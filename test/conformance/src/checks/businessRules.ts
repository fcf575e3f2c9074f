/**
 * `business-rules`: the rules of the standard that the schema alone does not express, each
 * checked with a case that must be accepted and one that must be refused.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import type { Json } from "../fixtures/fixtureContext.ts";
import { digits, elfproefNumber, nonElfproefNumber, phoneNumber } from "../fixtures/values.ts";
import type { Check, CheckContext } from "./check.ts";
import { expectInvalidParam, expectStatus, expectThat } from "./expect.ts";

function rule(
  resource: string,
  name: string,
  statement: string,
  reference: string,
  run: (context: CheckContext) => Promise<void>,
  api: ApiName = "klantinteracties",
): Check {
  return {
    id: `business-rules/${resource}/${name}`,
    conformanceClass: "business-rules",
    kind: "business-rule",
    resource,
    api,
    rule: statement,
    reference,
    run,
  };
}

const identificator = (codeObjecttype: string, codeSoortObjectId: string, objectId: string, codeRegister: string) => ({
  partijIdentificator: { codeObjecttype, codeSoortObjectId, objectId, codeRegister },
});

/** Posts an identificator for a (new) partij and returns the exchange. */
async function postIdentificator(context: CheckContext, overrides: Json) {
  return context.fixtures.post(
    "partij-identificatoren",
    await context.fixtures.body("partij-identificatoren", overrides),
  );
}

const GROUP = "#/components/schemas/PartijIdentificatorGroep";

/** Every business-rule check. */
export function businessRuleChecks(): Check[] {
  return [
    rule(
      "partij-identificatoren",
      "bsn-elfproef",
      "A BSN has nine digits and passes the 11-proef.",
      GROUP,
      async (context) => {
        expectInvalidParam(
          await postIdentificator(context, identificator("natuurlijk_persoon", "bsn", nonElfproefNumber(), "brp")),
          "partijIdentificator",
        );
        expectInvalidParam(
          await postIdentificator(context, identificator("natuurlijk_persoon", "bsn", "12345678", "brp")),
          "partijIdentificator",
        );
        expectStatus(
          await postIdentificator(context, identificator("natuurlijk_persoon", "bsn", elfproefNumber(), "brp")),
          201,
        );
      },
    ),
    rule(
      "partij-identificatoren",
      "rsin-elfproef",
      "An RSIN has nine digits and passes the 11-proef.",
      GROUP,
      async (context) => {
        expectInvalidParam(
          await postIdentificator(context, identificator("niet_natuurlijk_persoon", "rsin", nonElfproefNumber(), "hr")),
          "partijIdentificator",
        );
        expectStatus(
          await postIdentificator(context, identificator("niet_natuurlijk_persoon", "rsin", elfproefNumber(), "hr")),
          201,
        );
      },
    ),
    rule("partij-identificatoren", "kvk-nummer", "A KvK number is exactly eight digits.", GROUP, async (context) => {
      for (const bad of ["1234567", "123456789", "1234567a"]) {
        expectInvalidParam(
          await postIdentificator(context, identificator("niet_natuurlijk_persoon", "kvk_nummer", bad, "hr")),
          "partijIdentificator",
        );
      }
      expectStatus(
        await postIdentificator(context, identificator("niet_natuurlijk_persoon", "kvk_nummer", digits(8), "hr")),
        201,
      );
    }),
    rule(
      "partij-identificatoren",
      "register-hierarchy",
      "codeRegister, codeObjecttype and codeSoortObjectId must fit together (brp: natuurlijk_persoon with bsn; hr: the others).",
      GROUP,
      async (context) => {
        expectInvalidParam(
          await postIdentificator(context, identificator("niet_natuurlijk_persoon", "bsn", elfproefNumber(), "brp")),
          "partijIdentificator",
        );
        expectInvalidParam(
          await postIdentificator(context, identificator("natuurlijk_persoon", "kvk_nummer", digits(8), "hr")),
          "partijIdentificator",
        );
      },
    ),
    rule(
      "partij-identificatoren",
      "vestigingsnummer-needs-kvk",
      "A vestigingsnummer (12 digits) needs a subIdentificatorVan that is a KvK number.",
      "#/components/schemas/PartijIdentificator/properties/subIdentificatorVan",
      async (context) => {
        const vestiging = identificator("vestiging", "vestigingsnummer", digits(12), "hr");
        expectInvalidParam(
          await postIdentificator(context, vestiging),
          "subIdentificatorVan",
          "partijIdentificator",
          "nonFieldErrors",
        );
        const bsn = await context.fixtures.create("partij-identificatoren");
        expectInvalidParam(
          await postIdentificator(context, { ...vestiging, subIdentificatorVan: { uuid: bsn.uuid } }),
          "subIdentificatorVan",
        );
        const kvk = await context.fixtures.create(
          "partij-identificatoren",
          identificator("niet_natuurlijk_persoon", "kvk_nummer", digits(8), "hr"),
        );
        const child = await postIdentificator(context, { ...vestiging, subIdentificatorVan: { uuid: kvk.uuid } });
        expectStatus(child, 201);
        const destroy = await context.client.request(
          "klantinteracties",
          "DELETE",
          `/partij-identificatoren/${kvk.uuid}`,
        );
        expectStatus(destroy, 400, 409);
      },
    ),
    rule(
      "partij-identificatoren",
      "unique",
      "The same identificator (register, type, soort, objectId) cannot be registered twice; a partij has one of each soort.",
      "partijIdentificatorenCreate",
      async (context) => {
        const objectId = elfproefNumber();
        const first = await context.fixtures.create("partij-identificatoren", {
          "partijIdentificator.objectId": objectId,
        });
        expectStatus(await postIdentificator(context, { "partijIdentificator.objectId": objectId }), 400);
        const secondBsn = await postIdentificator(context, {
          identificeerdePartij: first.identificeerdePartij ? { uuid: first.identificeerdePartij.uuid } : null,
        });
        expectStatus(secondBsn, 400);
      },
    ),
    rule(
      "digitaleadressen",
      "email",
      "An address of soort email must be a valid e-mail address.",
      "digitaleadressenCreate",
      async (context) => {
        for (const adres of ["geen-mail", "a@", "twee woorden@example.org"]) {
          expectInvalidParam(
            await context.fixtures.post("digitaleadressen", await context.fixtures.body("digitaleadressen", { adres })),
            "adres",
          );
        }
      },
    ),
    rule(
      "digitaleadressen",
      "telefoonnummer",
      "A telefoonnummer is 06…, +…, or 00… without spaces, and not a 0800/0900/140x service number.",
      "digitaleadressenCreate",
      async (context) => {
        const phone = (adres: string) =>
          context.fixtures.body("digitaleadressen", {
            adres,
            soortDigitaalAdres: "telefoonnummer",
            referentie: undefined,
          });
        for (const adres of ["0800123456", "0900123456", "020 753 0523", "+311234", "316123456789"]) {
          expectInvalidParam(await context.fixtures.post("digitaleadressen", await phone(adres)), "adres");
        }
        for (const adres of [phoneNumber(), "+31612345678", "0031612345678"]) {
          expectStatus(await context.fixtures.post("digitaleadressen", await phone(adres)), 201);
        }
      },
    ),
    rule(
      "digitaleadressen",
      "overig",
      "An address of soort overig takes any text.",
      "digitaleadressenCreate",
      async (context) => {
        const body = await context.fixtures.body("digitaleadressen", {
          adres: "kamer 12, balie 3",
          soortDigitaalAdres: "overig",
        });
        expectStatus(await context.fixtures.post("digitaleadressen", body), 201);
      },
    ),
    rule(
      "digitaleadressen",
      "standaard-adres",
      "isStandaardAdres needs verstrektDoorPartij; a new standard address demotes the partij's other one of the same soort.",
      "#/components/schemas/DigitaalAdres/properties/isStandaardAdres",
      async (context) => {
        const { fixtures, client } = context;
        expectInvalidParam(
          await fixtures.post(
            "digitaleadressen",
            await fixtures.body("digitaleadressen", { verstrektDoorPartij: null, isStandaardAdres: true }),
          ),
          "isStandaardAdres",
        );
        const partij = await fixtures.reference("partijen");
        const first = await fixtures.create("digitaleadressen", {
          verstrektDoorPartij: partij,
          isStandaardAdres: true,
        });
        const second = await fixtures.create("digitaleadressen", {
          verstrektDoorPartij: partij,
          isStandaardAdres: true,
        });
        expectThat(second.isStandaardAdres === true, "the new address is the standard one");
        const reread = await client.request("klantinteracties", "GET", `/digitaleadressen/${first.uuid}`);
        expectStatus(reread, 200);
        expectThat(reread.response.body.isStandaardAdres === false, "the earlier standard address was demoted", reread);
      },
    ),
    rule(
      "klantcontacten",
      "gelukt-zonder-verdere-actie",
      "A klantcontact cannot be both successful (indicatieContactGelukt) and need further action (verdereActieOndernomen), also not by PATCH.",
      "#/components/schemas/Klantcontact/properties/verdereActieOndernomen",
      async (context) => {
        const { fixtures, client } = context;
        expectStatus(
          await fixtures.post(
            "klantcontacten",
            await fixtures.body("klantcontacten", { indicatieContactGelukt: true, verdereActieOndernomen: true }),
          ),
          400,
        );
        const contact = await fixtures.create("klantcontacten", {
          indicatieContactGelukt: true,
          verdereActieOndernomen: false,
        });
        const patch = await client.request("klantinteracties", "PATCH", `/klantcontacten/${contact.uuid}`, {
          body: { verdereActieOndernomen: true },
        });
        expectStatus(patch, 400);
      },
    ),
    rule(
      "klantcontacten",
      "defaults",
      "Without plaatsgevondenOp the server sets the moment of registration; verdereActieOndernomen defaults to false.",
      "klantcontactenCreate",
      async (context) => {
        const before = Date.now() - 60_000;
        const contact = await context.fixtures.create("klantcontacten", {
          plaatsgevondenOp: undefined,
          verdereActieOndernomen: undefined,
        });
        expectThat(
          Date.parse(contact.plaatsgevondenOp) >= before,
          `plaatsgevondenOp should default to now, got ${contact.plaatsgevondenOp}`,
        );
        expectThat(contact.verdereActieOndernomen === false, "verdereActieOndernomen defaults to false");
      },
    ),
    rule(
      "klantcontacten",
      "referentienummer-unique",
      "referentienummer is unique among klantcontacten.",
      "#/components/schemas/Klantcontact/properties/referentienummer",
      async (context) => {
        const referentienummer = digits(10);
        await context.fixtures.create("klantcontacten", { referentienummer });
        expectInvalidParam(
          await context.fixtures.post(
            "klantcontacten",
            await context.fixtures.body("klantcontacten", { referentienummer }),
          ),
          "referentienummer",
          "nonFieldErrors",
        );
      },
    ),
    rule(
      "internetaken",
      "afgehandeld-op",
      "afgehandeldOp is only allowed with status verwerkt; verwerkt without it gets a moment, te_verwerken clears it.",
      "#/components/schemas/InterneTaak/properties/afgehandeldOp",
      async (context) => {
        const { fixtures, client } = context;
        expectInvalidParam(
          await fixtures.post(
            "internetaken",
            await fixtures.body("internetaken", { afgehandeldOp: "2024-05-01T10:00:00Z" }),
          ),
          "afgehandeldOp",
        );
        const taak = await fixtures.create("internetaken", { status: "verwerkt" });
        expectThat(typeof taak.afgehandeldOp === "string", "status verwerkt sets afgehandeldOp");
        const reopened = await client.request("klantinteracties", "PATCH", `/internetaken/${taak.uuid}`, {
          body: { status: "te_verwerken" },
        });
        expectStatus(reopened, 200);
        expectThat(reopened.response.body.afgehandeldOp === null, "status te_verwerken clears afgehandeldOp", reopened);
      },
    ),
    rule(
      "internetaken",
      "toegewezen-aan",
      "A new interne taak names its actors with exactly one of toegewezenAanActor and toegewezenAanActoren.",
      "internetakenCreate",
      async (context) => {
        const { fixtures } = context;
        const actor = await fixtures.reference("actoren");
        expectStatus(
          await fixtures.post("internetaken", await fixtures.body("internetaken", { toegewezenAanActoren: undefined })),
          400,
        );
        expectStatus(
          await fixtures.post("internetaken", await fixtures.body("internetaken", { toegewezenAanActor: actor })),
          400,
        );
        expectStatus(
          await fixtures.post(
            "internetaken",
            await fixtures.body("internetaken", { toegewezenAanActoren: undefined, toegewezenAanActor: actor }),
          ),
          201,
        );
      },
    ),
    rule(
      "partijen",
      "voorkeursadres-gekoppeld",
      "voorkeursDigitaalAdres and voorkeursRekeningnummer must be among the partij's own addresses and accounts.",
      "#/components/schemas/PartijBasis/properties/voorkeursDigitaalAdres",
      async (context) => {
        const { fixtures } = context;
        const adres = await fixtures.reference("digitaleadressen", { verstrektDoorPartij: null });
        expectInvalidParam(
          await fixtures.post(
            "partijen",
            await fixtures.body("partijen", { voorkeursDigitaalAdres: adres, digitaleAdressen: [] }),
          ),
          "voorkeursDigitaalAdres",
        );
        const rekening = await fixtures.reference("rekeningnummers", { partij: null });
        expectInvalidParam(
          await fixtures.post("partijen", await fixtures.body("partijen", { voorkeursRekeningnummer: rekening })),
          "voorkeursRekeningnummer",
        );
        const linked = await fixtures.create("partijen", { digitaleAdressen: [adres], voorkeursDigitaalAdres: adres });
        expectThat(linked.voorkeursDigitaalAdres?.uuid === adres.uuid, "a linked address can be the preferred one");
        const destroy = await context.client.request("klantinteracties", "DELETE", `/digitaleadressen/${adres.uuid}`);
        expectStatus(destroy, 204);
        const after = await context.client.request("klantinteracties", "GET", `/partijen/${linked.uuid}`);
        expectStatus(after, 200);
        expectThat(
          after.response.body.voorkeursDigitaalAdres === null,
          "deleting the preferred address clears the preference",
          after,
        );
      },
    ),
    rule(
      "partijen",
      "werkte-voor-organisatie",
      "A contactpersoon's werkteVoorPartij must be a partij of soort organisatie.",
      "#/components/schemas/ContactpersoonIdentificatie/properties/werkteVoorPartij",
      async (context) => {
        const { fixtures } = context;
        const persoon = await fixtures.reference("partijen");
        const contactpersoon = (uuid: string) =>
          fixtures.body("partijen", {
            soortPartij: "contactpersoon",
            partijIdentificatie: { werkteVoorPartij: { uuid } },
          });
        expectStatus(await fixtures.post("partijen", await contactpersoon(persoon.uuid)), 400);
        const organisatie = await fixtures.reference("partijen", {
          soortPartij: "organisatie",
          partijIdentificatie: { naam: fixtures.unique.token("org") },
        });
        expectStatus(await fixtures.post("partijen", await contactpersoon(organisatie.uuid)), 201);
      },
    ),
    rule(
      "partijen",
      "geneste-identificatoren",
      "partijIdentificatoren sent with a new partij are created with it and point back at it.",
      "partijenCreate",
      async (context) => {
        const objectId = elfproefNumber();
        const partij = await context.fixtures.create("partijen", {
          partijIdentificatoren: [identificator("natuurlijk_persoon", "bsn", objectId, "brp")],
        });
        const [nested] = partij.partijIdentificatoren ?? [];
        expectThat(nested?.partijIdentificator?.objectId === objectId, "the identificator is in the answer");
        expectThat(nested?.identificeerdePartij?.uuid === partij.uuid, "the identificator points at the new partij");
      },
    ),
    rule(
      "vertegenwoordigingen",
      "niet-zichzelf-en-uniek",
      "A partij cannot represent itself, and the same pair cannot be registered twice.",
      "vertegenwoordigingenCreate",
      async (context) => {
        const { fixtures } = context;
        const partij = await fixtures.reference("partijen");
        expectStatus(
          await fixtures.post("vertegenwoordigingen", {
            vertegenwoordigendePartij: partij,
            vertegenwoordigdePartij: partij,
          }),
          400,
        );
        const pair = await fixtures.body("vertegenwoordigingen");
        expectStatus(await fixtures.post("vertegenwoordigingen", pair), 201);
        expectStatus(await fixtures.post("vertegenwoordigingen", pair), 400);
      },
    ),
    rule(
      "actorklantcontacten",
      "uniek",
      "The same actor and klantcontact can be linked only once.",
      "actorklantcontactenCreate",
      async (context) => {
        const pair = await context.fixtures.body("actorklantcontacten");
        expectStatus(await context.fixtures.post("actorklantcontacten", pair), 201);
        expectStatus(await context.fixtures.post("actorklantcontacten", pair), 400);
      },
    ),
    rule(
      "onderwerpobjecten",
      "cascade-delete",
      "DELETE with cascade=true also removes its klantcontact unless another onderwerpobject still refers to it, and answers 200 with behouden.",
      "onderwerpobjectenDestroy",
      async (context) => {
        const { fixtures, client } = context;
        const object = await fixtures.create("onderwerpobjecten");
        const exchange = await client.request("klantinteracties", "DELETE", `/onderwerpobjecten/${object.uuid}`, {
          query: { cascade: "true" },
        });
        expectStatus(exchange, 200);
        expectThat(Array.isArray(exchange.response.body?.behouden), "the answer lists behouden", exchange);
        expectStatus(
          await client.request("klantinteracties", "GET", `/klantcontacten/${object.klantcontact.uuid}`),
          404,
        );
      },
    ),
    rule(
      "rekeningnummers",
      "iban-en-bic",
      "An IBAN has the shape of country code, check digits and account; a BIC is 8 to 11 characters without spaces.",
      "#/components/schemas/Rekeningnummer",
      async (context) => {
        const { fixtures } = context;
        expectInvalidParam(
          await fixtures.post("rekeningnummers", await fixtures.body("rekeningnummers", { iban: "1234 NL" })),
          "iban",
        );
        expectInvalidParam(
          await fixtures.post("rekeningnummers", await fixtures.body("rekeningnummers", { bic: "ABNA NL" })),
          "bic",
        );
      },
    ),
    rule(
      "categorie-relaties",
      "begin-datum",
      "A categorie-relatie without beginDatum starts on the day it is registered.",
      "#/components/schemas/CategorieRelatie/properties/beginDatum",
      async (context) => {
        const today = new Date().toISOString().slice(0, 10);
        const relatie = await context.fixtures.create("categorie-relaties", { beginDatum: undefined });
        const tomorrowOrToday = [
          today,
          new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
          new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        ];
        expectThat(
          tomorrowOrToday.includes(relatie.beginDatum),
          `beginDatum should be today, got ${relatie.beginDatum}`,
        );
      },
    ),
    ...addressRules(),
  ];
}

/** The address rules, checked on the Contactgegevens persoon (the same group everywhere). */
function addressRules(): Check[] {
  const cases: [string, Json][] = [
    ["postcode", { postcode: "1234AB" }],
    ["postcode", { postcode: "0123 AB" }],
    ["nummeraanduidingId", { nummeraanduidingId: "12345" }],
    ["huisnummer", { huisnummer: 0 }],
    ["huisnummer", { huisnummer: 100000 }],
    ["land", { land: "nl" }],
  ];
  return [
    rule(
      "persoon",
      "adres",
      "Address groups: postcode '1234 AB' with a space, a 16-digit nummeraanduidingId, huisnummer 1..99999, land as upper-case ISO code.",
      "#/components/schemas/Adres",
      async (context) => {
        for (const [field, change] of cases) {
          const body = await context.fixtures.body("persoon");
          body.adres = { ...body.adres, ...change };
          expectInvalidParam(await context.fixtures.post("persoon", body), `adres.${field}`);
        }
        const body = await context.fixtures.body("persoon");
        body.adres = { ...body.adres, nummeraanduidingId: digits(16), land: "BE" };
        expectStatus(await context.fixtures.post("persoon", body), 201);
      },
      "contactgegevens",
    ),
  ];
}
