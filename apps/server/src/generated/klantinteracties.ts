// Generated from contract/dist by `npm run generate -w apps/server`; do not edit.
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
    "/maak-klantcontact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Klantcontact met betrokkene en onderwerpobject in één keer vastleggen
         * @description Legt in één transactie een klantcontact vast, zo nodig samen met één betrokkene en één onderwerpobject. De server koppelt die twee zelf aan het nieuwe klantcontact: wat de client in `betrokkene.hadKlantcontact` of `onderwerpobject.klantcontact` meestuurt, telt niet. Keurt de server één onderdeel af, dan wordt niets vastgelegd en noemt de 400 het veld met zijn volledige pad, zoals `klantcontact.taal`. Er volgt één notificatie, voor het klantcontact. Dit is geen collectie: alleen `POST` bestaat op dit pad.
         */
        post: operations["maakKlantcontactCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partijen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van partijen
         * @description Geeft de partijen per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["partijenList"];
        put?: never;
        /**
         * Nieuwe partij vastleggen
         * @description Legt een partij vast. Minimaal nodig zijn `soortPartij` en `indicatieActief`. Genoemde `digitaleAdressen` en `rekeningnummers` gaan over naar de nieuwe partij, ook als ze bij een andere partij hoorden. In `partijIdentificatoren` ontstaat elk item zonder `uuid` nieuw; een item met een bekende `uuid` wordt bijgewerkt en aan deze partij gehangen. Lukt één onderdeel niet, dan wordt niets vastgelegd.
         */
        post: operations["partijenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partijen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén partij ophalen
         * @description Geeft de partij met deze `uuid` terug.
         */
        get: operations["partijenRetrieve"];
        /**
         * Partij vervangen
         * @description Werkt de partij bij; `soortPartij` en `indicatieActief` zijn verplicht, weggelaten optionele velden houden hun waarde. Staat `digitaleAdressen` of `rekeningnummers` in de body, dan hoort daarna precies die lijst bij de partij: wat ontbreekt wordt losgekoppeld (niet verwijderd), `null` telt als een lege lijst. Staat `partijIdentificatoren` in de body, dan worden identificatoren die er niet meer in staan verwijderd, bekende bijgewerkt en nieuwe aangemaakt. `partijIdentificatie` vervangt de vorige als geheel.
         */
        put: operations["partijenUpdate"];
        post?: never;
        /**
         * Partij verwijderen
         * @description Verwijdert de partij met alles wat aan haar vastzit: haar identificatoren, digitale adressen, rekeningnummers, categorierelaties, vertegenwoordigingen en de betrokkenen die naar haar wijzen (die verdwijnen dus uit hun klantcontacten).
         */
        delete: operations["partijenDestroy"];
        options?: never;
        head?: never;
        /**
         * Partij deels wijzigen
         * @description Wijzigt alleen de meegestuurde velden. Voor de lijsten `digitaleAdressen`, `rekeningnummers` en `partijIdentificatoren` gelden dezelfde regels als bij `PUT`: meegestuurd is volledig. `partijIdentificatie` wordt alleen verwerkt als `soortPartij` in dezelfde body staat. Een voorkeursadres of -rekeningnummer moet al aan de partij gekoppeld zijn.
         */
        patch: operations["partijenPartialUpdate"];
        trace?: never;
    };
    "/partij-identificatoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van partij-identificatoren
         * @description Geeft de partij-identificatoren per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["partijIdentificatorenList"];
        put?: never;
        /**
         * Nieuwe partij-identificator vastleggen
         * @description Legt een partij-identificator vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["partijIdentificatorenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partij-identificatoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén partij-identificator ophalen
         * @description Geeft de partij-identificator met deze `uuid` terug.
         */
        get: operations["partijIdentificatorenRetrieve"];
        /**
         * Partij-identificator vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["partijIdentificatorenUpdate"];
        post?: never;
        /**
         * Partij-identificator verwijderen
         * @description Verwijdert de partij-identificator met deze `uuid`. Een KvK-nummer waaronder nog vestigingsnummers hangen (via `subIdentificatorVan`) kan niet weg: dat geeft een 400 op `nonFieldErrors`. Verwijder of verhang eerst die vestigingsnummers.
         */
        delete: operations["partijIdentificatorenDestroy"];
        options?: never;
        head?: never;
        /**
         * Partij-identificator deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["partijIdentificatorenPartialUpdate"];
        trace?: never;
    };
    "/vertegenwoordigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van vertegenwoordigingen
         * @description Geeft de vertegenwoordigingen per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["vertegenwoordigingenList"];
        put?: never;
        /**
         * Nieuwe vertegenwoordiging vastleggen
         * @description Legt een vertegenwoordiging vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["vertegenwoordigingenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vertegenwoordigingen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén vertegenwoordiging ophalen
         * @description Geeft de vertegenwoordiging met deze `uuid` terug.
         */
        get: operations["vertegenwoordigingenRetrieve"];
        /**
         * Vertegenwoordiging vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["vertegenwoordigingenUpdate"];
        post?: never;
        /**
         * Vertegenwoordiging verwijderen
         * @description Verwijdert de vertegenwoordiging met deze `uuid`.
         */
        delete: operations["vertegenwoordigingenDestroy"];
        options?: never;
        head?: never;
        /**
         * Vertegenwoordiging deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["vertegenwoordigingenPartialUpdate"];
        trace?: never;
    };
    "/categorieen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van categorieën
         * @description Geeft de categorieën per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["categorieenList"];
        put?: never;
        /**
         * Nieuwe categorie vastleggen
         * @description Legt een categorie vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["categorieenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorieen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén categorie ophalen
         * @description Geeft de categorie met deze `uuid` terug.
         */
        get: operations["categorieenRetrieve"];
        /**
         * Categorie vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["categorieenUpdate"];
        post?: never;
        /**
         * Categorie verwijderen
         * @description Verwijdert de categorie met deze `uuid`.
         */
        delete: operations["categorieenDestroy"];
        options?: never;
        head?: never;
        /**
         * Categorie deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["categorieenPartialUpdate"];
        trace?: never;
    };
    "/categorie-relaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van categorierelaties
         * @description Geeft de categorierelaties per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["categorieRelatiesList"];
        put?: never;
        /**
         * Nieuwe categorierelatie vastleggen
         * @description Legt een categorierelatie vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["categorieRelatiesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorie-relaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén categorierelatie ophalen
         * @description Geeft de categorierelatie met deze `uuid` terug.
         */
        get: operations["categorieRelatiesRetrieve"];
        /**
         * Categorierelatie vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["categorieRelatiesUpdate"];
        post?: never;
        /**
         * Categorierelatie verwijderen
         * @description Verwijdert de categorierelatie met deze `uuid`.
         */
        delete: operations["categorieRelatiesDestroy"];
        options?: never;
        head?: never;
        /**
         * Categorierelatie deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["categorieRelatiesPartialUpdate"];
        trace?: never;
    };
    "/rekeningnummers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van rekeningnummers
         * @description Geeft de rekeningnummers per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["rekeningnummersList"];
        put?: never;
        /**
         * Nieuwe rekeningnummer vastleggen
         * @description Legt een rekeningnummer vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["rekeningnummersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rekeningnummers/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén rekeningnummer ophalen
         * @description Geeft de rekeningnummer met deze `uuid` terug.
         */
        get: operations["rekeningnummersRetrieve"];
        /**
         * Rekeningnummer vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["rekeningnummersUpdate"];
        post?: never;
        /**
         * Rekeningnummer verwijderen
         * @description Verwijdert de rekeningnummer met deze `uuid`.
         */
        delete: operations["rekeningnummersDestroy"];
        options?: never;
        head?: never;
        /**
         * Rekeningnummer deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["rekeningnummersPartialUpdate"];
        trace?: never;
    };
    "/digitaleadressen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van digitale adressen
         * @description Geeft de digitale adressen per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["digitaleadressenList"];
        put?: never;
        /**
         * Nieuwe digitaal adres vastleggen
         * @description Legt een digitaal adres vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["digitaleadressenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/digitaleadressen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén digitaal adres ophalen
         * @description Geeft de digitaal adres met deze `uuid` terug.
         */
        get: operations["digitaleadressenRetrieve"];
        /**
         * Digitaal adres vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["digitaleadressenUpdate"];
        post?: never;
        /**
         * Digitaal adres verwijderen
         * @description Verwijdert de digitaal adres met deze `uuid`.
         */
        delete: operations["digitaleadressenDestroy"];
        options?: never;
        head?: never;
        /**
         * Digitaal adres deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["digitaleadressenPartialUpdate"];
        trace?: never;
    };
    "/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van klantcontacten
         * @description Geeft de klantcontacten per pagina terug, het meest recente `plaatsgevondenOp` eerst en bij een gelijk tijdstip het laatst vastgelegde eerst. Filters beperken de lijst en worden gecombineerd; een query-parameter die deze operatie niet kent, geeft een 400. Filters over betrokkenen en onderwerpobjecten geven elk klantcontact hooguit één keer terug.
         */
        get: operations["klantcontactenList"];
        put?: never;
        /**
         * Nieuwe klantcontact vastleggen
         * @description Legt een klantcontact vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["klantcontactenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén klantcontact ophalen
         * @description Geeft de klantcontact met deze `uuid` terug.
         */
        get: operations["klantcontactenRetrieve"];
        /**
         * Klantcontact vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["klantcontactenUpdate"];
        post?: never;
        /**
         * Klantcontact verwijderen
         * @description Verwijdert het klantcontact met deze `uuid`, en daarmee ook alles wat eraan hangt: zijn betrokkenen, bijlagen, interne taken, actorkoppelingen en de onderwerpobjecten die er via `klantcontact` of `wasKlantcontact` naar verwijzen.
         */
        delete: operations["klantcontactenDestroy"];
        options?: never;
        head?: never;
        /**
         * Klantcontact deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["klantcontactenPartialUpdate"];
        trace?: never;
    };
    "/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van betrokkenen
         * @description Geeft de betrokkenen per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["betrokkenenList"];
        put?: never;
        /**
         * Nieuwe betrokkene vastleggen
         * @description Legt een betrokkene vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["betrokkenenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/betrokkenen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén betrokkene ophalen
         * @description Geeft de betrokkene met deze `uuid` terug.
         */
        get: operations["betrokkenenRetrieve"];
        /**
         * Betrokkene vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["betrokkenenUpdate"];
        post?: never;
        /**
         * Betrokkene verwijderen
         * @description Verwijdert de betrokkene met deze `uuid`.
         */
        delete: operations["betrokkenenDestroy"];
        options?: never;
        head?: never;
        /**
         * Betrokkene deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["betrokkenenPartialUpdate"];
        trace?: never;
    };
    "/onderwerpobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van onderwerpobjecten
         * @description Geeft de onderwerpobjecten per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["onderwerpobjectenList"];
        put?: never;
        /**
         * Nieuwe onderwerpobject vastleggen
         * @description Legt een onderwerpobject vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["onderwerpobjectenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderwerpobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén onderwerpobject ophalen
         * @description Geeft de onderwerpobject met deze `uuid` terug.
         */
        get: operations["onderwerpobjectenRetrieve"];
        /**
         * Onderwerpobject vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["onderwerpobjectenUpdate"];
        post?: never;
        /**
         * Onderwerpobject verwijderen
         * @description Verwijdert het onderwerpobject met deze `uuid`. Zonder `cascade` (of met `false`) gaat alleen dit object weg en volgt een 204. Met `cascade=true` volgt altijd een 200 met de lijst `behouden`: de server bekijkt dan ook `klantcontact` en `wasKlantcontact`. Een klantcontact waarnaar nog een ander onderwerpobject verwijst, blijft staan en komt in `behouden`. Een klantcontact zonder zo'n verwijzing wordt verwijderd, met zijn betrokkenen, bijlagen, interne taken, actorkoppelingen en overige onderwerpobjecten; digitale adressen van zijn betrokkenen die niet aan een partij hangen, gaan mee.
         */
        delete: operations["onderwerpobjectenDestroy"];
        options?: never;
        head?: never;
        /**
         * Onderwerpobject deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["onderwerpobjectenPartialUpdate"];
        trace?: never;
    };
    "/bijlagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van bijlagen
         * @description Geeft de bijlagen per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["bijlagenList"];
        put?: never;
        /**
         * Nieuwe bijlage vastleggen
         * @description Legt een bijlage vast. Het antwoord bevat het object zoals het is opgeslagen, met zijn `uuid` en `url`.
         */
        post: operations["bijlagenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bijlagen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén bijlage ophalen
         * @description Geeft de bijlage met deze `uuid` terug.
         */
        get: operations["bijlagenRetrieve"];
        /**
         * Bijlage vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["bijlagenUpdate"];
        post?: never;
        /**
         * Bijlage verwijderen
         * @description Verwijdert de bijlage met deze `uuid`.
         */
        delete: operations["bijlagenDestroy"];
        options?: never;
        head?: never;
        /**
         * Bijlage deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["bijlagenPartialUpdate"];
        trace?: never;
    };
    "/actoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van actoren
         * @description Geeft de actoren per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["actorenList"];
        put?: never;
        /**
         * Nieuwe actor vastleggen
         * @description Legt een actor vast. Nodig zijn `naam` en `soortActor`; `actorIdentificatie` heeft de vorm die bij die soort hoort. Voor een medewerker zijn daarin `functie` en `telefoonnummer` verplicht, voor een geautomatiseerde actor alleen `functie`.
         */
        post: operations["actorenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén actor ophalen
         * @description Geeft de actor met deze `uuid` terug.
         */
        get: operations["actorenRetrieve"];
        /**
         * Actor vervangen
         * @description Werkt de actor bij; `naam` en `soortActor` zijn verplicht. Zo kan een actor ook van soort wisselen, bijvoorbeeld van medewerker naar geautomatiseerde actor: `actorIdentificatie` wordt dan als geheel vervangen door die van de nieuwe soort.
         */
        put: operations["actorenUpdate"];
        post?: never;
        /**
         * Actor verwijderen
         * @description Verwijdert de actor. Zijn koppelingen met klantcontacten (`/actorklantcontacten`) en zijn toewijzingen aan interne taken verdwijnen mee; de interne taken zelf blijven bestaan.
         */
        delete: operations["actorenDestroy"];
        options?: never;
        head?: never;
        /**
         * Actor deels wijzigen
         * @description Wijzigt alleen de meegestuurde velden. Stuur `soortActor` mee als je `actorIdentificatie` wijzigt; die wordt als geheel vervangen.
         */
        patch: operations["actorenPartialUpdate"];
        trace?: never;
    };
    "/actorklantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van actorklantcontacten
         * @description Geeft de actorklantcontacten per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["actorklantcontactenList"];
        put?: never;
        /**
         * Nieuwe actorklantcontact vastleggen
         * @description Legt vast dat een actor aan een klantcontact deelnam. Bestaat deze combinatie van actor en klantcontact al, dan volgt een 400. Daarna staat de actor in `hadBetrokkenActoren` van het klantcontact.
         */
        post: operations["actorklantcontactenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actorklantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén actorklantcontact ophalen
         * @description Geeft de actorklantcontact met deze `uuid` terug.
         */
        get: operations["actorklantcontactenRetrieve"];
        /**
         * Actorklantcontact vervangen
         * @description Werkt het object bij met alle verplichte velden in de body. Optionele velden die niet worden meegestuurd, houden hun huidige waarde.
         */
        put: operations["actorklantcontactenUpdate"];
        post?: never;
        /**
         * Actorklantcontact verwijderen
         * @description Verwijdert de actorklantcontact met deze `uuid`.
         */
        delete: operations["actorklantcontactenDestroy"];
        options?: never;
        head?: never;
        /**
         * Actorklantcontact deels wijzigen
         * @description Wijzigt alleen de velden die in de body staan; de rest blijft zoals het was.
         */
        patch: operations["actorklantcontactenPartialUpdate"];
        trace?: never;
    };
    "/internetaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lijst van interne taken
         * @description Geeft de interne taken per pagina terug, nieuwste eerst. Filters beperken de lijst; een query-parameter die deze operatie niet kent, geeft een 400.
         */
        get: operations["internetakenList"];
        put?: never;
        /**
         * Nieuwe interne taak vastleggen
         * @description Legt een interne taak vast. Wijs haar toe met precies één van de twee velden: `toegewezenAanActoren` (een lijst) of het verouderde `toegewezenAanActor`. Geen van beide of allebei geeft een 400. `toegewezenOp` vult de server zelf in.
         */
        post: operations["internetakenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internetaken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén interne taak ophalen
         * @description Geeft de interne taak met deze `uuid` terug.
         */
        get: operations["internetakenRetrieve"];
        /**
         * Interne taak vervangen
         * @description Werkt de interne taak bij; ook hier moet precies één van `toegewezenAanActoren` en `toegewezenAanActor` in de body staan, en vervangt die de huidige toewijzing. Weggelaten optionele velden houden hun waarde.
         */
        put: operations["internetakenUpdate"];
        post?: never;
        /**
         * Interne taak verwijderen
         * @description Verwijdert de interne taak met deze `uuid`.
         */
        delete: operations["internetakenDestroy"];
        options?: never;
        head?: never;
        /**
         * Interne taak deels wijzigen
         * @description Wijzigt alleen de meegestuurde velden. De toewijzing mag hier wegblijven; staat `toegewezenAanActoren` of `toegewezenAanActor` wel in de body, dan vervangt die de huidige toewijzing. Zet `status` op `verwerkt` om de taak af te ronden.
         */
        patch: operations["internetakenPartialUpdate"];
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
        /** @description Verwijzing naar een ander object van deze API. Schrijf alleen de `uuid`; de server vult de `url` aan in elk antwoord. */
        Referentie: {
            /**
             * Format: uuid
             * @description De identificatie van het object waarnaar verwezen wordt.
             * @example 3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a
             */
            uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van het object waarnaar verwezen wordt; door de server ingevuld.
             * @example https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a
             */
            readonly url: string;
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
         * @description De soort partij: een mens (`persoon`), een organisatie zoals een bedrijf of stichting (`organisatie`), of iemand die namens een organisatie contact heeft (`contactpersoon`).
         * @enum {string}
         */
        SoortPartij: "persoon" | "organisatie" | "contactpersoon";
        /** @description Verwijzing naar een categorierelatie van de partij, met de naam van de categorie en de looptijd erbij zodat je de relatie niet apart hoeft op te halen. */
        CategorieRelatieReferentie: components["schemas"]["Referentie"] & {
            /** @description De naam van de categorie; `null` als de relatie geen categorie heeft. */
            readonly categorieNaam: string | null;
            /**
             * Format: date
             * @description Vanaf wanneer de partij in de categorie valt.
             */
            readonly beginDatum?: string | null;
            /**
             * Format: date
             * @description Tot wanneer de partij in de categorie viel; leeg zolang dat nog geldt.
             */
            readonly eindDatum?: string | null;
        };
        /**
         * @description Wie de persoon is, voor een partij van soort `persoon`.
         * @example {
         *       "contactnaam": {
         *         "voorletters": "J.",
         *         "voornaam": "Jan",
         *         "voorvoegselAchternaam": "de",
         *         "achternaam": "Vries"
         *       },
         *       "volledigeNaam": "Jan de Vries"
         *     }
         */
        PersoonIdentificatie: {
            /** @description De naam waarmee de persoon aangesproken wil worden. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description Door de server samengesteld uit voornaam, voorvoegsel en achternaam, met één spatie ertussen; lege delen en de voorletters doen niet mee. */
            readonly volledigeNaam: string;
        };
        /**
         * @description Wie de organisatie is, voor een partij van soort `organisatie`.
         * @example {
         *       "naam": "Bewindvoering Noord B.V."
         *     }
         */
        OrganisatieIdentificatie: {
            /** @description De naam van de organisatie, zoals die bijvoorbeeld in het Handelsregister staat. */
            naam?: string;
        };
        /**
         * @description Wie de contactpersoon is en voor welke organisatie hij of zij optreedt, voor een partij van soort `contactpersoon`.
         * @example {
         *       "uuid": "e1f3a5c7-9b2d-4f6e-8a0c-2d4e6f8a0b13",
         *       "werkteVoorPartij": {
         *         "uuid": "7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20"
         *       },
         *       "contactnaam": {
         *         "voorletters": "A.M.",
         *         "voornaam": "Anouk",
         *         "voorvoegselAchternaam": "",
         *         "achternaam": "Jansen"
         *       },
         *       "volledigeNaam": "Anouk Jansen"
         *     }
         */
        ContactpersoonIdentificatie: {
            /**
             * Format: uuid
             * @description De identificatie van de contactpersoon zelf; mag worden meegestuurd.
             */
            uuid?: string;
            /** @description De organisatie waarvoor de contactpersoon optreedt. Moet een partij van soort `organisatie` zijn, anders volgt een 400. Wordt die organisatie verwijderd, dan verdwijnt ook deze identificatie. */
            werkteVoorPartij?: components["schemas"]["Referentie"] | null;
            /** @description De naam waarmee de contactpersoon aangesproken wil worden. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description Door de server samengesteld uit voornaam, voorvoegsel en achternaam, met één spatie ertussen; lege delen en de voorletters doen niet mee. */
            readonly volledigeNaam: string;
        };
        /** @description De velden die elke partij heeft, ongeacht haar soort. Wordt niet los gebruikt: een partij is altijd `PartijPersoon`, `PartijOrganisatie` of `PartijContactpersoon`. */
        PartijBasis: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de partij gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze partij.
             */
            readonly url: string;
            /**
             * @deprecated
             * @description Een nummer van hoogstens tien cijfers dat de afnemer aan de partij gaf; uniek, en niet meer door de server bedacht. Verouderd: herken een partij aan haar `partijIdentificatoren`.
             */
            nummer?: string | null;
            /** @description Aantekening over de partij voor medewerkers van de gemeente; niet voor de partij zelf bedoeld. */
            interneNotitie?: string;
            /** @description De betrokkenen bij klantcontacten die naar deze partij wijzen. */
            readonly betrokkenen: components["schemas"]["Referentie"][];
            /** @description De categorieën waarin de partij valt (experimenteel). Wijzigen gaat via `/categorie-relaties`. */
            readonly categorieRelaties: components["schemas"]["CategorieRelatieReferentie"][];
            /** @description De digitale adressen van de partij. Meesturen bepaalt de hele lijst: adressen die er niet in staan worden losgekoppeld (ze blijven bestaan), genoemde adressen gaan naar deze partij over. `null` betekent hetzelfde als een lege lijst. */
            digitaleAdressen?: components["schemas"]["Referentie"][] | null;
            /** @description Het digitale adres dat de partij het liefst gebruikt. Moet een van haar eigen `digitaleAdressen` zijn: bij POST en PUT uit de meegestuurde lijst (die dan niet leeg mag zijn), bij PATCH uit de al gekoppelde adressen. Wordt het adres verwijderd, dan wordt dit veld `null`. */
            voorkeursDigitaalAdres?: components["schemas"]["Referentie"] | null;
            /** @description De partijen namens wie deze partij optreedt; beheer ze via `/vertegenwoordigingen`. */
            readonly vertegenwoordigden: components["schemas"]["Referentie"][];
            /** @description De bankrekeningnummers van de partij, met dezelfde regels als `digitaleAdressen`: meegestuurd is de volledige lijst, ontbrekende worden losgekoppeld, `null` telt als leeg. */
            rekeningnummers?: components["schemas"]["Referentie"][] | null;
            /** @description Het rekeningnummer dat de partij het liefst gebruikt; moet een van haar eigen `rekeningnummers` zijn, op dezelfde manier als `voorkeursDigitaalAdres`. */
            voorkeursRekeningnummer?: components["schemas"]["Referentie"] | null;
            /** @description De nummers van de partij in basisregistraties, in één keer mee te schrijven. Een item zonder `uuid` wordt aangemaakt, een item met `uuid` bijgewerkt (en zo nodig van een andere partij overgenomen); laat `identificeerdePartij` in de items weg en noem geen `uuid` twee keer. Bij PUT en PATCH verdwijnen bestaande identificatoren die niet in de lijst staan, tenzij er nog een vestigingsnummer onder hangt (dan 400 en blijft alles zoals het was). Fouten heten `partijIdentificatoren.<index>.<veld>`. */
            partijIdentificatoren?: components["schemas"]["PartijIdentificator"][] | null;
            /** @description De soort partij. Bepaalt de vorm van `partijIdentificatie`, die alleen verwerkt wordt als `soortPartij` in dezelfde body staat. */
            soortPartij: string & components["schemas"]["SoortPartij"];
            /** @description Of wie de gegevens verstrekte heeft gevraagd ze geheim te houden; `null` (de beginwaarde) als dat niet bekend is. */
            indicatieGeheimhouding?: boolean | null;
            /** @description De taal waarin de partij het liefst contact heeft, als taalcode van drie letters volgens ISO 639-2, zoals `nld`. De server controleert de code niet. */
            voorkeurstaal?: string;
            /** @description Of de contactgegevens van de partij nog gebruikt mogen worden. Van een niet-actieve partij gebruik je ze niet meer om contact op te nemen. */
            indicatieActief: boolean;
            /** @description Het adres waar de gemeente de partij kan bezoeken; `null` als er geen is. */
            bezoekadres?: components["schemas"]["Adres"] | null;
            /** @description Het adres waarheen de gemeente post voor de partij stuurt; `null` als er geen is. */
            correspondentieadres?: components["schemas"]["Adres"] | null;
            /** @description De relaties die met de query-parameter `expand` gevraagd zijn, als volledige objecten. Alleen aanwezig als `expand` is meegestuurd; een gevraagde lege lijst staat er als `[]`. Het klantcontact van een betrokkene (`betrokkenen.hadKlantcontact`) staat in het `_expand` van die betrokkene. */
            readonly _expand?: {
                /** @description De volledige betrokkenen die naar deze partij wijzen. */
                betrokkenen?: components["schemas"]["Betrokkene"][];
                /** @description De volledige categorierelaties van deze partij. */
                categorieRelaties?: components["schemas"]["CategorieRelatie"][];
                /** @description De volledige digitale adressen van deze partij. */
                digitaleAdressen?: components["schemas"]["DigitaalAdres"][] | null;
            };
        };
        /**
         * @description Een partij van soort `persoon`, zoals een inwoner.
         * @example {
         *       "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *       "nummer": null,
         *       "interneNotitie": "Wil bij voorkeur na 17.00 uur gebeld worden.",
         *       "betrokkenen": [
         *         {
         *           "uuid": "2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34"
         *         }
         *       ],
         *       "categorieRelaties": [
         *         {
         *           "uuid": "0b7e4d1a-2c3f-4e5a-9b6c-7d8e9f0a1b2c",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/categorie-relaties/0b7e4d1a-2c3f-4e5a-9b6c-7d8e9f0a1b2c",
         *           "categorieNaam": "Mantelzorger",
         *           "beginDatum": "2024-01-15",
         *           "eindDatum": null
         *         }
         *       ],
         *       "digitaleAdressen": [
         *         {
         *           "uuid": "8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/digitaleadressen/8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f"
         *         }
         *       ],
         *       "voorkeursDigitaalAdres": {
         *         "uuid": "8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/digitaleadressen/8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f"
         *       },
         *       "vertegenwoordigden": [],
         *       "rekeningnummers": [
         *         {
         *           "uuid": "4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/rekeningnummers/4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35"
         *         }
         *       ],
         *       "voorkeursRekeningnummer": {
         *         "uuid": "4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/rekeningnummers/4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35"
         *       },
         *       "partijIdentificatoren": [
         *         {
         *           "uuid": "5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partij-identificatoren/5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *           "identificeerdePartij": {
         *             "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *             "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *           },
         *           "anderePartijIdentificator": "",
         *           "partijIdentificator": {
         *             "codeRegister": "brp",
         *             "codeSoortObjectId": "bsn",
         *             "objectId": "111222333",
         *             "codeObjecttype": "natuurlijk_persoon"
         *           },
         *           "subIdentificatorVan": null
         *         }
         *       ],
         *       "soortPartij": "persoon",
         *       "indicatieGeheimhouding": false,
         *       "voorkeurstaal": "nld",
         *       "indicatieActief": true,
         *       "bezoekadres": {
         *         "nummeraanduidingId": "0363200000218908",
         *         "straatnaam": "Amstel",
         *         "huisnummer": 1,
         *         "huisnummertoevoeging": "",
         *         "stad": "Amsterdam",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       },
         *       "correspondentieadres": null,
         *       "partijIdentificatie": {
         *         "contactnaam": {
         *           "voorletters": "J.",
         *           "voornaam": "Jan",
         *           "voorvoegselAchternaam": "de",
         *           "achternaam": "Vries"
         *         },
         *         "volledigeNaam": "Jan de Vries"
         *       }
         *     }
         */
        PartijPersoon: components["schemas"]["PartijBasis"] & {
            /**
             * @description Altijd `persoon` voor deze soort partij.
             * @enum {string}
             */
            soortPartij: "persoon";
            /** @description De naam van de persoon. */
            partijIdentificatie?: components["schemas"]["PersoonIdentificatie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "persoon";
        };
        /**
         * @description Een partij van soort `organisatie`, zoals een bedrijf, stichting of vereniging.
         * @example {
         *       "uuid": "7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *       "nummer": null,
         *       "interneNotitie": "",
         *       "betrokkenen": [],
         *       "categorieRelaties": [],
         *       "digitaleAdressen": [],
         *       "voorkeursDigitaalAdres": null,
         *       "vertegenwoordigden": [
         *         {
         *           "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *         }
         *       ],
         *       "rekeningnummers": [],
         *       "voorkeursRekeningnummer": null,
         *       "partijIdentificatoren": [
         *         {
         *           "uuid": "d2b4f6a8-0c1e-4a3b-9d5f-7e9a1b3c5d02",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partij-identificatoren/d2b4f6a8-0c1e-4a3b-9d5f-7e9a1b3c5d02",
         *           "identificeerdePartij": {
         *             "uuid": "7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *             "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20"
         *           },
         *           "anderePartijIdentificator": "",
         *           "partijIdentificator": {
         *             "codeRegister": "hr",
         *             "codeSoortObjectId": "kvk_nummer",
         *             "objectId": "69599084",
         *             "codeObjecttype": "niet_natuurlijk_persoon"
         *           },
         *           "subIdentificatorVan": null
         *         }
         *       ],
         *       "soortPartij": "organisatie",
         *       "indicatieGeheimhouding": null,
         *       "voorkeurstaal": "nld",
         *       "indicatieActief": true,
         *       "bezoekadres": null,
         *       "correspondentieadres": {
         *         "nummeraanduidingId": "0014200022186946",
         *         "straatnaam": "Herestraat",
         *         "huisnummer": 12,
         *         "huisnummertoevoeging": "",
         *         "stad": "Groningen",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       },
         *       "partijIdentificatie": {
         *         "naam": "Bewindvoering Noord B.V."
         *       }
         *     }
         */
        PartijOrganisatie: components["schemas"]["PartijBasis"] & {
            /**
             * @description Altijd `organisatie` voor deze soort partij.
             * @enum {string}
             */
            soortPartij: "organisatie";
            /** @description De naam van de organisatie. */
            partijIdentificatie?: components["schemas"]["OrganisatieIdentificatie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "organisatie";
        };
        /**
         * @description Een partij van soort `contactpersoon`, iemand die namens een organisatie contact heeft met de gemeente.
         * @example {
         *       "uuid": "c4a8e2f6-1b3d-4e5f-a7b9-0d2e4f6a8c1e",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/c4a8e2f6-1b3d-4e5f-a7b9-0d2e4f6a8c1e",
         *       "nummer": null,
         *       "interneNotitie": "Vaste contactpersoon voor de schuldhulpdossiers.",
         *       "betrokkenen": [],
         *       "categorieRelaties": [],
         *       "digitaleAdressen": [],
         *       "voorkeursDigitaalAdres": null,
         *       "vertegenwoordigden": [],
         *       "rekeningnummers": [],
         *       "voorkeursRekeningnummer": null,
         *       "partijIdentificatoren": [],
         *       "soortPartij": "contactpersoon",
         *       "indicatieGeheimhouding": null,
         *       "voorkeurstaal": "nld",
         *       "indicatieActief": true,
         *       "bezoekadres": null,
         *       "correspondentieadres": null,
         *       "partijIdentificatie": {
         *         "uuid": "e1f3a5c7-9b2d-4f6e-8a0c-2d4e6f8a0b13",
         *         "werkteVoorPartij": {
         *           "uuid": "7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20"
         *         },
         *         "contactnaam": {
         *           "voorletters": "A.M.",
         *           "voornaam": "Anouk",
         *           "voorvoegselAchternaam": "",
         *           "achternaam": "Jansen"
         *         },
         *         "volledigeNaam": "Anouk Jansen"
         *       }
         *     }
         */
        PartijContactpersoon: components["schemas"]["PartijBasis"] & {
            /**
             * @description Altijd `contactpersoon` voor deze soort partij.
             * @enum {string}
             */
            soortPartij: "contactpersoon";
            /** @description De naam van de contactpersoon en de organisatie waarvoor die optreedt. */
            partijIdentificatie?: components["schemas"]["ContactpersoonIdentificatie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "contactpersoon";
        };
        /**
         * @description Een persoon, organisatie of contactpersoon met wie de gemeente contact heeft of had. `soortPartij` zegt welke van de drie het is en daarmee welke vorm `partijIdentificatie` heeft; de overige velden zijn voor alle soorten gelijk.
         * @example {
         *       "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *       "nummer": null,
         *       "interneNotitie": "Wil bij voorkeur na 17.00 uur gebeld worden.",
         *       "betrokkenen": [
         *         {
         *           "uuid": "2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34"
         *         }
         *       ],
         *       "categorieRelaties": [
         *         {
         *           "uuid": "0b7e4d1a-2c3f-4e5a-9b6c-7d8e9f0a1b2c",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/categorie-relaties/0b7e4d1a-2c3f-4e5a-9b6c-7d8e9f0a1b2c",
         *           "categorieNaam": "Mantelzorger",
         *           "beginDatum": "2024-01-15",
         *           "eindDatum": null
         *         }
         *       ],
         *       "digitaleAdressen": [
         *         {
         *           "uuid": "8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/digitaleadressen/8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f"
         *         }
         *       ],
         *       "voorkeursDigitaalAdres": {
         *         "uuid": "8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/digitaleadressen/8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f"
         *       },
         *       "vertegenwoordigden": [],
         *       "rekeningnummers": [
         *         {
         *           "uuid": "4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/rekeningnummers/4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35"
         *         }
         *       ],
         *       "voorkeursRekeningnummer": {
         *         "uuid": "4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/rekeningnummers/4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b35"
         *       },
         *       "partijIdentificatoren": [
         *         {
         *           "uuid": "5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partij-identificatoren/5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *           "identificeerdePartij": {
         *             "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *             "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *           },
         *           "anderePartijIdentificator": "",
         *           "partijIdentificator": {
         *             "codeRegister": "brp",
         *             "codeSoortObjectId": "bsn",
         *             "objectId": "111222333",
         *             "codeObjecttype": "natuurlijk_persoon"
         *           },
         *           "subIdentificatorVan": null
         *         }
         *       ],
         *       "soortPartij": "persoon",
         *       "indicatieGeheimhouding": false,
         *       "voorkeurstaal": "nld",
         *       "indicatieActief": true,
         *       "bezoekadres": {
         *         "nummeraanduidingId": "0363200000218908",
         *         "straatnaam": "Amstel",
         *         "huisnummer": 1,
         *         "huisnummertoevoeging": "",
         *         "stad": "Amsterdam",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       },
         *       "correspondentieadres": null,
         *       "partijIdentificatie": {
         *         "contactnaam": {
         *           "voorletters": "J.",
         *           "voornaam": "Jan",
         *           "voorvoegselAchternaam": "de",
         *           "achternaam": "Vries"
         *         },
         *         "volledigeNaam": "Jan de Vries"
         *       }
         *     }
         */
        Partij: components["schemas"]["PartijContactpersoon"] | components["schemas"]["PartijPersoon"] | components["schemas"]["PartijOrganisatie"];
        /**
         * @description Een gedeeltelijke partij voor PATCH: geen enkel veld is verplicht en alleen de meegestuurde velden veranderen. Stuur `soortPartij` mee als je `partijIdentificatie` wijzigt; die moet dan de vorm hebben die bij de soort hoort.
         * @example {
         *       "soortPartij": "persoon",
         *       "voorkeurstaal": "eng",
         *       "partijIdentificatie": {
         *         "contactnaam": {
         *           "voorletters": "J.",
         *           "voornaam": "Jan",
         *           "voorvoegselAchternaam": "de",
         *           "achternaam": "Vries-Bakker"
         *         }
         *       }
         *     }
         */
        PatchedPartij: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de partij gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze partij.
             */
            readonly url?: string;
            /**
             * @deprecated
             * @description Een nummer van hoogstens tien cijfers dat de afnemer aan de partij gaf; uniek, en niet meer door de server bedacht. Verouderd: herken een partij aan haar `partijIdentificatoren`.
             */
            nummer?: string | null;
            /** @description Aantekening over de partij voor medewerkers van de gemeente; niet voor de partij zelf bedoeld. */
            interneNotitie?: string;
            /** @description De betrokkenen bij klantcontacten die naar deze partij wijzen. */
            readonly betrokkenen?: components["schemas"]["Referentie"][];
            /** @description De categorieën waarin de partij valt (experimenteel). Wijzigen gaat via `/categorie-relaties`. */
            readonly categorieRelaties?: components["schemas"]["CategorieRelatieReferentie"][];
            /** @description De digitale adressen van de partij. Meesturen bepaalt de hele lijst: adressen die er niet in staan worden losgekoppeld (ze blijven bestaan), genoemde adressen gaan naar deze partij over. `null` betekent hetzelfde als een lege lijst. */
            digitaleAdressen?: components["schemas"]["Referentie"][] | null;
            /** @description Het digitale adres dat de partij het liefst gebruikt. Moet een van haar eigen `digitaleAdressen` zijn: bij POST en PUT uit de meegestuurde lijst (die dan niet leeg mag zijn), bij PATCH uit de al gekoppelde adressen. Wordt het adres verwijderd, dan wordt dit veld `null`. */
            voorkeursDigitaalAdres?: components["schemas"]["Referentie"] | null;
            /** @description De partijen namens wie deze partij optreedt; beheer ze via `/vertegenwoordigingen`. */
            readonly vertegenwoordigden?: components["schemas"]["Referentie"][];
            /** @description De bankrekeningnummers van de partij, met dezelfde regels als `digitaleAdressen`: meegestuurd is de volledige lijst, ontbrekende worden losgekoppeld, `null` telt als leeg. */
            rekeningnummers?: components["schemas"]["Referentie"][] | null;
            /** @description Het rekeningnummer dat de partij het liefst gebruikt; moet een van haar eigen `rekeningnummers` zijn, op dezelfde manier als `voorkeursDigitaalAdres`. */
            voorkeursRekeningnummer?: components["schemas"]["Referentie"] | null;
            /** @description De nummers van de partij in basisregistraties, in één keer mee te schrijven. Een item zonder `uuid` wordt aangemaakt, een item met `uuid` bijgewerkt (en zo nodig van een andere partij overgenomen); laat `identificeerdePartij` in de items weg en noem geen `uuid` twee keer. Bij PUT en PATCH verdwijnen bestaande identificatoren die niet in de lijst staan, tenzij er nog een vestigingsnummer onder hangt (dan 400 en blijft alles zoals het was). Fouten heten `partijIdentificatoren.<index>.<veld>`. */
            partijIdentificatoren?: components["schemas"]["PartijIdentificator"][] | null;
            /** @description De soort partij. Bepaalt de vorm van `partijIdentificatie`, die alleen verwerkt wordt als `soortPartij` in dezelfde body staat. */
            soortPartij?: string & components["schemas"]["SoortPartij"];
            /** @description Of wie de gegevens verstrekte heeft gevraagd ze geheim te houden; `null` (de beginwaarde) als dat niet bekend is. */
            indicatieGeheimhouding?: boolean | null;
            /** @description De taal waarin de partij het liefst contact heeft, als taalcode van drie letters volgens ISO 639-2, zoals `nld`. De server controleert de code niet. */
            voorkeurstaal?: string;
            /** @description Of de contactgegevens van de partij nog gebruikt mogen worden. Van een niet-actieve partij gebruik je ze niet meer om contact op te nemen. */
            indicatieActief?: boolean;
            /** @description Het adres waar de gemeente de partij kan bezoeken; `null` als er geen is. */
            bezoekadres?: components["schemas"]["Adres"] | null;
            /** @description Het adres waarheen de gemeente post voor de partij stuurt; `null` als er geen is. */
            correspondentieadres?: components["schemas"]["Adres"] | null;
            /** @description De relaties die met de query-parameter `expand` gevraagd zijn, als volledige objecten. Alleen aanwezig als `expand` is meegestuurd; een gevraagde lege lijst staat er als `[]`. Het klantcontact van een betrokkene (`betrokkenen.hadKlantcontact`) staat in het `_expand` van die betrokkene. */
            readonly _expand?: {
                /** @description De volledige betrokkenen die naar deze partij wijzen. */
                betrokkenen?: components["schemas"]["Betrokkene"][];
                /** @description De volledige categorierelaties van deze partij. */
                categorieRelaties?: components["schemas"]["CategorieRelatie"][];
                /** @description De volledige digitale adressen van deze partij. */
                digitaleAdressen?: components["schemas"]["DigitaalAdres"][] | null;
            };
            /** @description De nieuwe identificatie als geheel, in de vorm die bij `soortPartij` hoort: een naam voor een persoon, een organisatienaam, of naam en organisatie voor een contactpersoon. */
            partijIdentificatie?: components["schemas"]["PersoonIdentificatie"] | components["schemas"]["OrganisatieIdentificatie"] | components["schemas"]["ContactpersoonIdentificatie"];
        };
        /**
         * @description Wat voor object de identificator aanwijst: een mens (`natuurlijk_persoon`, uit de BRP), een rechtspersoon of onderneming (`niet_natuurlijk_persoon`, uit het HR) of een vestiging van een onderneming (`vestiging`, uit het HR).
         * @enum {string}
         */
        CodeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
        /**
         * @description Welk nummer `objectId` bevat: een burgerservicenummer (`bsn`), een vestigingsnummer van twaalf cijfers (`vestigingsnummer`), een KvK-nummer van acht cijfers (`kvk_nummer`) of een RSIN (`rsin`).
         * @enum {string}
         */
        CodeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
        /**
         * @description De basisregistratie waaruit het nummer komt: de Basisregistratie Personen (`brp`) of het Handelsregister van de KvK (`hr`).
         * @enum {string}
         */
        CodeRegister: "brp" | "hr";
        /**
         * @description De vier gegevens die samen één sleutel in een basisregistratie vormen; ze zijn alle vier verplicht en moeten bij elkaar passen. Register `brp` hoort bij objecttype `natuurlijk_persoon` en soort `bsn`. Register `hr` hoort bij objecttype `niet_natuurlijk_persoon` met soort `kvk_nummer` of `rsin`, of bij objecttype `vestiging` met soort `vestigingsnummer`. Een andere combinatie geeft een 400.
         * @example {
         *       "codeRegister": "brp",
         *       "codeSoortObjectId": "bsn",
         *       "objectId": "111222333",
         *       "codeObjecttype": "natuurlijk_persoon"
         *     }
         */
        PartijIdentificatorGroep: {
            /** @description Het soort object dat het nummer aanwijst; moet passen bij `codeRegister`. */
            codeObjecttype: string & components["schemas"]["CodeObjecttype"];
            /** @description Het soort nummer in `objectId`; moet passen bij `codeObjecttype`. */
            codeSoortObjectId: string & components["schemas"]["CodeSoortObjectId"];
            /** @description Het nummer zelf, gecontroleerd naar soort: een BSN en een RSIN tellen negen tekens en moeten de elfproef doorstaan, een KvK-nummer bestaat uit acht cijfers en een vestigingsnummer uit twaalf. Een afgekeurd nummer geeft een 400 op `partijIdentificatorObjectId`. */
            objectId: string;
            /** @description Het register waarin het nummer is uitgegeven. */
            codeRegister: string & components["schemas"]["CodeRegister"];
        };
        /**
         * @description Koppelt een partij aan haar nummer in een basisregistratie. Dezelfde combinatie van de vier codes en het nummer bestaat maar één keer (onder een ander KvK-nummer mag een vestigingsnummer wel opnieuw voorkomen), en een partij heeft van elke soort nummer hooguit één. Een identificator mag ook zonder partij bestaan.
         * @example {
         *       "uuid": "5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partij-identificatoren/5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *       "identificeerdePartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "anderePartijIdentificator": "",
         *       "partijIdentificator": {
         *         "codeRegister": "brp",
         *         "codeSoortObjectId": "bsn",
         *         "objectId": "111222333",
         *         "codeObjecttype": "natuurlijk_persoon"
         *       }
         *     }
         */
        PartijIdentificator: {
            /**
             * Format: uuid
             * @description De identificatie van de identificator. Anders dan bij andere objecten mag je dit veld meesturen: genest in een partij wijst een bekende `uuid` een bestaande identificator aan die dan wordt bijgewerkt; zonder `uuid` ontstaat een nieuwe.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze partij-identificator.
             */
            readonly url: string;
            /** @description De partij die met dit nummer wordt aangeduid; `null` als de identificator (nog) bij geen partij hoort. Niet meesturen wanneer de identificator genest in een partij staat: de server vult het dan zelf in, en een meegestuurde waarde geeft een 400. */
            identificeerdePartij?: components["schemas"]["Referentie"] | null;
            /**
             * @deprecated
             * @description Vrije identificatie voor sleutels buiten de bekende registers. Verouderd en niet meer in gebruik; gebruik `partijIdentificator`.
             */
            anderePartijIdentificator?: string;
            /** @description Het register, het soort object, het soort nummer en het nummer zelf. */
            partijIdentificator: components["schemas"]["PartijIdentificatorGroep"];
            /** @description De identificator waaronder deze valt. Verplicht voor een vestigingsnummer, en dan moet hij naar een KvK-nummer wijzen (van dezelfde partij, een andere partij of geen partij); voor de andere soorten blijft hij meestal `null`. Een identificator kan niet onder zichzelf vallen. */
            subIdentificatorVan?: components["schemas"]["Referentie"] | null;
        };
        /**
         * @description Legt vast dat de ene partij de andere vertegenwoordigt. Elk paar komt maar één keer voor (een tweede keer geeft een 400 op `nonFieldErrors`), en een partij kan niet haar eigen vertegenwoordiger zijn.
         * @example {
         *       "uuid": "9e1d3b57-6c2a-4f8e-b0d4-7a5c3e1f9b26",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/vertegenwoordigingen/9e1d3b57-6c2a-4f8e-b0d4-7a5c3e1f9b26",
         *       "vertegenwoordigendePartij": {
         *         "uuid": "7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20"
         *       },
         *       "vertegenwoordigdePartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       }
         *     }
         */
        Vertegenwoordiging: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de vertegenwoordiging gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze vertegenwoordiging.
             */
            readonly url: string;
            /** @description De partij die namens de ander optreedt, bijvoorbeeld een curator of bewindvoerder. */
            vertegenwoordigendePartij: components["schemas"]["Referentie"];
            /** @description De partij voor wie wordt opgetreden; mag niet dezelfde zijn als `vertegenwoordigendePartij`. */
            vertegenwoordigdePartij: components["schemas"]["Referentie"];
        };
        /**
         * @description Een groep waarin de gemeente partijen indeelt, bijvoorbeeld "ondernemer" of "mantelzorger".
         * @example {
         *       "uuid": "6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/categorieen/6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *       "naam": "Ondernemer"
         *     }
         */
        Categorie: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de categorie gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze categorie.
             */
            readonly url: string;
            /** @description De naam van de categorie. */
            naam?: string;
        };
        /** @description Verwijzing naar een categorie, met haar naam erbij voor het gemak van de lezer. */
        CategorieReferentie: components["schemas"]["Referentie"] & {
            /** @description De naam van de categorie waarnaar verwezen wordt. */
            readonly naam: string;
        };
        /**
         * @description Legt vast dat een partij in een categorie valt, en in welke periode.
         * @example {
         *       "uuid": "0b7e4d1a-2c3f-4e5a-9b6c-7d8e9f0a1b2c",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/categorie-relaties/0b7e4d1a-2c3f-4e5a-9b6c-7d8e9f0a1b2c",
         *       "partij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "categorie": {
         *         "uuid": "6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/categorieen/6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *         "naam": "Ondernemer"
         *       },
         *       "beginDatum": "2024-01-15",
         *       "eindDatum": null
         *     }
         */
        CategorieRelatie: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de relatie gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze relatie.
             */
            readonly url: string;
            /** @description De partij die in de categorie valt. */
            partij?: components["schemas"]["Referentie"] | null;
            /** @description De categorie waarin de partij valt. */
            categorie?: components["schemas"]["CategorieReferentie"] | null;
            /**
             * Format: date
             * @description Vanaf wanneer de partij in de categorie valt; zonder waarde wordt dat de dag van vastleggen.
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description Tot wanneer de partij in de categorie viel; leeg zolang dat nog zo is.
             */
            eindDatum?: string | null;
        };
        /**
         * @description Een bankrekening waarop een partij geld kan ontvangen of vanaf kan betalen, vastgelegd als IBAN en zo nodig met de BIC van de bank. Wordt de partij verwijderd, dan verdwijnen haar rekeningnummers mee.
         * @example {
         *       "uuid": "5c2e8a41-7d3b-4f6a-9e1c-2b4d6f8a0c3e",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/rekeningnummers/5c2e8a41-7d3b-4f6a-9e1c-2b4d6f8a0c3e",
         *       "partij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "iban": "NL91ABNA0417164300",
         *       "bic": "ABNANL2A"
         *     }
         */
        Rekeningnummer: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het rekeningnummer gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van dit rekeningnummer.
             */
            readonly url: string;
            /** @description De partij van wie de rekening is. Mag leeg blijven; `null` maakt de koppeling los. */
            partij?: components["schemas"]["Referentie"] | null;
            /** @description Het internationale rekeningnummer: twee letters voor het land, twee controlecijfers en daarna hoogstens dertig letters of cijfers, zonder spaties. De server toetst alleen deze vorm, niet de controlecijfers (geen modulo-97-proef) en niet de lengte per land. */
            iban: string;
            /** @description De code van de bank (BIC): acht tot elf tekens zonder witruimte, of een lege tekst als die niet bekend is (zo komt een rekeningnummer zonder BIC ook terug). */
            bic?: string;
        };
        /**
         * @description Het soort digitaal adres, dat bepaalt hoe `adres` gecontroleerd wordt: `email` (een e-mailadres), `telefoonnummer` (een vast of mobiel nummer) of `overig` (al het andere, bijvoorbeeld een account in een app; niet gecontroleerd).
         * @enum {string}
         */
        SoortDigitaalAdres: "email" | "telefoonnummer" | "overig";
        /**
         * @description Een adres waarop iemand digitaal bereikbaar is, zoals een e-mailadres of telefoonnummer. Het kan horen bij een partij, bij een betrokkene bij een klantcontact, bij allebei of bij geen van beide.
         * @example {
         *       "uuid": "8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/digitaleadressen/8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *       "verstrektDoorBetrokkene": {
         *         "uuid": "2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34"
         *       },
         *       "verstrektDoorPartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "adres": "jan.devries@example.nl",
         *       "soortDigitaalAdres": "email",
         *       "isStandaardAdres": true,
         *       "omschrijving": "privé",
         *       "referentie": "email-prive",
         *       "verificatieDatum": "2024-03-12"
         *     }
         */
        DigitaalAdres: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het digitale adres gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van dit digitale adres.
             */
            readonly url: string;
            /** @description De betrokkene die dit adres tijdens een klantcontact doorgaf. Wordt die betrokkene verwijderd, dan blijft het adres bestaan en wordt dit veld `null`. */
            verstrektDoorBetrokkene?: components["schemas"]["Referentie"] | null;
            /** @description De partij van wie dit adres is. Nodig om het adres tot standaardadres te maken; wordt de partij verwijderd, dan verdwijnt het adres mee. */
            verstrektDoorPartij?: components["schemas"]["Referentie"] | null;
            /** @description Het adres zelf. Bij soort `email` moet het een geldig e-mailadres zijn. Bij soort `telefoonnummer` zonder spaties: tien cijfers beginnend met 0 en een cijfer 1–9 (zoals `0612345678`), een `+` gevolgd door 9 tot 15 cijfers (zoals `+31612345678`) of `00` gevolgd door 7 tot 13 cijfers. Nummers die met 0800, 0900 of 140 beginnen, worden geweigerd; 088-nummers mogen wel. Bij `overig` gelden geen regels. Bij PATCH zonder `soortDigitaalAdres` telt de opgeslagen soort. */
            adres: string;
            /** @description Welk soort adres dit is; bepaalt de controle van `adres`. */
            soortDigitaalAdres: string & components["schemas"]["SoortDigitaalAdres"];
            /** @description Of dit het adres is dat de partij het liefst gebruikt voor deze soort. Kan alleen `true` zijn als `verstrektDoorPartij` gevuld is. Wie het op `true` zet, maakt daarmee de andere adressen van dezelfde partij en soort automatisch niet-standaard; de aanvraag wordt daarom niet geweigerd. */
            isStandaardAdres?: boolean;
            /** @description Korte toelichting voor mensen, bijvoorbeeld `privé` of `werk`. */
            omschrijving?: string;
            /** @description Een eigen sleutel van de afnemer (letters, cijfers, `-` en `_`), bijvoorbeeld om het adres in een ander systeem terug te vinden. Een lege tekst mag ook en is de waarde als er geen referentie is (daarom staat het patroon die toe). Een gevulde referentie komt per partij en soort maar één keer voor; een tweede geeft 400 (`nonFieldErrors`, code `unique`). Zonder partij geldt die beperking niet. */
            referentie?: string;
            /**
             * Format: date
             * @description De dag waarop is vastgesteld dat het adres werkt en van deze partij of betrokkene is. `null` (ook de beginwaarde) betekent: (nog) niet geverifieerd.
             */
            verificatieDatum?: string | null;
            /** @description De relaties die met de query-parameter `expand` gevraagd zijn, als volledige objecten. Alleen aanwezig als `expand` is meegestuurd. Diepere niveaus (`verstrektDoorBetrokkene.hadKlantcontact…`) staan in het `_expand` van de betrokkene. */
            readonly _expand?: {
                /** @description De volledige betrokkene die het adres doorgaf, of `null` als er geen is. */
                verstrektDoorBetrokkene?: components["schemas"]["Betrokkene"] | null;
            };
        };
        /**
         * @description Eén contact tussen de gemeente en een klant, via welk kanaal dan ook: een telefoongesprek, een baliebezoek, een e-mail of een chat. Wie erbij betrokken was, waar het over ging en wat eruit volgde, hangt eraan als aparte objecten; hier staan alleen de verwijzingen. Het contact kan niet tegelijk gelukt zijn (`indicatieContactGelukt`) en om verdere actie vragen (`verdereActieOndernomen`). Wie het klantcontact verwijdert, verwijdert ook zijn betrokkenen, onderwerpobjecten, bijlagen, interne taken en actorkoppelingen.
         * @example {
         *       "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *       "gingOverOnderwerpobjecten": [
         *         {
         *           "uuid": "8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/onderwerpobjecten/8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a"
         *         }
         *       ],
         *       "hadBetrokkenActoren": [
         *         {
         *           "uuid": "2c9e7a1b-5d4f-4e3a-8b6c-0f1e2d3c4b5a",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/2c9e7a1b-5d4f-4e3a-8b6c-0f1e2d3c4b5a",
         *           "naam": "Fatima el Amrani",
         *           "soortActor": "medewerker",
         *           "indicatieActief": true,
         *           "actoridentificator": {
         *             "objectId": "412",
         *             "codeObjecttype": "mdw",
         *             "codeRegister": "obj",
         *             "codeSoortObjectId": "idf"
         *           },
         *           "actorIdentificatie": {
         *             "functie": "Klantcontactmedewerker",
         *             "emailadres": "f.elamrani@gemeente.example.org",
         *             "telefoonnummer": "0201234567"
         *           }
         *         }
         *       ],
         *       "omvatteBijlagen": [
         *         {
         *           "uuid": "9a7c5e3b-1d2f-4a6b-8c0e-4f3a2b1c0d9e",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/bijlagen/9a7c5e3b-1d2f-4a6b-8c0e-4f3a2b1c0d9e"
         *         }
         *       ],
         *       "hadBetrokkenen": [
         *         {
         *           "uuid": "4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b"
         *         }
         *       ],
         *       "leiddeTotInterneTaken": [],
         *       "nummer": null,
         *       "referentienummer": "0000012345",
         *       "kanaal": "telefoon",
         *       "onderwerp": "Vraag over de aanvraag van een parkeervergunning",
         *       "inhoud": "Mevrouw wil weten wanneer zij een besluit op haar aanvraag kan verwachten.",
         *       "reactie": "Uitgelegd dat het besluit binnen acht weken na de aanvraag volgt.",
         *       "indicatieContactGelukt": true,
         *       "hoofdOnderwerpType": "https://catalogi.example.org/catalogi/api/v1/zaaktypen/1f2e3d4c-5b6a-4789-8a0b-c1d2e3f4a5b6",
         *       "verdereActieOndernomen": false,
         *       "taal": "nld",
         *       "vertrouwelijk": false,
         *       "plaatsgevondenOp": "2024-03-12T09:41:00Z",
         *       "metadata": {
         *         "bronsysteem": "klantcontactcentrum"
         *       }
         *     }
         */
        Klantcontact: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het klantcontact gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van dit klantcontact.
             */
            readonly url: string;
            /** @description De onderwerpobjecten die naar dit klantcontact verwijzen met hun veld `klantcontact`. Leg ze vast via `/onderwerpobjecten`. */
            readonly gingOverOnderwerpobjecten: components["schemas"]["Referentie"][];
            /** @description De medewerkers, afdelingen en geautomatiseerde actoren die namens de gemeente aan dit contact deelnamen, als volledige objecten (geen verwijzingen). Koppelen gaat via `/actorklantcontacten`. */
            readonly hadBetrokkenActoren: components["schemas"]["Actor"][];
            /** @description De bijlagen van dit klantcontact. Leg ze vast via `/bijlagen`. */
            readonly omvatteBijlagen: components["schemas"]["Referentie"][];
            /** @description De betrokkenen: de rol die een partij, of iemand die (nog) geen partij is, bij dit contact had. Leg ze vast via `/betrokkenen`. */
            readonly hadBetrokkenen: components["schemas"]["Referentie"][];
            /** @description Het werk voor de gemeente dat uit dit contact voortkwam. Leg het vast via `/internetaken`. */
            readonly leiddeTotInterneTaken: components["schemas"]["Referentie"][];
            /**
             * @deprecated
             * @description Oud kenmerk van het klantcontact: alleen cijfers, hooguit tien, uniek. De server bedenkt het niet zelf. Verouderd; gebruik `referentienummer`.
             */
            nummer?: string | null;
            /** @description Kenmerk waarmee het klantcontact te vinden is, door de client gekozen: alleen cijfers, hooguit tien, uniek over alle klantcontacten. */
            referentienummer?: string | null;
            /** @description Hoe het contact verliep, zoals `telefoon`, `e-mail` of `balie`. Vrije tekst, tenzij de beheerder controle tegen een lijst uit de Referentielijsten API heeft aangezet; dan moet het een code zijn die daar nu geldig is. */
            kanaal: string;
            /** @description Waar het contact in het kort over ging. */
            onderwerp: string;
            /** @description Wat de klant vroeg of meldde, in vrije tekst. */
            inhoud?: string;
            /** @description Het antwoord of de reactie van de gemeente, in vrije tekst. */
            reactie?: string;
            /** @description Of het contact tot stand kwam (bijvoorbeeld: de klant nam op). Leeg als dat niet is vastgelegd. Mag niet `true` zijn als `verdereActieOndernomen` ook `true` is. */
            indicatieContactGelukt?: boolean | null;
            /**
             * Format: uri
             * @description URL van het type van het hoofdonderwerp, bijvoorbeeld een zaaktype in de catalogus; een lege tekst mag ook.
             */
            hoofdOnderwerpType?: string;
            /**
             * @description Of er na dit contact nog iets moest gebeuren. Standaard `false`; kan niet samengaan met `indicatieContactGelukt: true`.
             * @default false
             */
            verdereActieOndernomen: boolean;
            /** @description De taal waarin het contact plaatsvond, als taalcode van twee of drie letters, zoals `nld`. De server controleert alleen de lengte. */
            taal: string;
            /** @description Of de inhoud van het contact alleen voor bevoegde medewerkers bedoeld is. */
            vertrouwelijk: boolean;
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond; zonder waarde neemt de server het moment van vastleggen.
             */
            plaatsgevondenOp?: string;
            /** @description Vrije extra gegevens van het systeem dat het contact vastlegde, als object met alleen tekstwaarden van hooguit 255 tekens. Zonder waarde wordt het een leeg object. */
            metadata?: {
                [key: string]: string;
            };
            /** @description De relaties die met `expand` zijn gevraagd, als volledige objecten. Alleen aanwezig als `expand` is meegegeven; een gevraagde lege lijst komt terug als `[]`. Dieper gevraagde relaties (`hadBetrokkenen.wasPartij`, `hadBetrokkenen.digitaleAdressen`) staan onder `_expand` van elke betrokkene. */
            readonly _expand?: {
                /** @description De betrokkenen bij dit contact, volledig. */
                readonly hadBetrokkenen?: components["schemas"]["Betrokkene"][];
                /** @description De interne taken die uit dit contact voortkwamen, volledig. */
                readonly leiddeTotInterneTaken?: components["schemas"]["InterneTaak"][];
                /** @description De onderwerpobjecten waar dit contact over ging, volledig. */
                readonly gingOverOnderwerpobjecten?: components["schemas"]["Onderwerpobject"][];
                /** @description De bijlagen van dit contact, volledig. */
                readonly omvatteBijlagen?: components["schemas"]["Bijlage"][];
            };
        };
        /**
         * @description Een betrokkene zoals `maak-klantcontact` hem ontvangt en teruggeeft: dezelfde velden als bij `/betrokkenen`, maar `hadKlantcontact` is hier alleen-lezen, want de server koppelt de betrokkene aan het klantcontact dat in dezelfde aanvraag ontstaat.
         * @example {
         *       "uuid": "4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b",
         *       "wasPartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "hadKlantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "digitaleAdressen": [],
         *       "contactnaam": {
         *         "voorletters": "A.",
         *         "voornaam": "Anouk",
         *         "voorvoegselAchternaam": "van den",
         *         "achternaam": "Berg"
         *       },
         *       "volledigeNaam": "Anouk van den Berg",
         *       "rol": "klant",
         *       "organisatienaam": "",
         *       "initiator": true
         *     }
         */
        BetrokkeneKlantcontactReadOnly: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de betrokkene gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze betrokkene.
             */
            readonly url: string;
            /** @description De partij die deze betrokkene is; leeg voor iemand die (nog) geen partij is. */
            wasPartij?: components["schemas"]["Referentie"] | null;
            /** @description Het nieuwe klantcontact; door de server ingevuld, een meegestuurde waarde telt niet. */
            readonly hadKlantcontact: components["schemas"]["Referentie"];
            /** @description De digitale adressen die deze betrokkene opgaf; koppelen gaat via `/digitaleadressen` met `verstrektDoorBetrokkene`. */
            readonly digitaleAdressen: components["schemas"]["Referentie"][];
            /** @description Het adres waar de betrokkene te bezoeken is, zoals opgegeven bij dit contact. */
            bezoekadres?: components["schemas"]["Adres"] | null;
            /** @description Het adres voor post aan de betrokkene, zoals opgegeven bij dit contact. */
            correspondentieadres?: components["schemas"]["Adres"] | null;
            /** @description De naam waarmee de betrokkene bij dit contact aangesproken wil worden. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description Voornaam, voorvoegsel en achternaam uit `contactnaam` achter elkaar, met één spatie ertussen en zonder voorletters; door de server samengesteld. */
            readonly volledigeNaam: string;
            /**
             * @description Of de betrokkene als klant of als vertegenwoordiger van de klant optrad.
             * @enum {string}
             */
            rol: "vertegenwoordiger" | "klant";
            /** @description De naam van de organisatie namens wie de betrokkene optrad, als die er is. */
            organisatienaam?: string;
            /** @description Of deze betrokkene het contact begon. */
            initiator: boolean;
        };
        /**
         * @description Een onderwerpobject zoals `maak-klantcontact` het ontvangt en teruggeeft: dezelfde velden als bij `/onderwerpobjecten`, maar `klantcontact` is hier alleen-lezen, want de server koppelt het aan het klantcontact dat in dezelfde aanvraag ontstaat. `wasKlantcontact` mag wel worden meegestuurd.
         * @example {
         *       "uuid": "8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/onderwerpobjecten/8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *       "klantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "onderwerpobjectidentificator": {
         *         "objectId": "7b3e9c1d-2a4f-4b6e-8d0c-5f1a3e2b4c6d",
         *         "codeObjecttype": "zaak",
         *         "codeRegister": "open-zaak",
         *         "codeSoortObjectId": "uuid"
         *       }
         *     }
         */
        OnderwerpobjectKlantcontactReadOnly: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het onderwerpobject gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van dit onderwerpobject.
             */
            readonly url: string;
            /** @description Het nieuwe klantcontact; door de server ingevuld, een meegestuurde waarde telt niet. */
            readonly klantcontact: components["schemas"]["Referentie"] | null;
            /** @description Een eerder klantcontact dat zelf het onderwerp is, bijvoorbeeld bij een terugbelverzoek. */
            wasKlantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Welk object in welk register het onderwerp is. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        /**
         * @description Body en antwoord van `POST /maak-klantcontact`: een klantcontact, met zo nodig één betrokkene en één onderwerpobject die de server aan dat klantcontact koppelt. Het antwoord bevat de vastgelegde delen; een deel dat niet werd meegestuurd, ontbreekt (het gepubliceerde contract van de referentie kent hier geen `null`).
         * @example {
         *       "klantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "gingOverOnderwerpobjecten": [
         *           {
         *             "uuid": "8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *             "url": "https://klantinteracties.example.org/klantinteracties/api/v1/onderwerpobjecten/8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a"
         *           }
         *         ],
         *         "hadBetrokkenActoren": [],
         *         "omvatteBijlagen": [],
         *         "hadBetrokkenen": [
         *           {
         *             "uuid": "4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b",
         *             "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b"
         *           }
         *         ],
         *         "leiddeTotInterneTaken": [],
         *         "nummer": null,
         *         "referentienummer": null,
         *         "kanaal": "webformulier",
         *         "onderwerp": "Melding overlast",
         *         "inhoud": "Al een week staat er afval naast de container in de Dorpsstraat.",
         *         "reactie": "",
         *         "indicatieContactGelukt": null,
         *         "hoofdOnderwerpType": "https://catalogi.example.org/catalogi/api/v1/zaaktypen/0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
         *         "verdereActieOndernomen": false,
         *         "taal": "nld",
         *         "vertrouwelijk": false,
         *         "plaatsgevondenOp": "2024-03-12T14:05:00Z",
         *         "metadata": {}
         *       },
         *       "betrokkene": {
         *         "uuid": "4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/4b6d8f0a-2c1e-4d3f-9a5b-7c6e8d0f1a2b",
         *         "wasPartij": {
         *           "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *         },
         *         "hadKlantcontact": {
         *           "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *         },
         *         "digitaleAdressen": [],
         *         "contactnaam": {
         *           "voorletters": "A.",
         *           "voornaam": "Anouk",
         *           "voorvoegselAchternaam": "van den",
         *           "achternaam": "Berg"
         *         },
         *         "volledigeNaam": "Anouk van den Berg",
         *         "rol": "klant",
         *         "organisatienaam": "",
         *         "initiator": true
         *       },
         *       "onderwerpobject": {
         *         "uuid": "8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/onderwerpobjecten/8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *         "klantcontact": {
         *           "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *         },
         *         "onderwerpobjectidentificator": {
         *           "objectId": "7b3e9c1d-2a4f-4b6e-8d0c-5f1a3e2b4c6d",
         *           "codeObjecttype": "zaak",
         *           "codeRegister": "open-zaak",
         *           "codeSoortObjectId": "uuid"
         *         }
         *       }
         *     }
         */
        MaakKlantcontact: {
            /** @description Het klantcontact dat wordt vastgelegd. In het antwoord noemen `hadBetrokkenen` en `gingOverOnderwerpobjecten` al de nieuwe betrokkene en het nieuwe onderwerpobject. */
            klantcontact: components["schemas"]["Klantcontact"];
            /** @description Optioneel een betrokkene bij het nieuwe klantcontact; gebruik `wasPartij` om een partij te koppelen. */
            betrokkene?: components["schemas"]["BetrokkeneKlantcontactReadOnly"];
            /** @description Optioneel een onderwerpobject waar het nieuwe klantcontact over ging. */
            onderwerpobject?: components["schemas"]["OnderwerpobjectKlantcontactReadOnly"];
        };
        /**
         * @description In welke hoedanigheid iemand bij een klantcontact betrokken was: als `klant` zelf, of als `vertegenwoordiger` die namens een klant optrad.
         * @enum {string}
         */
        Rol: "vertegenwoordiger" | "klant";
        /**
         * @description Iemand die bij één klantcontact betrokken was, met de rol die hij daarin had en de naam- en adresgegevens zoals die bij dat contact zijn opgegeven. Hoort bij precies één klantcontact en verdwijnt als dat klantcontact (of de gekoppelde partij) verwijderd wordt.
         * @example {
         *       "uuid": "2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34",
         *       "wasPartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "hadKlantcontact": {
         *         "uuid": "7e1b3d5f-9a2c-4e6b-8d0f-1a3c5e7b9d2f",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/7e1b3d5f-9a2c-4e6b-8d0f-1a3c5e7b9d2f"
         *       },
         *       "digitaleAdressen": [
         *         {
         *           "uuid": "8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/digitaleadressen/8d4f2a6b-1c3e-4b5d-a7f9-0e2c4a6b8d1f"
         *         }
         *       ],
         *       "bezoekadres": {
         *         "nummeraanduidingId": "0363200000218908",
         *         "straatnaam": "Amstel",
         *         "huisnummer": 1,
         *         "huisnummertoevoeging": "",
         *         "stad": "Amsterdam",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       },
         *       "correspondentieadres": null,
         *       "contactnaam": {
         *         "voorletters": "J.",
         *         "voornaam": "Jan",
         *         "voorvoegselAchternaam": "de",
         *         "achternaam": "Vries"
         *       },
         *       "volledigeNaam": "Jan de Vries",
         *       "rol": "klant",
         *       "organisatienaam": "",
         *       "initiator": true
         *     }
         */
        Betrokkene: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de betrokkene gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze betrokkene.
             */
            readonly url: string;
            /** @description De bekende partij die deze betrokkene was. Blijft leeg als de persoon of organisatie niet als partij bekend is; `null` maakt de koppeling los. */
            wasPartij?: components["schemas"]["Referentie"] | null;
            /** @description Het klantcontact waarbij deze betrokkene hoorde. Verplicht. */
            hadKlantcontact: components["schemas"]["Referentie"];
            /** @description De digitale adressen die deze betrokkene doorgaf. Alleen te lezen: een adres koppel je aan een betrokkene via `verstrektDoorBetrokkene` op het digitale adres. */
            readonly digitaleAdressen: components["schemas"]["Referentie"][];
            /** @description Het adres waar de betrokkene te bezoeken is, zoals opgegeven bij dit contact. */
            bezoekadres?: components["schemas"]["Adres"] | null;
            /** @description Het adres waarheen post voor de betrokkene moet, zoals opgegeven bij dit contact. */
            correspondentieadres?: components["schemas"]["Adres"] | null;
            /** @description De naam waarmee de betrokkene aangesproken wil worden. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description Door de server samengesteld uit voornaam, voorvoegsel en achternaam van de contactnaam, met één spatie ertussen en lege delen overgeslagen. Voorletters tellen niet mee. */
            readonly volledigeNaam: string;
            /** @description Of de betrokkene klant was of namens een klant optrad. */
            rol: string & components["schemas"]["Rol"];
            /** @description De naam van de organisatie waarvoor of namens welke de betrokkene contact had. */
            organisatienaam?: string;
            /** @description Of deze betrokkene het contact begon. De server controleert niet of er per klantcontact maar één initiator is. */
            initiator: boolean;
            /** @description De relaties die met de query-parameter `expand` gevraagd zijn, als volledige objecten. Alleen aanwezig als `expand` is meegestuurd. */
            readonly _expand?: {
                /** @description De volledige digitale adressen die deze betrokkene doorgaf; `[]` als er geen zijn. */
                readonly digitaleAdressen?: components["schemas"]["DigitaalAdres"][];
                /** @description Het volledige klantcontact van deze betrokkene. Alleen aanwezig bij een betrokkene die zelf onder `_expand` staat en daar met een dieper pad gevraagd is (`betrokkenen.hadKlantcontact` bij een partij, `verstrektDoorBetrokkene.hadKlantcontact` bij een digitaal adres). */
                readonly hadKlantcontact?: components["schemas"]["Klantcontact"];
                /** @description De volledige partij van deze betrokkene, of `null` als er geen is. Alleen aanwezig bij een betrokkene onder `_expand` van een klantcontact, gevraagd met `hadBetrokkenen.wasPartij`. */
                readonly wasPartij?: Omit<components["schemas"]["Partij"], "soortPartij"> | null;
            };
        };
        /**
         * @description Iets waar een klantcontact over ging, aangeduid met een identificator in een ander register: een zaak, een product, een aanvraag. `klantcontact` is het contact dat erover ging; `wasKlantcontact` gebruik je als het onderwerp zelf een eerder klantcontact is, bijvoorbeeld bij een vervolggesprek.
         * @example {
         *       "uuid": "8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/onderwerpobjecten/8e4a1f6c-3b2d-4c5e-a7f9-1d0b2c3e4f5a",
         *       "klantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "onderwerpobjectidentificator": {
         *         "objectId": "7b3e9c1d-2a4f-4b6e-8d0c-5f1a3e2b4c6d",
         *         "codeObjecttype": "zaak",
         *         "codeRegister": "open-zaak",
         *         "codeSoortObjectId": "uuid"
         *       }
         *     }
         */
        Onderwerpobject: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het onderwerpobject gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van dit onderwerpobject.
             */
            readonly url: string;
            /** @description Het klantcontact dat over dit object ging. */
            klantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Het klantcontact dat zelf het onderwerp is, als het onderwerp een eerder contact was. */
            wasKlantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Welk object in welk register het onderwerp is; wordt als geheel geschreven of met `null` leeggemaakt. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        /**
         * @description Vier vrije teksten die samen een object in een ander register aanwijzen. De server controleert ze niet; alle vier zijn optioneel. Een zaak uit Open Zaak is bijvoorbeeld objecttype `zaak`, register `open-zaak`, soort `uuid` met de uuid van de zaak.
         * @example {
         *       "objectId": "7b3e9c1d-2a4f-4b6e-8d0c-5f1a3e2b4c6d",
         *       "codeObjecttype": "zaak",
         *       "codeRegister": "open-zaak",
         *       "codeSoortObjectId": "uuid"
         *     }
         */
        Onderwerpobjectidentificator: {
            /** @description De waarde waarmee het object in zijn register bekend is. */
            objectId?: string;
            /** @description Wat voor object het is, zoals `zaak` of `product`. */
            codeObjecttype?: string;
            /** @description Het register of systeem waarin het object staat, zoals `open-zaak`. */
            codeRegister?: string;
            /** @description Wat voor waarde `objectId` is, zoals `uuid` of `zaaknummer`. */
            codeSoortObjectId?: string;
        };
        /**
         * @description Het antwoord op verwijderen met `cascade=true`.
         * @example {
         *       "behouden": [
         *         "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       ]
         *     }
         */
        OnderwerpobjectDeleteResponse: {
            /** @description De volledige URL's van de gekoppelde klantcontacten die niet zijn verwijderd, omdat nog een ander onderwerpobject ernaar verwijst. Leeg als alles is opgeruimd. */
            behouden: string[];
        };
        /**
         * @description Een document of ander object dat bij een klantcontact hoort, zoals een foto bij een melding of een brief die de klant stuurde. Het object zelf staat in een ander register; de bijlage wijst het aan.
         * @example {
         *       "uuid": "9a7c5e3b-1d2f-4a6b-8c0e-4f3a2b1c0d9e",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/bijlagen/9a7c5e3b-1d2f-4a6b-8c0e-4f3a2b1c0d9e",
         *       "wasBijlageVanKlantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "bijlageidentificator": {
         *         "objectId": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *         "codeObjecttype": "DOCUMENT",
         *         "codeRegister": "open-zaak",
         *         "codeSoortObjectId": "uuid"
         *       }
         *     }
         */
        Bijlage: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de bijlage gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze bijlage.
             */
            readonly url: string;
            /** @description Het klantcontact waar deze bijlage bij hoort. */
            wasBijlageVanKlantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Welk object in welk register de bijlage is; wordt als geheel geschreven of met `null` leeggemaakt. */
            bijlageidentificator?: components["schemas"]["BijlageIdentificator"] | null;
        };
        /**
         * @description Vier vrije teksten die samen het object van de bijlage in een ander register aanwijzen. De server controleert ze niet; alle vier zijn optioneel.
         * @example {
         *       "objectId": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *       "codeObjecttype": "DOCUMENT",
         *       "codeRegister": "open-zaak",
         *       "codeSoortObjectId": "uuid"
         *     }
         */
        BijlageIdentificator: {
            /** @description De waarde waarmee het object in zijn register bekend is, zoals de uuid van een document. */
            objectId?: string;
            /** @description Wat voor object het is, zoals `DOCUMENT`. */
            codeObjecttype?: string;
            /** @description Het register of systeem waarin het object staat, zoals `open-zaak`. */
            codeRegister?: string;
            /** @description Wat voor waarde `objectId` is, zoals `uuid`. */
            codeSoortObjectId?: string;
        };
        /**
         * @description De soort actor: een mens die bij de gemeente werkt (`medewerker`), een systeem dat zelf handelt, zoals een chatbot (`geautomatiseerde_actor`), of een afdeling of team (`organisatorische_eenheid`).
         * @enum {string}
         */
        SoortActor: "medewerker" | "geautomatiseerde_actor" | "organisatorische_eenheid";
        /**
         * @description Vier vrije teksten die de actor aanwijzen in een ander systeem, bijvoorbeeld het personeelsregister. Alle vier zijn optioneel en de server controleert ze niet.
         * @example {
         *       "objectId": "100234",
         *       "codeObjecttype": "medewerker",
         *       "codeRegister": "personeelsadministratie",
         *       "codeSoortObjectId": "personeelsnummer"
         *     }
         */
        Actoridentificator: {
            /** @description De waarde waarmee de actor in dat systeem bekend is, zoals een personeelsnummer. */
            objectId?: string;
            /** @description Wat voor object de actor daar is, zoals `medewerker`. */
            codeObjecttype?: string;
            /** @description Het systeem of register waarin de actor zo bekend is. */
            codeRegister?: string;
            /** @description Wat voor waarde `objectId` is, zoals `personeelsnummer`. */
            codeSoortObjectId?: string;
        };
        /**
         * @description Gegevens van een medewerker, voor een actor van soort `medewerker`.
         * @example {
         *       "functie": "Klantcontactmedewerker",
         *       "emailadres": "j.jansen@gemeente.example.nl",
         *       "telefoonnummer": "0201234567"
         *     }
         */
        MedewerkerIdentificatie: {
            /** @description De functie van de medewerker, zoals "klantcontactmedewerker". */
            functie: string;
            /**
             * Format: email
             * @description Het e-mailadres waarop de medewerker te bereiken is.
             */
            emailadres?: string;
            /** @description Het telefoonnummer van de medewerker, zonder spaties of streepjes: tien cijfers die met `0` beginnen (geen `00`), of internationaal met `+` of `00` ervoor. */
            telefoonnummer: string;
        };
        /**
         * @description Gegevens van een systeem dat namens de gemeente handelt, voor een actor van soort `geautomatiseerde_actor`.
         * @example {
         *       "functie": "Chatbot",
         *       "omschrijving": "Beantwoordt vragen over afvalinzameling op de website."
         *     }
         */
        GeautomatiseerdeActorIdentificatie: {
            /** @description Wat het systeem doet, zoals "chatbot" of "formulierverwerking". */
            functie: string;
            /** @description Een toelichting op het systeem in een paar woorden. */
            omschrijving?: string;
        };
        /**
         * @description Gegevens van een afdeling, team of andere eenheid, voor een actor van soort `organisatorische_eenheid`.
         * @example {
         *       "omschrijving": "Behandelt aanvragen voor bijzondere bijstand.",
         *       "emailadres": "inkomen@gemeente.example.nl",
         *       "faxnummer": "",
         *       "telefoonnummer": "0207654321"
         *     }
         */
        OrganisatorischeEenheidIdentificatie: {
            /** @description Wat de eenheid doet of waar ze over gaat. */
            omschrijving?: string;
            /**
             * Format: email
             * @description Het algemene e-mailadres van de eenheid.
             */
            emailadres?: string;
            /** @description Het faxnummer van de eenheid; de server controleert de vorm niet. */
            faxnummer?: string;
            /** @description Het algemene telefoonnummer van de eenheid; optioneel, maar als het er is gelden dezelfde vormregels als voor een medewerker. */
            telefoonnummer?: string;
        };
        /** @description De velden die elke actor heeft, ongeacht zijn soort. Wordt niet los gebruikt: een actor is altijd `ActorMedewerker`, `ActorGeautomatiseerd` of `ActorOrganisatorischeEenheid`. */
        ActorBasis: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de actor gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze actor.
             */
            readonly url: string;
            /** @description De naam van de medewerker, het systeem of de afdeling, zoals klanten en collega's die kennen. */
            naam: string;
            /** @description De soort actor. Bepaalt de vorm van `actorIdentificatie`; met `PUT` kan een actor van soort wisselen. */
            soortActor: string & components["schemas"]["SoortActor"];
            /** @description Of de actor nog in gebruik is; zonder waarde wordt dat `true`. Let op: de server houdt een niet-actieve actor niet tegen bij nieuwe klantcontacten of taken. */
            indicatieActief?: boolean;
            /** @description Waar de actor in een ander systeem te vinden is; wordt als geheel geschreven of met `null` leeggemaakt. */
            actoridentificator?: components["schemas"]["Actoridentificator"] | null;
        };
        /**
         * @description Een actor van soort `medewerker`, dus iemand die bij of voor de gemeente werkt.
         * @example {
         *       "uuid": "8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *       "naam": "Jeroen Jansen",
         *       "soortActor": "medewerker",
         *       "indicatieActief": true,
         *       "actoridentificator": {
         *         "objectId": "100234",
         *         "codeObjecttype": "medewerker",
         *         "codeRegister": "personeelsadministratie",
         *         "codeSoortObjectId": "personeelsnummer"
         *       },
         *       "actorIdentificatie": {
         *         "functie": "Klantcontactmedewerker",
         *         "emailadres": "j.jansen@gemeente.example.nl",
         *         "telefoonnummer": "0201234567"
         *       }
         *     }
         */
        ActorMedewerker: components["schemas"]["ActorBasis"] & {
            /**
             * @description Altijd `medewerker` voor deze soort actor.
             * @enum {string}
             */
            soortActor: "medewerker";
            /** @description Functie en bereikbaarheid van de medewerker. */
            actorIdentificatie?: components["schemas"]["MedewerkerIdentificatie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "medewerker";
        };
        /**
         * @description Een actor van soort `geautomatiseerde_actor`, dus een systeem dat zelfstandig namens de gemeente handelt.
         * @example {
         *       "uuid": "2e4f6a8c-0b1d-4e3f-9a5b-7c9d1e3f5a7b",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/2e4f6a8c-0b1d-4e3f-9a5b-7c9d1e3f5a7b",
         *       "naam": "Afvalwijzer-chatbot",
         *       "soortActor": "geautomatiseerde_actor",
         *       "indicatieActief": true,
         *       "actoridentificator": null,
         *       "actorIdentificatie": {
         *         "functie": "Chatbot",
         *         "omschrijving": "Beantwoordt vragen over afvalinzameling op de website."
         *       }
         *     }
         */
        ActorGeautomatiseerd: components["schemas"]["ActorBasis"] & {
            /**
             * @description Altijd `geautomatiseerde_actor` voor deze soort actor.
             * @enum {string}
             */
            soortActor: "geautomatiseerde_actor";
            /** @description Wat het systeem doet. */
            actorIdentificatie?: components["schemas"]["GeautomatiseerdeActorIdentificatie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "geautomatiseerde_actor";
        };
        /**
         * @description Een actor van soort `organisatorische_eenheid`, dus een afdeling, team of andere eenheid van de gemeente.
         * @example {
         *       "uuid": "5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d",
         *       "naam": "Team Inkomen",
         *       "soortActor": "organisatorische_eenheid",
         *       "indicatieActief": true,
         *       "actoridentificator": null,
         *       "actorIdentificatie": {
         *         "omschrijving": "Behandelt aanvragen voor bijzondere bijstand.",
         *         "emailadres": "inkomen@gemeente.example.nl",
         *         "faxnummer": "",
         *         "telefoonnummer": "0207654321"
         *       }
         *     }
         */
        ActorOrganisatorischeEenheid: components["schemas"]["ActorBasis"] & {
            /**
             * @description Altijd `organisatorische_eenheid` voor deze soort actor.
             * @enum {string}
             */
            soortActor: "organisatorische_eenheid";
            /** @description Waar de eenheid over gaat en hoe ze bereikbaar is. */
            actorIdentificatie?: components["schemas"]["OrganisatorischeEenheidIdentificatie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "organisatorische_eenheid";
        };
        /**
         * @description Een medewerker, geautomatiseerde actor of organisatorische eenheid die namens de gemeente aan klantcontacten deelneemt of interne taken krijgt. `soortActor` zegt welke van de drie het is en daarmee welke vorm `actorIdentificatie` heeft; de overige velden zijn voor alle soorten gelijk.
         * @example {
         *       "uuid": "8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *       "naam": "Jeroen Jansen",
         *       "soortActor": "medewerker",
         *       "indicatieActief": true,
         *       "actoridentificator": {
         *         "objectId": "100234",
         *         "codeObjecttype": "medewerker",
         *         "codeRegister": "personeelsadministratie",
         *         "codeSoortObjectId": "personeelsnummer"
         *       },
         *       "actorIdentificatie": {
         *         "functie": "Klantcontactmedewerker",
         *         "emailadres": "j.jansen@gemeente.example.nl",
         *         "telefoonnummer": "0201234567"
         *       }
         *     }
         */
        Actor: components["schemas"]["ActorMedewerker"] | components["schemas"]["ActorGeautomatiseerd"] | components["schemas"]["ActorOrganisatorischeEenheid"];
        /**
         * @description Een gedeeltelijke actor voor PATCH: geen enkel veld is verplicht en alleen de meegestuurde velden veranderen. Stuur `soortActor` mee als je `actorIdentificatie` wijzigt; die moet dan de vorm hebben die bij de soort hoort.
         * @example {
         *       "soortActor": "medewerker",
         *       "actorIdentificatie": {
         *         "functie": "Teamleider klantcontact",
         *         "emailadres": "j.jansen@gemeente.example.nl",
         *         "telefoonnummer": "+31201234567"
         *       }
         *     }
         */
        PatchedActor: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de actor gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze actor.
             */
            readonly url?: string;
            /** @description De naam van de medewerker, het systeem of de afdeling, zoals klanten en collega's die kennen. */
            naam?: string;
            /** @description De soort actor. Bepaalt de vorm van `actorIdentificatie`; met `PUT` kan een actor van soort wisselen. */
            soortActor?: string & components["schemas"]["SoortActor"];
            /** @description Of de actor nog in gebruik is; zonder waarde wordt dat `true`. Let op: de server houdt een niet-actieve actor niet tegen bij nieuwe klantcontacten of taken. */
            indicatieActief?: boolean;
            /** @description Waar de actor in een ander systeem te vinden is; wordt als geheel geschreven of met `null` leeggemaakt. */
            actoridentificator?: components["schemas"]["Actoridentificator"] | null;
            /** @description De nieuwe identificatie als geheel, in de vorm die bij `soortActor` hoort: functie en bereikbaarheid voor een medewerker, de functie van een systeem, of de gegevens van een afdeling. */
            actorIdentificatie?: components["schemas"]["MedewerkerIdentificatie"] | components["schemas"]["GeautomatiseerdeActorIdentificatie"] | components["schemas"]["OrganisatorischeEenheidIdentificatie"];
        };
        /**
         * @description Legt vast dat een actor (medewerker, systeem of afdeling) namens de gemeente aan een klantcontact deelnam. Een actor kan aan veel contacten deelnemen en een contact kan meerdere actoren hebben, maar elk paar komt maar één keer voor. Verdwijnt de actor of het klantcontact, dan verdwijnt de koppeling mee.
         * @example {
         *       "uuid": "6b8d0f2a-4c6e-4a8b-9d1f-3b5d7f9a1c3e",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actorklantcontacten/6b8d0f2a-4c6e-4a8b-9d1f-3b5d7f9a1c3e",
         *       "actor": {
         *         "uuid": "8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f"
         *       },
         *       "klantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       }
         *     }
         */
        ActorKlantcontact: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de koppeling gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze koppeling.
             */
            readonly url: string;
            /** @description De actor die aan het klantcontact deelnam. */
            actor: components["schemas"]["Referentie"];
            /** @description Het klantcontact waaraan de actor deelnam. */
            klantcontact: components["schemas"]["Referentie"];
        };
        /**
         * @description Hoe ver de taak is: er moet nog iets mee gebeuren (`te_verwerken`) of ze is afgerond (`verwerkt`).
         * @enum {string}
         */
        InterneTaakStatus: "te_verwerken" | "verwerkt";
        /**
         * @description Een opdracht binnen de gemeente die uit een klantcontact voortkomt, bijvoorbeeld de klant terugbellen of een vraag uitzoeken, toegewezen aan een of meer actoren. Verdwijnt het klantcontact, dan verdwijnt de taak mee; verdwijnt een actor, dan blijft de taak bestaan zonder die toewijzing.
         * @example {
         *       "uuid": "1f3a5c7e-9b0d-4f2a-8c4e-6a8c0e2f4a6b",
         *       "url": "https://klantinteracties.example.org/klantinteracties/api/v1/internetaken/1f3a5c7e-9b0d-4f2a-8c4e-6a8c0e2f4a6b",
         *       "nummer": null,
         *       "referentienummer": "0000000042",
         *       "gevraagdeHandeling": "Klant terugbellen over de aanvraag bijzondere bijstand",
         *       "aanleidinggevendKlantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "toegewezenAanActor": {
         *         "uuid": "5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d"
         *       },
         *       "toegewezenAanActoren": [
         *         {
         *           "uuid": "5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d"
         *         },
         *         {
         *           "uuid": "8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f"
         *         }
         *       ],
         *       "toelichting": "Mevrouw is op werkdagen na 14.00 uur bereikbaar.",
         *       "status": "verwerkt",
         *       "toegewezenOp": "2024-03-04T09:15:00Z",
         *       "afgehandeldOp": "2024-03-05T13:40:00Z"
         *     }
         */
        InterneTaak: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de taak gaf.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Volledige URL van deze taak.
             */
            readonly url: string;
            /**
             * @deprecated
             * @description Een nummer dat de afnemer aan de taak gaf: alleen cijfers, hoogstens tien, en uniek. De server bedenkt het niet meer zelf. Verouderd: gebruik `referentienummer`.
             */
            nummer?: string | null;
            /** @description Het nummer waaronder de afnemer de taak kent: alleen cijfers, hoogstens tien, en uniek over alle interne taken. Een nummer dat al bestaat geeft een 400. */
            referentienummer?: string | null;
            /** @description Wat er moet gebeuren, kort gezegd, zoals "Klant terugbellen over de aanvraag". */
            gevraagdeHandeling: string;
            /** @description Het klantcontact waaruit de taak voortkwam. */
            aanleidinggevendKlantcontact: components["schemas"]["Referentie"];
            /**
             * @deprecated
             * @description Verouderd: één actor aan wie de taak is toegewezen. In antwoorden staat hier de eerste actor uit `toegewezenAanActoren`. Schrijf je dit veld, dan laat je `toegewezenAanActoren` weg; de taak heeft daarna alleen deze ene actor.
             */
            toegewezenAanActor?: components["schemas"]["Referentie"];
            /** @description De actoren die de taak moeten uitvoeren, in de volgorde waarin ze zijn meegestuurd. Bij POST en PUT staat precies één van dit veld en `toegewezenAanActor` in de body; meesturen vervangt de hele toewijzing. */
            toegewezenAanActoren?: components["schemas"]["Referentie"][];
            /** @description Meer uitleg bij de gevraagde handeling voor wie de taak uitvoert. */
            toelichting?: string;
            /** @description Of de taak nog openstaat of is afgerond. Bepaalt wat er met `afgehandeldOp` gebeurt. */
            status: string & components["schemas"]["InterneTaakStatus"];
            /**
             * Format: date-time
             * @description Wanneer de taak werd aangemaakt en toegewezen; door de server ingevuld en niet te wijzigen.
             */
            readonly toegewezenOp: string;
            /**
             * Format: date-time
             * @description Wanneer de taak is afgerond. Alleen toegestaan als de status (zoals meegestuurd, of anders zoals opgeslagen) `verwerkt` is; bij `te_verwerken` geeft een waarde een 400. Wordt de taak met `verwerkt` opgeslagen zonder dit tijdstip, dan vult de server het huidige moment in; een zelf meegegeven tijdstip blijft staan. Gaat de status terug naar `te_verwerken`, dan maakt de server het veld weer leeg.
             */
            afgehandeldOp?: string | null;
        };
        /** @description Eén pagina partijen. */
        PaginatedPartijList: {
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
            /** @description De partijen op deze pagina. */
            results: components["schemas"]["Partij"][];
        };
        /**
         * @description Een gedeeltelijke PartijIdentificator: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "uuid": "5c2e8f14-7a3b-4d6e-9f01-2b4c6d8e0a13",
         *       "identificeerdePartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "anderePartijIdentificator": "",
         *       "partijIdentificator": {
         *         "codeRegister": "brp",
         *         "codeSoortObjectId": "bsn",
         *         "objectId": "111222333",
         *         "codeObjecttype": "natuurlijk_persoon"
         *       }
         *     }
         */
        PatchedPartijIdentificator: {
            /**
             * Format: uuid
             * @description De identificatie van de identificator. Anders dan bij andere objecten mag je dit veld meesturen: genest in een partij wijst een bekende `uuid` een bestaande identificator aan die dan wordt bijgewerkt; zonder `uuid` ontstaat een nieuwe.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze partij-identificator.
             */
            readonly url?: string;
            /** @description De partij die met dit nummer wordt aangeduid; `null` als de identificator (nog) bij geen partij hoort. Niet meesturen wanneer de identificator genest in een partij staat: de server vult het dan zelf in, en een meegestuurde waarde geeft een 400. */
            identificeerdePartij?: components["schemas"]["Referentie"] | null;
            /**
             * @deprecated
             * @description Vrije identificatie voor sleutels buiten de bekende registers. Verouderd en niet meer in gebruik; gebruik `partijIdentificator`.
             */
            anderePartijIdentificator?: string;
            /** @description Het register, het soort object, het soort nummer en het nummer zelf. */
            partijIdentificator?: components["schemas"]["PartijIdentificatorGroep"];
            /** @description De identificator waaronder deze valt. Verplicht voor een vestigingsnummer, en dan moet hij naar een KvK-nummer wijzen (van dezelfde partij, een andere partij of geen partij); voor de andere soorten blijft hij meestal `null`. Een identificator kan niet onder zichzelf vallen. */
            subIdentificatorVan?: components["schemas"]["Referentie"] | null;
        };
        /** @description Eén pagina partij-identificatoren. */
        PaginatedPartijIdentificatorList: {
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
            /** @description De partij-identificatoren op deze pagina. */
            results: components["schemas"]["PartijIdentificator"][];
        };
        /**
         * @description Een gedeeltelijke Vertegenwoordiging: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "vertegenwoordigendePartij": {
         *         "uuid": "7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/7b3e5d91-0f4c-4a2b-8e6d-1c9f3a5b7d20"
         *       },
         *       "vertegenwoordigdePartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       }
         *     }
         */
        PatchedVertegenwoordiging: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de vertegenwoordiging gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze vertegenwoordiging.
             */
            readonly url?: string;
            /** @description De partij die namens de ander optreedt, bijvoorbeeld een curator of bewindvoerder. */
            vertegenwoordigendePartij?: components["schemas"]["Referentie"];
            /** @description De partij voor wie wordt opgetreden; mag niet dezelfde zijn als `vertegenwoordigendePartij`. */
            vertegenwoordigdePartij?: components["schemas"]["Referentie"];
        };
        /** @description Eén pagina vertegenwoordigingen. */
        PaginatedVertegenwoordigingList: {
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
            /** @description De vertegenwoordigingen op deze pagina. */
            results: components["schemas"]["Vertegenwoordiging"][];
        };
        /**
         * @description Een gedeeltelijke Categorie: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "naam": "Ondernemer"
         *     }
         */
        PatchedCategorie: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de categorie gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze categorie.
             */
            readonly url?: string;
            /** @description De naam van de categorie. */
            naam?: string;
        };
        /** @description Eén pagina categorieën. */
        PaginatedCategorieList: {
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
            /** @description De categorieën op deze pagina. */
            results: components["schemas"]["Categorie"][];
        };
        /**
         * @description Een gedeeltelijke CategorieRelatie: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "partij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "categorie": {
         *         "uuid": "6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/categorieen/6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *         "naam": "Ondernemer"
         *       },
         *       "beginDatum": "2024-01-15",
         *       "eindDatum": null
         *     }
         */
        PatchedCategorieRelatie: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de relatie gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze relatie.
             */
            readonly url?: string;
            /** @description De partij die in de categorie valt. */
            partij?: components["schemas"]["Referentie"] | null;
            /** @description De categorie waarin de partij valt. */
            categorie?: components["schemas"]["CategorieReferentie"] | null;
            /**
             * Format: date
             * @description Vanaf wanneer de partij in de categorie valt; zonder waarde wordt dat de dag van vastleggen.
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description Tot wanneer de partij in de categorie viel; leeg zolang dat nog zo is.
             */
            eindDatum?: string | null;
        };
        /** @description Eén pagina categorierelaties. */
        PaginatedCategorieRelatieList: {
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
            /** @description De categorierelaties op deze pagina. */
            results: components["schemas"]["CategorieRelatie"][];
        };
        /**
         * @description Een gedeeltelijke Rekeningnummer: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "partij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "iban": "NL91ABNA0417164300",
         *       "bic": "ABNANL2A"
         *     }
         */
        PatchedRekeningnummer: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het rekeningnummer gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van dit rekeningnummer.
             */
            readonly url?: string;
            /** @description De partij van wie de rekening is. Mag leeg blijven; `null` maakt de koppeling los. */
            partij?: components["schemas"]["Referentie"] | null;
            /** @description Het internationale rekeningnummer: twee letters voor het land, twee controlecijfers en daarna hoogstens dertig letters of cijfers, zonder spaties. De server toetst alleen deze vorm, niet de controlecijfers (geen modulo-97-proef) en niet de lengte per land. */
            iban?: string;
            /** @description De code van de bank (BIC): acht tot elf tekens zonder witruimte, of een lege tekst als die niet bekend is (zo komt een rekeningnummer zonder BIC ook terug). */
            bic?: string;
        };
        /** @description Eén pagina rekeningnummers. */
        PaginatedRekeningnummerList: {
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
            /** @description De rekeningnummers op deze pagina. */
            results: components["schemas"]["Rekeningnummer"][];
        };
        /**
         * @description Een gedeeltelijke DigitaalAdres: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "verstrektDoorBetrokkene": {
         *         "uuid": "2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/betrokkenen/2a9c7e15-4b3d-4f8a-b6e2-9d1c0f7a5e34"
         *       },
         *       "verstrektDoorPartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "adres": "jan.devries@example.nl",
         *       "soortDigitaalAdres": "email",
         *       "isStandaardAdres": true,
         *       "omschrijving": "privé",
         *       "referentie": "email-prive",
         *       "verificatieDatum": "2024-03-12"
         *     }
         */
        PatchedDigitaalAdres: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het digitale adres gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van dit digitale adres.
             */
            readonly url?: string;
            /** @description De betrokkene die dit adres tijdens een klantcontact doorgaf. Wordt die betrokkene verwijderd, dan blijft het adres bestaan en wordt dit veld `null`. */
            verstrektDoorBetrokkene?: components["schemas"]["Referentie"] | null;
            /** @description De partij van wie dit adres is. Nodig om het adres tot standaardadres te maken; wordt de partij verwijderd, dan verdwijnt het adres mee. */
            verstrektDoorPartij?: components["schemas"]["Referentie"] | null;
            /** @description Het adres zelf. Bij soort `email` moet het een geldig e-mailadres zijn. Bij soort `telefoonnummer` zonder spaties: tien cijfers beginnend met 0 en een cijfer 1–9 (zoals `0612345678`), een `+` gevolgd door 9 tot 15 cijfers (zoals `+31612345678`) of `00` gevolgd door 7 tot 13 cijfers. Nummers die met 0800, 0900 of 140 beginnen, worden geweigerd; 088-nummers mogen wel. Bij `overig` gelden geen regels. Bij PATCH zonder `soortDigitaalAdres` telt de opgeslagen soort. */
            adres?: string;
            /** @description Welk soort adres dit is; bepaalt de controle van `adres`. */
            soortDigitaalAdres?: string & components["schemas"]["SoortDigitaalAdres"];
            /** @description Of dit het adres is dat de partij het liefst gebruikt voor deze soort. Kan alleen `true` zijn als `verstrektDoorPartij` gevuld is. Wie het op `true` zet, maakt daarmee de andere adressen van dezelfde partij en soort automatisch niet-standaard; de aanvraag wordt daarom niet geweigerd. */
            isStandaardAdres?: boolean;
            /** @description Korte toelichting voor mensen, bijvoorbeeld `privé` of `werk`. */
            omschrijving?: string;
            /** @description Een eigen sleutel van de afnemer (letters, cijfers, `-` en `_`), bijvoorbeeld om het adres in een ander systeem terug te vinden. Een lege tekst mag ook en is de waarde als er geen referentie is (daarom staat het patroon die toe). Een gevulde referentie komt per partij en soort maar één keer voor; een tweede geeft 400 (`nonFieldErrors`, code `unique`). Zonder partij geldt die beperking niet. */
            referentie?: string;
            /**
             * Format: date
             * @description De dag waarop is vastgesteld dat het adres werkt en van deze partij of betrokkene is. `null` (ook de beginwaarde) betekent: (nog) niet geverifieerd.
             */
            verificatieDatum?: string | null;
            /** @description De relaties die met de query-parameter `expand` gevraagd zijn, als volledige objecten. Alleen aanwezig als `expand` is meegestuurd. Diepere niveaus (`verstrektDoorBetrokkene.hadKlantcontact…`) staan in het `_expand` van de betrokkene. */
            readonly _expand?: {
                /** @description De volledige betrokkene die het adres doorgaf, of `null` als er geen is. */
                verstrektDoorBetrokkene?: components["schemas"]["Betrokkene"] | null;
            };
        };
        /** @description Eén pagina digitale adressen. */
        PaginatedDigitaalAdresList: {
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
            /** @description De digitale adressen op deze pagina. */
            results: components["schemas"]["DigitaalAdres"][];
        };
        /**
         * @description Een gedeeltelijke Klantcontact: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "nummer": null,
         *       "referentienummer": "0000012345",
         *       "kanaal": "telefoon",
         *       "onderwerp": "Vraag over de aanvraag van een parkeervergunning",
         *       "inhoud": "Mevrouw wil weten wanneer zij een besluit op haar aanvraag kan verwachten.",
         *       "reactie": "Uitgelegd dat het besluit binnen acht weken na de aanvraag volgt.",
         *       "indicatieContactGelukt": true,
         *       "hoofdOnderwerpType": "https://catalogi.example.org/catalogi/api/v1/zaaktypen/1f2e3d4c-5b6a-4789-8a0b-c1d2e3f4a5b6",
         *       "verdereActieOndernomen": false,
         *       "taal": "nld",
         *       "vertrouwelijk": false,
         *       "plaatsgevondenOp": "2024-03-12T09:41:00Z",
         *       "metadata": {
         *         "bronsysteem": "klantcontactcentrum"
         *       }
         *     }
         */
        PatchedKlantcontact: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het klantcontact gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van dit klantcontact.
             */
            readonly url?: string;
            /** @description De onderwerpobjecten die naar dit klantcontact verwijzen met hun veld `klantcontact`. Leg ze vast via `/onderwerpobjecten`. */
            readonly gingOverOnderwerpobjecten?: components["schemas"]["Referentie"][];
            /** @description De medewerkers, afdelingen en geautomatiseerde actoren die namens de gemeente aan dit contact deelnamen, als volledige objecten (geen verwijzingen). Koppelen gaat via `/actorklantcontacten`. */
            readonly hadBetrokkenActoren?: components["schemas"]["Actor"][];
            /** @description De bijlagen van dit klantcontact. Leg ze vast via `/bijlagen`. */
            readonly omvatteBijlagen?: components["schemas"]["Referentie"][];
            /** @description De betrokkenen: de rol die een partij, of iemand die (nog) geen partij is, bij dit contact had. Leg ze vast via `/betrokkenen`. */
            readonly hadBetrokkenen?: components["schemas"]["Referentie"][];
            /** @description Het werk voor de gemeente dat uit dit contact voortkwam. Leg het vast via `/internetaken`. */
            readonly leiddeTotInterneTaken?: components["schemas"]["Referentie"][];
            /**
             * @deprecated
             * @description Oud kenmerk van het klantcontact: alleen cijfers, hooguit tien, uniek. De server bedenkt het niet zelf. Verouderd; gebruik `referentienummer`.
             */
            nummer?: string | null;
            /** @description Kenmerk waarmee het klantcontact te vinden is, door de client gekozen: alleen cijfers, hooguit tien, uniek over alle klantcontacten. */
            referentienummer?: string | null;
            /** @description Hoe het contact verliep, zoals `telefoon`, `e-mail` of `balie`. Vrije tekst, tenzij de beheerder controle tegen een lijst uit de Referentielijsten API heeft aangezet; dan moet het een code zijn die daar nu geldig is. */
            kanaal?: string;
            /** @description Waar het contact in het kort over ging. */
            onderwerp?: string;
            /** @description Wat de klant vroeg of meldde, in vrije tekst. */
            inhoud?: string;
            /** @description Het antwoord of de reactie van de gemeente, in vrije tekst. */
            reactie?: string;
            /** @description Of het contact tot stand kwam (bijvoorbeeld: de klant nam op). Leeg als dat niet is vastgelegd. Mag niet `true` zijn als `verdereActieOndernomen` ook `true` is. */
            indicatieContactGelukt?: boolean | null;
            /**
             * Format: uri
             * @description URL van het type van het hoofdonderwerp, bijvoorbeeld een zaaktype in de catalogus; een lege tekst mag ook.
             */
            hoofdOnderwerpType?: string;
            /**
             * @description Of er na dit contact nog iets moest gebeuren. Standaard `false`; kan niet samengaan met `indicatieContactGelukt: true`.
             * @default false
             */
            verdereActieOndernomen: boolean;
            /** @description De taal waarin het contact plaatsvond, als taalcode van twee of drie letters, zoals `nld`. De server controleert alleen de lengte. */
            taal?: string;
            /** @description Of de inhoud van het contact alleen voor bevoegde medewerkers bedoeld is. */
            vertrouwelijk?: boolean;
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond; zonder waarde neemt de server het moment van vastleggen.
             */
            plaatsgevondenOp?: string;
            /** @description Vrije extra gegevens van het systeem dat het contact vastlegde, als object met alleen tekstwaarden van hooguit 255 tekens. Zonder waarde wordt het een leeg object. */
            metadata?: {
                [key: string]: string;
            };
            /** @description De relaties die met `expand` zijn gevraagd, als volledige objecten. Alleen aanwezig als `expand` is meegegeven; een gevraagde lege lijst komt terug als `[]`. Dieper gevraagde relaties (`hadBetrokkenen.wasPartij`, `hadBetrokkenen.digitaleAdressen`) staan onder `_expand` van elke betrokkene. */
            readonly _expand?: {
                /** @description De betrokkenen bij dit contact, volledig. */
                readonly hadBetrokkenen?: components["schemas"]["Betrokkene"][];
                /** @description De interne taken die uit dit contact voortkwamen, volledig. */
                readonly leiddeTotInterneTaken?: components["schemas"]["InterneTaak"][];
                /** @description De onderwerpobjecten waar dit contact over ging, volledig. */
                readonly gingOverOnderwerpobjecten?: components["schemas"]["Onderwerpobject"][];
                /** @description De bijlagen van dit contact, volledig. */
                readonly omvatteBijlagen?: components["schemas"]["Bijlage"][];
            };
        };
        /** @description Eén pagina klantcontacten. */
        PaginatedKlantcontactList: {
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
            /** @description De klantcontacten op deze pagina. */
            results: components["schemas"]["Klantcontact"][];
        };
        /**
         * @description Een gedeeltelijke Betrokkene: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "wasPartij": {
         *         "uuid": "3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/partijen/3f0c9a52-2b5e-4c4e-9a61-0d2b7b3f1e0a"
         *       },
         *       "hadKlantcontact": {
         *         "uuid": "7e1b3d5f-9a2c-4e6b-8d0f-1a3c5e7b9d2f",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/7e1b3d5f-9a2c-4e6b-8d0f-1a3c5e7b9d2f"
         *       },
         *       "bezoekadres": {
         *         "nummeraanduidingId": "0363200000218908",
         *         "straatnaam": "Amstel",
         *         "huisnummer": 1,
         *         "huisnummertoevoeging": "",
         *         "stad": "Amsterdam",
         *         "adresregel1": "",
         *         "adresregel2": "",
         *         "adresregel3": "",
         *         "land": "NL"
         *       },
         *       "correspondentieadres": null,
         *       "contactnaam": {
         *         "voorletters": "J.",
         *         "voornaam": "Jan",
         *         "voorvoegselAchternaam": "de",
         *         "achternaam": "Vries"
         *       },
         *       "rol": "klant",
         *       "organisatienaam": "",
         *       "initiator": true
         *     }
         */
        PatchedBetrokkene: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de betrokkene gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze betrokkene.
             */
            readonly url?: string;
            /** @description De bekende partij die deze betrokkene was. Blijft leeg als de persoon of organisatie niet als partij bekend is; `null` maakt de koppeling los. */
            wasPartij?: components["schemas"]["Referentie"] | null;
            /** @description Het klantcontact waarbij deze betrokkene hoorde. Verplicht. */
            hadKlantcontact?: components["schemas"]["Referentie"];
            /** @description De digitale adressen die deze betrokkene doorgaf. Alleen te lezen: een adres koppel je aan een betrokkene via `verstrektDoorBetrokkene` op het digitale adres. */
            readonly digitaleAdressen?: components["schemas"]["Referentie"][];
            /** @description Het adres waar de betrokkene te bezoeken is, zoals opgegeven bij dit contact. */
            bezoekadres?: components["schemas"]["Adres"] | null;
            /** @description Het adres waarheen post voor de betrokkene moet, zoals opgegeven bij dit contact. */
            correspondentieadres?: components["schemas"]["Adres"] | null;
            /** @description De naam waarmee de betrokkene aangesproken wil worden. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description Door de server samengesteld uit voornaam, voorvoegsel en achternaam van de contactnaam, met één spatie ertussen en lege delen overgeslagen. Voorletters tellen niet mee. */
            readonly volledigeNaam?: string;
            /** @description Of de betrokkene klant was of namens een klant optrad. */
            rol?: string & components["schemas"]["Rol"];
            /** @description De naam van de organisatie waarvoor of namens welke de betrokkene contact had. */
            organisatienaam?: string;
            /** @description Of deze betrokkene het contact begon. De server controleert niet of er per klantcontact maar één initiator is. */
            initiator?: boolean;
            /** @description De relaties die met de query-parameter `expand` gevraagd zijn, als volledige objecten. Alleen aanwezig als `expand` is meegestuurd. */
            readonly _expand?: {
                /** @description De volledige digitale adressen die deze betrokkene doorgaf; `[]` als er geen zijn. */
                readonly digitaleAdressen?: components["schemas"]["DigitaalAdres"][];
                /** @description Het volledige klantcontact van deze betrokkene. Alleen aanwezig bij een betrokkene die zelf onder `_expand` staat en daar met een dieper pad gevraagd is (`betrokkenen.hadKlantcontact` bij een partij, `verstrektDoorBetrokkene.hadKlantcontact` bij een digitaal adres). */
                readonly hadKlantcontact?: components["schemas"]["Klantcontact"];
                /** @description De volledige partij van deze betrokkene, of `null` als er geen is. Alleen aanwezig bij een betrokkene onder `_expand` van een klantcontact, gevraagd met `hadBetrokkenen.wasPartij`. */
                readonly wasPartij?: Omit<components["schemas"]["Partij"], "soortPartij"> | null;
            };
        };
        /** @description Eén pagina betrokkenen. */
        PaginatedBetrokkeneList: {
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
            /** @description De betrokkenen op deze pagina. */
            results: components["schemas"]["Betrokkene"][];
        };
        /**
         * @description Een gedeeltelijke Onderwerpobject: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "klantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "onderwerpobjectidentificator": {
         *         "objectId": "7b3e9c1d-2a4f-4b6e-8d0c-5f1a3e2b4c6d",
         *         "codeObjecttype": "zaak",
         *         "codeRegister": "open-zaak",
         *         "codeSoortObjectId": "uuid"
         *       }
         *     }
         */
        PatchedOnderwerpobject: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan het onderwerpobject gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van dit onderwerpobject.
             */
            readonly url?: string;
            /** @description Het klantcontact dat over dit object ging. */
            klantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Het klantcontact dat zelf het onderwerp is, als het onderwerp een eerder contact was. */
            wasKlantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Welk object in welk register het onderwerp is; wordt als geheel geschreven of met `null` leeggemaakt. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        /** @description Eén pagina onderwerpobjecten. */
        PaginatedOnderwerpobjectList: {
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
            /** @description De onderwerpobjecten op deze pagina. */
            results: components["schemas"]["Onderwerpobject"][];
        };
        /**
         * @description Een gedeeltelijke Bijlage: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "wasBijlageVanKlantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "bijlageidentificator": {
         *         "objectId": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *         "codeObjecttype": "DOCUMENT",
         *         "codeRegister": "open-zaak",
         *         "codeSoortObjectId": "uuid"
         *       }
         *     }
         */
        PatchedBijlage: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de bijlage gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze bijlage.
             */
            readonly url?: string;
            /** @description Het klantcontact waar deze bijlage bij hoort. */
            wasBijlageVanKlantcontact?: components["schemas"]["Referentie"] | null;
            /** @description Welk object in welk register de bijlage is; wordt als geheel geschreven of met `null` leeggemaakt. */
            bijlageidentificator?: components["schemas"]["BijlageIdentificator"] | null;
        };
        /** @description Eén pagina bijlagen. */
        PaginatedBijlageList: {
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
            /** @description De bijlagen op deze pagina. */
            results: components["schemas"]["Bijlage"][];
        };
        /** @description Eén pagina actoren. */
        PaginatedActorList: {
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
            /** @description De actoren op deze pagina. */
            results: components["schemas"]["Actor"][];
        };
        /**
         * @description Een gedeeltelijke ActorKlantcontact: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "actor": {
         *         "uuid": "8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f"
         *       },
         *       "klantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       }
         *     }
         */
        PatchedActorKlantcontact: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de koppeling gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze koppeling.
             */
            readonly url?: string;
            /** @description De actor die aan het klantcontact deelnam. */
            actor?: components["schemas"]["Referentie"];
            /** @description Het klantcontact waaraan de actor deelnam. */
            klantcontact?: components["schemas"]["Referentie"];
        };
        /** @description Eén pagina actorklantcontacten. */
        PaginatedActorKlantcontactList: {
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
            /** @description De actorklantcontacten op deze pagina. */
            results: components["schemas"]["ActorKlantcontact"][];
        };
        /**
         * @description Een gedeeltelijke InterneTaak: alleen de meegestuurde velden worden gewijzigd, geen enkel veld is verplicht.
         * @example {
         *       "nummer": null,
         *       "referentienummer": "0000000042",
         *       "gevraagdeHandeling": "Klant terugbellen over de aanvraag bijzondere bijstand",
         *       "aanleidinggevendKlantcontact": {
         *         "uuid": "5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/klantcontacten/5d2b8c4e-7f1a-4b3c-9d6e-2a8f0c1b4e7d"
         *       },
         *       "toegewezenAanActor": {
         *         "uuid": "5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d",
         *         "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d"
         *       },
         *       "toegewezenAanActoren": [
         *         {
         *           "uuid": "5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/5a7b9c1d-3e5f-4a7b-8c9d-1e3f5a7b9c2d"
         *         },
         *         {
         *           "uuid": "8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f",
         *           "url": "https://klantinteracties.example.org/klantinteracties/api/v1/actoren/8c1d3e5f-7a9b-4c2d-8e4f-6a8b0c2d4e6f"
         *         }
         *       ],
         *       "toelichting": "Mevrouw is op werkdagen na 14.00 uur bereikbaar.",
         *       "status": "verwerkt",
         *       "afgehandeldOp": "2024-03-05T13:40:00Z"
         *     }
         */
        PatchedInterneTaak: {
            /**
             * Format: uuid
             * @description De identificatie die de server aan de taak gaf.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Volledige URL van deze taak.
             */
            readonly url?: string;
            /**
             * @deprecated
             * @description Een nummer dat de afnemer aan de taak gaf: alleen cijfers, hoogstens tien, en uniek. De server bedenkt het niet meer zelf. Verouderd: gebruik `referentienummer`.
             */
            nummer?: string | null;
            /** @description Het nummer waaronder de afnemer de taak kent: alleen cijfers, hoogstens tien, en uniek over alle interne taken. Een nummer dat al bestaat geeft een 400. */
            referentienummer?: string | null;
            /** @description Wat er moet gebeuren, kort gezegd, zoals "Klant terugbellen over de aanvraag". */
            gevraagdeHandeling?: string;
            /** @description Het klantcontact waaruit de taak voortkwam. */
            aanleidinggevendKlantcontact?: components["schemas"]["Referentie"];
            /**
             * @deprecated
             * @description Verouderd: één actor aan wie de taak is toegewezen. In antwoorden staat hier de eerste actor uit `toegewezenAanActoren`. Schrijf je dit veld, dan laat je `toegewezenAanActoren` weg; de taak heeft daarna alleen deze ene actor.
             */
            toegewezenAanActor?: components["schemas"]["Referentie"];
            /** @description De actoren die de taak moeten uitvoeren, in de volgorde waarin ze zijn meegestuurd. Bij POST en PUT staat precies één van dit veld en `toegewezenAanActor` in de body; meesturen vervangt de hele toewijzing. */
            toegewezenAanActoren?: components["schemas"]["Referentie"][];
            /** @description Meer uitleg bij de gevraagde handeling voor wie de taak uitvoert. */
            toelichting?: string;
            /** @description Of de taak nog openstaat of is afgerond. Bepaalt wat er met `afgehandeldOp` gebeurt. */
            status?: string & components["schemas"]["InterneTaakStatus"];
            /**
             * Format: date-time
             * @description Wanneer de taak werd aangemaakt en toegewezen; door de server ingevuld en niet te wijzigen.
             */
            readonly toegewezenOp?: string;
            /**
             * Format: date-time
             * @description Wanneer de taak is afgerond. Alleen toegestaan als de status (zoals meegestuurd, of anders zoals opgeslagen) `verwerkt` is; bij `te_verwerken` geeft een waarde een 400. Wordt de taak met `verwerkt` opgeslagen zonder dit tijdstip, dan vult de server het huidige moment in; een zelf meegegeven tijdstip blijft staan. Gaat de status terug naar `te_verwerken`, dan maakt de server het veld weer leeg.
             */
            afgehandeldOp?: string | null;
        };
        /** @description Eén pagina interne taken. */
        PaginatedInterneTaakList: {
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
            /** @description De interne taken op deze pagina. */
            results: components["schemas"]["InterneTaak"][];
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
    maakKlantcontactCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaakKlantcontact"];
            };
        };
        responses: {
            /** @description Alles is vastgelegd. Het antwoord bevat de drie objecten zoals ze zijn opgeslagen; een onderdeel dat niet werd meegestuurd, is `null`. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaakKlantcontact"];
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
    partijenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: ("betrokkenen" | "betrokkenen.hadKlantcontact" | "categorieRelaties" | "digitaleAdressen")[];
                /** @description Alleen partijen met precies deze eerste adresregel in het bezoekadres. */
                bezoekadresAdresregel1?: string;
                /** @description Alleen partijen met precies deze tweede adresregel in het bezoekadres. */
                bezoekadresAdresregel2?: string;
                /** @description Alleen partijen met precies deze derde adresregel in het bezoekadres. */
                bezoekadresAdresregel3?: string;
                /** @description Alleen partijen met een bezoekadres in dit land (ISO 3166-1-code, zoals `NL`). */
                bezoekadresLand?: string;
                /** @description Alleen partijen met een bezoekadres op deze BAG-nummeraanduiding. */
                bezoekadresNummeraanduidingId?: string;
                /** @description Alleen partijen in een categorie met deze naam. Meerdere namen gescheiden door komma's geven de partijen die in minstens één ervan vallen. */
                categorierelatie__categorie__naam?: string;
                /** @description Alleen partijen met precies deze eerste adresregel in het correspondentieadres. */
                correspondentieadresAdresregel1?: string;
                /** @description Alleen partijen met precies deze tweede adresregel in het correspondentieadres. */
                correspondentieadresAdresregel2?: string;
                /** @description Alleen partijen met precies deze derde adresregel in het correspondentieadres. */
                correspondentieadresAdresregel3?: string;
                /** @description Alleen partijen met een correspondentieadres in dit land (ISO 3166-1-code). */
                correspondentieadresLand?: string;
                /** @description Alleen partijen met een correspondentieadres op deze BAG-nummeraanduiding. */
                correspondentieadresNummeraanduidingId?: string;
                /** @description Alleen actieve (`true`) of juist niet-actieve (`false`) partijen. */
                indicatieActief?: boolean;
                /** @description Alleen partijen waarvan de gegevens wel (`true`) of niet (`false`) geheim zijn. */
                indicatieGeheimhouding?: boolean;
                /**
                 * @deprecated
                 * @description Alleen de partij met dit nummer. Verouderd; zoek liever op `partijIdentificator__objectId`.
                 */
                nummer?: string;
                /** @description Alleen partijen met een identificator van dit objecttype, zoals `natuurlijk_persoon`. Elk `partijIdentificator__…`-filter kijkt los naar alle identificatoren van de partij; gecombineerde filters hoeven dus niet op dezelfde identificator te treffen. */
                partijIdentificator__codeObjecttype?: string;
                /** @description Alleen partijen met een identificator uit dit register, zoals `brp` of `hr`. */
                partijIdentificator__codeRegister?: string;
                /** @description Alleen partijen met een identificator van deze soort, zoals `bsn` of `kvk_nummer`. */
                partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen partijen met een identificator met deze waarde, bijvoorbeeld een BSN. */
                partijIdentificator__objectId?: string;
                /** @description Alleen partijen van deze soort. */
                soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                /** @description Alleen partijen met een identificator die onder een identificator van dit objecttype valt. Samen met de `partijIdentificator__…`-filters vind je zo de vestiging bij een KvK-nummer. */
                subIdentificatorVan__codeObjecttype?: string;
                /** @description Alleen partijen met een identificator die onder een identificator uit dit register valt. */
                subIdentificatorVan__codeRegister?: string;
                /** @description Alleen partijen met een identificator die onder een identificator van deze soort valt. */
                subIdentificatorVan__codeSoortObjectId?: string;
                /** @description Alleen partijen met een identificator die onder deze waarde valt, bijvoorbeeld een KvK-nummer. */
                subIdentificatorVan__objectId?: string;
                /** @description Let op de richting: geeft de partijen die vertegenwoordigd worden door de partij met deze URL. Alleen het laatste padsegment telt. */
                vertegenwoordigdePartij__url?: string;
                /** @description Let op de richting: geeft de partijen die vertegenwoordigd worden door de partij met deze `uuid`. */
                vertegenwoordigdePartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met partijen. */
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
                    "application/json": components["schemas"]["PaginatedPartijList"];
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
    partijenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Partij"];
            };
        };
        responses: {
            /** @description De partij is vastgelegd. */
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
                    "application/json": components["schemas"]["Partij"];
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
    partijenRetrieve: {
        parameters: {
            query?: {
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: ("betrokkenen" | "betrokkenen.hadKlantcontact" | "categorieRelaties" | "digitaleAdressen")[];
            };
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
            /** @description De gevraagde partij. */
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
                    "application/json": components["schemas"]["Partij"];
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
    partijenUpdate: {
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
                "application/json": components["schemas"]["Partij"];
            };
        };
        responses: {
            /** @description De bijgewerkte partij. */
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
                    "application/json": components["schemas"]["Partij"];
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
    partijenDestroy: {
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
            /** @description De partij is verwijderd. */
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
    partijenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedPartij"];
            };
        };
        responses: {
            /** @description De gewijzigde partij. */
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
                    "application/json": components["schemas"]["Partij"];
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
    partijIdentificatorenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /**
                 * @deprecated
                 * @description Alleen identificatoren met precies deze vrije identificatie. Verouderd: het veld wordt niet meer gevuld sinds de soort "overig" verdween.
                 */
                anderePartijIdentificator?: string;
                /** @description Alleen identificatoren van dit soort object, zoals `natuurlijk_persoon`. */
                partijIdentificatorCodeObjecttype?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                /** @description Alleen identificatoren uit dit register (`brp` of `hr`). */
                partijIdentificatorCodeRegister?: "brp" | "hr";
                /** @description Alleen identificatoren van deze soort nummer, zoals `bsn` of `kvk_nummer`. */
                partijIdentificatorCodeSoortObjectId?: "bsn" | "kvk_nummer" | "rsin" | "vestigingsnummer";
                /** @description Alleen identificatoren met precies deze waarde, bijvoorbeeld één BSN of KvK-nummer. */
                partijIdentificatorObjectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met partij-identificatoren. */
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
                    "application/json": components["schemas"]["PaginatedPartijIdentificatorList"];
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
    partijIdentificatorenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartijIdentificator"];
            };
        };
        responses: {
            /** @description De partij-identificator is vastgelegd. */
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
                    "application/json": components["schemas"]["PartijIdentificator"];
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
    partijIdentificatorenRetrieve: {
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
            /** @description De gevraagde partij-identificator. */
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
                    "application/json": components["schemas"]["PartijIdentificator"];
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
    partijIdentificatorenUpdate: {
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
                "application/json": components["schemas"]["PartijIdentificator"];
            };
        };
        responses: {
            /** @description De bijgewerkte partij-identificator. */
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
                    "application/json": components["schemas"]["PartijIdentificator"];
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
    partijIdentificatorenDestroy: {
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
            /** @description De partij-identificator is verwijderd. */
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
    partijIdentificatorenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedPartijIdentificator"];
            };
        };
        responses: {
            /** @description De gewijzigde partij-identificator. */
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
                    "application/json": components["schemas"]["PartijIdentificator"];
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
    vertegenwoordigingenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen vertegenwoordigingen van de partij met deze URL; alleen het laatste padsegment telt. */
                vertegenwoordigdePartij__url?: string;
                /** @description Alleen vertegenwoordigingen van de partij met deze `uuid` (de partij voor wie opgetreden wordt). */
                vertegenwoordigdePartij__uuid?: string;
                /** @description Alleen vertegenwoordigingen door de partij met deze URL; alleen het laatste padsegment telt. */
                vertegenwoordigendePartij__url?: string;
                /** @description Alleen vertegenwoordigingen door de partij met deze `uuid` (de partij die optreedt). */
                vertegenwoordigendePartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met vertegenwoordigingen. */
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
                    "application/json": components["schemas"]["PaginatedVertegenwoordigingList"];
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
    vertegenwoordigingenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Vertegenwoordiging"];
            };
        };
        responses: {
            /** @description De vertegenwoordiging is vastgelegd. */
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
                    "application/json": components["schemas"]["Vertegenwoordiging"];
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
    vertegenwoordigingenRetrieve: {
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
            /** @description De gevraagde vertegenwoordiging. */
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
                    "application/json": components["schemas"]["Vertegenwoordiging"];
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
    vertegenwoordigingenUpdate: {
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
                "application/json": components["schemas"]["Vertegenwoordiging"];
            };
        };
        responses: {
            /** @description De bijgewerkte vertegenwoordiging. */
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
                    "application/json": components["schemas"]["Vertegenwoordiging"];
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
    vertegenwoordigingenDestroy: {
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
            /** @description De vertegenwoordiging is verwijderd. */
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
    vertegenwoordigingenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedVertegenwoordiging"];
            };
        };
        responses: {
            /** @description De gewijzigde vertegenwoordiging. */
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
                    "application/json": components["schemas"]["Vertegenwoordiging"];
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
    categorieenList: {
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
            /** @description Een pagina met categorieën. */
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
                    "application/json": components["schemas"]["PaginatedCategorieList"];
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
    categorieenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Categorie"];
            };
        };
        responses: {
            /** @description De categorie is vastgelegd. */
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
                    "application/json": components["schemas"]["Categorie"];
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
    categorieenRetrieve: {
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
            /** @description De gevraagde categorie. */
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
                    "application/json": components["schemas"]["Categorie"];
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
    categorieenUpdate: {
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
                "application/json": components["schemas"]["Categorie"];
            };
        };
        responses: {
            /** @description De bijgewerkte categorie. */
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
                    "application/json": components["schemas"]["Categorie"];
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
    categorieenDestroy: {
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
            /** @description De categorie is verwijderd. */
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
    categorieenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedCategorie"];
            };
        };
        responses: {
            /** @description De gewijzigde categorie. */
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
                    "application/json": components["schemas"]["Categorie"];
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
    categorieRelatiesList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen relaties van de partij met deze `uuid`. */
                partij__uuid?: string;
                /** @description Alleen relaties van de partij met deze URL; alleen het laatste padsegment telt. */
                partij__url?: string;
                /**
                 * @deprecated
                 * @description Alleen relaties van de partij met dit nummer. Verouderd, gebruik `partij__uuid`.
                 */
                partij__nummer?: string;
                /** @description Alleen relaties met de categorie met deze `uuid`. */
                categorie__uuid?: string;
                /** @description Alleen relaties met de categorie met deze URL; alleen het laatste padsegment telt. */
                categorie__url?: string;
                /** @description Alleen relaties met een categorie die precies deze naam heeft. */
                categorie__naam?: string;
                /** @description Alleen relaties die op precies deze datum begonnen. */
                beginDatum?: string;
                /** @description Alleen relaties die op precies deze datum eindigden. */
                eindDatum?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met categorierelaties. */
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
                    "application/json": components["schemas"]["PaginatedCategorieRelatieList"];
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
    categorieRelatiesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategorieRelatie"];
            };
        };
        responses: {
            /** @description De categorierelatie is vastgelegd. */
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
                    "application/json": components["schemas"]["CategorieRelatie"];
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
    categorieRelatiesRetrieve: {
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
            /** @description De gevraagde categorierelatie. */
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
                    "application/json": components["schemas"]["CategorieRelatie"];
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
    categorieRelatiesUpdate: {
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
                "application/json": components["schemas"]["CategorieRelatie"];
            };
        };
        responses: {
            /** @description De bijgewerkte categorierelatie. */
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
                    "application/json": components["schemas"]["CategorieRelatie"];
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
    categorieRelatiesDestroy: {
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
            /** @description De categorierelatie is verwijderd. */
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
    categorieRelatiesPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedCategorieRelatie"];
            };
        };
        responses: {
            /** @description De gewijzigde categorierelatie. */
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
                    "application/json": components["schemas"]["CategorieRelatie"];
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
    rekeningnummersList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen rekeningnummers met precies deze IBAN (hoofdlettergevoelig, zonder spaties). */
                iban?: string;
                /** @description Alleen rekeningnummers met precies deze BIC. */
                bic?: string;
                /** @description Alleen het rekeningnummer met deze `uuid`. */
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met rekeningnummers. */
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
                    "application/json": components["schemas"]["PaginatedRekeningnummerList"];
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
    rekeningnummersCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Rekeningnummer"];
            };
        };
        responses: {
            /** @description De rekeningnummer is vastgelegd. */
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
                    "application/json": components["schemas"]["Rekeningnummer"];
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
    rekeningnummersRetrieve: {
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
            /** @description De gevraagde rekeningnummer. */
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
                    "application/json": components["schemas"]["Rekeningnummer"];
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
    rekeningnummersUpdate: {
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
                "application/json": components["schemas"]["Rekeningnummer"];
            };
        };
        responses: {
            /** @description De bijgewerkte rekeningnummer. */
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
                    "application/json": components["schemas"]["Rekeningnummer"];
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
    rekeningnummersDestroy: {
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
            /** @description De rekeningnummer is verwijderd. */
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
    rekeningnummersPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedRekeningnummer"];
            };
        };
        responses: {
            /** @description De gewijzigde rekeningnummer. */
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
                    "application/json": components["schemas"]["Rekeningnummer"];
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
    digitaleadressenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: ("verstrektDoorBetrokkene" | "verstrektDoorBetrokkene.hadKlantcontact" | "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")[];
                /** @description Alleen adressen die precies gelijk zijn aan deze waarde (hoofdlettergevoelig). */
                adres?: string;
                /** @description Alleen adressen waarin deze tekst voorkomt, ongeacht hoofd- of kleine letters. */
                adres__icontains?: string;
                /** @description Met `true` alleen adressen met een `verificatieDatum`, met `false` alleen adressen zonder. Een waarde anders dan true/false/1/0 wordt genegeerd. */
                isGeverifieerd?: boolean;
                /** @description Alleen adressen die wel (`true`) of juist niet (`false`) het standaardadres van hun soort zijn. */
                isStandaardAdres?: boolean;
                /** @description Alleen adressen waarvan de omschrijving deze tekst bevat, ongeacht hoofd- of kleine letters. */
                omschrijving?: string;
                /** @description Alleen adressen met precies deze referentie. */
                referentie?: string;
                /** @description Alleen adressen van deze soort. */
                soortDigitaalAdres?: "email" | "overig" | "telefoonnummer";
                /** @description Alleen adressen die op precies deze dag geverifieerd zijn. */
                verificatieDatum?: string;
                /** @description Alleen adressen die na deze dag geverifieerd zijn. */
                verificatieDatum__gt?: string;
                /** @description Alleen adressen die op of na deze dag geverifieerd zijn. */
                verificatieDatum__gte?: string;
                /** @description Alleen adressen die vóór deze dag geverifieerd zijn. */
                verificatieDatum__lt?: string;
                /** @description Alleen adressen die op of vóór deze dag geverifieerd zijn. */
                verificatieDatum__lte?: string;
                /** @description Alleen adressen opgegeven door een betrokkene met deze rol. */
                verstrektDoorBetrokkene__rol?: "klant" | "vertegenwoordiger";
                /** @description Alleen adressen van de betrokkene met deze URL; alleen het laatste padsegment telt. */
                verstrektDoorBetrokkene__url?: string;
                /** @description Alleen adressen van de betrokkene met deze `uuid`. */
                verstrektDoorBetrokkene__uuid?: string;
                /** @description Alleen adressen van een partij met een identificator van dit objecttype, zoals `natuurlijk_persoon`. */
                verstrektDoorPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Alleen adressen van een partij met een identificator uit dit register, zoals `brp`. */
                verstrektDoorPartij__partijIdentificator__codeRegister?: string;
                /** @description Alleen adressen van een partij met een identificator van deze soort, zoals `bsn`. */
                verstrektDoorPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen adressen van een partij met een identificator met deze waarde, bijvoorbeeld een BSN. */
                verstrektDoorPartij__partijIdentificator__objectId?: string;
                /** @description Alleen adressen van een partij van deze soort. */
                verstrektDoorPartij__soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                /** @description Alleen adressen van de partij met deze URL; alleen het laatste padsegment telt. */
                verstrektDoorPartij__url?: string;
                /** @description Alleen adressen van de partij met deze `uuid`. */
                verstrektDoorPartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met digitale adressen. */
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
                    "application/json": components["schemas"]["PaginatedDigitaalAdresList"];
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
    digitaleadressenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitaalAdres"];
            };
        };
        responses: {
            /** @description De digitaal adres is vastgelegd. */
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
                    "application/json": components["schemas"]["DigitaalAdres"];
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
    digitaleadressenRetrieve: {
        parameters: {
            query?: {
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: ("verstrektDoorBetrokkene" | "verstrektDoorBetrokkene.hadKlantcontact" | "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")[];
            };
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
            /** @description De gevraagde digitaal adres. */
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
                    "application/json": components["schemas"]["DigitaalAdres"];
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
    digitaleadressenUpdate: {
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
                "application/json": components["schemas"]["DigitaalAdres"];
            };
        };
        responses: {
            /** @description De bijgewerkte digitaal adres. */
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
                    "application/json": components["schemas"]["DigitaalAdres"];
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
    digitaleadressenDestroy: {
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
            /** @description De digitaal adres is verwijderd. */
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
    digitaleadressenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedDigitaalAdres"];
            };
        };
        responses: {
            /** @description De gewijzigde digitaal adres. */
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
                    "application/json": components["schemas"]["DigitaalAdres"];
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
    klantcontactenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: ("gingOverOnderwerpobjecten" | "hadBetrokkenen" | "hadBetrokkenen.digitaleAdressen" | "hadBetrokkenen.wasPartij" | "leiddeTotInterneTaken" | "omvatteBijlagen")[];
                /** @description Alleen klantcontacten met een betrokkene die een digitaal adres heeft waarin deze tekst voorkomt, ongeacht hoofdletters. */
                hadBetrokkene__digitaaladres__adres__icontains?: string;
                /** @description Alleen klantcontacten met de betrokkene met deze URL; alleen het laatste padsegment telt. */
                hadBetrokkene__url?: string;
                /** @description Alleen klantcontacten met de betrokkene met deze `uuid`. */
                hadBetrokkene__uuid?: string;
                /** @description Met `true` alleen klantcontacten waarbij minstens één betrokkene aan een partij gekoppeld is, met `false` alleen klantcontacten zonder zo'n betrokkene. */
                hadBetrokkene__wasPartij?: boolean;
                /** @description Alleen klantcontacten met een betrokken partij die een identificator van dit objecttype heeft. */
                hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Alleen klantcontacten met een betrokken partij die een identificator uit dit register heeft. */
                hadBetrokkene__wasPartij__partijIdentificator__codeRegister?: string;
                /** @description Alleen klantcontacten met een betrokken partij die een identificator van deze soort heeft. */
                hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen klantcontacten met een betrokken partij die een identificator met deze waarde heeft, zoals een BSN. */
                hadBetrokkene__wasPartij__partijIdentificator__objectId?: string;
                /** @description Alleen klantcontacten waarbij de partij met deze URL betrokken was; alleen het laatste padsegment telt. */
                hadBetrokkene__wasPartij__url?: string;
                /** @description Alleen klantcontacten waarbij de partij met deze `uuid` betrokken was. */
                hadBetrokkene__wasPartij__uuid?: string;
                /** @description Alleen klantcontacten die wel (`true`) of niet (`false`) gelukt zijn. */
                indicatieContactGelukt?: boolean;
                /** @description Alleen klantcontacten waarvan de inhoud deze tekst bevat, ongeacht hoofdletters. */
                inhoud?: string;
                /** @description Alleen klantcontacten via precies dit kanaal. */
                kanaal?: string;
                /** @description Met `true` alleen klantcontacten waaruit minstens één interne taak volgde, met `false` alleen klantcontacten zonder interne taak. */
                leiddeTotInterneTaken?: boolean;
                /**
                 * @deprecated
                 * @description Alleen het klantcontact met precies dit nummer. Verouderd, gebruik `referentienummer`.
                 */
                nummer?: string;
                /** @description Alleen klantcontacten waarvan het onderwerp deze tekst bevat, ongeacht hoofdletters. */
                onderwerp?: string;
                /** @description Alleen klantcontacten die gingen over een onderwerpobject van dit objecttype, zoals `zaak`. */
                onderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Alleen klantcontacten die gingen over een onderwerpobject uit dit register. */
                onderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Alleen klantcontacten die gingen over een onderwerpobject met deze soort identificatie. */
                onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Alleen klantcontacten die gingen over een onderwerpobject met deze identificatie. */
                onderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                /** @description Alleen klantcontacten die gingen over het onderwerpobject met deze URL; alleen het laatste padsegment telt. */
                onderwerpobject__url?: string;
                /** @description Alleen klantcontacten die gingen over het onderwerpobject met deze `uuid`. */
                onderwerpobject__uuid?: string;
                /** @description Alleen klantcontacten op precies dit tijdstip; een bereik kan niet. */
                plaatsgevondenOp?: string;
                /** @description Alleen klantcontacten waarvan de reactie deze tekst bevat, ongeacht hoofdletters. */
                reactie?: string;
                /** @description Alleen het klantcontact met precies dit referentienummer. */
                referentienummer?: string;
                /** @description Alleen vertrouwelijke (`true`) of juist niet-vertrouwelijke (`false`) klantcontacten. */
                vertrouwelijk?: boolean;
                /** @description Alleen klantcontacten die zelf als onderwerpobject van dit objecttype vastliggen (via `wasKlantcontact`). */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Alleen klantcontacten die zelf als onderwerpobject uit dit register vastliggen. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Alleen klantcontacten die zelf als onderwerpobject met deze soort identificatie vastliggen. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Alleen klantcontacten die zelf als onderwerpobject met deze identificatie vastliggen. */
                wasOnderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                /** @description Alleen het klantcontact dat het onderwerpobject met deze URL is (via `wasKlantcontact`); alleen het laatste padsegment telt. */
                wasOnderwerpobject__url?: string;
                /** @description Alleen het klantcontact dat het onderwerpobject met deze `uuid` is (via `wasKlantcontact`). */
                wasOnderwerpobject__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met klantcontacten. */
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
                    "application/json": components["schemas"]["PaginatedKlantcontactList"];
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
    klantcontactenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Klantcontact"];
            };
        };
        responses: {
            /** @description De klantcontact is vastgelegd. */
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
                    "application/json": components["schemas"]["Klantcontact"];
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
    klantcontactenRetrieve: {
        parameters: {
            query?: {
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: ("gingOverOnderwerpobjecten" | "hadBetrokkenen" | "hadBetrokkenen.digitaleAdressen" | "hadBetrokkenen.wasPartij" | "leiddeTotInterneTaken" | "omvatteBijlagen")[];
            };
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
            /** @description De gevraagde klantcontact. */
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
                    "application/json": components["schemas"]["Klantcontact"];
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
    klantcontactenUpdate: {
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
                "application/json": components["schemas"]["Klantcontact"];
            };
        };
        responses: {
            /** @description De bijgewerkte klantcontact. */
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
                    "application/json": components["schemas"]["Klantcontact"];
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
    klantcontactenDestroy: {
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
            /** @description De klantcontact is verwijderd. */
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
    klantcontactenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedKlantcontact"];
            };
        };
        responses: {
            /** @description De gewijzigde klantcontact. */
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
                    "application/json": components["schemas"]["Klantcontact"];
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
    betrokkenenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: "digitaleAdressen"[];
                /** @description Alleen betrokkenen met precies deze achternaam in hun contactnaam. */
                contactnaamAchternaam?: string;
                /** @description Alleen betrokkenen met precies deze voorletters in hun contactnaam. */
                contactnaamVoorletters?: string;
                /** @description Alleen betrokkenen met precies deze voornaam in hun contactnaam. */
                contactnaamVoornaam?: string;
                /** @description Alleen betrokkenen met precies dit tussenvoegsel in hun contactnaam. */
                contactnaamVoorvoegselAchternaam?: string;
                /**
                 * @deprecated
                 * @description Alleen betrokkenen bij het klantcontact met dit nummer. Verouderd, gebruik `hadKlantcontact__referentienummer`.
                 */
                hadKlantcontact__nummer?: string;
                /** @description Alleen betrokkenen bij het klantcontact met dit referentienummer. */
                hadKlantcontact__referentienummer?: string;
                /** @description Alleen betrokkenen bij het klantcontact met deze URL; alleen het laatste padsegment telt. */
                hadKlantcontact__url?: string;
                /** @description Alleen betrokkenen bij het klantcontact met deze `uuid`. */
                hadKlantcontact__uuid?: string;
                /** @description Alleen betrokkenen met precies deze organisatienaam. */
                organisatienaam?: string;
                /** @description Alleen betrokkenen die een digitaal adres met precies deze waarde doorgaven. De afwijkende schrijfwijze van de naam is die van de standaard. */
                verstrektedigitaalAdres__adres?: string;
                /** @description Alleen betrokkenen die het digitale adres met deze URL doorgaven; alleen het laatste padsegment telt. */
                verstrektedigitaalAdres__url?: string;
                /** @description Alleen betrokkenen die het digitale adres met deze `uuid` doorgaven. */
                verstrektedigitaalAdres__uuid?: string;
                /**
                 * @deprecated
                 * @description Alleen betrokkenen die de partij met dit nummer waren. Verouderd, gebruik `wasPartij__uuid`.
                 */
                wasPartij__nummer?: string;
                /** @description Alleen betrokkenen van een partij met een identificator van dit objecttype, zoals `natuurlijk_persoon`. */
                wasPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Alleen betrokkenen van een partij met een identificator uit dit register, zoals `brp`. */
                wasPartij__partijIdentificator__codeRegister?: string;
                /** @description Alleen betrokkenen van een partij met een identificator van deze soort, zoals `bsn`. */
                wasPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen betrokkenen van een partij met een identificator met deze waarde, bijvoorbeeld een BSN. */
                wasPartij__partijIdentificator__objectId?: string;
                /** @description Alleen betrokkenen die de partij met deze URL waren; alleen het laatste padsegment telt. */
                wasPartij__url?: string;
                /** @description Alleen betrokkenen die de partij met deze `uuid` waren. */
                wasPartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met betrokkenen. */
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
                    "application/json": components["schemas"]["PaginatedBetrokkeneList"];
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
    betrokkenenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Betrokkene"];
            };
        };
        responses: {
            /** @description De betrokkene is vastgelegd. */
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
                    "application/json": components["schemas"]["Betrokkene"];
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
    betrokkenenRetrieve: {
        parameters: {
            query?: {
                /** @description Neemt de genoemde relaties volledig op onder `_expand`, kommagescheiden of door de parameter te herhalen. Een dieper pad (`a.b`) vraagt ook zijn ouder (`a`). Een onbekende waarde geeft 400. */
                expand?: "digitaleAdressen"[];
            };
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
            /** @description De gevraagde betrokkene. */
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
                    "application/json": components["schemas"]["Betrokkene"];
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
    betrokkenenUpdate: {
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
                "application/json": components["schemas"]["Betrokkene"];
            };
        };
        responses: {
            /** @description De bijgewerkte betrokkene. */
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
                    "application/json": components["schemas"]["Betrokkene"];
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
    betrokkenenDestroy: {
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
            /** @description De betrokkene is verwijderd. */
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
    betrokkenenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedBetrokkene"];
            };
        };
        responses: {
            /** @description De gewijzigde betrokkene. */
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
                    "application/json": components["schemas"]["Betrokkene"];
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
    onderwerpobjectenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen onderwerpobjecten van het klantcontact met deze URL; alleen het laatste padsegment telt. */
                klantcontact__url?: string;
                /** @description Alleen onderwerpobjecten van het klantcontact met deze `uuid`. */
                klantcontact__uuid?: string;
                /** @description Alleen onderwerpobjecten van precies dit objecttype, zoals `zaak`. */
                onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Alleen onderwerpobjecten uit precies dit register, zoals `open-zaak`. */
                onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Alleen onderwerpobjecten met precies deze soort identificatie, zoals `uuid`. */
                onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Alleen onderwerpobjecten met precies deze identificatie in hun register. */
                onderwerpobjectidentificatorObjectId?: string;
                /** @description Alleen onderwerpobjecten die het klantcontact met deze URL als onderwerp hebben; alleen het laatste padsegment telt. */
                wasKlantcontact__url?: string;
                /** @description Alleen onderwerpobjecten die het klantcontact met deze `uuid` als onderwerp hebben. */
                wasKlantcontact__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met onderwerpobjecten. */
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
                    "application/json": components["schemas"]["PaginatedOnderwerpobjectList"];
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
    onderwerpobjectenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Onderwerpobject"];
            };
        };
        responses: {
            /** @description De onderwerpobject is vastgelegd. */
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
                    "application/json": components["schemas"]["Onderwerpobject"];
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
    onderwerpobjectenRetrieve: {
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
            /** @description De gevraagde onderwerpobject. */
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
                    "application/json": components["schemas"]["Onderwerpobject"];
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
    onderwerpobjectenUpdate: {
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
                "application/json": components["schemas"]["Onderwerpobject"];
            };
        };
        responses: {
            /** @description De bijgewerkte onderwerpobject. */
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
                    "application/json": components["schemas"]["Onderwerpobject"];
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
    onderwerpobjectenDestroy: {
        parameters: {
            query?: {
                /** @description Met `true` (hoofdletters maken niet uit) ruimt de server ook de gekoppelde klantcontacten op die nergens anders meer onderwerp van zijn; elke andere waarde of geen waarde verwijdert alleen het onderwerpobject. */
                cascade?: boolean;
            };
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
            /** @description Verwijderd met `cascade=true`. `behouden` noemt de klantcontacten die bleven staan omdat een ander onderwerpobject er nog naar verwijst; de lijst kan leeg zijn. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnderwerpobjectDeleteResponse"];
                };
            };
            /** @description Het onderwerpobject is verwijderd (zonder `cascade`); de gekoppelde klantcontacten blijven. */
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
    onderwerpobjectenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedOnderwerpobject"];
            };
        };
        responses: {
            /** @description De gewijzigde onderwerpobject. */
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
                    "application/json": components["schemas"]["Onderwerpobject"];
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
    bijlagenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen bijlagen van precies dit objecttype, zoals `DOCUMENT`. */
                bijlageidentificatorCodeObjecttype?: string;
                /** @description Alleen bijlagen uit precies dit register, zoals `open-zaak`. */
                bijlageidentificatorCodeRegister?: string;
                /** @description Alleen bijlagen met precies deze soort identificatie, zoals `uuid`. */
                bijlageidentificatorCodeSoortObjectId?: string;
                /** @description Alleen bijlagen met precies deze identificatie in hun register. */
                bijlageidentificatorObjectId?: string;
                /** @description Alleen bijlagen van het klantcontact met deze `uuid` (het veld heet in de body `wasBijlageVanKlantcontact`). */
                klantcontact__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met bijlagen. */
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
                    "application/json": components["schemas"]["PaginatedBijlageList"];
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
    bijlagenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Bijlage"];
            };
        };
        responses: {
            /** @description De bijlage is vastgelegd. */
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
                    "application/json": components["schemas"]["Bijlage"];
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
    bijlagenRetrieve: {
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
            /** @description De gevraagde bijlage. */
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
                    "application/json": components["schemas"]["Bijlage"];
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
    bijlagenUpdate: {
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
                "application/json": components["schemas"]["Bijlage"];
            };
        };
        responses: {
            /** @description De bijgewerkte bijlage. */
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
                    "application/json": components["schemas"]["Bijlage"];
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
    bijlagenDestroy: {
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
            /** @description De bijlage is verwijderd. */
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
    bijlagenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedBijlage"];
            };
        };
        responses: {
            /** @description De gewijzigde bijlage. */
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
                    "application/json": components["schemas"]["Bijlage"];
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
    actorenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen actoren met precies dit objecttype in hun `actoridentificator`. */
                actoridentificatorCodeObjecttype?: string;
                /** @description Alleen actoren met precies dit register in hun `actoridentificator`. */
                actoridentificatorCodeRegister?: string;
                /** @description Alleen actoren met precies deze soort identificatie in hun `actoridentificator`. */
                actoridentificatorCodeSoortObjectId?: string;
                /** @description Alleen actoren met precies deze waarde als `objectId` in hun `actoridentificator`. */
                actoridentificatorObjectId?: string;
                /** @description Alleen actieve (`true`) of juist niet-actieve (`false`) actoren. */
                indicatieActief?: boolean;
                /** @description Alleen actoren waarvan de naam deze tekst bevat, zonder op hoofd- of kleine letters te letten (`jan` vindt ook "Jansen"). */
                naam?: string;
                /** @description Alleen actoren van deze soort. */
                soortActor?: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met actoren. */
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
                    "application/json": components["schemas"]["PaginatedActorList"];
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
    actorenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description De actor is vastgelegd. */
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
                    "application/json": components["schemas"]["Actor"];
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
    actorenRetrieve: {
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
            /** @description De gevraagde actor. */
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
                    "application/json": components["schemas"]["Actor"];
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
    actorenUpdate: {
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
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description De bijgewerkte actor. */
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
                    "application/json": components["schemas"]["Actor"];
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
    actorenDestroy: {
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
            /** @description De actor is verwijderd. */
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
    actorenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedActor"];
            };
        };
        responses: {
            /** @description De gewijzigde actor. */
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
                    "application/json": components["schemas"]["Actor"];
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
    actorklantcontactenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen koppelingen met de actor met deze URL; alleen het laatste padsegment telt. */
                actor__url?: string;
                /** @description Alleen koppelingen met de actor met deze `uuid`. */
                actor__uuid?: string;
                /** @description Alleen koppelingen met het klantcontact met deze URL; alleen het laatste padsegment telt. */
                klantcontact__url?: string;
                /** @description Alleen koppelingen met het klantcontact met deze `uuid`. */
                klantcontact__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met actorklantcontacten. */
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
                    "application/json": components["schemas"]["PaginatedActorKlantcontactList"];
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
    actorklantcontactenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorKlantcontact"];
            };
        };
        responses: {
            /** @description De actorklantcontact is vastgelegd. */
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
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
    actorklantcontactenRetrieve: {
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
            /** @description De gevraagde actorklantcontact. */
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
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
    actorklantcontactenUpdate: {
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
                "application/json": components["schemas"]["ActorKlantcontact"];
            };
        };
        responses: {
            /** @description De bijgewerkte actorklantcontact. */
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
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
    actorklantcontactenDestroy: {
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
            /** @description De actorklantcontact is verwijderd. */
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
    actorklantcontactenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedActorKlantcontact"];
            };
        };
        responses: {
            /** @description De gewijzigde actorklantcontact. */
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
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
    internetakenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de pagina met resultaten, te beginnen bij 1. */
                page?: components["parameters"]["page"];
                /** @description Hoeveel resultaten één pagina bevat; standaard 100, hoogstens 500 (een grotere waarde wordt 500). */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Alleen taken die voortkwamen uit het klantcontact met deze URL; alleen het laatste padsegment telt. */
                aanleidinggevendKlantcontact__url?: string;
                /** @description Alleen taken die voortkwamen uit het klantcontact met deze `uuid`. */
                aanleidinggevendKlantcontact__uuid?: string;
                /** @description Alleen taken die zijn toegewezen aan een actor die precies zo heet. */
                actoren__naam?: string;
                /**
                 * @deprecated
                 * @description Alleen taken bij het klantcontact met dit nummer. Verouderd; gebruik `klantcontact__referentienummer`.
                 */
                klantcontact__nummer?: string;
                /** @description Alleen taken bij het klantcontact met dit referentienummer. */
                klantcontact__referentienummer?: string;
                /** @description Alleen taken bij het klantcontact met deze `uuid` (hetzelfde als `aanleidinggevendKlantcontact__uuid`). */
                klantcontact__uuid?: string;
                /**
                 * @deprecated
                 * @description Alleen de taak met dit nummer. Verouderd; gebruik `referentienummer`.
                 */
                nummer?: string;
                /** @description Alleen de taak met dit referentienummer. */
                referentienummer?: string;
                /** @description Alleen taken met deze status. */
                status?: "te_verwerken" | "verwerkt";
                /** @description Alleen taken waarbij de actor met deze URL een van de toegewezen actoren is; alleen het laatste padsegment telt. */
                toegewezenAanActor__url?: string;
                /** @description Alleen taken waarbij de actor met deze `uuid` een van de toegewezen actoren is. */
                toegewezenAanActor__uuid?: string;
                /** @description Alleen taken die op precies dit tijdstip zijn toegewezen. */
                toegewezenOp?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina met interne taken. */
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
                    "application/json": components["schemas"]["PaginatedInterneTaakList"];
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
    internetakenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterneTaak"];
            };
        };
        responses: {
            /** @description De interne taak is vastgelegd. */
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
                    "application/json": components["schemas"]["InterneTaak"];
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
    internetakenRetrieve: {
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
            /** @description De gevraagde interne taak. */
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
                    "application/json": components["schemas"]["InterneTaak"];
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
    internetakenUpdate: {
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
                "application/json": components["schemas"]["InterneTaak"];
            };
        };
        responses: {
            /** @description De bijgewerkte interne taak. */
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
                    "application/json": components["schemas"]["InterneTaak"];
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
    internetakenDestroy: {
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
            /** @description De interne taak is verwijderd. */
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
    internetakenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedInterneTaak"];
            };
        };
        responses: {
            /** @description De gewijzigde interne taak. */
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
                    "application/json": components["schemas"]["InterneTaak"];
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
