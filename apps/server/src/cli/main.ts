/**
 * `npm run cli -- <command>`: operator commands against the server's database (`DATABASE_URL`,
 * or the embedded PostgreSQL under `<repo>/.data/`).
 *
 *   migrate                      bring the schema up to date
 *   token create <identifier> [--scopes a,b]   create a token (default scope *) and print its secret once
 *   token list                   identifiers, scopes, creation and last use (never secrets)
 *   token revoke <identifier>    delete a token
 *   seed --demo                  store a small, realistic demo data set
 *   audit [--resource <collection>] [--uuid <uuid>] [--limit N]   the audit trail, newest first
 *   serve                        run the server, as `npm start` does
 * @module
 */
import pino from "pino";
import { ConfigError, loadConfig } from "../config.ts";
import { migrate } from "../db/migrations/index.ts";
import { openDatabase } from "../db/openDatabase.ts";
import { AuditError, auditCommand } from "./audit.ts";
import { migrateCommand } from "./migrate.ts";
import { seedDemo } from "./seedDemo.ts";
import { TokenError, tokenCommand } from "./tokens.ts";

const USAGE =
  "usage: cli migrate | cli token create <identifier> [--scopes …] | cli token list | cli token revoke <identifier> | cli seed --demo | cli audit [--resource …] [--uuid …] [--limit N] | cli serve";

const [command, ...args] = process.argv.slice(2);
if (command === "serve") {
  // the server owns its database, signals and exit from here on
  await import("../main.ts");
} else if (
  !(
    command === "migrate" ||
    command === "token" ||
    command === "audit" ||
    (command === "seed" && args[0] === "--demo" && args.length === 1)
  )
) {
  console.error(USAGE);
  process.exit(2);
}

if (command === "serve") {
  // keep running: main.ts listens until a signal
  await new Promise(() => undefined);
}

let databaseUrl: string | undefined;
try {
  databaseUrl = loadConfig().databaseUrl;
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
// logs go to stderr so that stdout holds only the command's output (a secret, a list)
const logger = pino({ level: "warn" }, pino.destination(2));
const database = await openDatabase({ databaseUrl, logger });
let exitCode = 0;
try {
  if (command === "migrate") {
    await migrateCommand(database.db, console.log);
  } else if (command === "seed") {
    await migrate(database.db);
    const counts = await seedDemo(database.db);
    console.log(
      counts
        ? `demo data stored: ${Object.entries(counts)
            .map(([collection, count]) => `${count} ${collection}`)
            .join(", ")}`
        : "the demo data is already there; nothing stored",
    );
  } else if (command === "audit") {
    await migrate(database.db);
    await auditCommand(database.db, args, console.log);
  } else {
    // a token table must exist before tokens can be made
    await migrate(database.db);
    await tokenCommand(database.db, args, console.log);
  }
} catch (error) {
  if (!(error instanceof TokenError || error instanceof AuditError)) {
    throw error;
  }
  console.error(error.message);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
