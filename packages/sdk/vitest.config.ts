import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // the integration tests run the reference server: the same database setup as its own tests
    globalSetup: ["../../apps/server/test/globalSetup.ts"],
    hookTimeout: 60_000,
    // the server compiles each operation's validator on first use: seconds on a busy machine
    testTimeout: 30_000,
    // type tests (*.test-d.ts) run through tsc and count like any other test
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
  },
});
