/**
 * npvrange_1000_ms: one array call of AI_NPVRANGE on 1 000 projects through the Sheets surface (the
 * shipped Code.js in node:vm, built-ins bound as in priority.ts), savings and cost both three-point
 * estimates so that every row is simulated. Median of several runs after warm-ups.
 */
import { netBenefitRange } from '@boussole/core';
import { FakeSheetsWorld } from '../../test/fakes/sheets';
import { DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { asCustomFunction, loadSheetsFunction } from './priority';
import { seeded, timeMedian } from './stats';

export const PROJECTS = 1000;
const RUNS = 7;
const WARMUP = 2;

/** 1 000 rows of (low, likely, high), likely and high drawn above low. */
function estimates(rnd: () => number, base: number): number[][] {
  return Array.from({ length: PROJECTS }, () => {
    const low = Math.round(base * (0.5 + rnd()));
    const likely = low + Math.round(base * 0.5 * rnd());
    return [low, likely, likely + Math.round(base * rnd())];
  });
}

/** The figure only counts if the call is right: sampled rows as core computes them. */
function check(out: unknown, savings: number[][], cost: number[][]): void {
  if (!Array.isArray(out) || out.length !== PROJECTS)
    throw new Error(`AI_NPVRANGE returned ${Array.isArray(out) ? out.length : typeof out} rows`);
  for (let r = 0; r < PROJECTS; r += 97) {
    const want = netBenefitRange(savings[r] as never, cost[r] as never, 3, 0.2, 0.08);
    const got = out[r] as unknown[];
    if (typeof got?.[1] !== 'number' || Math.abs(got[1] - want.p50) > 1e-6 * Math.abs(want.p50))
      throw new Error(`AI_NPVRANGE row ${r + 1}: got ${String(got?.[1])}, expected ${want.p50}`);
  }
}

export async function npvRange1000Ms(): Promise<Measured> {
  const rnd = seeded(12);
  const savings = estimates(rnd, 40000);
  const cost = estimates(rnd, 15000);
  const world = new FakeSheetsWorld({ userLocale: 'en' });
  const run = asCustomFunction(
    world,
    loadSheetsFunction(readDist(DIST_FILES.codeJs), world, 'AI_NPVRANGE')
  );
  const args = [savings, cost, 3, 0.2, 0.08];
  check(run(...args), savings, cost);
  const t = await timeMedian(() => run(...args), RUNS, WARMUP);
  return {
    value: t.median,
    note: `median of ${RUNS} runs after ${WARMUP} warm-ups: ${t.samples.map((x) => x.toFixed(0)).join(', ')} ms`,
  };
}
