import { beforeEach, describe, expect, it } from "vitest";
import type { DirectLineStore } from "../../../src/directline/index.ts";

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const message = (text: string) => ({
  type: "message",
  text,
  channelData: { clientActivityID: `c-${text}` },
});

/**
 * The DirectLineStore contract, run against each implementation: in memory (unit) and SQL over
 * PGlite and PostgreSQL (integration). `fresh` returns an empty store.
 */
export function directLineStoreContract(
  name: string,
  fresh: () => Promise<DirectLineStore> | DirectLineStore,
): void {
  describe(`DirectLineStore contract: ${name}`, () => {
    let store: DirectLineStore;
    beforeEach(async () => {
      store = await fresh();
    });

    it("keeps the first token secret offered and returns it ever after", async () => {
      expect(await store.tokenSecret("first")).toBe("first");
      expect(await store.tokenSecret("second")).toBe("first");
    });

    it("creates a conversation once and reads it back", async () => {
      expect(await store.createConversation({ id: "c1", userId: "dl_u1", now: T0 })).toBe(true);
      expect(await store.createConversation({ id: "c1", userId: "dl_u1", now: T0 + 5 })).toBe(
        false,
      );
      expect(await store.getConversation("c1")).toEqual({
        id: "c1",
        userId: "dl_u1",
        createdAt: T0,
        lastActiveAt: T0,
      });
      expect(await store.getConversation("nope")).toBeNull();
    });

    it("numbers activities per conversation in order and lists those after a watermark", async () => {
      await store.createConversation({ id: "c1", userId: "u", now: T0 });
      await store.createConversation({ id: "c2", userId: "u", now: T0 });
      expect(
        await store.append("c1", [message("a"), message("b")], { now: T0, keep: 100 }),
      ).toEqual([1, 2]);
      expect(await store.append("c2", [message("x")], { now: T0, keep: 100 })).toEqual([1]);
      expect(await store.append("c1", [message("c")], { now: T0, keep: 100 })).toEqual([3]);
      const all = await store.list("c1", 0, 100);
      expect(all.map((row) => [row.seq, row.activity.text])).toEqual([
        [1, "a"],
        [2, "b"],
        [3, "c"],
      ]);
      expect(all[0]?.activity).toEqual(message("a"));
      expect((await store.list("c1", 2, 100)).map((row) => row.seq)).toEqual([3]);
      expect(await store.list("c1", 3, 100)).toEqual([]);
      expect((await store.list("c1", 0, 2)).map((row) => row.seq)).toEqual([1, 2]);
    });

    it("gives concurrent appends to one conversation distinct, gap-free numbers", async () => {
      await store.createConversation({ id: "c1", userId: "u", now: T0 });
      const seqs = await Promise.all(
        ["a", "b", "c", "d", "e"].map((text) =>
          store.append("c1", [message(text)], { now: T0, keep: 100 }),
        ),
      );
      expect(seqs.flatMap((numbers) => numbers ?? []).sort((x, y) => x - y)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      expect((await store.list("c1", 0, 100)).map((row) => row.seq)).toEqual([1, 2, 3, 4, 5]);
    });

    it("returns null when appending to a conversation that does not exist", async () => {
      expect(await store.append("ghost", [message("a")], { now: T0, keep: 100 })).toBeNull();
      expect(await store.list("ghost", 0, 100)).toEqual([]);
    });

    it("drops the oldest activities beyond the cap but keeps numbering on", async () => {
      await store.createConversation({ id: "c1", userId: "u", now: T0 });
      for (const text of ["a", "b", "c", "d", "e"])
        await store.append("c1", [message(text)], { now: T0, keep: 3 });
      expect((await store.list("c1", 0, 100)).map((row) => [row.seq, row.activity.text])).toEqual([
        [3, "c"],
        [4, "d"],
        [5, "e"],
      ]);
    });

    it("marks a conversation active on append and touch, and deletes idle ones with their activities", async () => {
      await store.createConversation({ id: "old", userId: "u", now: T0 });
      await store.createConversation({ id: "busy", userId: "u", now: T0 });
      await store.createConversation({ id: "touched", userId: "u", now: T0 });
      await store.append("old", [message("a")], { now: T0, keep: 10 });
      await store.append("busy", [message("b")], { now: T0 + 60_000, keep: 10 });
      await store.touch("touched", T0 + 60_000);
      expect((await store.getConversation("busy"))?.lastActiveAt).toBe(T0 + 60_000);
      expect(await store.deleteIdle(T0 + 30_000)).toBe(1);
      expect(await store.getConversation("old")).toBeNull();
      expect(await store.list("old", 0, 100)).toEqual([]);
      expect(await store.getConversation("busy")).not.toBeNull();
      expect(await store.getConversation("touched")).not.toBeNull();
    });

    it("keeps nested activity JSON intact (cards, suggested actions, values)", async () => {
      const card = {
        type: "message",
        attachments: [
          {
            contentType: "application/vnd.microsoft.card.adaptive",
            content: {
              type: "AdaptiveCard",
              body: [{ type: "TextBlock", text: "Hi £5 — “quotes”" }],
            },
          },
        ],
        suggestedActions: { actions: [{ type: "imBack", title: "Yes", value: "Yes" }] },
        value: { profile: { employees: 80 }, ok: true, n: null },
      };
      await store.createConversation({ id: "c1", userId: "u", now: T0 });
      await store.append("c1", [card], { now: T0, keep: 10 });
      expect((await store.list("c1", 0, 10))[0]?.activity).toEqual(card);
    });
  });
}
