import type { Middleware } from "openapi-fetch";

/**
 * Middleware that sends `Authorization: Token <token>` with every request, the scheme of the
 * Klantinteracties API. The clients install it; use it directly on a client you made yourself.
 * @example
 * import createClient from "openapi-fetch";
 * import { tokenAuth, type KlantinteractiesPaths } from "@klantinteracties/sdk";
 * const client = createClient<KlantinteractiesPaths>({ baseUrl });
 * client.use(tokenAuth(process.env.KLANTINTERACTIES_TOKEN ?? ""));
 */
export function tokenAuth(token: string): Middleware {
  if (token.trim() === "") {
    throw new TypeError("tokenAuth: the token is empty");
  }
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Token ${token}`);
      return request;
    },
  };
}
