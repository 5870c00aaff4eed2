/** Small helpers for the figures: a seeded generator, the median, the largest of a list. */

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run scores the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
