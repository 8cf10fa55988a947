/** A fixed one-minute window per key; returns the seconds to wait when the key is over its limit. */
export interface RateLimiter {
  hit(key: string, now?: number): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

export function createRateLimiter({ perMinute }: { perMinute: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const windowMs = 60_000;
  return {
    hit(key, now = Date.now()) {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { allowed: true };
      }
      current.count += 1;
      if (current.count <= perMinute) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)),
      };
    },
  };
}
