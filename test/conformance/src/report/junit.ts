/**
 * JUnit XML: one testsuite per conformance class, one testcase per check.
 * @module
 */

import { CONFORMANCE_CLASSES } from "../checks/check.ts";
import { curlCommand } from "../http/exchange.ts";
import type { RunReport } from "../run/conformance.ts";

/** Escapes text for XML attributes and content. */
export function xml(text: string): string {
  return (
    text
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}

/**
 * The JUnit XML document of a run.
 * @example
 * writeFileSync("junit.xml", junitXml(report));
 */
export function junitXml(report: RunReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.results.filter((result) => result.outcome === "failed").length;
  lines.push(
    `<testsuites name="klantinteracties-conformance" tests="${report.results.length}" failures="${failures}">`,
  );
  for (const conformanceClass of CONFORMANCE_CLASSES) {
    const results = report.results.filter((result) => result.conformanceClass === conformanceClass);
    if (results.length === 0) {
      continue;
    }
    const classFailures = results.filter((result) => result.outcome === "failed").length;
    const skipped = results.filter((result) => result.outcome === "skipped").length;
    const time = results.reduce((total, result) => total + result.durationMs, 0) / 1000;
    lines.push(
      `  <testsuite name="${conformanceClass}" tests="${results.length}" failures="${classFailures}" skipped="${skipped}" time="${time.toFixed(3)}">`,
    );
    for (const result of results) {
      const open = `    <testcase classname="${xml(`${conformanceClass}.${result.resource}`)}" name="${xml(result.id)}" time="${(result.durationMs / 1000).toFixed(3)}"`;
      if (result.outcome === "passed") {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      if (result.outcome === "skipped") {
        lines.push(`      <skipped message="${xml(result.message ?? "")}"/>`);
      } else {
        const evidence = result.evidence
          ? `\n${curlCommand(result.evidence.request)}\n→ ${result.evidence.response.status} ${result.evidence.response.bodyText.slice(0, 2000)}`
          : "";
        lines.push(
          `      <failure message="${xml(result.message ?? "failed")}" type="${result.kind}">${xml(`${result.rule}\nreference: ${result.reference}\n${result.message ?? ""}${evidence}`)}</failure>`,
        );
      }
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}
