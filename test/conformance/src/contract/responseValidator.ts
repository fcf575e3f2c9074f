/**
 * Checks one HTTP response against the contract: declared status, media type, required headers
 * and their schemas, the body schema (Ajv over the validator copy) and problem+json for errors.
 * @module
 */
import type { ApiName } from "@klantinteracties/contract";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { type ContractIndex, deref, type Operation, pointerSegment, type Schema } from "./operations.ts";

// ajv-formats is CommonJS; its default export is the plugin under NodeNext
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** What the validator needs of a response. */
export interface ResponseToValidate {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when there was none (or it was no JSON). */
  body: unknown;
  bodyText: string;
}

/** Ajv validators over both contracts, compiled lazily per schema location. */
export class ResponseValidator {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(private readonly index: ContractIndex) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const api of Object.values(index.apis)) {
      this.ajv.addSchema(api.document as object, api.name);
    }
  }

  /**
   * Validates a value against the schema at a JSON pointer of one contract; returns the
   * problems found (empty when valid).
   * @example
   * validator.validateAt("klantinteracties", "#/components/schemas/Partij", body);
   */
  validateAt(api: ApiName, pointer: string, value: unknown): string[] {
    const key = `${api}${pointer}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.getSchema(key);
      if (!validate) {
        throw new Error(`no schema at ${key}`);
      }
      this.cache.set(key, validate);
    }
    if (validate(value)) {
      return [];
    }
    return (validate.errors ?? [])
      .slice(0, 8)
      .map((error) => `body${error.instancePath} ${error.message ?? "invalid"}`);
  }

  /**
   * Everything in a response that deviates from what the contract declares for the operation.
   * @example
   * validator.validate(index.operation("partijenCreate"), response); // [] when conformant
   */
  validate(operation: Operation, response: ResponseToValidate): string[] {
    const api = this.index.apis[operation.api];
    const violations: string[] = [];
    const status = String(response.status);
    const declared = operation.responses[status] ?? operation.responses.default;
    if (!declared) {
      return [`status ${status} is not declared for ${operation.operationId}`];
    }
    const responseKey = operation.responses[status] ? status : "default";
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    if (response.status >= 400 && contentType !== "application/problem+json") {
      violations.push(`error responses must be application/problem+json, got "${contentType || "none"}"`);
    }
    const content = declared.content as Schema | undefined;
    if (content && Object.keys(content).length > 0) {
      const mediaType = content[contentType];
      if (!mediaType) {
        if (response.status < 400) {
          violations.push(
            `content type "${contentType || "none"}" is not one of ${Object.keys(content).join(", ")} for ${status}`,
          );
        }
      } else if (mediaType.schema && contentType.endsWith("json")) {
        if (response.body === undefined) {
          violations.push("body is not JSON");
        } else {
          const pointer = `${operation.responsePointers[responseKey]}/content/${pointerSegment(contentType)}/schema`;
          violations.push(...this.validateAt(operation.api, pointer, response.body));
        }
      }
    } else if (response.bodyText.length > 0 && response.status === 204) {
      violations.push("a 204 response must not have a body");
    }
    for (const [name, headerRef] of Object.entries((declared.headers ?? {}) as Record<string, Schema>)) {
      const header = deref(api.document, headerRef);
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) {
          violations.push(`header ${name} is missing`);
        }
        continue;
      }
      violations.push(...this.validateHeader(name, value, header.schema ?? {}));
    }
    const version = response.headers.get("api-version");
    if (version !== null && version !== api.version) {
      violations.push(`header API-version is "${version}", the contract's version is "${api.version}"`);
    }
    return violations;
  }

  private readonly headerValidators = new Map<Schema, ValidateFunction>();

  private validateHeader(name: string, value: string, schema: Schema): string[] {
    const typed = schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
    let validate = this.headerValidators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.headerValidators.set(schema, validate);
    }
    return validate(typed) ? [] : [`header ${name} "${value}" does not match its schema`];
  }
}
