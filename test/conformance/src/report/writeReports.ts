/**
 * Writes the report files of a run into a directory: junit.xml, index.html and report.json.
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunReport } from "../run/conformance.ts";
import { htmlReport } from "./html.ts";
import { junitXml } from "./junit.ts";

/**
 * Writes the reports and returns their paths.
 * @example
 * writeReports(report, "conformance-report");
 */
export function writeReports(report: RunReport, directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  const files = {
    "junit.xml": junitXml(report),
    "index.html": htmlReport(report),
    "report.json": `${JSON.stringify(report, null, 2)}\n`,
  };
  return Object.entries(files).map(([name, content]) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  });
}
