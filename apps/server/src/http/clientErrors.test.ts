import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientErrors } from "./clientErrors.ts";

let server: Server;
let port: number;

beforeAll(async () => {
  server = answerClientErrors(
    createServer((_req, res) => res.end("ok")),
    "https://ki.example.org",
  ).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

// what the server answers to raw bytes Node's HTTP parser refuses
function rawExchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(request));
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk;
    });
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));

describe("requests the HTTP parser refuses", () => {
  it("a URL beyond the header limit gets 431 problem JSON", async () => {
    const answer = await rawExchange(`GET /partijen?q=${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/Content-Type: application\/problem\+json/);
    expect(bodyOf(answer)).toMatchObject({
      status: 431,
      code: "headers_too_large",
      type: "https://ki.example.org/ref/fouten/RequestHeaderFieldsTooLarge/",
    });
  });

  it("a malformed request line gets 400 problem JSON with invalidParams", async () => {
    const answer = await rawExchange("GET /a b c\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(answer)).toMatchObject({ status: 400, code: "invalid", invalidParams: [{ code: "parse_error" }] });
  });
});
