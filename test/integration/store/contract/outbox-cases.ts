import { afterEach, expect, it } from "vitest";
import { createLeadDelivery, type LeadDeliveryOptions } from "../../../../src/store/index.ts";
import { aLead } from "../../../support/lead-builder.ts";
import { silentLogger } from "../../../support/silent-logger.ts";
import type { StoreBackend } from "../../../support/store-backends.ts";
import { startWebhookReceiver } from "../../../support/webhook-receiver.ts";

const SECRET = "test-webhook-secret";

/** Webhook delivery from the outbox: signed, retried with backoff, dead-lettered, restart-safe. */
export function outboxCases(backend: StoreBackend): void {
  const receivers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const receiver of receivers.splice(0)) await receiver.close();
  });
  const receiver = async (failFirst = 0) => {
    const started = await startWebhookReceiver({ secret: SECRET, failFirst });
    receivers.push(started);
    return started;
  };
  const delivery = (url: string, options: Partial<LeadDeliveryOptions> = {}) =>
    createLeadDelivery({
      store: backend.store(),
      url,
      secret: SECRET,
      logger: silentLogger(),
      backoff: () => 0,
      ...options,
    });

  it("POSTs the lead as signed JSON with the contract's headers", async () => {
    const crm = await receiver();
    const lead = aLead();
    await backend.store().leads.commit(lead);
    const before = Math.floor(Date.now() / 1000);
    expect(await delivery(crm.url).runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    const [request] = crm.received;
    expect(request?.signatureValid).toBe(true);
    expect(JSON.parse(request?.body ?? "")).toEqual(lead);
    expect(request?.headers).toMatchObject({
      "content-type": "application/json",
      "idempotency-key": lead.leadId,
      "x-advisor-signature": expect.stringMatching(/^sha256=[0-9a-f]{64}$/),
    });
    expect(Number(request?.headers["x-advisor-timestamp"])).toBeGreaterThanOrEqual(before);
    expect(await backend.store().outbox.list()).toEqual([
      expect.objectContaining({ status: "delivered", attempts: 1, deliveredAt: expect.any(Date) }),
    ]);
    expect(await delivery(crm.url).runOnce()).toEqual({ delivered: 0, retrying: 0, dead: 0 });
  });

  it("retries until a 2xx, keeping the same idempotency key, and survives a restart", async () => {
    const crm = await receiver(2);
    const lead = aLead();
    await backend.store().leads.commit(lead);
    const first = delivery(crm.url);
    expect(await first.runOnce()).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    await first.stop();
    const [entry] = await backend.store().outbox.list();
    expect(entry).toMatchObject({ status: "pending", attempts: 1, lastError: "HTTP 503" });

    const restarted = delivery(crm.url, {
      store: backend.openInstance ? await backend.openInstance() : backend.store(),
    });
    expect(await restarted.runOnce()).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    expect(await restarted.runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    expect(crm.received.map((request) => request.status)).toEqual([503, 503, 200]);
    expect(new Set(crm.received.map((request) => request.headers["idempotency-key"]))).toEqual(
      new Set([lead.leadId]),
    );
    expect(await backend.store().outbox.list()).toEqual([
      expect.objectContaining({ status: "delivered", attempts: 3, lastError: null }),
    ]);
  });

  it("waits for the backoff before trying again", async () => {
    const crm = await receiver(1);
    await backend.store().leads.commit(aLead());
    const waiting = delivery(crm.url, { backoff: (failed) => 60_000 * failed });
    await waiting.runOnce();
    expect(await waiting.runOnce()).toEqual({ delivered: 0, retrying: 0, dead: 0 });
    const [entry] = await backend.store().outbox.list();
    expect(entry?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(crm.received).toHaveLength(1);
  });

  it("dead-letters a lead after maxAttempts and keeps the lead", async () => {
    const crm = await receiver(Number.POSITIVE_INFINITY);
    const lead = aLead();
    await backend.store().leads.commit(lead);
    const giving = delivery(crm.url, { maxAttempts: 3 });
    const rounds = [
      await giving.runOnce(),
      await giving.runOnce(),
      await giving.runOnce(),
      await giving.runOnce(),
    ];
    expect(rounds.map((round) => round.dead)).toEqual([0, 0, 1, 0]);
    expect(crm.received).toHaveLength(3);
    expect(await backend.store().outbox.list()).toEqual([
      expect.objectContaining({ status: "dead", attempts: 3 }),
    ]);
    expect(await backend.store().leads.list()).toEqual([lead]);
  });

  it("counts a refused connection as a failed attempt", async () => {
    const crm = await receiver();
    await crm.close();
    await backend.store().leads.commit(aLead());
    expect(await delivery(crm.url, { requestTimeoutMs: 2_000 }).runOnce()).toEqual({
      delivered: 0,
      retrying: 1,
      dead: 0,
    });
    const [entry] = await backend.store().outbox.list();
    expect(entry?.lastError).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it("sends each lead once when two instances poll at the same time", async () => {
    const crm = await receiver();
    for (let i = 0; i < 6; i += 1) await backend.store().leads.commit(aLead());
    const other = backend.openInstance ? await backend.openInstance() : backend.store();
    const rounds = await Promise.all([
      delivery(crm.url).runOnce(),
      delivery(crm.url, { store: other }).runOnce(),
    ]);
    expect(rounds.reduce((sum, round) => sum + round.delivered, 0)).toBe(6);
    expect(new Set(crm.received.map((request) => request.headers["idempotency-key"])).size).toBe(6);
    expect(crm.received).toHaveLength(6);
  });

  it("polls in the background after start() until stop()", async () => {
    const crm = await receiver();
    const poller = delivery(crm.url, { pollIntervalMs: 20 });
    poller.start();
    await backend.store().leads.commit(aLead());
    await expect.poll(() => crm.received.length, { timeout: 5_000 }).toBe(1);
    await poller.stop();
    await backend.store().leads.commit(aLead());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(crm.received).toHaveLength(1);
  });
}
