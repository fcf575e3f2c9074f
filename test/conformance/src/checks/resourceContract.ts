/**
 * What the contract says about one collection: its operations and the properties a client writes.
 * @module
 */
import type { ContractIndex, Operation } from "../contract/operations.ts";
import { type PropertyView, writableProperties } from "../contract/schemaView.ts";
import type { ResourceSpec } from "../fixtures/resourceSpec.ts";
import { variantPicker } from "../fixtures/resourceSpec.ts";

export type OperationKind = "List" | "Create" | "Retrieve" | "Update" | "PartialUpdate" | "Destroy";

/** The operation of a kind for a collection, when the contract has it. */
export function operationOf(index: ContractIndex, spec: ResourceSpec, kind: OperationKind): Operation | undefined {
  const id = `${spec.operationPrefix}${kind}`;
  return index.hasOperation(id) ? index.operation(id) : undefined;
}

/** The operationId of a kind for a collection (for check references). */
export function operationIdOf(spec: ResourceSpec, kind: OperationKind): string {
  return `${spec.operationPrefix}${kind}`;
}

/**
 * The writable properties of a collection's create body (the branch the builder uses, for
 * polymorphic resources).
 * @example
 * createProperties(index, partijen).find((p) => p.path === "soortPartij")?.required; // true
 */
export function createProperties(
  index: ContractIndex,
  spec: ResourceSpec,
  kind: OperationKind = "Create",
): PropertyView[] {
  const operation = operationOf(index, spec, kind);
  if (!operation?.requestSchema) {
    return [];
  }
  return writableProperties(index.apis[spec.api].document, operation.requestSchema, variantPicker(spec));
}

/** The query parameters of a collection's list besides `page`, `pageSize` and `expand`. */
export function listFilters(index: ContractIndex, spec: ResourceSpec) {
  const list = operationOf(index, spec, "List");
  return (list?.parameters ?? []).filter(
    (parameter) => parameter.in === "query" && !["page", "pageSize", "expand"].includes(parameter.name),
  );
}

/** The allowed `expand` values of a collection's list, or none. */
export function expandValues(index: ContractIndex, spec: ResourceSpec): string[] {
  const list = operationOf(index, spec, "List");
  const expand = list?.parameters.find((parameter) => parameter.name === "expand");
  return (expand?.schema?.items?.enum as string[] | undefined) ?? [];
}
