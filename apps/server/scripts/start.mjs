/**
 * `npm start`: builds dist/ when a source changed (scripts/build.mjs, ≈ 0.5 s) and runs the
 * server from it on plain node. node:cluster workers (`WEB_CONCURRENCY` > 1) run this file
 * again and go straight to dist/, which their primary has just built.
 * @module
 */
import cluster from "node:cluster";

if (cluster.isPrimary) {
  const { buildServer } = await import("./build.mjs");
  await buildServer();
}
// stack traces in the log name the TypeScript source's lines, as they did under tsx
process.setSourceMapsEnabled(true);
await import("../dist/main.js");
