/**
 * The SDK's types are generated from contract/dist without hand edits: generate them here and
 * compile a consumer that relies on what app developers need (readOnly fields not demanded in
 * bodies, narrowing on the polymorphic `soortPartij`, typed problem errors).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { describe, expect, it, onTestFinished } from "vitest";
import { distFile } from "../src/index.ts";

const consumer = `
import createClient from "openapi-fetch";
import type { paths } from "./klantinteracties.ts";

const client = createClient<paths>({ baseUrl: "http://localhost:8000/klantinteracties/api/v1" });

export async function example(): Promise<string | undefined> {
  const created = await client.POST("/categorieen", { body: { naam: "Ondernemer" } });
  if (created.error) {
    const status: number = created.error.status;
    return \`\${status} \${created.error.title}\`;
  }
  const uuid: string = created.data.uuid;

  const listed = await client.GET("/partijen", { params: { query: { pageSize: 10, soortPartij: "persoon" } } });
  for (const partij of listed.data?.results ?? []) {
    if (partij.soortPartij === "organisatie") {
      const naam: string | undefined = partij.partijIdentificatie?.naam;
      return naam;
    }
  }

  // @ts-expect-error url is read-only: a request body may not carry it
  await client.POST("/categorieen", { body: { url: "https://example.org/x" } });
  // @ts-expect-error not a path of the contract
  await client.GET("/bestaat-niet");
  return uuid;
}
`;

describe("SDK types generated from contract/dist", () => {
  it("generate without error and compile a strict consumer", async () => {
    // inside the package, so that the consumer resolves openapi-fetch from node_modules
    const dir = mkdtempSync(fileURLToPath(new URL("../.sdk-check-", import.meta.url)));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const ast = await openapiTS(new URL(`file://${distFile("klantinteracties", "json")}`), { readWriteMarkers: true });
    writeFileSync(join(dir, "klantinteracties.ts"), astToString(ast));
    writeFileSync(join(dir, "consumer.ts"), consumer);
    const program = ts.createProgram([join(dir, "consumer.ts")], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
