/**
 * The two message shapes a write can be announced in: a Notificaties API notificatie (the shape
 * of the reference) and a CloudEvent in JSON structured mode. Both are built once, when the write
 * commits, and stored as they are sent, so a retry sends the same bytes (and the same CloudEvent
 * `id`, which lets a receiver drop duplicates).
 * @module
 */
import { randomUUID } from "node:crypto";
import type { WriteEvent } from "../resources/writeEvents.ts";
import { apiRoot, type Kanaal, type Kenmerken } from "./kanalen.ts";

/** A message of the Notificaties API (`POST /notificaties`). */
export interface Notificatie {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: WriteEvent["action"];
  aanmaakdatum: string;
  kenmerken: Kenmerken;
}

/**
 * The notificatie of a write; `hoofdObject` is the object itself, as every kanaal here is its
 * main resource's own.
 * @example
 * notificatie(event, KANALEN.get("partijen")!, { soortPartij: "persoon" });
 * // { kanaal: "partijen", hoofdObject: url, resource: "partij", resourceUrl: url, actie: "create", aanmaakdatum: "2026-…Z", kenmerken: { soortPartij: "persoon" } }
 */
export function notificatie(event: WriteEvent, kanaal: Kanaal, kenmerken: Kenmerken): Notificatie {
  return {
    kanaal: kanaal.kanaal,
    hoofdObject: event.url,
    resource: kanaal.resource,
    resourceUrl: event.url,
    actie: event.action,
    aanmaakdatum: event.at.toISOString(),
    kenmerken,
  };
}

/** A CloudEvent 1.0 in JSON structured mode. */
export interface CloudEvent {
  specversion: "1.0";
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: "application/json";
  data: { resourceUrl: string; kenmerken: Kenmerken };
}

/** The prefix of every CloudEvent type: `<prefix>.<resource>.<actie>`. */
export const CLOUD_EVENT_TYPE_PREFIX = "nl.overheid.klantinteracties";

/**
 * The CloudEvent of a write: type `nl.overheid.klantinteracties.<resource>.<actie>` with the
 * notificatie's resource and actie names, subject the object's uuid, source `source` or else the
 * API root the object lives under.
 * @example
 * cloudEvent(event, KANALEN.get("internetaken")!, { status: "te_verwerken" });
 * // { specversion: "1.0", type: "nl.overheid.klantinteracties.internetaak.create", subject: uuid, source: "https://…/klantinteracties/api/v1", … }
 */
export function cloudEvent(event: WriteEvent, kanaal: Kanaal, kenmerken: Kenmerken, source?: string): CloudEvent {
  return {
    specversion: "1.0",
    id: randomUUID(),
    source: source ?? apiRoot(event),
    type: `${CLOUD_EVENT_TYPE_PREFIX}.${kanaal.resource}.${event.action}`,
    subject: event.uuid,
    time: event.at.toISOString(),
    datacontenttype: "application/json",
    data: { resourceUrl: event.url, kenmerken },
  };
}
