/** Percentiles and timing helpers for the benchmark scripts. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function summarise(samples: readonly number[]): { p50: number; p99: number; n: number } {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), n: samples.length };
}

export function timeSync(fn: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const ms = (value: number, digits = 2): string => `${value.toFixed(digits)} ms`;
