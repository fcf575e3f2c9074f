/**
 * Validators for contact details: telephone numbers and e-mail addresses. Shared by
 * `digitaleadressen` (`adres` of soort `telefoonnummer`/`email`) and `actoren` (a medewerker's or
 * organisatorische eenheid's `telefoonnummer`/`emailadres`). Each returns the reason a value is
 * rejected, in Dutch, or `undefined` when it is fine.
 * @module
 */
import { isIP } from "node:net";
import { domainToASCII } from "node:url";

// Service numbers (free, paid, government) are not a way to reach a person; they are refused
// before the format check so the caller learns why.
const FORBIDDEN_PHONE_PREFIXES = ["0800", "0900", "1400", "140"];
const PHONE_PATTERN = /^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$/;

/**
 * Why a telephone number is not acceptable, or `undefined` when it is: a Dutch number of ten
 * digits, or an international one written with `+` or `00`; no spaces; no 0800, 0900, 1400 or 140xx.
 * @example
 * validatePhone("0612345678"); // undefined
 * validatePhone("0800123456"); // "Het telefoonnummer is ongeldig: nummers die beginnen met …"
 * validatePhone("020 753 0523"); // "Het telefoonnummer is ongeldig."
 */
export function validatePhone(value: string): string | undefined {
  if (FORBIDDEN_PHONE_PREFIXES.some((prefix) => value.startsWith(prefix))) {
    return "Het telefoonnummer is ongeldig: nummers die beginnen met 0800, 0900, 1400 of 140xx zijn niet toegestaan.";
  }
  if (!PHONE_PATTERN.test(value)) {
    return "Het telefoonnummer is ongeldig.";
  }
  return undefined;
}

// The rules of Django's EmailValidator (RFC 5321/5322 in practice): a dot-atom or quoted local
// part, and a domain of dotted labels (a TLD of at least two characters, IDN allowed), `localhost`,
// or an IP literal in brackets.
const USER_PATTERN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a quoted local part may hold these
  /^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*|"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*")$/i;
const DOMAIN_PATTERN = /^(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z0-9-]{2,63}(?<!-)$/i;
const LITERAL_PATTERN = /^\[([A-F0-9:.]+)\]$/i;
const IDN_PATTERN = /^[-.A-Z0-9]*[\u{80}-\u{10ffff}][-.A-Z0-9\u{80}-\u{10ffff}]*$/iu;
const EMAIL_MAX_LENGTH = 320;
const INVALID_EMAIL = "Voer een geldig e-mailadres in.";

function isValidDomain(domain: string): boolean {
  if (DOMAIN_PATTERN.test(domain)) {
    return true;
  }
  const literal = LITERAL_PATTERN.exec(domain);
  return literal !== null && isIP(literal[1] ?? "") !== 0;
}

/**
 * Why an e-mail address is not acceptable, or `undefined` when it is (the rules of Django's
 * `EmailValidator`, which the reference uses).
 * @example
 * validateEmail("info@example.nl"); // undefined
 * validateEmail("info@example"); // "Voer een geldig e-mailadres in."
 */
export function validateEmail(value: string): string | undefined {
  if (!value || value.length > EMAIL_MAX_LENGTH) {
    return INVALID_EMAIL;
  }
  const at = value.lastIndexOf("@");
  if (at < 0) {
    return INVALID_EMAIL;
  }
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!USER_PATTERN.test(user)) {
    return INVALID_EMAIL;
  }
  if (domain === "localhost" || isValidDomain(domain)) {
    return undefined;
  }
  // an internationalised domain (e.g. `münchen.de`) is checked in its punycode form; only label
  // characters may go in, as the converter would otherwise drop paths, ports or whitespace
  const ascii = IDN_PATTERN.test(domain) ? domainToASCII(domain) : "";
  if (ascii !== "" && isValidDomain(ascii)) {
    return undefined;
  }
  return INVALID_EMAIL;
}
