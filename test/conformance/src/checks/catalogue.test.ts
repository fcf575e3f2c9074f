import { describe, expect, it } from "vitest";
import { ContractIndex, type LoadedApi, loadApi, type Operation } from "../contract/operations.ts";
import { RESOURCES, RESOURCES_BY_NAME } from "../fixtures/resources.ts";
import { buildCatalogue } from "./catalogue.ts";
import { conditionalRequestChecks } from "./conditionalRequests.ts";
import { listOrder } from "./listOrder.ts";
import { listFilters } from "./resourceContract.ts";
import { snakeKeys } from "./writeSemantics.ts";

const index = new ContractIndex();
const catalogue = buildCatalogue(index);
const ids = new Set(catalogue.checks.map((check) => check.id));

describe("the catalogue", () => {
  it("has a filter check for every list filter the contract declares", () => {
    const declared = RESOURCES.flatMap((spec) =>
      listFilters(index, spec).map((parameter) => `filters/${spec.name}/${parameter.name}`),
    );
    expect(declared.length).toBeGreaterThan(150);
    expect(declared.filter((id) => !ids.has(id))).toEqual([]);
    expect(catalogue.uncovered).toEqual([]);
  });

  it("has no hand-written filter plan for a filter the contract does not declare", () => {
    const stale = RESOURCES.flatMap((spec) => {
      const names = new Set(listFilters(index, spec).map((parameter) => parameter.name));
      return Object.keys(spec.filterFixtures ?? {})
        .filter((name) => !names.has(name))
        .map((name) => `${spec.name}?${name}`);
    });
    expect(stale).toEqual([]);
  });

  it("checks the order of every list whose description states one", () => {
    expect(ids.has("core-read/klantcontacten/order")).toBe(true);
    expect(RESOURCES.filter((spec) => !ids.has(`core-read/${spec.name}/order`)).map((spec) => spec.name)).toEqual([]);
  });

  it("checks the delete cascades, PUT keeping omitted fields and the Accept header", () => {
    for (const id of [
      "business-rules/klantcontacten/delete-cascade",
      "business-rules/partijen/delete-cascade",
      "business-rules/betrokkenen/delete-keeps-digitale-adressen",
      "business-rules/actoren/delete-keeps-taken",
      "core-write/partijen/put-keeps-omitted",
      "core-write/persoon/put-keeps-omitted",
      "core-write/partijen/snake-case-input",
      "core-read/klantinteracties/accept-header",
      "core-read/contactgegevens/accept-header",
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe("listOrder", () => {
  it("reads newest first and latest-of-a-field first from a list description", () => {
    expect(listOrder("Geeft de partijen per pagina terug, nieuwste eerst.")).toEqual({ newestFirst: true });
    expect(listOrder("het meest recente `plaatsgevondenOp` eerst")).toEqual({ latestFirst: "plaatsgevondenOp" });
    expect(listOrder("Geeft de partijen terug.")).toBeUndefined();
  });
});

describe("snakeKeys", () => {
  it("renames the keys at every level and leaves values alone", () => {
    expect(
      snakeKeys({ soortPartij: "persoon", partijIdentificatoren: [{ partijIdentificator: { objectId: "aB" } }] }),
    ).toEqual({
      soort_partij: "persoon",
      partij_identificatoren: [{ partij_identificator: { object_id: "aB" } }],
    });
  });
});

/** The klantinteracties contract with ETag on reading partijen and If-Match + 412 on their writes. */
function withEntityTags(): ContractIndex {
  const api: LoadedApi = loadApi("klantinteracties");
  const header = { schema: { type: "string" } };
  api.operations = api.operations.map((operation): Operation => {
    if (!operation.operationId.startsWith("partijen")) {
      return operation;
    }
    if (operation.operationId === "partijenRetrieve") {
      const ok = operation.responses["200"] ?? {};
      return {
        ...operation,
        responses: { ...operation.responses, 200: { ...ok, headers: { ...ok.headers, ETag: header } } },
      };
    }
    if (["partijenUpdate", "partijenPartialUpdate", "partijenDestroy"].includes(operation.operationId)) {
      return {
        ...operation,
        parameters: [...operation.parameters, { name: "If-Match", in: "header", schema: { type: "string" } }],
        responses: { ...operation.responses, 412: { description: "Voorwaarde niet vervuld." } },
      };
    }
    return operation;
  });
  return new ContractIndex([api, loadApi("contactgegevens")]);
}

describe("conditional-request checks", () => {
  const partijen = RESOURCES_BY_NAME.get("partijen");

  it("are there only when the contract declares ETag and If-Match", () => {
    if (!partijen) {
      throw new Error("no partijen spec");
    }
    const today = conditionalRequestChecks(index, partijen).map((check) => check.id);
    const declaresEtag = JSON.stringify(index.apis.klantinteracties.document).includes('"ETag"');
    expect(today.length > 0).toBe(declaresEtag);
    const tagged = conditionalRequestChecks(withEntityTags(), partijen);
    expect(tagged.map((check) => check.id)).toEqual(["core-read/partijen/etag", "core-write/partijen/if-match"]);
    expect(tagged[1]?.rule).toMatch(/^PATCH, PUT, DELETE with an If-Match/);
  });
});
