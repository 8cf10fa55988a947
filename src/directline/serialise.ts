/** Runs work one at a time per key; the default turn lock when no cross-instance lock is given. */
export type WithLock = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/** A per-key queue in this process only. */
export function createLocalLock(): WithLock {
  const tails = new Map<string, Promise<unknown>>();
  return (key, work) => {
    const result = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
