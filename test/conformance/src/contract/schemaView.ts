/**
 * A flat view of a request schema for data-driven checks: which properties a client may write,
 * which are required, and the constraints (type, enum, maxLength, format, pattern) of each.
 * @module
 */
import { deref, type Schema } from "./operations.ts";

/** One writable property, possibly inside a group (`bezoekadres.postcode`). */
export interface PropertyView {
  /** Dotted path in the body, e.g. `partijIdentificator.objectId`. */
  path: string;
  type?: string;
  enum?: unknown[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  nullable: boolean;
  required: boolean;
  /** A `{uuid, url}` reference to another object. */
  reference: boolean;
  /** The resolved schema itself. */
  schema: Schema;
}

/**
 * Merges `allOf` parts into one object-like schema, unwraps `anyOf [x, null]`, and picks one branch
 * of a polymorphic schema (`oneOf`, or `if`/`then` parts).
 */
export function mergedSchema(document: unknown, node: Schema, pickVariant?: (variants: Schema[]) => Schema): Schema {
  const schema = deref(document, node);
  if (Array.isArray(schema.anyOf)) {
    const parts = schema.anyOf.filter((part: Schema) => !(Array.isArray(part.enum) && part.enum[0] === null));
    const nullable = parts.length < schema.anyOf.length;
    if (parts.length !== 1) {
      // several shapes are allowed (e.g. a PATCH identificatie): only the outer type is certain
      return { type: schema.type ?? "object", nullable, readOnly: schema.readOnly };
    }
    return { ...mergedSchema(document, parts[0], pickVariant), ...(nullable ? { nullable: true } : {}) };
  }
  if (Array.isArray(schema.oneOf)) {
    const variants = schema.oneOf.map((variant: Schema) => mergedSchema(document, variant, pickVariant));
    return (pickVariant ? pickVariant(variants) : variants[0]) as Schema;
  }
  if (!Array.isArray(schema.allOf)) {
    return schema;
  }
  const merged: Schema = { ...schema, allOf: undefined, properties: { ...(schema.properties ?? {}) } };
  const required = new Set<string>(schema.required ?? []);
  const absorb = (resolved: Schema) => {
    for (const [key, value] of Object.entries(resolved)) {
      if (key === "properties") {
        for (const [name, property] of Object.entries(value as Schema)) {
          merged.properties[name] = { ...(merged.properties[name] ?? {}), ...(property as Schema) };
        }
      } else if (key === "required") {
        for (const name of value as string[]) {
          required.add(name);
        }
      } else if (merged[key] === undefined) {
        merged[key] = value;
      }
    }
  };
  // a discriminator may be written as `if` (tag value) / `then` (variant) parts: one of them applies
  const conditional = schema.allOf.filter((part: Schema) => part.then !== undefined);
  for (const part of schema.allOf.filter((candidate: Schema) => candidate.then === undefined)) {
    absorb(mergedSchema(document, part, pickVariant));
  }
  if (conditional.length > 0) {
    const variants = conditional.map((part: Schema) => mergedSchema(document, part.then, pickVariant));
    absorb((pickVariant ? pickVariant(variants) : variants[0]) as Schema);
  }
  merged.required = [...required];
  delete merged.allOf;
  return merged;
}

function isReference(schema: Schema): boolean {
  const properties = schema.properties ?? {};
  return schema.type !== "array" && "uuid" in properties && "url" in properties && Object.keys(properties).length <= 3;
}

/**
 * The writable properties of a request schema, one level of groups deep.
 * `pickVariant` chooses the branch of a polymorphic (`oneOf`) schema.
 * @example
 * writableProperties(document, schemaOf("categorieenCreate")).map((p) => p.path); // ["naam"]
 */
export function writableProperties(
  document: unknown,
  root: Schema,
  pickVariant?: (variants: Schema[]) => Schema,
  prefix = "",
  depth = 0,
): PropertyView[] {
  const schema = mergedSchema(document, root, pickVariant);
  const required = new Set<string>(schema.required ?? []);
  const views: PropertyView[] = [];
  for (const [name, raw] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    const property = mergedSchema(document, raw, pickVariant);
    if (property.readOnly || raw.readOnly || name.startsWith("_")) {
      continue;
    }
    const path = `${prefix}${name}`;
    const view: PropertyView = {
      path,
      type: property.type ?? (property.properties ? "object" : undefined),
      enum: property.enum,
      maxLength: property.maxLength,
      minimum: property.minimum,
      maximum: property.maximum,
      format: property.format,
      pattern: property.pattern,
      nullable: property.nullable === true || raw.nullable === true,
      required: required.has(name),
      reference: isReference(property),
      schema: property,
    };
    views.push(view);
    if (view.type === "object" && !view.reference && property.properties && depth === 0) {
      views.push(...writableProperties(document, property, pickVariant, `${path}.`, depth + 1));
    }
  }
  return views;
}
