/**
 * A self-contained HTML page of a run: the verdict per class, summaries per class, resource and
 * kind, and each failure with its rule, request and response excerpt.
 * @module
 */
import { curlCommand } from "../http/exchange.ts";
import type { RunReport } from "../run/conformance.ts";
import { type Tally, tallyBy, verdicts } from "../run/result.ts";
import { xml } from "./junit.ts";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1d1d1f}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f3f3f3}.conformant{color:#1a7f37;font-weight:600}.not{color:#c62828;font-weight:600}
details{border:1px solid #e0e0e0;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}summary{cursor:pointer}
pre{background:#f7f7f7;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;font-size:12px}code{font-size:12px}`;

function tallyTable(title: string, tallies: Map<string, Tally>): string {
  const rows = [...tallies.entries()]
    .map(
      ([name, tally]) =>
        `<tr><td>${xml(name)}</td><td>${tally.passed}</td><td>${tally.failed}</td><td>${tally.skipped}</td></tr>`,
    )
    .join("");
  return `<h2>${title}</h2><table><tr><th></th><th>passed</th><th>failed</th><th>skipped</th></tr>${rows}</table>`;
}

/**
 * The HTML page of a run.
 * @example
 * writeFileSync("index.html", htmlReport(report));
 */
export function htmlReport(report: RunReport): string {
  const verdict = verdicts(report.results);
  const failed = report.results.filter((result) => result.outcome === "failed");
  const passed = report.results.filter((result) => result.outcome === "passed").length;
  const verdictRows = Object.entries(verdict)
    .map(
      ([name, value]) =>
        `<tr><td>${name}</td><td class="${value === "conformant" ? "conformant" : value === "not conformant" ? "not" : ""}">${value}</td></tr>`,
    )
    .join("");
  const failures = failed
    .map((result) => {
      const evidence = result.evidence;
      const exchange = evidence
        ? `<p><b>Request</b></p><pre>${xml(curlCommand(evidence.request))}</pre><p><b>Response</b> ${evidence.response.status} <code>${xml(evidence.response.headers["content-type"] ?? "")}</code></p><pre>${xml(evidence.response.bodyText.slice(0, 3000))}</pre>${evidence.violations.length ? `<p><b>Contract deviations</b></p><pre>${xml(evidence.violations.join("\n"))}</pre>` : ""}`
        : "";
      return `<details><summary><code>${xml(result.id)}</code>: ${xml(result.message?.slice(0, 200) ?? "")}</summary><p><b>Rule</b>: ${xml(result.rule)}<br><b>Contract</b>: <code>${xml(result.reference)}</code></p><pre>${xml(result.message ?? "")}</pre>${result.notes.length ? `<p>${xml(result.notes.join("; "))}</p>` : ""}${exchange}</details>`;
    })
    .join("\n");
  const all = report.results
    .map(
      (result) =>
        `<tr><td><code>${xml(result.id)}</code></td><td>${result.outcome}</td><td>${xml(result.rule)}</td><td><code>${xml(result.reference)}</code></td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Klantinteracties conformance report</title><style>${STYLE}</style></head><body>
<h1>Klantinteracties conformance report</h1>
<p>Target: ${Object.entries(report.target.baseUrls)
    .map(([api, url]) => `${api} <code>${xml(String(url))}</code>`)
    .join(", ")}<br>Contract: ${Object.entries(report.contractVersions)
    .map(([api, version]) => `${api} ${version}`)
    .join(
      ", ",
    )}<br>Run: ${report.startedAt} – ${report.finishedAt}, seed ${report.seed}, ${report.runs} generated bodies per property check</p>
<p><b>${passed} passed, ${failed.length} failed</b></p>
<h2>Verdict per conformance class</h2><table><tr><th>class</th><th>verdict</th></tr>${verdictRows}</table>
${tallyTable(
  "Per class",
  tallyBy(report.results, (result) => result.conformanceClass),
)}
${tallyTable(
  "Per resource",
  tallyBy(report.results, (result) => result.resource),
)}
${tallyTable(
  "Per kind",
  tallyBy(report.results, (result) => result.kind),
)}
<h2>Failures (${failed.length})</h2>${failures || "<p>None.</p>"}
<h2>Not covered by a check</h2><p>${report.uncovered.map((item) => `<code>${xml(item)}</code>`).join(" ") || "Nothing."}</p>
<h2>All checks</h2><table><tr><th>id</th><th>outcome</th><th>rule</th><th>contract</th></tr>${all}</table>
</body></html>
`;
}
