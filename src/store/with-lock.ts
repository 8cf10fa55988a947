import { createKeyedMutex } from "./keyed-mutex.ts";
import { POOL_SIZE } from "./pg-client.ts";
import { createSemaphore } from "./semaphore.ts";
import type { SqlClient } from "./sql-client.ts";

/**
 * Runs `work` while no other holder of the same key runs, in this process or any other instance.
 * Not re-entrant: calling `withLock` for the same key inside `work` waits forever.
 */
export type WithLock = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/**
 * PostgreSQL: a transaction-scoped advisory lock on a hash of the key, held while `work` runs
 * (a hash collision only serialises two unrelated keys). Waiters in this process queue in memory
 * first, and at most half the pool holds locks, so `work` always finds a free connection.
 * PGlite serves one process only, so the in-memory queue alone is enough there.
 */
export function createWithLock(client: SqlClient): WithLock {
  const local = createKeyedMutex();
  if (client.backend === "pglite") return (key, work) => local.run(key, work);
  const holders = createSemaphore(Math.max(1, Math.floor(POOL_SIZE / 2)));
  return (key, work) =>
    local.run(key, () =>
      holders.run(() =>
        client.transaction(async (tx) => {
          await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [
            `advisor:lock:${key}`,
          ]);
          return work();
        }),
      ),
    );
}
