/**
 * Best of five runs in CPU milliseconds: the machine may be busy with other work, and wall-clock
 * time would measure that instead of this code.
 */
export function fastestCpuMs(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let round = 0; round < 5; round += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * How much slower `run` gets when its input is four times longer, from CPU time. Linear work
 * gives about 4, a regex that backtracks quadratically about 16; machine load, which slows both
 * runs alike, cancels out. Runs under a millisecond count as one, so noise cannot fake a ratio.
 */
export function growthOnFourfoldInput(
  input: (scale: number) => string,
  run: (text: string) => unknown,
): number {
  const small = input(1);
  const large = input(4);
  return (
    fastestCpuMs(() => run(large)) /
    Math.max(
      1,
      fastestCpuMs(() => run(small)),
    )
  );
}

/** {@link growthOnFourfoldInput} for `unit` repeated about `count` times (a quarter, then all). */
export const growthOfRepeats = (unit: string, count: number, run: (text: string) => unknown) =>
  growthOnFourfoldInput((scale) => unit.repeat(Math.floor(count / 4) * scale), run);
