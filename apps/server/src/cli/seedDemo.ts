/**
 * `cli seed --demo`: a small, realistic data set for trying the API — persons with a BSN,
 * organisations with a KvK number and a vestiging, their addresses, e-mail addresses and bank
 * accounts, medewerkers, klantcontacten with betrokkenen and zaak onderwerpobjecten, and interne
 * taken. Everything goes through the resources' own write path (every business rule applies) in
 * one transaction, so a failed seed leaves nothing behind.
 * @module
 */
import type { Knex } from "knex";
import { APIS } from "../apis.ts";
import type { AnyResource } from "../resources/resource.ts";
import { store } from "../resources/store.ts";

/** What a seed made, by collection. */
export type SeedCounts = Record<string, number>;

const VOORNAMEN = [
  "Fatima",
  "Jan",
  "Sanne",
  "Mohamed",
  "Eva",
  "Daan",
  "Noor",
  "Bram",
  "Lotte",
  "Yusuf",
  "Anouk",
  "Thijs",
];
const ACHTERNAMEN = [
  ["", "Jansen"],
  ["de", "Vries"],
  ["van", "Dijk"],
  ["", "El Amrani"],
  ["", "Bakker"],
  ["van der", "Berg"],
  ["", "Visser"],
  ["", "Yilmaz"],
  ["de", "Boer"],
  ["", "Mulder"],
  ["van", "Leeuwen"],
  ["", "Smit"],
];
const STRATEN = ["Stationsstraat", "Kerkweg", "Dorpsstraat", "Molenlaan", "Schoolstraat", "Beukenlaan"];
const ORGANISATIES = [
  "Bakkerij De Korenschoof",
  "Fietsenmaker Van Rijn",
  "Stichting Buurtkracht",
  "Loodgietersbedrijf Smit",
];
const ONDERWERPEN = [
  ["Afvalpas kwijt", "Nieuwe afvalpas aangevraagd."],
  ["Vraag over WOZ-beschikking", "Uitleg gegeven over de waardepeildatum."],
  ["Parkeervergunning verlengen", "Aanvraag doorgezet naar team parkeren."],
  ["Melding losliggende stoeptegel", "Melding geregistreerd in de openbare ruimte."],
  ["Afspraak paspoort", "Afspraak ingepland."],
];

/** The first nine-digit number from `start` that passes the 11-proef (BSN and RSIN). */
function elfproef(start: number): string {
  for (let candidate = start; ; candidate++) {
    const digits = String(candidate).padStart(9, "0");
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
    if (sum % 11 === 0) {
      return digits;
    }
  }
}

/**
 * Stores the demo data set; returns what was made. Refuses (returns `undefined`) when the demo
 * data is already there, so running it twice does not fail halfway.
 * @example
 * const counts = await seedDemo(db); // { partijen: 16, klantcontacten: 24, … }
 */
export async function seedDemo(db: Knex, scale = 1): Promise<SeedCounts | undefined> {
  const registry = new Map(
    APIS.flatMap((api) => api.resources).map((resource) => [resource.collection, resource] as const),
  );
  const resourceOf = (collection: string): AnyResource => {
    const found = registry.get(collection);
    if (!found) {
      throw new Error(`the server has no ${collection} yet`);
    }
    return found;
  };
  const firstBsn = elfproef(100_000_000);
  if (await db("partij_identificatoren").where({ object_id: firstBsn, code_soort_object_id: "bsn" }).first()) {
    return undefined;
  }
  const counts: SeedCounts = {};
  return db.transaction(async (trx) => {
    const make = async (collection: string, body: Record<string, unknown>) => {
      counts[collection] = (counts[collection] ?? 0) + 1;
      return store(trx, resourceOf(collection), body, { method: "POST" });
    };

    const medewerkers = [];
    for (const [index, voornaam] of ["Ingrid", "Karim", "Sophie"].entries()) {
      medewerkers.push(
        await make("actoren", {
          naam: `${voornaam} (KCC)`,
          soortActor: "medewerker",
          indicatieActief: true,
          actoridentificator: {
            objectId: `mw-${index + 1}`,
            codeObjecttype: "mdw",
            codeRegister: "ldap",
            codeSoortObjectId: "gebruikersnaam",
          },
          actorIdentificatie: {
            functie: "klantcontactmedewerker",
            emailadres: `${voornaam.toLowerCase()}@gemeente.example.nl`,
            telefoonnummer: `020555000${index}`,
          },
        }),
      );
    }
    const kcc = await make("categorieen", { naam: "Inwoner" });

    const personen = [];
    let bsnFrom = 100_000_000;
    for (let index = 0; index < 12 * scale; index++) {
      const bsn = elfproef(bsnFrom);
      bsnFrom = Number(bsn) + 1;
      const voornaam = VOORNAMEN[index % VOORNAMEN.length] as string;
      const [voorvoegsel, achternaam] = ACHTERNAMEN[(index * 5) % ACHTERNAMEN.length] as [string, string];
      const email = await make("digitaleadressen", {
        adres: `${voornaam.toLowerCase()}.${achternaam.toLowerCase().replace(/\s/g, "")}${index}@mail.example.nl`,
        soortDigitaalAdres: "email",
        omschrijving: "Privé",
      });
      const partij = await make("partijen", {
        soortPartij: "persoon",
        indicatieActief: true,
        voorkeurstaal: "nld",
        partijIdentificatie: {
          contactnaam: { voorletters: `${voornaam[0]}.`, voornaam, voorvoegselAchternaam: voorvoegsel, achternaam },
        },
        bezoekadres: {
          straatnaam: STRATEN[index % STRATEN.length],
          huisnummer: 10 + index,
          postcode: `${1011 + index} AB`,
          stad: "Amsterdam",
          land: "NL",
        },
        digitaleAdressen: [{ uuid: email.uuid }],
        voorkeursDigitaalAdres: { uuid: email.uuid },
        partijIdentificatoren: [
          {
            partijIdentificator: {
              codeObjecttype: "natuurlijk_persoon",
              codeSoortObjectId: "bsn",
              objectId: bsn,
              codeRegister: "brp",
            },
          },
        ],
      });
      await make("rekeningnummers", {
        partij: { uuid: partij.uuid },
        iban: `NL${String(10 + index).padStart(2, "0")}BANK0${String(123456789 + index)}`,
      });
      await make("categorie-relaties", { partij: { uuid: partij.uuid }, categorie: { uuid: kcc.uuid } });
      personen.push(partij);
    }

    for (const [index, naam] of ORGANISATIES.entries()) {
      const kvk = String(60_000_000 + index * 1111);
      const organisatie = await make("partijen", {
        soortPartij: "organisatie",
        indicatieActief: true,
        partijIdentificatie: { naam },
        correspondentieadres: {
          straatnaam: "Industrieweg",
          huisnummer: index + 1,
          postcode: "3542 AD",
          stad: "Utrecht",
          land: "NL",
        },
      });
      const kvkIdentificator = await make("partij-identificatoren", {
        identificeerdePartij: { uuid: organisatie.uuid },
        partijIdentificator: {
          codeObjecttype: "niet_natuurlijk_persoon",
          codeSoortObjectId: "kvk_nummer",
          objectId: kvk,
          codeRegister: "hr",
        },
      });
      const vestiging = await make("partijen", {
        soortPartij: "organisatie",
        indicatieActief: true,
        partijIdentificatie: { naam: `${naam} (vestiging)` },
      });
      await make("partij-identificatoren", {
        identificeerdePartij: { uuid: vestiging.uuid },
        partijIdentificator: {
          codeObjecttype: "vestiging",
          codeSoortObjectId: "vestigingsnummer",
          objectId: `0000${kvk}`,
          codeRegister: "hr",
        },
        subIdentificatorVan: { uuid: kvkIdentificator.uuid },
      });
      // the first person represents each organisation
      await make("vertegenwoordigingen", {
        vertegenwoordigendePartij: { uuid: (personen[index] as { uuid: string }).uuid },
        vertegenwoordigdePartij: { uuid: organisatie.uuid },
      });
    }

    for (let index = 0; index < 24 * scale; index++) {
      const [onderwerp, reactie] = ONDERWERPEN[index % ONDERWERPEN.length] as [string, string];
      const partij = personen[index % personen.length] as { uuid: string };
      const klantcontact = await make("klantcontacten", {
        kanaal: ["telefoon", "balie", "e-mail"][index % 3],
        onderwerp,
        inhoud: `Inwoner belde over: ${onderwerp.toLowerCase()}.`,
        reactie,
        taal: "nld",
        vertrouwelijk: index % 7 === 0,
        indicatieContactGelukt: index % 4 !== 0,
        verdereActieOndernomen: index % 4 === 0,
        plaatsgevondenOp: new Date(Date.UTC(2026, 9, 1 + (index % 28), 8 + (index % 9), 15)).toISOString(),
      });
      await make("betrokkenen", {
        hadKlantcontact: { uuid: klantcontact.uuid },
        wasPartij: { uuid: partij.uuid },
        rol: "klant",
        initiator: true,
      });
      const medewerker = medewerkers[index % medewerkers.length] as { uuid: string };
      await make("actorklantcontacten", {
        actor: { uuid: medewerker.uuid },
        klantcontact: { uuid: klantcontact.uuid },
      });
      if (index % 2 === 0) {
        await make("onderwerpobjecten", {
          klantcontact: { uuid: klantcontact.uuid },
          onderwerpobjectidentificator: {
            objectId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
            codeObjecttype: "zaak",
            codeRegister: "open-zaak",
            codeSoortObjectId: "uuid",
          },
        });
      }
      if (index % 4 === 0) {
        await make("internetaken", {
          gevraagdeHandeling: "Terugbellen",
          aanleidinggevendKlantcontact: { uuid: klantcontact.uuid },
          toegewezenAanActoren: [{ uuid: medewerker.uuid }],
          toelichting: "Inwoner wil graag vóór vrijdag teruggebeld worden.",
          status: index % 8 === 0 ? "verwerkt" : "te_verwerken",
        });
      }
    }
    return counts;
  });
}
