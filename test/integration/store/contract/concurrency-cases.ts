import { setTimeout as sleep } from "node:timers/promises";
import { expect, it } from "vitest";
import { ABSENT_ETAG, StoreConflictError, type Store } from "../../../../src/store/index.ts";
import type { StoreBackend } from "../../../support/store-backends.ts";

const ROUNDS = 15;

/** Read, wait a little (so cycles interleave), add one, write unconditionally. */
async function increment(store: Store, key: string): Promise<void> {
  const current = (await store.storage.read([key]))[key];
  const n = typeof current?.n === "number" ? current.n : 0;
  await sleep(2);
  await store.storage.write({ [key]: { n: n + 1, eTag: "*" } });
}

async function countOf(store: Store, key: string): Promise<unknown> {
  return (await store.storage.read([key]))[key]?.n;
}

/** Two writers, the same stale eTag, one winner; per-key locks across instances. */
export function concurrencyCases(backend: StoreBackend): void {
  const other = async () => (backend.openInstance ? backend.openInstance() : backend.store());

  it("lets exactly one of two writes with the same eTag win", async () => {
    const [first, second] = [backend.store(), await other()];
    await first.storage.write({ k: { n: 0 } });
    const read = (await first.storage.read(["k"])).k;
    const results = await Promise.allSettled([
      first.storage.write({ k: { ...read, n: 1 } }),
      second.storage.write({ k: { ...read, n: 2 } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(StoreConflictError);
  });

  it("lets exactly one of two concurrent creations win", async () => {
    const [first, second] = [backend.store(), await other()];
    const results = await Promise.allSettled([
      first.storage.write({ fresh: { by: "first", eTag: ABSENT_ETAG } }),
      second.storage.write({ fresh: { by: "second", eTag: ABSENT_ETAG } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("serialises racing read-modify-write cycles with withLock, across instances", async () => {
    const [first, second] = [backend.store(), await other()];
    const loop = (store: Store) => async () => {
      for (let i = 0; i < ROUNDS; i += 1)
        await store.withLock("counter", () => increment(store, "counter"));
    };
    await Promise.all([loop(first)(), loop(second)()]);
    expect(await countOf(first, "counter")).toBe(2 * ROUNDS);
  });

  it("loses updates without the lock (so the test above can see a race)", async () => {
    const [first, second] = [backend.store(), await other()];
    const loop = (store: Store) => async () => {
      for (let i = 0; i < ROUNDS; i += 1) await increment(store, "unlocked");
    };
    await Promise.all([loop(first)(), loop(second)()]);
    expect(await countOf(first, "unlocked")).toBeLessThan(2 * ROUNDS);
  });

  it("does not hold up other keys, and frees the lock after a failure", async () => {
    const store = backend.store();
    const order: string[] = [];
    const slow = store.withLock("a", async () => {
      await sleep(150);
      order.push("a");
    });
    await store.withLock("b", async () => {
      order.push("b");
    });
    await slow;
    expect(order).toEqual(["b", "a"]);
    await expect(store.withLock("a", () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    expect(await store.withLock("a", async () => "free again")).toBe("free again");
  });
}
