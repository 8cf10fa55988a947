import type { Store } from "../../src/store/index.ts";
import { ms, summarise } from "./stats.ts";

/** Store latency in milliseconds: p50/p99 of a state write and of a state read. */
export interface StoreBench {
  backend: Store["backend"];
  write: { p50: number; p99: number; n: number };
  read: { p50: number; p99: number; n: number };
  /** The figures as report lines, like the other bench sections. */
  lines: string[];
}

/**
 * Times `n` unconditional writes and `n` single-key reads of a conversation-sized state item
 * (~1 KB) spread over 20 keys, then deletes the keys it wrote.
 */
export async function benchStore(store: Store, n: number): Promise<StoreBench> {
  const keys = Array.from({ length: 20 }, (_, i) => `bench/conversations/${i}/`);
  const document = {
    dialogStack: [
      { id: "advisor", state: { step: 3, values: { asked: ["employees", "itStaff"] } } },
    ],
    profile: {
      employees: 80,
      itStaff: 1,
      skillsGaps: ["cybersecurity", "cloud"],
      signals: { wantsControl: true },
    },
    notes: "x".repeat(700),
  };
  const writes: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const key = keys[i % keys.length] as string;
    let started = performance.now();
    await store.storage.write({ [key]: { ...document, turn: i, eTag: "*" } });
    writes.push(performance.now() - started);
    started = performance.now();
    await store.storage.read([key]);
    reads.push(performance.now() - started);
  }
  await store.storage.delete(keys);
  const write = summarise(writes);
  const read = summarise(reads);
  return {
    backend: store.backend,
    write,
    read,
    lines: [
      `Store (${store.backend}) write: p50 ${ms(write.p50)}, p99 ${ms(write.p99)} (n=${write.n})`,
      `Store (${store.backend}) read: p50 ${ms(read.p50)}, p99 ${ms(read.p99)} (n=${read.n})`,
    ],
  };
}
