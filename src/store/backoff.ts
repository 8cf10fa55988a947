/** Milliseconds to wait before the next attempt, given how many attempts have failed (from 1). */
export type Backoff = (failedAttempts: number) => number;

/**
 * Doubles from `baseMs` up to `maxMs`, with up to 20% random spread so that many failed leads
 * do not all retry in the same instant.
 */
export function exponentialBackoff({
  baseMs = 5_000,
  maxMs = 60 * 60_000,
  random = Math.random,
}: { baseMs?: number; maxMs?: number; random?: () => number } = {}): Backoff {
  return (failedAttempts) => {
    const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
    return Math.round(delay * (0.8 + 0.2 * random()));
  };
}
