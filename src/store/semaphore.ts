/** Lets at most `limit` pieces of work run at once; the rest wait in arrival order. */
export interface Semaphore {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** A counting semaphore with first-come, first-served waiting. */
export function createSemaphore(limit: number): Semaphore {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished slot passes straight to the next waiter, so a newcomer can never slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run(work) {
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      else running += 1;
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
