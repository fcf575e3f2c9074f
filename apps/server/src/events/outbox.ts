/**
 * The event outbox: a write listener that stores the message of every announced write in
 * `event_outbox`, in the write's own transaction. A committed write therefore always has its
 * messages waiting (a crash after the commit loses nothing), a rolled-back write never has any;
 * the worker (outboxWorker.ts) sends them and deletes each once its receiver accepted it.
 * @module
 */
import type { Config } from "../config.ts";
import type { WriteListener } from "../resources/writeEvents.ts";
import { cloudEvent, notificatie } from "./eventMessages.ts";
import { KANALEN, kenmerkenOf } from "./kanalen.ts";

/** A receiver of announced writes, from the configuration. */
export interface DeliveryTarget {
  /** Also the `target` column of its outbox rows. */
  name: "notificaties" | "cloudevents";
  url: string;
  /** Sent as the `Authorization` header when set. */
  authorization: string | undefined;
  contentType: string;
  /** The message of a write for this receiver. */
  message: (...args: Parameters<typeof notificatie>) => unknown;
}

/**
 * The receivers the configuration names: none unless `NOTIFICATIONS_URL` or
 * `CLOUDEVENTS_WEBHOOK_URL` is set.
 * @example
 * deliveryTargets(loadConfig({ NOTIFICATIONS_URL: "https://nrc.example.org/api/v1/notificaties" })).map((t) => t.name); // ["notificaties"]
 */
export function deliveryTargets(
  config: Pick<
    Config,
    | "notificationsUrl"
    | "notificationsToken"
    | "cloudEventsWebhookUrl"
    | "cloudEventsWebhookToken"
    | "cloudEventsSource"
  >,
): DeliveryTarget[] {
  const targets: DeliveryTarget[] = [];
  if (config.notificationsUrl) {
    targets.push({
      name: "notificaties",
      url: config.notificationsUrl,
      authorization: config.notificationsToken,
      contentType: "application/json",
      message: notificatie,
    });
  }
  if (config.cloudEventsWebhookUrl) {
    const source = config.cloudEventsSource;
    targets.push({
      name: "cloudevents",
      url: config.cloudEventsWebhookUrl,
      authorization: config.cloudEventsWebhookToken,
      contentType: "application/cloudevents+json; charset=utf-8",
      message: (event, kanaal, kenmerken) => cloudEvent(event, kanaal, kenmerken, source),
    });
  }
  return targets;
}

/**
 * The write listeners that fill the outbox for `targets`: none when there is no receiver, so a
 * server without event delivery never fills the table.
 * @example
 * createApp({ db, config, onWrite: outboxListeners(deliveryTargets(config)) });
 */
export function outboxListeners(targets: readonly DeliveryTarget[]): WriteListener[] {
  return targets.length > 0 ? [outboxListener(targets)] : [];
}

/**
 * Stores one message per receiver for each write of an announced collection (see KANALEN).
 * @example
 * const listener = outboxListener(deliveryTargets(config));
 */
export function outboxListener(targets: readonly DeliveryTarget[]): WriteListener {
  return async (trx, event) => {
    const kanaal = KANALEN.get(event.collection);
    if (!kanaal) {
      return;
    }
    const kenmerken = await kenmerkenOf(trx, kanaal, event);
    await trx("event_outbox").insert(
      targets.map((target) => ({
        target: target.name,
        object_uuid: event.uuid,
        payload: JSON.stringify(target.message(event, kanaal, kenmerken)),
      })),
    );
  };
}
