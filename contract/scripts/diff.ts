/**
 * `npm run contract:diff -- [--base <git-ref | file>] [--format text|markdown|json]
 *  [--api klantinteracties|contactgegevens] [--accepted <file>] [--types]`
 *
 * Compares the bundled contract (dist/) with a base, by default the latest release in
 * releases/, prints every change with its verdict, and exits 1 when something breaks without a
 * major step of info.version (for 0.x: the minor).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { API_NAMES, type ApiName } from "../src/bundle.ts";
import { diffContracts, type Format, formatReport, readAcceptedDeviations, readBase } from "../src/diff/index.ts";
import { distFile, loadContract } from "../src/index.ts";
import type { JsonObject } from "../src/types.ts";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    format: { type: "string", default: "text" },
    api: { type: "string" },
    accepted: { type: "string" },
    types: { type: "boolean", default: false },
  },
});
const format = values.format as Format;
if (!["text", "markdown", "json"].includes(format) || (values.api && !API_NAMES.includes(values.api as ApiName))) {
  console.error(
    `usage: contract:diff [--base <git-ref | file>] [--format text|markdown|json] [--api ${API_NAMES.join("|")}]`,
  );
  process.exit(2);
}

// npm runs this inside contract/: a relative path is meant from where the command was typed
const fromCaller = (path: string | undefined): string | undefined => {
  const full = path && resolve(process.env.INIT_CWD ?? process.cwd(), path);
  return full && existsSync(full) ? full : path;
};

// a file holds one API: the one its name mentions, unless --api says otherwise
const baseFile = fromCaller(values.base);
const apis: ApiName[] = values.api
  ? [values.api as ApiName]
  : baseFile && existsSync(baseFile)
    ? [API_NAMES.find((name) => baseFile.includes(name)) ?? "klantinteracties"]
    : [...API_NAMES];

let failed = false;
const reports = [];
for (const api of apis) {
  const base = readBase(baseFile, api);
  const acceptedFile = fromCaller(values.accepted);
  const report = await diffContracts(base.document, loadContract(api) as unknown as JsonObject, {
    api,
    baseLabel: base.label,
    currentLabel: distFile(api, "json").replace(/.*\/contract\//, "contract/"),
    accepted: acceptedFile ? readAcceptedDeviations(acceptedFile) : [],
    types: values.types,
  });
  failed ||= !report.gate.ok;
  reports.push(report);
}
if (format === "json") {
  console.log(
    JSON.stringify(
      reports.map((r) => JSON.parse(formatReport(r, "json"))),
      null,
      2,
    ),
  );
} else {
  console.log(reports.map((r) => formatReport(r, format)).join("\n\n"));
}
process.exitCode = failed ? 1 : 0;
