import { describe, expect, it } from "vitest";
import { acceptDeviations } from "./accepted.ts";
import { findChanges } from "./changes.ts";
import { object, tinyContract } from "./contract-pairs.ts";
import { classify } from "./rules.ts";

describe("accepted deviations", () => {
  it("mark a breaking change as accepted only when rule and pattern both match", () => {
    const base = tinyContract({ request: object({ naam: { type: "string" } }) });
    const current = tinyContract({ request: object({ naam: { type: "string", maxLength: 80 } }) });
    const changes = findChanges(base, current).map(classify);
    const why = "names are at most 80 long";
    const accepted = acceptDeviations(changes, [{ rule: "limit", match: "`naam`.*maxLength 80", why }]);
    expect(accepted.map((c) => c.verdict)).toEqual(["accepted"]);
    expect(accepted[0]?.explanation).toContain(why);
    const otherRule = acceptDeviations(changes, [{ rule: "type", match: "`naam`", why }]);
    expect(otherRule.map((c) => c.verdict)).toEqual(["breaking"]);
  });
});
