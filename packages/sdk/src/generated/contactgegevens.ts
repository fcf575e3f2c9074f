// Generated from contract/dist by `npm run generate -w packages/sdk`; do not edit.
export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deze specificatie als JSON
         * @description Geeft het OpenAPI-document van deze API terug, zoals de server het afdwingt.
         */
        get: operations["specificatieJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deze specificatie als YAML
         * @description Hetzelfde document als `/openapi.json`, in YAML.
         */
        get: operations["specificatieYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van organisaties
         * @description Geeft de organisaties per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["organisatieList"];
        put?: never;
        /**
         * Nieuwe organisatie vastleggen
         * @description Legt een organisatie vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["organisatieCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisatie/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén organisatie ophalen
         * @description Geeft de organisatie met deze `uuid` terug.
         */
        get: operations["organisatieRetrieve"];
        /**
         * Organisatie vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["organisatieUpdate"];
        post?: never;
        /**
         * Organisatie verwijderen
         * @description Verwijdert de organisatie met deze `uuid`.
         */
        delete: operations["organisatieDestroy"];
        options?: never;
        head?: never;
        /**
         * Organisatie deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["organisatiePartialUpdate"];
        trace?: never;
    };
    "/persoon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van personen
         * @description Geeft de personen per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["persoonList"];
        put?: never;
        /**
         * Nieuwe persoon vastleggen
         * @description Legt een persoon vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["persoonCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persoon/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén persoon ophalen
         * @description Geeft de persoon met deze `uuid` terug.
         */
        get: operations["persoonRetrieve"];
        /**
         * Persoon vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["persoonUpdate"];
        post?: never;
        /**
         * Persoon verwijderen
         * @description Verwijdert de persoon met deze `uuid`.
         */
        delete: operations["persoonDestroy"];
        options?: never;
        head?: never;
        /**
         * Persoon deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["persoonPartialUpdate"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Een fout in de vorm van RFC 9457 (problem details). Elke fout die de API geeft, heeft deze vorm, met als mediatype `application/problem+json`. */
        Fout: {
            /**
             * @description URI die de soort fout aanduidt; stabiel per soort, bruikbaar om op te sorteren.
             * @example https://klantinteracties.example.org/ref/fouten/ValidationError
             */
            type: string;
            /**
             * @description Korte, machineleesbare code van de fout.
             * @example invalid
             */
            code: string;
            /**
             * @description Korte samenvatting van de soort fout, gelijk voor elke fout van deze soort.
             * @example Ongeldige invoer.
             */
            title: string;
            /**
             * Format: int32
             * @description De HTTP-statuscode van dit antwoord, herhaald in de body.
             * @example 400
             */
            status: number;
            /**
             * @description Uitleg voor deze specifieke fout, bedoeld voor een mens.
             * @example Eén of meer velden zijn niet correct ingevuld.
             */
            detail: string;
            /**
             * @description Unieke verwijzing (URN) naar dit voorkomen van de fout; terug te vinden in de logregels van de server.
             * @example urn:uuid:5b1d3c2e-8f1a-4c7e-9d7e-2a6f0f3c9b11
             */
            instance: string;
        };
        /** @description Een fout in de invoer. Naast de velden van `Fout` noemt `invalidParams` elk veld of elke parameter die niet klopte, met het pad in camelCase en punten (bijvoorbeeld `partijIdentificatoren.1.subIdentificatorVan`). */
        ValidatieFout: components["schemas"]["Fout"] & {
            /** @description Elk afgekeurd veld of elke afgekeurde parameter, één keer. */
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        /** @description Eén afgekeurd veld of één afgekeurde parameter. */
        FieldValidationError: {
            /**
             * @description Pad naar het veld in de body of naam van de query-parameter. Fouten die het object als geheel betreffen, staan onder `nonFieldErrors`.
             * @example partijIdentificator.objectId
             */
            name: string;
            /**
             * @description Machineleesbare code van de regel die niet werd nagekomen.
             * @example invalid
             */
            code: string;
            /**
             * @description Uitleg in gewone taal waarom de waarde niet werd geaccepteerd.
             * @example Dit BSN voldoet niet aan de elfproef.
             */
            reason: string;
        };
        /**
         * @description Een Nederlands of buitenlands adres. Voor een adres uit de BAG volstaat `nummeraanduidingId`; voor andere adressen de losse velden of de adresregels. Lege velden komen terug als lege tekst, een ontbrekend huisnummer als `null`.
         * @example {
         *       "nummeraanduidingId": "0363200000218908",
         *       "straatnaam": "Amstel",
         *       "huisnummer": 1,
         *       "huisnummertoevoeging": "",
         *       "stad": "Amsterdam",
         *       "adresregel1": "",
         *       "adresregel2": "",
         *       "adresregel3": "",
         *       "land": "NL"
         *     }
         */
        Adres: {
            /** @description De identificatie van de nummeraanduiding in de BAG: zestien cijfers, of een lege tekst als er geen is. */
            nummeraanduidingId?: string;
            /** @description De naam van de straat. */
            straatnaam?: string;
            /**
             * Format: int32
             * @description Het huisnummer, van 1 tot en met 99999.
             */
            huisnummer?: number | null;
            /** @description Letter of toevoeging na het huisnummer, zoals `A` of `bis`. */
            huisnummertoevoeging?: string;
            /** @description Nederlandse postcode met een spatie tussen cijfers en letters, zoals `1234 AB`, of een lege tekst als er geen is. */
            postcode?: string;
            /** @description De woonplaats of stad. */
            stad?: string;
            /** @description Eerste regel van een vrij opgemaakt (bijvoorbeeld buitenlands) adres. */
            adresregel1?: string;
            /** @description Tweede regel van een vrij opgemaakt adres. */
            adresregel2?: string;
            /** @description Derde regel van een vrij opgemaakt adres. */
            adresregel3?: string;
            /** @description Het land als code van twee hoofdletters volgens ISO 3166-1, zoals `NL`, of een lege tekst als er geen is. Een onbekende code of kleine letters geven een 400. */
            land?: string;
        };
        /**
         * @description De naam waarmee iemand aangesproken wil worden, in losse delen.
         * @example {
         *       "voorletters": "J.",
         *       "voornaam": "Jan",
         *       "voorvoegselAchternaam": "de",
         *       "achternaam": "Vries"
         *     }
         */
        Contactnaam: {
            /** @description De voorletters, zoals `J.A.`. */
            voorletters?: string;
            /** @description De voornaam waarmee de persoon aangesproken wil worden. */
            voornaam?: string;
            /** @description Tussenvoegsel voor de achternaam, zoals `van der`. */
            voorvoegselAchternaam?: string;
            /** @description De achternaam. */
            achternaam?: string;
        };
        /**
         * @description Een organisatie waarvan de gemeente zelf de contactgegevens bijhoudt, los van het Handelsregister: de naam waaronder zij handelt, wanneer zij begon en ophield, en haar adres.
         * @example {
         *       "uuid": "5c2e8f14-7a3b-4d6e-9f01-2b3c4d5e6f70",
         *       "url": "https://klantinteracties.example.org/contactgegevens/api/v1/organisatie/5c2e8f14-7a3b-4d6e-9f01-2b3c4d5e6f70",
         *       "handelsnaam": "Bakkerij Van den Berg",
         *       "oprichtingsdatum": "1998-04-01",
         *       "opheffingsdatum": null,
         *       "adres": {
         *         "nummeraanduidingId": "0599200000123456",
         *         "straatnaam": "Oudestraat",
         *         "huisnummer": 12,
         *         "huisnummertoevoeging": "A",
         *         "stad": "Rotterdam",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       }
         *     }
         */
        Organisatie: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de organisatie gaf.
             */
            uuid: $Read<string>;
            /**
             * Format: uri
             * @description Volledige URL van deze organisatie.
             */
            url: $Read<string>;
            /** @description De naam waaronder de organisatie naar buiten treedt. */
            handelsnaam: string;
            /**
             * Format: date
             * @description De dag waarop de organisatie is opgericht; leeg als die niet bekend is.
             */
            oprichtingsdatum?: string | null;
            /**
             * Format: date
             * @description De dag waarop de organisatie is opgeheven; leeg zolang zij bestaat of als die dag onbekend is.
             */
            opheffingsdatum?: string | null;
            /** @description Het adres van de organisatie; `null` als er geen adres is vastgelegd. */
            adres?: components["schemas"]["Adres"] | null;
        };
        /**
         * @description Een persoon waarvan de gemeente zelf de contactgegevens bijhoudt, los van de BRP: naam, geslacht, geboorte- en eventuele overlijdensdatum en adres. De server controleert niet of de overlijdensdatum na de geboortedatum ligt.
         * @example {
         *       "uuid": "8d4a1b2c-3e5f-4a7b-9c8d-0e1f2a3b4c5d",
         *       "url": "https://klantinteracties.example.org/contactgegevens/api/v1/persoon/8d4a1b2c-3e5f-4a7b-9c8d-0e1f2a3b4c5d",
         *       "geboortedatum": "1985-06-23",
         *       "overlijdensdatum": null,
         *       "geslachtsnaam": "Berg",
         *       "geslacht": "v",
         *       "voorvoegsel": "van den",
         *       "voornamen": "Anna Maria",
         *       "adres": {
         *         "nummeraanduidingId": "0344200000098765",
         *         "straatnaam": "Oudegracht",
         *         "huisnummer": 45,
         *         "huisnummertoevoeging": "",
         *         "stad": "Utrecht",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       }
         *     }
         */
        Persoon: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de persoon gaf.
             */
            uuid: $Read<string>;
            /**
             * Format: uri
             * @description Volledige URL van deze persoon.
             */
            url: $Read<string>;
            /**
             * Format: date
             * @description De dag waarop de persoon is geboren.
             */
            geboortedatum: string;
            /**
             * Format: date
             * @description De dag waarop de persoon is overleden; leeg zolang de persoon leeft of de dag onbekend is.
             */
            overlijdensdatum?: string | null;
            /** @description De achternaam zonder voorvoegsel, zoals `Jansen` of `Berg`. */
            geslachtsnaam: string;
            /**
             * @description Het geslacht van de persoon: `m` (man), `v` (vrouw) of `o` (onbekend of anders). Een lege tekst betekent dat er niets is opgegeven.
             * @enum {string}
             */
            geslacht?: "m" | "v" | "o" | "";
            /** @description Het voorvoegsel van de geslachtsnaam, zoals `van den`; een lege tekst als er geen is. */
            voorvoegsel?: string;
            /** @description Alle voornamen van de persoon, gescheiden door spaties. */
            voornamen?: string;
            /** @description Het adres van de persoon; `null` als er geen adres is vastgelegd. */
            adres?: components["schemas"]["Adres"] | null;
        };
        /**
         * @description Een gedeeltelijke Organisatie: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "handelsnaam": "Bakkerij Van den Berg",
         *       "oprichtingsdatum": "1998-04-01",
         *       "opheffingsdatum": null,
         *       "adres": {
         *         "nummeraanduidingId": "0599200000123456",
         *         "straatnaam": "Oudestraat",
         *         "huisnummer": 12,
         *         "huisnummertoevoeging": "A",
         *         "stad": "Rotterdam",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       }
         *     }
         */
        PatchedOrganisatie: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de organisatie gaf.
             */
            uuid?: $Read<string>;
            /**
             * Format: uri
             * @description Volledige URL van deze organisatie.
             */
            url?: $Read<string>;
            /** @description De naam waaronder de organisatie naar buiten treedt. */
            handelsnaam?: string;
            /**
             * Format: date
             * @description De dag waarop de organisatie is opgericht; leeg als die niet bekend is.
             */
            oprichtingsdatum?: string | null;
            /**
             * Format: date
             * @description De dag waarop de organisatie is opgeheven; leeg zolang zij bestaat of als die dag onbekend is.
             */
            opheffingsdatum?: string | null;
            /** @description Het adres van de organisatie; `null` als er geen adres is vastgelegd. */
            adres?: components["schemas"]["Adres"] | null;
        };
        /** @description Eén pagina organisaties. */
        PaginatedOrganisatieList: {
            /**
             * Format: int64
             * @description Het totale aantal objecten dat aan de filters voldoet, over alle pagina's. Bij zeer grote aantallen mag dit een schatting zijn; de header `Count-Accuracy` zegt dan `estimate`.
             * @example 123
             */
            count: number;
            /**
             * Format: uri
             * @description Volledige URL van de volgende pagina, met dezelfde filters; `null` als die er niet is.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Volledige URL van de vorige pagina, met dezelfde filters; `null` als die er niet is.
             */
            previous: string | null;
            /** @description De organisaties op deze pagina. */
            results: components["schemas"]["Organisatie"][];
        };
        /**
         * @description Een gedeeltelijke Persoon: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "geboortedatum": "1985-06-23",
         *       "overlijdensdatum": null,
         *       "geslachtsnaam": "Berg",
         *       "geslacht": "v",
         *       "voorvoegsel": "van den",
         *       "voornamen": "Anna Maria",
         *       "adres": {
         *         "nummeraanduidingId": "0344200000098765",
         *         "straatnaam": "Oudegracht",
         *         "huisnummer": 45,
         *         "huisnummertoevoeging": "",
         *         "stad": "Utrecht",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       }
         *     }
         */
        PatchedPersoon: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de persoon gaf.
             */
            uuid?: $Read<string>;
            /**
             * Format: uri
             * @description Volledige URL van deze persoon.
             */
            url?: $Read<string>;
            /**
             * Format: date
             * @description De dag waarop de persoon is geboren.
             */
            geboortedatum?: string;
            /**
             * Format: date
             * @description De dag waarop de persoon is overleden; leeg zolang de persoon leeft of de dag onbekend is.
             */
            overlijdensdatum?: string | null;
            /** @description De achternaam zonder voorvoegsel, zoals `Jansen` of `Berg`. */
            geslachtsnaam?: string;
            /**
             * @description Het geslacht van de persoon: `m` (man), `v` (vrouw) of `o` (onbekend of anders). Een lege tekst betekent dat er niets is opgegeven.
             * @enum {string}
             */
            geslacht?: "m" | "v" | "o" | "";
            /** @description Het voorvoegsel van de geslachtsnaam, zoals `van den`; een lege tekst als er geen is. */
            voorvoegsel?: string;
            /** @description Alle voornamen van de persoon, gescheiden door spaties. */
            voornamen?: string;
            /** @description Het adres van de persoon; `null` als er geen adres is vastgelegd. */
            adres?: components["schemas"]["Adres"] | null;
        };
        /** @description Eén pagina personen. */
        PaginatedPersoonList: {
            /**
             * Format: int64
             * @description Het totale aantal objecten dat aan de filters voldoet, over alle pagina's. Bij zeer grote aantallen mag dit een schatting zijn; de header `Count-Accuracy` zegt dan `estimate`.
             * @example 123
             */
            count: number;
            /**
             * Format: uri
             * @description Volledige URL van de volgende pagina, met dezelfde filters; `null` als die er niet is.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Volledige URL van de vorige pagina, met dezelfde filters; `null` als die er niet is.
             */
            previous: string | null;
            /** @description De personen op deze pagina. */
            results: components["schemas"]["Persoon"][];
        };
    };
    responses: {
        /** @description De aanvraag klopt niet: een veld, filter of parameter ontbreekt, heeft het verkeerde type of overtreedt een regel van de standaard. `invalidParams` zegt welke. */
        BadRequest: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://klantinteracties.example.org/ref/fouten/ValidationError",
                 *       "code": "invalid",
                 *       "title": "Ongeldige invoer.",
                 *       "status": 400,
                 *       "detail": "Eén of meer velden zijn niet correct ingevuld.",
                 *       "instance": "urn:uuid:5b1d3c2e-8f1a-4c7e-9d7e-2a6f0f3c9b11",
                 *       "invalidParams": [
                 *         {
                 *           "name": "partijIdentificator.objectId",
                 *           "code": "invalid",
                 *           "reason": "Dit BSN voldoet niet aan de elfproef."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["ValidatieFout"];
            };
        };
        /** @description Er is geen token meegestuurd of het token is onbekend of ingetrokken. */
        Unauthorized: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://klantinteracties.example.org/ref/fouten/NotAuthenticated",
                 *       "code": "not_authenticated",
                 *       "title": "Authenticatiegegevens zijn niet opgegeven.",
                 *       "status": 401,
                 *       "detail": "Stuur een geldig token mee in de header `Authorization` als `Token <sleutel>`.",
                 *       "instance": "urn:uuid:0d0e5b1c-6a3f-4a43-bc1e-7d5e8a4f2c10"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Het token is geldig, maar mist de scope die deze handeling vraagt: `<api>:read` om te lezen, `<api>:write` om aan te maken, te wijzigen of te verwijderen (zie `tokenAuth`). */
        Forbidden: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://klantinteracties.example.org/ref/fouten/PermissionDenied",
                 *       "code": "permission_denied",
                 *       "title": "Geen toestemming voor deze handeling.",
                 *       "status": 403,
                 *       "detail": "Dit token heeft niet de scope `klantinteracties:write` die voor deze aanvraag nodig is.",
                 *       "instance": "urn:uuid:3c8e4f2a-7b1d-4e6f-9a0c-5d2b8e1f4a73"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Er bestaat geen object met deze identificatie, of de gevraagde pagina bestaat niet. */
        NotFound: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://klantinteracties.example.org/ref/fouten/NotFound",
                 *       "code": "not_found",
                 *       "title": "Niet gevonden.",
                 *       "status": 404,
                 *       "detail": "Er is geen object met deze uuid.",
                 *       "instance": "urn:uuid:9a4b2f61-3c0d-4e8b-a1f2-6b7c8d9e0f12"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De server kan geen antwoord geven in het formaat dat de `Accept`-header vraagt. */
        NotAcceptable: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De handeling botst met de huidige toestand van de gegevens, bijvoorbeeld een waarde die uniek moet zijn en al bestaat. */
        Conflict: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Het object heeft niet (meer) de versie uit `If-Match`: iemand anders heeft het intussen gewijzigd of verwijderd. Er is niets veranderd; haal het object opnieuw op en probeer het met de nieuwe `ETag`. */
        PreconditionFailed: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://klantinteracties.example.org/ref/fouten/PreconditionFailed",
                 *       "code": "precondition_failed",
                 *       "title": "Niet aan de voorwaarde voldaan.",
                 *       "status": 412,
                 *       "detail": "Het object is gewijzigd sinds de versie in If-Match.",
                 *       "instance": "urn:uuid:0c7b1e52-9d3a-4f6e-8b21-5a4c3d2e1f90"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De body is niet als `application/json` verstuurd. */
        UnsupportedMediaType: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Dit token heeft te veel aanvragen gedaan; probeer het opnieuw na het aantal seconden in `Retry-After`. Een installatie kan een limiet per token per minuut instellen; `RateLimit-Limit`, `RateLimit-Remaining` en `RateLimit-Reset` tonen dan het verbruik. */
        TooManyRequests: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://klantinteracties.example.org/ref/fouten/Throttled",
                 *       "code": "throttled",
                 *       "title": "Te veel aanvragen.",
                 *       "status": 429,
                 *       "detail": "Dit token mag 600 aanvragen per minuut doen; probeer het over 12 seconden opnieuw.",
                 *       "instance": "urn:uuid:8f2d6a1e-4c3b-4b7a-9e5d-1a0f7c6b2e94"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Er ging iets mis in de server. De fout is gelogd onder de URN in `instance`. */
        InternalServerError: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De server kan de aanvraag tijdelijk niet afhandelen, bijvoorbeeld omdat de database niet bereikbaar is. */
        ServiceUnavailable: {
            headers: {
                "API-version": components["headers"]["API-version"];
                "Retry-After": components["headers"]["Retry-After"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
    };
    parameters: {
        /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
        page: number;
        /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
        pageSize: number;
        /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
        "If-Match": string;
        /** @description Haal het object alleen op als het veranderd is: heeft het nog de versie met deze `ETag`, dan volgt 304 zonder body. Geldt niet als `expand` is meegestuurd. */
        "If-None-Match": string;
        /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
        uuid: string;
    };
    requestBodies: never;
    headers: {
        /** @description Het volledige versienummer (semver) van de API die dit antwoord gaf. */
        "API-version": string;
        /** @description De URL van het zojuist aangemaakte object. */
        Location: string;
        /** @description De versie van het object in dit antwoord: een sterke validator die verandert zodra het object zelf verandert (`_expand` telt niet mee). Stuur hem terug in `If-Match` om een wijziging alleen te laten doorgaan als niemand het object intussen heeft gewijzigd, of in `If-None-Match` om het object alleen op te halen als het is veranderd. */
        ETag: string;
        /** @description Of `count` in dit antwoord exact is (`exact`) of een schatting (`estimate`). Een server mag grote aantallen schatten, zodat een lijst met een filter dat honderdduizenden objecten treft even snel antwoordt als een kleine; de pagina's zelf en hun `next`/`previous` zijn altijd exact. Ontbreekt de header, dan is `count` exact. */
        "Count-Accuracy": "exact" | "estimate";
        /** @description Aantal seconden dat de client moet wachten voor een nieuwe poging. */
        "Retry-After": number;
        /** @description Het aantal aanvragen dat dit token per venster mag doen. */
        "RateLimit-Limit": number;
        /** @description Het aantal aanvragen dat dit token in het huidige venster nog mag doen. */
        "RateLimit-Remaining": number;
        /** @description Het aantal seconden tot het huidige venster afloopt. */
        "RateLimit-Reset": number;
        /** @description De herkomst (origin) die deze bron vanuit een browser mag lezen. Alleen aanwezig als de beheerder CORS heeft aangezet; bij de publicatie van de specificatie altijd `*`. */
        "Access-Control-Allow-Origin": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    specificatieJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het OpenAPI-document. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "access-control-allow-origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    specificatieYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het OpenAPI-document. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "access-control-allow-origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    organisatieList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met organisaties. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Count-Accuracy": components["headers"]["Count-Accuracy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganisatieList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    organisatieCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Organisatie"];
            };
        };
        responses: {
            /** @description De organisatie is vastgelegd. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    organisatieRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Haal het object alleen op als het veranderd is: heeft het nog de versie met deze `ETag`, dan volgt 304 zonder body. Geldt niet als `expand` is meegestuurd. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De gevraagde organisatie. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            /** @description Het object heeft nog de versie uit `If-None-Match`; er is geen body. */
            304: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    organisatieUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Organisatie"];
            };
        };
        responses: {
            /** @description De bijgewerkte organisatie. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    organisatieDestroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De organisatie is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    organisatiePartialUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedOrganisatie"];
            };
        };
        responses: {
            /** @description De gewijzigde organisatie. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    persoonList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met personen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Count-Accuracy": components["headers"]["Count-Accuracy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPersoonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    persoonCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Persoon"];
            };
        };
        responses: {
            /** @description De persoon is vastgelegd. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    persoonRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Haal het object alleen op als het veranderd is: heeft het nog de versie met deze `ETag`, dan volgt 304 zonder body. Geldt niet als `expand` is meegestuurd. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De gevraagde persoon. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoon"];
                };
            };
            /** @description Het object heeft nog de versie uit `If-None-Match`; er is geen body. */
            304: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    persoonUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Persoon"];
            };
        };
        responses: {
            /** @description De bijgewerkte persoon. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    persoonDestroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De persoon is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    persoonPartialUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optimistische gelijktijdigheid: voer de wijziging alleen uit als het object nog de versie heeft met deze `ETag` (of met een van meerdere, kommagescheiden; `*` staat elke versie toe). Heeft iemand het object intussen gewijzigd, dan volgt 412 en verandert er niets. Zonder deze header wordt de wijziging altijd uitgevoerd. */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description De unieke identificatie (UUID) die de server aan het object heeft gegeven. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedPersoon"];
            };
        };
        responses: {
            /** @description De gewijzigde persoon. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
