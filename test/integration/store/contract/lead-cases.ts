import { expect, it } from "vitest";
import { ZodError } from "zod";
import { createStoreOn, StoreConflictError } from "../../../../src/store/index.ts";
import { aLead } from "../../../support/lead-builder.ts";
import { silentLogger } from "../../../support/silent-logger.ts";
import type { StoreBackend } from "../../../support/store-backends.ts";

const count = async (backend: StoreBackend, table: string) => {
  const { rows } = await backend.client().query(`SELECT count(*)::int AS n FROM ${table}`);
  return (rows[0] as { n: number }).n;
};

/** Committing and listing leads: one transaction with the outbox row and the handoff state. */
export function leadCases(backend: StoreBackend): void {
  it("commits the lead, its outbox row and the handoff state together", async () => {
    const store = backend.store();
    const lead = aLead();
    await store.storage.write({ "webchat/conversations/c1/": { step: "contact" } });
    const read = (await store.storage.read(["webchat/conversations/c1/"]))[
      "webchat/conversations/c1/"
    ];
    const result = await store.leads.commit(lead, {
      stateKey: "webchat/conversations/c1/",
      state: { ...read, step: "handed-off", leadId: lead.leadId },
      userId: "u1",
      conversationId: "c1",
    });
    expect(result).toEqual({ created: true });
    expect(await store.leads.list()).toEqual([lead]);
    expect(await store.outbox.list()).toEqual([
      expect.objectContaining({
        leadId: lead.leadId,
        status: "pending",
        attempts: 0,
        lastError: null,
      }),
    ]);
    expect(
      (await store.storage.read(["webchat/conversations/c1/"]))["webchat/conversations/c1/"],
    ).toMatchObject({
      step: "handed-off",
    });
  });

  it("writes nothing when the handoff state's eTag is stale", async () => {
    const store = backend.store();
    await store.storage.write({ s: { step: "contact" } });
    const read = (await store.storage.read(["s"])).s;
    await store.storage.write({ s: { step: "changed elsewhere" } });
    const commit = store.leads.commit(aLead(), {
      stateKey: "s",
      state: { ...read, step: "handed-off" },
    });
    await expect(commit).rejects.toBeInstanceOf(StoreConflictError);
    expect(await store.leads.list()).toEqual([]);
    expect(await count(backend, "lead_outbox")).toBe(0);
    expect(await count(backend, "lead_erasure_keys")).toBe(0);
  });

  it("treats a repeated commit of the same lead as done", async () => {
    const store = backend.store();
    const lead = aLead();
    await store.leads.commit(lead);
    expect(await store.leads.commit(lead)).toEqual({ created: false });
    expect(await store.leads.list()).toHaveLength(1);
    expect(await count(backend, "lead_outbox")).toBe(1);
  });

  it("queues no outbox row when no webhook is configured", async () => {
    const quiet = await createStoreOn(backend.client(), {
      logger: silentLogger(),
      queueLeadWebhook: false,
    });
    await quiet.leads.commit(aLead());
    expect(await count(backend, "leads")).toBe(1);
    expect(await count(backend, "lead_outbox")).toBe(0);
  });

  it("refuses a lead that does not fit the contract", async () => {
    const store = backend.store();
    await expect(store.leads.commit({ ...aLead(), leadId: "not-a-uuid" })).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(
      store.leads.commit(aLead({ contact: { email: "nobody" } })),
    ).rejects.toBeInstanceOf(ZodError);
    const optedInWithoutWording = aLead();
    optedInWithoutWording.consent.marketingOptIn = true;
    await expect(store.leads.commit(optedInWithoutWording)).rejects.toBeInstanceOf(ZodError);
    expect(await count(backend, "leads")).toBe(0);
  });

  it("lists leads oldest first, parsed back to the contract shape", async () => {
    const store = backend.store();
    const later = aLead({ createdAt: "2026-03-05T09:00:00.000Z" });
    const earlier = aLead({ createdAt: "2026-03-01T09:00:00+00:00", meeting: undefined });
    await store.leads.commit(later);
    await store.leads.commit(earlier);
    expect((await store.leads.list()).map((lead) => lead.leadId)).toEqual([
      earlier.leadId,
      later.leadId,
    ]);
  });
}
