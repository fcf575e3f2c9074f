/**
 * `klantinteracties-conformance`: runs the suite against a server, writes the reports and exits
 * 0 (conformant), 1 (a check failed) or 2 (the server cannot be used, or wrong arguments).
 * @module
 */

import { type CliOptions, parseArguments } from "./arguments.ts";
import { buildCatalogue } from "./checks/catalogue.ts";
import { ContractIndex } from "./contract/operations.ts";
import { failureLine, summaryText } from "./report/console.ts";
import { writeReports } from "./report/writeReports.ts";
import { runConformance, TargetUnusable } from "./run/conformance.ts";
import { isSelected } from "./run/selection.ts";

/**
 * Runs the command line and returns the exit code.
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options.list) {
    for (const check of buildCatalogue(new ContractIndex()).checks) {
      if (isSelected(check.id, options.only)) {
        console.log(`${check.id}\t${check.rule}`);
      }
    }
    return 0;
  }
  try {
    const report = await runConformance({
      target: {
        baseUrls: { klantinteracties: options.baseUrl, contactgegevens: options.contactgegevensUrl },
        token: options.token,
      },
      only: options.only,
      seed: options.seed,
      runs: options.runs,
      onResult: (result) => {
        if (result.outcome === "failed") {
          console.log(failureLine(result));
        }
      },
    });
    const files = writeReports(report, options.reportDir);
    console.log(`\nseed ${report.seed}; reports: ${files.join(", ")}`);
    console.log(summaryText(report));
    return report.results.some((result) => result.outcome === "failed") ? 1 : 0;
  } catch (error) {
    if (error instanceof TargetUnusable) {
      console.error(error.message);
      console.log("0 passed, 0 failed");
      return 2;
    }
    throw error;
  }
}
