/**
 * Wakes polls held open on a conversation when this instance stores something for it. Polls on
 * other instances do not hear it; they find the activities at their next look at the store.
 */
export interface ActivityNotifier {
  notify(conversationId: string): void;
  /** Resolves on the next notify for the conversation, after `ms`, or when `signal` aborts. */
  wait(conversationId: string, ms: number, signal?: AbortSignal): Promise<void>;
}

/** One notifier per server process: polls and posts of that process meet here. */
export function createActivityNotifier(): ActivityNotifier {
  const waiting = new Map<string, Set<() => void>>();
  return {
    notify(conversationId) {
      const wakers = waiting.get(conversationId);
      if (!wakers) return;
      waiting.delete(conversationId);
      for (const wake of wakers) wake();
    },
    wait(conversationId, ms, signal) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const wakers = waiting.get(conversationId) ?? new Set<() => void>();
        waiting.set(conversationId, wakers);
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", done);
          wakers.delete(done);
          if (wakers.size === 0 && waiting.get(conversationId) === wakers)
            waiting.delete(conversationId);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener("abort", done, { once: true });
        wakers.add(done);
      });
    },
  };
}
