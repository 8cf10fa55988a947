import { expect, it } from "vitest";
import { aLead } from "../../../support/lead-builder.ts";
import type { StoreBackend } from "../../../support/store-backends.ts";

/** RETENTION_DAYS: stale state and unconverted transcripts go, leads stay. */
export function retentionCases(backend: StoreBackend): void {
  const age = async (table: "state" | "transcripts", where: string, days: number) => {
    const column = table === "state" ? "updated_at" : "created_at";
    await backend
      .client()
      .query(
        `UPDATE ${table} SET ${column} = now() - make_interval(days => $1::integer) WHERE ${where}`,
        [days],
      );
  };

  it("purges state and unconverted transcripts older than the period, and keeps leads", async () => {
    const store = backend.store();
    await store.storage.write({ old: { n: 1 }, recent: { n: 2 } });
    await store.transcripts.append({ conversationId: "c-old", role: "user", text: "hello" });
    await store.transcripts.append({
      conversationId: "c-converted",
      role: "user",
      text: "call me",
    });
    await store.transcripts.append({ conversationId: "c-mixed", role: "user", text: "first" });
    await store.transcripts.append({ conversationId: "c-mixed", role: "user", text: "yesterday" });
    const lead = aLead({ createdAt: "2020-01-01T00:00:00.000Z" });
    await store.leads.commit(lead, { conversationId: "c-converted" });
    await age("state", "key = 'old'", 200);
    await age("transcripts", "conversation_id IN ('c-old', 'c-converted')", 200);
    await age("transcripts", "conversation_id = 'c-mixed' AND text = 'first'", 200);

    expect(await store.purgeExpired({ olderThanDays: 180 })).toEqual({
      stateRows: 1,
      transcriptConversations: 1,
    });

    expect(Object.keys(await store.storage.read(["old", "recent"]))).toEqual(["recent"]);
    expect(await store.transcripts.read("c-old")).toEqual([]);
    expect(await store.transcripts.read("c-converted")).toHaveLength(1);
    expect(await store.transcripts.read("c-mixed")).toHaveLength(2);
    expect(await store.leads.list()).toEqual([lead]);
    await expect(store.purgeExpired({ olderThanDays: 0 })).rejects.toThrow();
  });

  it("reads a transcript back in order", async () => {
    const store = backend.store();
    await store.transcripts.append({ conversationId: "c1", role: "user", text: "How much is it?" });
    await store.transcripts.append({
      conversationId: "c1",
      role: "bot",
      text: "It depends on the cover.",
    });
    expect(
      (await store.transcripts.read("c1")).map(({ role, text }) => `${role}: ${text}`),
    ).toEqual(["user: How much is it?", "bot: It depends on the cover."]);
  });
}
