/**
 * The worker that empties the event outbox: at least once, in order per object, with retries.
 *
 * Each round claims a batch of rows in a transaction with `FOR UPDATE SKIP LOCKED`, so workers in
 * several processes share the work without sending a row twice at the same time. A row is only
 * claimable when no older row of the same object (and receiver) is still waiting, so event n+1 of
 * an object is never sent before event n was accepted. The rows stay locked while they are sent;
 * an accepted row is deleted, a refused one gets its next attempt after an exponential backoff.
 * Both happen in the claiming transaction: a worker that dies after sending but before that commit
 * leaves its rows in place, and they are sent again (at least once, never lost).
 * @module
 */
import type { Knex } from "knex";
import type { Logger } from "pino";
import type { DeliveryTarget } from "./outbox.ts";

/** A claimed outbox row. */
export interface OutboxRow {
  id: string;
  target: DeliveryTarget["name"];
  object_uuid: string;
  /** The message as JSON text, sent as it is. */
  payload: string;
  attempts: number;
}

/** How the worker paces itself; every value has a production default. */
export interface OutboxWorkerOptions {
  db: Knex;
  targets: readonly DeliveryTarget[];
  logger: Logger;
  /** Wait between rounds when there was nothing to send (default 1000 ms). */
  pollMs?: number;
  /** Rows per round (default 20); each is a different object, sent in parallel. */
  batchSize?: number;
  /** Give up on one request after this long; it counts as a failed attempt (default 10000 ms). */
  requestTimeoutMs?: number;
  /** First retry delay, doubled per failed attempt (default 1000 ms) … */
  backoffBaseMs?: number;
  /** … up to this (default 300000 ms, five minutes); rows are retried until accepted. */
  backoffMaxMs?: number;
  /**
   * Runs after a round's requests were answered and before their rows are marked, in the claiming
   * transaction; a throw there is a worker dying at the worst moment (tests).
   */
  afterSend?: (trx: Knex.Transaction, rows: OutboxRow[]) => Promise<void>;
}

/** A running worker. */
export interface OutboxWorker {
  /** Finishes the round under way, then stops. */
  stop(): Promise<void>;
}

/**
 * Starts the worker; it runs until {@link OutboxWorker.stop}.
 * @example
 * const worker = startOutboxWorker({ db, targets: deliveryTargets(config), logger });
 * // on shutdown:
 * await worker.stop();
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { logger, pollMs = 1000 } = options;
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = await deliverRound(options);
      } catch (error) {
        logger.error({ err: error }, "event outbox: a delivery round failed; its rows stay for the next one");
      }
      if (claimed === 0 && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, pollMs).unref();
        });
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}

/**
 * One round: claims up to `batchSize` deliverable rows, sends them, and in the same transaction
 * deletes the accepted ones and reschedules the rest. Returns how many rows it claimed.
 * @example
 * while ((await deliverRound({ db, targets, logger })) > 0) {}
 */
export async function deliverRound(options: OutboxWorkerOptions): Promise<number> {
  const { db, targets, logger, batchSize = 20, requestTimeoutMs = 10_000 } = options;
  const byName = new Map(targets.map((target) => [target.name, target]));
  return db.transaction(async (trx) => {
    const rows: OutboxRow[] = await trx("event_outbox as o")
      .select("o.id", "o.target", "o.object_uuid", "o.payload", "o.attempts")
      .whereIn("o.target", [...byName.keys()])
      .where("o.next_attempt_at", "<=", trx.fn.now())
      .whereNotExists(
        trx("event_outbox as e")
          .select(trx.raw("1"))
          .whereRaw("e.target = o.target and e.object_uuid = o.object_uuid and e.id < o.id"),
      )
      .orderBy("o.id")
      .limit(batchSize)
      .forUpdate()
      .skipLocked();
    if (rows.length === 0) {
      return 0;
    }
    const outcomes = await Promise.all(
      rows.map((row) => send(byName.get(row.target) as DeliveryTarget, row.payload, requestTimeoutMs)),
    );
    await options.afterSend?.(trx, rows);
    const accepted = rows.filter((_, index) => outcomes[index] === undefined).map((row) => row.id);
    if (accepted.length > 0) {
      await trx("event_outbox").whereIn("id", accepted).delete();
    }
    for (const [index, row] of rows.entries()) {
      const failure = outcomes[index];
      if (failure === undefined) {
        continue;
      }
      const attempts = row.attempts + 1;
      const delayMs = retryDelayMs(attempts, options);
      await trx("event_outbox")
        .where({ id: row.id })
        .update({
          attempts,
          last_error: failure.slice(0, 500),
          next_attempt_at: trx.raw("now() + ? * interval '1 millisecond'", [delayMs]),
        });
      // ids and the reason only: a payload may hold personal data
      logger.warn(
        { outboxId: row.id, target: row.target, attempts, retryInMs: delayMs, reason: failure },
        "event outbox: delivery refused; retrying later",
      );
    }
    return rows.length;
  });
}

/**
 * The wait before the next attempt after `attempts` failed ones: base, 2×base, 4×base, … up to max.
 * @example
 * retryDelayMs(1); // 1000
 * retryDelayMs(4); // 8000
 * retryDelayMs(30); // 300000
 */
export function retryDelayMs(
  attempts: number,
  { backoffBaseMs = 1000, backoffMaxMs = 300_000 }: Pick<OutboxWorkerOptions, "backoffBaseMs" | "backoffMaxMs"> = {},
): number {
  return Math.min(backoffBaseMs * 2 ** Math.min(attempts - 1, 40), backoffMaxMs);
}

// undefined when the receiver accepted (2xx), else why not
async function send(target: DeliveryTarget, payload: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers: {
        "Content-Type": target.contentType,
        ...(target.authorization ? { Authorization: target.authorization } : {}),
      },
      body: payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // the body is not read: it is not needed, and a receiver may echo what it was sent
    await response.body?.cancel();
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return `${(error as Error).name}${cause ? ` ${cause}` : ""}: ${(error as Error).message}`;
  }
}
