/**
 * @klantinteracties/sdk: typed clients of the Klantinteracties and Contactgegevens APIs, generated
 * from the contract, on openapi-fetch.
 */
export { tokenAuth } from "./auth.ts";
export {
  type ApiClient,
  type ClientConfig,
  type ContactgegevensClient,
  createContactgegevensClient,
  createKlantinteractiesClient,
  type KlantinteractiesClient,
} from "./client.ts";
export type { WithExpand } from "./expand.ts";
export { type ListPath, paginate } from "./paginate.ts";
export { KlantinteractiesError, unwrap } from "./problem.ts";
export type { RetryOptions } from "./retry.ts";
export type {
  ContactgegevensComponents,
  ContactgegevensInput,
  ContactgegevensOperations,
  ContactgegevensPaths,
  ContactgegevensSchema,
  InvalidParam,
  KlantinteractiesComponents,
  KlantinteractiesInput,
  KlantinteractiesOperations,
  KlantinteractiesPaths,
  KlantinteractiesSchema,
  Problem,
} from "./schemas.ts";
