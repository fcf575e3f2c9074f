/**
 * The command line of `klantinteracties-conformance`.
 * @module
 */
import { parseArgs } from "node:util";
import { parsePatterns } from "./run/selection.ts";

export const USAGE = `klantinteracties-conformance --base-url <url> --token <token> [options]

  --base-url <url>             base URL of the Klantinteracties API, e.g. https://host/klantinteracties/api/v1
  --contactgegevens-url <url>  base URL of the Contactgegevens API (default: derived from --base-url
                               when it ends in /klantinteracties/api/v1; otherwise those checks are skipped)
  --token <token>              API token, sent as "Authorization: Token <token>"
  --only <patterns>            comma-separated check ids or prefixes, * as wildcard, !pattern to exclude
  --report-dir <dir>           where junit.xml, index.html and report.json go (default ./conformance-report)
  --seed <n>                   seed of the generated bodies (default: time-based, printed)
  --runs <n>                   generated bodies per property-based check (default 12)
  --list                       print the selected checks and exit

Exit code: 0 all selected checks pass, 1 a check fails, 2 the server cannot be used (or bad arguments).`;

/** Parsed options. */
export interface CliOptions {
  baseUrl: string;
  contactgegevensUrl?: string;
  token: string;
  only: string[];
  reportDir: string;
  seed?: number;
  runs?: number;
  list: boolean;
}

/**
 * Parses the arguments; throws with a message on wrong usage.
 * @example
 * parseArguments(["--base-url", "http://x/klantinteracties/api/v1", "--token", "t"]).contactgegevensUrl;
 * // "http://x/contactgegevens/api/v1"
 */
export function parseArguments(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      "base-url": { type: "string" },
      "contactgegevens-url": { type: "string" },
      token: { type: "string" },
      only: { type: "string" },
      "report-dir": { type: "string" },
      seed: { type: "string" },
      runs: { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) {
    throw new Error(USAGE);
  }
  const baseUrl = values["base-url"]?.replace(/\/$/, "");
  if (!baseUrl || !values.token) {
    throw new Error(`--base-url and --token are required\n\n${USAGE}`);
  }
  const derived = /\/klantinteracties\/api\/v1$/.test(baseUrl)
    ? baseUrl.replace(/\/klantinteracties\/api\/v1$/, "/contactgegevens/api/v1")
    : undefined;
  const number = (value: string | undefined, name: string) => {
    if (value === undefined) {
      return undefined;
    }
    if (!/^\d+$/.test(value)) {
      throw new Error(`--${name} must be a whole number`);
    }
    return Number(value);
  };
  return {
    baseUrl,
    contactgegevensUrl: values["contactgegevens-url"]?.replace(/\/$/, "") ?? derived,
    token: values.token,
    only: parsePatterns(values.only),
    reportDir: values["report-dir"] ?? "conformance-report",
    seed: number(values.seed, "seed"),
    runs: number(values.runs, "runs"),
    list: values.list ?? false,
  };
}
