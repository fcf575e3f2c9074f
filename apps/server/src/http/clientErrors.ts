/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers beyond the
 * 16 KiB limit, a malformed request line, invalid header characters): answered as problem JSON
 * like every other error, instead of Node's bare `400`/`431` without a body.
 * @module
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";
import { Problem, toProblemBody } from "./problem.ts";

/**
 * Makes `server` answer parser errors with problem JSON; returns the server.
 * `typeBase` is the origin of the `type` URLs (the request's host is not known yet).
 * @example
 * const server = answerClientErrors(app.listen(8000), "https://ki.example.org");
 */
export function answerClientErrors<S extends Server>(server: S, typeBase = "http://localhost"): S {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // a connection that broke or timed out has no one left to answer
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const problem =
      error.code === "HPE_HEADER_OVERFLOW"
        ? new Problem("headers_too_large", "De URL en headers samen zijn groter dan de 16 KiB die de server leest.")
        : Problem.invalid(
            [{ name: "nonFieldErrors", code: "parse_error", reason: "Het HTTP-verzoek kon niet worden gelezen." }],
            "Het HTTP-verzoek is misvormd.",
          );
    const body = JSON.stringify(toProblemBody(problem, typeBase));
    const status = problem.kind === "headers_too_large" ? "431 Request Header Fields Too Large" : "400 Bad Request";
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
