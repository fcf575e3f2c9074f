/**
 * The load generator, in a process of its own (so the server children do not share an event loop
 * with it): autocannon against one tier, rotating over the scenario's requests, driven by the
 * parent over IPC (`warmup`, then `measure`, then `exit`).
 * @module
 */
import autocannon from "autocannon";
import type { FromRunner, LoadSpec, ToRunner } from "./load.ts";

let next = 0;

function run(spec: LoadSpec, seconds: number): Promise<autocannon.Result> {
  const { requests } = spec;
  return autocannon({
    url: spec.origin,
    connections: spec.connections,
    duration: seconds,
    headers: { authorization: `Token ${spec.token}`, "content-type": "application/json" },
    requests: [
      {
        // every request takes the next of the scenario's requests, across all connections
        setupRequest: (request) => {
          const chosen = requests[next++ % requests.length];
          return { ...request, method: chosen?.method ?? "GET", path: chosen?.path ?? "/", body: chosen?.body };
        },
      },
    ],
  });
}

process.on("message", (message: ToRunner) => {
  if (message.type === "exit") {
    process.exit(0);
  }
  run(message.spec, message.seconds).then(
    (result) => {
      const reply: FromRunner = {
        type: "result",
        phase: message.type,
        requests: result.requests.total,
        seconds: result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      };
      process.send?.(reply);
    },
    (error: unknown) => process.send?.({ type: "error", message: String(error) } satisfies FromRunner),
  );
});
process.on("disconnect", () => process.exit(0));
