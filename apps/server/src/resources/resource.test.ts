import { loadContract } from "@klantinteracties/contract";
import { describe, expect, it } from "vitest";
import { APIS } from "../apis.ts";
import { allowedQueryParameters } from "../http/queryParameters.ts";
import { todayInNetherlands } from "./resource.ts";

describe("resource declarations", () => {
  for (const api of APIS) {
    const allowed = allowedQueryParameters(loadContract(api.name));
    for (const resource of api.resources) {
      it(`${api.name} /${resource.collection} declares exactly the filters its contract lists`, () => {
        const contractFilters = [...(allowed.get(`/${resource.collection}`) ?? [])].filter(
          (name) => !["page", "pageSize", "expand"].includes(name),
        );
        expect(Object.keys(resource.filters ?? {}).sort()).toEqual(contractFilters.sort());
      });
    }
  }
});

describe("todayInNetherlands", () => {
  it("uses Dutch time: 23:30 UTC on 31 December is already 1 January", () => {
    expect(todayInNetherlands(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});
