/** Small helpers for the figures: a seeded generator, the median, the largest of a list. */

/** Deterministic pseudo-random numbers in [0, 1), so every run measures the same data. */
export { seededRandom as seeded } from '@boussole/core';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The first element with the largest `key` (of a non-empty list). */
export function maxBy<T>(xs: readonly T[], key: (x: T) => number): T {
  if (xs.length === 0) throw new Error('maxBy of an empty list');
  return xs.reduce((a, b) => (key(b) > key(a) ? b : a));
}

/** Runs `f` `warmup` times unmeasured, then `runs` times; the median in ms (0.1 ms resolution). */
export async function timeMedian(
  f: () => unknown,
  runs: number,
  warmup: number
): Promise<{ median: number; samples: number[] }> {
  for (let i = 0; i < warmup; i++) await f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await f();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { median: Math.round(median(samples) * 10) / 10, samples };
}
