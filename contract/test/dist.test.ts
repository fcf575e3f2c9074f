import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_NAMES } from "../src/bundle.ts";
import { distFile } from "../src/index.ts";
import { bundles } from "./contract-fixture.ts";

describe("contract/dist", () => {
  it.each(API_NAMES)("%s.json is what the source gives (run `npm run generate -w contract` when not)", (api) => {
    const committed = JSON.parse(readFileSync(distFile(api, "json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(bundles[api])));
  });

  it.each(API_NAMES)("%s.yaml starts with the do-not-edit marker", (api) => {
    expect(readFileSync(distFile(api, "yaml"), "utf8").split("\n")[0]).toMatch(/niet met de hand bewerken/);
  });
});
