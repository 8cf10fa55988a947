import { expect, it } from "vitest";
import { ZodError } from "zod";
import type { StoreBackend } from "../../../support/store-backends.ts";

/** Event counters behind `npm run report`. */
export function eventCases(backend: StoreBackend): void {
  it("counts events per kind, model, FAQ id and day", async () => {
    const store = backend.store();
    const day1 = "2026-03-01";
    const day2 = new Date("2026-03-02T23:30:00Z");
    await store.recordEvent({ kind: "conversation_started", day: day1 });
    await store.recordEvent({ kind: "conversation_started", day: day2 });
    await store.recordEvent({ kind: "profile_completed", day: day1 });
    await store.recordEvent({ kind: "recommendation", model: "co-managed", day: day1 });
    await store.recordEvent({ kind: "recommendation", model: "co-managed", day: day2 });
    await store.recordEvent({ kind: "recommendation", model: "managed", day: day2 });
    await store.recordEvent({ kind: "faq_answered", faqId: "cost", day: day1 });
    await store.recordEvent({ kind: "faq_answered", faqId: "cost", day: day2 });
    await store.recordEvent({ kind: "faq_answered", faqId: "sla", day: day2 });
    await store.recordEvent({ kind: "faq_unanswered", day: day2 });
    await store.recordEvent({ kind: "out_of_scope", day: day1 });
    await store.recordEvent({ kind: "handoff", day: day2 });

    expect(await store.report()).toEqual({
      firstDay: "2026-03-01",
      lastDay: "2026-03-02",
      totals: {
        conversation_started: 2,
        profile_completed: 1,
        recommendation: 3,
        handoff: 1,
        faq_answered: 3,
        faq_unanswered: 1,
        out_of_scope: 1,
      },
      recommendationsByModel: { "co-managed": 2, managed: 1 },
      faqById: { cost: 2, sla: 1 },
      faqByDay: [
        { day: "2026-03-01", answered: 1, unanswered: 0, byId: { cost: 1 } },
        { day: "2026-03-02", answered: 2, unanswered: 1, byId: { cost: 1, sla: 1 } },
      ],
    });
    expect((await store.report({ from: "2026-03-02" })).totals.conversation_started).toBe(1);
  });

  it("accepts only catalogue ids, so no free text reaches the counters", async () => {
    const store = backend.store();
    const day = "2026-03-01";
    await expect(
      store.recordEvent({ kind: "faq_answered", faqId: "What about jo@example.com?", day }),
    ).rejects.toBeInstanceOf(ZodError);
    // @ts-expect-error a recommendation needs its model
    await expect(store.recordEvent({ kind: "recommendation", day })).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(store.recordEvent({ kind: "handoff", day: "yesterday" })).rejects.toBeInstanceOf(
      ZodError,
    );
    expect((await store.report()).firstDay).toBeNull();
  });
}
