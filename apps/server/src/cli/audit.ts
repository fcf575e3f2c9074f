/**
 * `audit [--resource <collection>] [--uuid <uuid>] [--limit N]`: the audit trail for operators,
 * one line per write, newest first: when, who, what, which object and which fields were sent.
 * @module
 */
import type { Knex } from "knex";
import { type AuditQuery, type AuditRecord, readAuditTrail } from "../events/auditTrail.ts";

/** An audit command that cannot be run as given, with the reason to print. */
export class AuditError extends Error {
  override name = "AuditError";
}

const USAGE = "usage: audit [--resource <collection>] [--uuid <uuid>] [--limit N]   (N: 1-10000, default 50)";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLLECTION = /^[a-z][a-z-]{0,99}$/;

/**
 * Runs `audit …`, printing one line per record with `print`.
 * @example
 * await auditCommand(db, ["--resource", "partijen", "--limit", "5"], console.log);
 * // 2026-03-02T09:14:03.120Z  portaal  partial_update  partijen  5f0c…  fields: interneNotitie
 */
export async function auditCommand(db: Knex, args: string[], print: (line: string) => void): Promise<void> {
  const records = await readAuditTrail(db, parseAuditArgs(args));
  if (records.length === 0) {
    print("no audit records");
  }
  for (const record of records) {
    print(auditLine(record));
  }
}

/**
 * One record as the CLI prints it, tab-separated: time, actor (`-` for the server itself),
 * action, collection, uuid, sent fields.
 * @example
 * auditLine(record); // "2026-03-02T09:14:03.120Z\tportaal\tcreate\tpartijen\t5f0c…\tfields: soortPartij,indicatieActief"
 */
export function auditLine(record: AuditRecord): string {
  const fields = record.fields.length > 0 ? record.fields.join(",") : "-";
  return [
    record.at.toISOString(),
    record.actor ?? "-",
    record.action,
    record.collection,
    record.uuid,
    `fields: ${fields}`,
  ].join("\t");
}

function parseAuditArgs(args: string[]): AuditQuery {
  const query: AuditQuery = {};
  const rest = [...args];
  while (rest.length > 0) {
    // `--option value` or `--option=value`
    const word = rest.shift() as string;
    const equals = word.indexOf("=");
    const option = equals >= 0 ? word.slice(0, equals) : word;
    const value = equals >= 0 ? word.slice(equals + 1) : rest.shift();
    if (option === "--resource" && value !== undefined && COLLECTION.test(value)) {
      query.resource = value;
    } else if (option === "--uuid" && value !== undefined && UUID.test(value)) {
      query.uuid = value.toLowerCase();
    } else if (option === "--limit" && /^\d{1,5}$/.test(value ?? "") && Number(value) >= 1 && Number(value) <= 10_000) {
      query.limit = Number(value);
    } else {
      throw new AuditError(USAGE);
    }
  }
  return query;
}
