/**
 * `--profile`: the server children run with `--cpu-prof`; afterwards each profile is summed up by
 * where the self time went (package, or our own source folder) and by function.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a script lives, coarsely: `node_modules/<package>`, `apps/server/src/<folder>`, `node:…`.
 * @example
 * placeOf("file:///repo/node_modules/express/lib/router.js"); // "express"
 * placeOf("file:///repo/apps/server/src/http/auth.ts"); // "server/http"
 */
export function placeOf(url: string): string {
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module?.[1]) {
    return module[1];
  }
  const own = /\/(apps\/server|bench)\/src\/([^/]+)/.exec(url);
  if (own) {
    return `${own[1] === "bench" ? "bench" : "server"}/${own[2]?.replace(/\.ts$/, "")}`;
  }
  if (url === "") {
    return "(native, gc, idle)";
  }
  return url.startsWith("node:") ? url : "other";
}

/**
 * Self time per place and per function of one `.cpuprofile`, largest first, in percent.
 * @example
 * summarise(JSON.parse(readFileSync(file, "utf8"))).places[0]; // ["express", 23.4]
 */
export function summarise(profile: CpuProfile): { places: [string, number][]; functions: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    if (!node || node.callFrame.functionName === "(idle)") {
      return;
    }
    total += delta;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = placeOf(url);
    places.set(place, (places.get(place) ?? 0) + delta);
    const name = `${functionName || "(anonymous)"} ${place}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + delta);
  });
  const top = (map: Map<string, number>): [string, number][] =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).map(([name, time]) => [name, (100 * time) / Math.max(total, 1)]);
  return { places: top(places), functions: top(functions) };
}

/**
 * Prints the summary of the main-thread profile of each server child in a folder (files are named
 * `CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile`; thread 0 is the main thread, the others are
 * tsx's module loader).
 * @example
 * printProfiles(".data/bench-profiles/2026-…", new Map([[4242, "full"]]));
 */
export function printProfiles(dir: string, tiers: ReadonlyMap<number, string>): void {
  for (const file of readdirSync(dir)) {
    const [, pid, thread] = /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\.\d+\.cpuprofile$/.exec(file) ?? [];
    if (thread !== "0") {
      continue;
    }
    const { places, functions } = summarise(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile);
    console.log(`\nprofile of T-${tiers.get(Number(pid)) ?? pid}: ${join(dir, file)} (self time, idle left out)`);
    for (const [place, percent] of places.slice(0, 12)) {
      console.log(`  ${percent.toFixed(1).padStart(5)} %  ${place}`);
    }
    console.log("  top functions:");
    for (const [name, percent] of functions.slice(0, 12)) {
      console.log(`  ${percent.toFixed(1).padStart(5)} %  ${name}`);
    }
  }
}
