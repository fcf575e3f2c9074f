/**
 * Bundles the server (src/main.ts and what it imports, the contract package included) into
 * dist/ with esbuild, so that `npm start` runs JavaScript on plain node instead of compiling
 * TypeScript through tsx at every start (tsx's launcher is a second node process, and its loader
 * transforms every module). npm packages stay external: node loads them from node_modules.
 * Plain JavaScript, because it runs before anything could compile TypeScript.
 *
 * `node scripts/build.mjs` builds; `npm start` calls {@link buildServer}, which skips the build
 * while dist/ is newer than every file it was built from.
 * @module
 */
import { readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SERVER = fileURLToPath(new URL("..", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
// the files the last build read, with this script and the package's manifest: its freshness
const INPUTS = `${DIST}inputs.json`;

/**
 * Builds dist/main.js unless it is up to date; resolves to whether it built.
 * @example
 * await buildServer();
 * await import("../dist/main.js");
 */
export async function buildServer({ force = false } = {}) {
  if (!force && (await upToDate())) {
    return false;
  }
  // a source saved while esbuild reads the sources is newer than this, so the next start rebuilds
  const startedAt = new Date();
  const { build, stop } = await import("esbuild");
  const result = await build({
    absWorkingDir: SERVER,
    entryPoints: ["src/main.ts"],
    outdir: DIST,
    bundle: true,
    // a chunk per dynamic import, so that modules imported only when needed (embeddedPostgres.ts,
    // which hooks process exit) still load only then, with their packages
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
    plugins: [packagesFromNodeModules, sourceLocations],
  });
  // esbuild's service process would otherwise stay beside the server for as long as it runs
  await stop();
  // chunks are named by their content hash: those of earlier builds go
  const outputs = new Set(Object.keys(result.metafile.outputs).map((output) => resolve(SERVER, output)));
  for (const file of await readdir(DIST)) {
    if (!outputs.has(resolve(DIST, file)) && resolve(DIST, file) !== INPUTS) {
      await rm(resolve(DIST, file), { force: true });
    }
  }
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(SERVER, input));
  inputs.push(fileURLToPath(import.meta.url), `${SERVER}package.json`);
  await writeFile(INPUTS, JSON.stringify(inputs));
  await utimes(INPUTS, startedAt, startedAt);
  return true;
}

async function upToDate() {
  try {
    const built = (await stat(INPUTS)).mtimeMs;
    const inputs = JSON.parse(await readFile(INPUTS, "utf8"));
    const modified = await Promise.all(inputs.map(async (input) => (await stat(input)).mtimeMs));
    return modified.every((mtime) => mtime < built);
  } catch {
    // never built, or an input is gone
    return false;
  }
}

// every bare import is an npm package, except the workspace's own TypeScript packages
const packagesFromNodeModules = {
  name: "packages-from-node-modules",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@klantinteracties/") ? undefined : { external: true },
    );
  },
};

// `import.meta.url` stays the source file's URL: paths next to the source (the contract's dist/,
// the repository's .data/) resolve as they do when the TypeScript runs as is
const sourceLocations = {
  name: "source-locations",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, "utf8")).replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: "ts",
    }));
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServer({ force: true });
}
