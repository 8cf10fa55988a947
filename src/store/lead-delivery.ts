import type { Logger } from "../logging/index.ts";
import { exponentialBackoff, type Backoff } from "./backoff.ts";
import { signLeadBody } from "./lead-signature.ts";
import type { ClaimedLead, Outbox } from "./outbox.ts";

export interface LeadDeliveryOptions {
  store: { outbox: Outbox };
  /** LEAD_WEBHOOK_URL. */
  url: string;
  /** LEAD_WEBHOOK_SECRET. */
  secret: string;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  /** Attempts before a lead is dead-lettered (status `dead`, kept for an operator). */
  maxAttempts?: number;
  backoff?: Backoff;
  /** How often `start()` looks for due leads. */
  pollIntervalMs?: number;
  /** A single POST gives up after this long. */
  requestTimeoutMs?: number;
  /** Leads taken per round. */
  batchSize?: number;
  clock?: () => number;
}

/** How one round went. */
export interface DeliveryRound {
  delivered: number;
  retrying: number;
  dead: number;
}

export interface LeadDelivery {
  /** Sends every lead due now, once each. */
  runOnce(): Promise<DeliveryRound>;
  /** Polls in the background until `stop()`. */
  start(): void;
  /** Stops polling and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * Delivers queued leads to the CRM webhook as the contract says (signed JSON, the lead id as
 * idempotency key), retrying with backoff until a 2xx answer. All state is in the outbox table,
 * so a restart picks up where the last process stopped.
 */
export function createLeadDelivery(options: LeadDeliveryOptions): LeadDelivery {
  const {
    store,
    url,
    secret,
    logger,
    fetch = globalThis.fetch,
    maxAttempts = 8,
    backoff = exponentialBackoff(),
    pollIntervalMs = 5_000,
    requestTimeoutMs = 10_000,
    batchSize = 10,
    clock = Date.now,
  } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<DeliveryRound> | undefined;
  let stopped = true;

  async function post(claim: ClaimedLead): Promise<string | undefined> {
    const body = JSON.stringify(claim.lead);
    const timestamp = Math.floor(clock() / 1000);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": claim.leadId,
          "X-Advisor-Timestamp": String(timestamp),
          "X-Advisor-Signature": signLeadBody(secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      await response.body?.cancel();
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }

  async function round(): Promise<DeliveryRound> {
    const result: DeliveryRound = { delivered: 0, retrying: 0, dead: 0 };
    const claims = await store.outbox.claimDue({ limit: batchSize, leaseMs: requestTimeoutMs * 3 });
    for (const claim of claims) {
      const error = await post(claim);
      const log = { leadId: claim.leadId, attempt: claim.attempt };
      if (error === undefined) {
        await store.outbox.markDelivered(claim.leadId);
        logger.info(log, "lead delivered");
        result.delivered += 1;
      } else if (claim.attempt >= maxAttempts) {
        await store.outbox.markFailed(claim.leadId, { error, retryInMs: null });
        logger.error({ ...log, error }, "lead delivery gave up; the lead stays in the store");
        result.dead += 1;
      } else {
        const retryInMs = backoff(claim.attempt);
        await store.outbox.markFailed(claim.leadId, { error, retryInMs });
        logger.warn({ ...log, error, retryInMs }, "lead delivery failed; will retry");
        result.retrying += 1;
      }
    }
    return result;
  }

  function runOnce(): Promise<DeliveryRound> {
    running ??= round().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((err: unknown) => logger.error({ err }, "lead delivery round failed"))
        .finally(schedule);
    }, pollIntervalMs);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      runOnce()
        .catch((err: unknown) => logger.error({ err }, "lead delivery round failed"))
        .finally(schedule);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
