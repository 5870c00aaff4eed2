/**
 * fund_200_ms: one call of AI_FUND on 200 projects (one in twenty must, one in twenty never)
 * through the Sheets surface (dist/sheets/Code.js in node:vm, built-ins bound as for
 * priority_100k_ms), median after warm-ups. Baseline: trying every subset, measured at 18 projects
 * (2^18 sets) and extrapolated: it doubles with each project, so at 200 it is that time × 2^182.
 */
import { samplePortfolio, solvePortfolio } from '@boussole/core';
import { brute } from '../../core/test/portfolio/oracle';
import { FakeSheetsWorld } from '../../test/fakes/sheets';
import { DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { asCustomFunction, loadSheetsFunction } from './priority';
import { timeMedian } from './stats';

const N = 200;
const BRUTE_N = 18;
const RUNS = 9;
const WARMUP = 3;
const WORD = { must: 'obligatoire', never: 'exclu', free: '' } as const;

/** The sample portfolio's columns as Sheets passes them, envelopes and links left out. */
function columns(n: number): [number[][], number[][], number, string[][]] {
  const { projects, budget } = samplePortfolio(n);
  return [
    projects.map((p) => [p.value]),
    projects.map((p) => [p.cost]),
    budget,
    projects.map((p) => [WORD[p.status ?? 'free']]),
  ];
}

export async function fund200Ms(): Promise<Measured> {
  const args = columns(N);
  const world = new FakeSheetsWorld({ userLocale: 'en' });
  const run = asCustomFunction(
    world,
    loadSheetsFunction(readDist(DIST_FILES.codeJs), world, 'AI_FUND')
  );
  // The figure only counts if the call is right: the rows core funds for the same columns.
  const { projects, budget } = samplePortfolio(N);
  const plain = projects.map(({ name, cost, value, status }) => ({ name, cost, value, status }));
  const want = solvePortfolio({ projects: plain, budget });
  const got = (run(...args) as unknown[][]).map((r) => r[0] === 1);
  if (!Array.isArray(want) || got.length !== N || got.some((f, i) => f !== want[i]))
    throw new Error('AI_FUND does not return the rows core funds');
  const t = await timeMedian(() => run(...args), RUNS, WARMUP);
  const small = samplePortfolio(BRUTE_N);
  const b = await timeMedian(() => brute({ projects: small.projects, budget: small.budget }), 1, 0);
  return {
    value: t.median,
    baseline: b.median * 2 ** (N - BRUTE_N),
    note: `median of ${RUNS} runs after ${WARMUP} warm-ups: ${t.samples.map((x) => x.toFixed(0)).join(', ')} ms; baseline: every subset, ${b.median} ms measured at ${BRUTE_N} projects × 2^${N - BRUTE_N} (it doubles per project)`,
  };
}
