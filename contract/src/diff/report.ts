/**
 * The outcome of one comparison, and how it reads: plain text for a terminal, Markdown for CI
 * logs and the changelog, JSON for tools.
 * @module
 */
import { toPointer } from "./changes.ts";
import type { ClassifiedChange } from "./rules.ts";

export type Format = "text" | "markdown" | "json";

export interface DiffReport {
  api: string;
  base: { label: string; version: string };
  current: { label: string; version: string };
  changes: ClassifiedChange[];
  gate: { ok: boolean; message: string };
  /** Problems the type-level check found (`--types`); absent when it did not run. */
  typeProblems?: string[];
}

const VERDICTS = ["breaking", "accepted", "non-breaking", "annotation"] as const;

/** Number of changes per verdict. */
export function countVerdicts(changes: ClassifiedChange[]): Record<(typeof VERDICTS)[number], number> {
  const counts = { breaking: 0, accepted: 0, "non-breaking": 0, annotation: 0 };
  for (const change of changes) {
    counts[change.verdict] += 1;
  }
  return counts;
}

/**
 * The report in one of three formats.
 * @example
 * console.log(formatReport(report, "markdown"));
 */
export function formatReport(report: DiffReport, format: Format): string {
  if (format === "json") {
    return JSON.stringify(toJson(report), null, 2);
  }
  return format === "markdown" ? toMarkdown(report) : toText(report);
}

function summary(report: DiffReport): string {
  const counts = countVerdicts(report.changes);
  const accepted = counts.accepted > 0 ? `, ${counts.accepted} accepted deviations` : "";
  return `${counts.breaking} breaking${accepted}, ${counts["non-breaking"]} non-breaking, ${counts.annotation} documentation-only`;
}

function toText(report: DiffReport): string {
  const lines = [
    `${report.api}: ${report.base.label} (${report.base.version}) → ${report.current.label} (${report.current.version})`,
    `  ${summary(report)}`,
  ];
  for (const verdict of ["breaking", "accepted", "non-breaking"] as const) {
    for (const change of report.changes.filter((c) => c.verdict === verdict)) {
      lines.push(`  ${verdict.toUpperCase()} [${change.rule}] ${change.where}: ${change.explanation}`);
      lines.push(`      at ${toPointer(change.path)}`);
    }
  }
  lines.push(...typeLines(report, "  "));
  lines.push(`  ${report.gate.ok ? "ok" : "FAIL"}: ${report.gate.message}`);
  return lines.join("\n");
}

function toMarkdown(report: DiffReport): string {
  const lines = [
    `### ${report.api} ${report.current.version} (compared with ${report.base.label}, ${report.base.version})`,
    "",
    `${report.gate.ok ? "✅" : "❌"} ${report.gate.message} — ${summary(report)}.`,
  ];
  const table = (changes: ClassifiedChange[]): string[] => [
    "",
    "| where | what | pointer |",
    "| --- | --- | --- |",
    ...changes.map((c) => `| ${cell(c.where)} | ${cell(c.explanation)} | \`${cell(toPointer(c.path))}\` |`),
  ];
  const breaking = report.changes.filter((c) => c.verdict === "breaking");
  if (breaking.length > 0) {
    lines.push("", "**Breaking**", ...table(breaking));
  }
  const accepted = report.changes.filter((c) => c.verdict === "accepted");
  if (accepted.length > 0) {
    lines.push("", "<details><summary>Accepted deviations</summary>", ...table(accepted), "", "</details>");
  }
  const nonBreaking = report.changes.filter((c) => c.verdict === "non-breaking");
  if (nonBreaking.length > 0) {
    lines.push("", "**Non-breaking**, by rule", "");
    const byRule = new Map<string, ClassifiedChange[]>();
    for (const change of nonBreaking) {
      byRule.set(change.rule, [...(byRule.get(change.rule) ?? []), change]);
    }
    for (const [rule, changes] of byRule) {
      const sample = changes.slice(0, 3).map((c) => `${c.where}: ${c.explanation}`);
      const more = changes.length > sample.length ? `; and ${changes.length - sample.length} more` : "";
      lines.push(`- \`${rule}\` (${changes.length}): ${sample.join("; ")}${more}`);
    }
  }
  lines.push(...typeLines(report, "- "));
  return lines.join("\n");
}

function typeLines(report: DiffReport, prefix: string): string[] {
  if (!report.typeProblems) {
    return [];
  }
  if (report.typeProblems.length === 0) {
    return [`${prefix}types: the base's request types fit the new ones, the new response types fit the base's`];
  }
  return report.typeProblems.map((problem) => `${prefix}types: ${problem}`);
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function toJson(report: DiffReport) {
  return {
    ...report,
    counts: countVerdicts(report.changes),
    changes: report.changes.map((c) => ({
      verdict: c.verdict,
      rule: c.rule,
      where: c.where,
      explanation: c.explanation,
      pointer: toPointer(c.path),
      action: c.action,
      before: c.before,
      after: c.after,
    })),
  };
}
