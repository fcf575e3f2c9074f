import { describe, expect, it } from "vitest";
import { placeOf, summarise } from "./profile.ts";

describe("placeOf", () => {
  it("names packages, our own source folders and node internals", () => {
    expect(placeOf("file:///repo/node_modules/express/lib/router.js")).toBe("express");
    expect(placeOf("file:///repo/node_modules/@redocly/ajv/dist/core.js")).toBe("@redocly/ajv");
    expect(placeOf("file:///repo/apps/server/src/http/auth.ts")).toBe("server/http");
    expect(placeOf("file:///repo/bench/src/rawServer.ts")).toBe("bench/rawServer");
    expect(placeOf("node:internal/http")).toBe("node:internal/http");
  });
});

describe("summarise", () => {
  it("shares out the sampled time by place, leaving idle out", () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(idle)", "") },
        { id: 2, callFrame: frame("handle", "file:///r/node_modules/express/lib/router.js") },
        { id: 3, callFrame: frame("query", "file:///r/node_modules/pg/lib/client.js") },
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [100, 30, 30, 40],
    };
    expect(summarise(profile).places).toEqual([
      ["express", 60],
      ["pg", 40],
    ]);
  });
});
