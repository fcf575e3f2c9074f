/**
 * `nummer` and `referentienummer` of partijen, klantcontacten and interne taken: optional, digits
 * only, unique over their collection. Empty text means "none" and is stored as `null`, so two
 * objects without a number never collide on the unique index.
 * @module
 */
import type { InvalidParam } from "../../http/problem.ts";
import type { Write } from "../resource.ts";

type NummerField = "nummer" | "referentienummer";

const DIGITS = /^[0-9]+$/;

/**
 * The rule and the stored values of a collection's number fields; the field names are also the
 * column names.
 * @example
 * const nummers = kenmerknummers("klantcontacten", "klantcontact", ["nummer", "referentienummer"]);
 * defineResource({ …, rules: [nummers.rule], derive: nummers.derive });
 */
export function kenmerknummers(table: string, model: string, fields: readonly NummerField[]) {
  return {
    /** Digits only (400 `invalid`) and not taken by another object (400 `unique`), per field. */
    async rule({ body, existing, trx }: Write<{ id: string | number }>): Promise<InvalidParam[]> {
      const errors: InvalidParam[] = [];
      for (const field of fields) {
        const value = body[field];
        if (typeof value !== "string" || value === "") {
          continue;
        }
        if (!DIGITS.test(value)) {
          errors.push({ name: field, code: "invalid", reason: "Mag alleen uit cijfers bestaan." });
          continue;
        }
        const taken = trx(table).where(field, value).first("id");
        if (existing) {
          taken.whereNot("id", existing.id);
        }
        if (await taken) {
          errors.push({ name: field, code: "unique", reason: `Er bestaat al een ${model} met dit ${field}.` });
        }
      }
      return errors;
    },
    /** `null` for each number field sent as empty text. */
    derive({ body }: Pick<Write<unknown>, "body">): Record<string, null> {
      return Object.fromEntries(fields.filter((field) => body[field] === "").map((field) => [field, null]));
    },
  };
}
