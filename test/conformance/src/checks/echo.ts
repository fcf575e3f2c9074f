/**
 * Whether a server's representation carries what a client wrote: every written value comes back
 * (references by uuid, timestamps by instant), extra server fields are fine.
 * @module
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/**
 * The dotted paths of written values that the representation does not carry back.
 * @example
 * differences({ naam: "a" }, { naam: "b", uuid: "…" }); // ["naam"]
 */
export function differences(sent: unknown, received: unknown, path = ""): string[] {
  if (sent === null || typeof sent !== "object") {
    if (typeof sent === "string" && typeof received === "string" && DATE_TIME.test(sent) && DATE_TIME.test(received)) {
      return Date.parse(sent) === Date.parse(received) ? [] : [path];
    }
    return sent === received ? [] : [path || "(root)"];
  }
  if (Array.isArray(sent)) {
    if (!Array.isArray(received) || received.length !== sent.length) {
      return [path];
    }
    return sent.flatMap((item, i) => differences(item, received[i], `${path}.${i}`));
  }
  if (received === null || typeof received !== "object") {
    return [path];
  }
  const written = sent as Record<string, unknown>;
  const read = received as Record<string, unknown>;
  if (Object.keys(written).length === 1 && typeof written.uuid === "string") {
    return written.uuid === read.uuid ? [] : [path];
  }
  return Object.entries(written).flatMap(([key, value]) =>
    differences(value, read[key], path ? `${path}.${key}` : key),
  );
}
