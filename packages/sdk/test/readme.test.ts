/**
 * The README's examples compile, under `strict`, against the built package as a consumer resolves it
 * (`@klantinteracties/sdk` → package.json `exports` → dist/index.d.ts), so the README cannot rot.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it, onTestFinished } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

describe("README examples", () => {
  it("are there", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it("compile against the built package under strict", () => {
    // inside the package, so that `@klantinteracties/sdk` resolves through node_modules like a consumer's
    const dir = mkdtempSync(fileURLToPath(new URL("../.sdk-check-", import.meta.url)));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const files = examples.map((code, index) => {
      const file = join(dir, `example${index}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: ["node"],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file ? `${d.file.fileName.replace(`${dir}/`, "")}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
      );
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
