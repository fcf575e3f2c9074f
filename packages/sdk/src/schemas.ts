/**
 * Short names for the generated types. `…Schema<"Partij">` is an object as the API returns it (read-only
 * fields present), `…Input<"Partij">` a request body (read-only fields left out, and refused).
 */
import type { Readable, Writable } from "openapi-typescript-helpers";
import type {
  components as ContactgegevensComponentsGenerated,
  operations as ContactgegevensOperationsGenerated,
  paths as ContactgegevensPathsGenerated,
} from "./generated/contactgegevens.ts";
import type {
  components as KlantinteractiesComponentsGenerated,
  operations as KlantinteractiesOperationsGenerated,
  paths as KlantinteractiesPathsGenerated,
} from "./generated/klantinteracties.ts";

/**
 * Every path and operation of the Klantinteracties API, as openapi-typescript generates them.
 * @example
 * import createClient from "openapi-fetch";
 * import type { KlantinteractiesPaths } from "@klantinteracties/sdk";
 * const bare = createClient<KlantinteractiesPaths>({ baseUrl });
 */
export type KlantinteractiesPaths = KlantinteractiesPathsGenerated;

/**
 * The operations of the Klantinteracties API by `operationId`.
 * @example
 * import type { KlantinteractiesOperations } from "@klantinteracties/sdk";
 * type PartijenFilters = NonNullable<KlantinteractiesOperations["partijenList"]["parameters"]["query"]>;
 */
export type KlantinteractiesOperations = KlantinteractiesOperationsGenerated;

/**
 * The components (schemas, parameters, responses) of the Klantinteracties API, with read/write markers;
 * prefer `KlantinteractiesSchema` and `KlantinteractiesInput`, which resolve them.
 * @example
 * import type { KlantinteractiesComponents } from "@klantinteracties/sdk";
 * type SoortPartij = KlantinteractiesComponents["schemas"]["SoortPartij"];
 */
export type KlantinteractiesComponents = KlantinteractiesComponentsGenerated;

/**
 * Every path and operation of the Contactgegevens API, as openapi-typescript generates them.
 * @example
 * import createClient from "openapi-fetch";
 * import type { ContactgegevensPaths } from "@klantinteracties/sdk";
 * const bare = createClient<ContactgegevensPaths>({ baseUrl });
 */
export type ContactgegevensPaths = ContactgegevensPathsGenerated;

/**
 * The operations of the Contactgegevens API by `operationId`.
 * @example
 * import type { ContactgegevensOperations } from "@klantinteracties/sdk";
 * type Operation = keyof ContactgegevensOperations;
 */
export type ContactgegevensOperations = ContactgegevensOperationsGenerated;

/**
 * The components of the Contactgegevens API, with read/write markers; prefer `ContactgegevensSchema`.
 * @example
 * import type { ContactgegevensComponents } from "@klantinteracties/sdk";
 * type Adres = ContactgegevensComponents["schemas"]["Adres"];
 */
export type ContactgegevensComponents = ContactgegevensComponentsGenerated;

type KlantinteractiesSchemas = KlantinteractiesComponents["schemas"];
type ContactgegevensSchemas = ContactgegevensComponents["schemas"];

/**
 * A schema of the Klantinteracties API as a response carries it.
 * @example
 * import type { KlantinteractiesSchema } from "@klantinteracties/sdk";
 * function naam(partij: KlantinteractiesSchema<"Partij">): string | undefined {
 *   return partij.soortPartij === "persoon" ? partij.partijIdentificatie?.volledigeNaam : undefined;
 * }
 */
export type KlantinteractiesSchema<Name extends keyof KlantinteractiesSchemas> = Readable<
  KlantinteractiesSchemas[Name]
>;

/**
 * A schema of the Klantinteracties API as a request body: read-only fields (`uuid`, `url`, …) are not allowed.
 * @example
 * import type { KlantinteractiesInput } from "@klantinteracties/sdk";
 * const categorie: KlantinteractiesInput<"Categorie"> = { naam: "Ondernemer" };
 */
export type KlantinteractiesInput<Name extends keyof KlantinteractiesSchemas> = Writable<KlantinteractiesSchemas[Name]>;

/**
 * A schema of the Contactgegevens API as a response carries it.
 * @example
 * import type { ContactgegevensSchema } from "@klantinteracties/sdk";
 * const uuidOf = (persoon: ContactgegevensSchema<"Persoon">): string => persoon.uuid;
 */
export type ContactgegevensSchema<Name extends keyof ContactgegevensSchemas> = Readable<ContactgegevensSchemas[Name]>;

/**
 * A schema of the Contactgegevens API as a request body: read-only fields are not allowed.
 * @example
 * import type { ContactgegevensInput } from "@klantinteracties/sdk";
 * type NieuwePersoon = ContactgegevensInput<"Persoon">;
 */
export type ContactgegevensInput<Name extends keyof ContactgegevensSchemas> = Writable<ContactgegevensSchemas[Name]>;

/**
 * The problem details (RFC 9457) every error response carries; `invalidParams` on a 400.
 * @example
 * import type { Problem } from "@klantinteracties/sdk";
 * const summary = (problem: Problem) => `${problem.status} ${problem.code}: ${problem.detail}`;
 */
export type Problem = Readable<KlantinteractiesSchemas["Fout"]> & {
  invalidParams?: InvalidParam[];
};

/**
 * One rejected field or parameter of a 400 (`name` is the dotted camelCase path).
 * @example
 * import type { InvalidParam } from "@klantinteracties/sdk";
 * const names = (params: InvalidParam[]) => params.map((param) => param.name);
 */
export type InvalidParam = Readable<KlantinteractiesSchemas["FieldValidationError"]>;
