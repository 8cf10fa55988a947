import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { exponentialBackoff } from "../../../src/store/backoff.ts";
import { createKeyedMutex } from "../../../src/store/keyed-mutex.ts";
import { createSemaphore } from "../../../src/store/semaphore.ts";

describe("keyed mutex", () => {
  it("runs work one at a time per key, in order, and carries on after a failure", async () => {
    const mutex = createKeyedMutex();
    const log: string[] = [];
    const step = (name: string, ms: number) => async () => {
      log.push(`${name}:start`);
      await sleep(ms);
      log.push(`${name}:end`);
      if (name === "b") throw new Error("b failed");
    };
    const runs = [
      mutex.run("k", step("a", 20)),
      mutex.run("k", step("b", 1)),
      mutex.run("k", step("c", 1)),
    ];
    const other = mutex.run("other", step("x", 1));
    await Promise.allSettled([...runs, other]);
    expect(log.filter((line) => !line.startsWith("x"))).toEqual([
      "a:start",
      "a:end",
      "b:start",
      "b:end",
      "c:start",
      "c:end",
    ]);
    expect(log.indexOf("x:end")).toBeLessThan(log.indexOf("a:end"));
    await expect(runs[1]).rejects.toThrow("b failed");
  });
});

describe("semaphore", () => {
  it("never lets more than the limit run at once", async () => {
    const semaphore = createSemaphore(2);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        semaphore.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await sleep(i % 3);
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
  });
});

describe("exponential backoff", () => {
  it("doubles from the base up to the cap, with bounded spread", () => {
    const exact = exponentialBackoff({ baseMs: 1000, maxMs: 5000, random: () => 1 });
    expect([1, 2, 3, 4, 5].map(exact)).toEqual([1000, 2000, 4000, 5000, 5000]);
    const low = exponentialBackoff({ baseMs: 1000, random: () => 0 });
    expect(low(1)).toBe(800);
  });
});
