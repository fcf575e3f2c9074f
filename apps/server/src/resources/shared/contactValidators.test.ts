import { describe, expect, it } from "vitest";
import { validateEmail, validatePhone } from "./contactValidators.ts";

describe("validatePhone", () => {
  it.each(["0612345678", "+31612345678", "0031612345678", "00311234567", "+441134960000", "0881234567"])(
    "accepts %s",
    (value) => {
      expect(validatePhone(value)).toBeUndefined();
    },
  );

  it.each(["0800123456", "0900123456", "1400", "14020"])(
    "refuses the service number %s with its own reason",
    (value) => {
      expect(validatePhone(value)).toMatch(/0800, 0900, 1400 of 140xx/);
    },
  );

  it.each(["020 753 0523", "+311234", "316123456789", "06-12345678", "0012345", "", "061234567a"])(
    "refuses the malformed %s",
    (value) => {
      expect(validatePhone(value)).toBe("Het telefoonnummer is ongeldig.");
    },
  );
});

describe("validateEmail", () => {
  it.each([
    "info@example.nl",
    "Jan.de-Vries+post@sub.example.co.uk",
    "user@localhost",
    "user@[127.0.0.1]",
    "user@[::1]",
    '"quoted\\ name"@example.nl',
    "user@münchen.de",
    "a!#$%&'*+/=?^_`{}|~@example.org",
  ])("accepts %s", (value) => {
    expect(validateEmail(value)).toBeUndefined();
  });

  it.each([
    "",
    "plain",
    "@example.nl",
    "user@",
    "user@example",
    "user@example.n",
    "user@-example.nl",
    "user@example-.nl",
    "user@example.nl-",
    "user..dots@example.nl",
    ".user@example.nl",
    "user.@example.nl",
    "user name@example.nl",
    '"quoted name"@example.nl',
    " user@example.nl",
    "user@example.nl\n",
    "user@[999.1.1.1]",
    "user@exa_mple.nl",
    "user@münchen.de\n",
    "user@münchen.de/pad",
    "user@münch%65n.de",
    `${"a".repeat(310)}@example.nl`,
  ])("refuses %j", (value) => {
    expect(validateEmail(value)).toBe("Voer een geldig e-mailadres in.");
  });
});
