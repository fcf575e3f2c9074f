import { describe, expect, it } from "vitest";
import { parseArguments } from "./arguments.ts";

describe("parseArguments", () => {
  it("derives the Contactgegevens URL from a standard base URL", () => {
    const options = parseArguments(["--base-url", "https://x.nl/klantinteracties/api/v1/", "--token", "t"]);
    expect(options.contactgegevensUrl).toBe("https://x.nl/contactgegevens/api/v1");
    expect(options.reportDir).toBe("conformance-report");
  });
  it("requires a base URL and a token", () => {
    expect(() => parseArguments(["--token", "t"])).toThrow(/--base-url/);
  });
  it("parses --only into patterns", () => {
    expect(parseArguments(["--base-url", "http://a", "--token", "t", "--only", "auth,!auth/x"]).only).toEqual([
      "auth",
      "!auth/x",
    ]);
  });
});
