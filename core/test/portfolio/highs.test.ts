/**
 * The optimiser against an independent exact solver: HiGHS (a MILP solver compiled to WebAssembly,
 * a test-only dependency) on random problems of 20 to 80 projects with every kind of rule, of 200 projects
 * shaped like AI.FUND, and sample portfolios of 200 projects with envelopes and links. Same
 * best value, same lowest cost at that value, a set that keeps the rules; on up to 30 projects the
 * earliest-rows tie-break is checked too, row by row. Seeded.
 */
import fc from 'fast-check';
import highsLoader, { type Highs } from 'highs';
import { isError, samplePortfolio, solvePortfolio, type PortfolioProblem } from '../../src';
import { feasible, problems, sum, toLp } from './oracle';

let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

const EXACT = { mip_rel_gap: 0, mip_abs_gap: 1e-7, presolve: 'on' } as const;

/** HiGHS's optimum, or null when no set keeps the rules. */
function solve(lp: string): number | null {
  const r = highs.solve(lp, EXACT);
  if (r.Status === 'Infeasible') return null;
  expect(r.Status).toBe('Optimal');
  return r.ObjectiveValue;
}

function check(p: PortfolioProblem, lexToo: boolean): void {
  const funded = solvePortfolio(p);
  const best = solve(toLp(p));
  if (best === null) {
    expect(isError(funded)).toBe(true);
    return;
  }
  if (isError(funded)) throw new Error(funded.message('en'));
  const a = {
    funded,
    value: sum(p.projects, funded, 'value'),
    cost: sum(p.projects, funded, 'cost'),
  };
  expect(feasible(p, a.funded)).toBe(true);
  expect(a.value).toBeCloseTo(best, 6);
  // Values on a 0.1 grid, costs on 0.5: "at least the best value" is "more than best − 0.05".
  const cheapest = solve(toLp(p, best - 0.05));
  expect(a.cost).toBeCloseTo(cheapest!, 6);
  if (!lexToo) return;
  // Row by row, the earliest row a best-and-cheapest set can fund is funded.
  const fix: Record<number, 0 | 1> = {};
  p.projects.forEach((_, i) => {
    const cost = solve(toLp(p, best - 0.05, { ...fix, [i]: 1 }));
    fix[i] = cost !== null && cost <= cheapest! + 0.25 ? 1 : 0;
    expect(a.funded[i]).toBe(fix[i] === 1);
  });
}

describe('FUND optimiser against HiGHS', () => {
  it('agrees on 30 problems of 20 to 80 projects with every kind of rule', () => {
    const arb = problems(80).filter((p) => p.projects.length >= 20);
    fc.assert(
      fc.property(arb, (p) => check(p, false)),
      { seed: 151, numRuns: 30 }
    );
  });
  it('agrees on 6 problems of 200 projects shaped like AI.FUND (budget, must, never)', () => {
    const arb = problems(200)
      .filter((p) => p.projects.length === 200)
      .map(({ projects, budget }) => ({
        budget,
        projects: projects.map(({ name, cost, value, status }) => ({ name, cost, value, status })),
      }));
    fc.assert(
      fc.property(arb, (p) => check(p, false)),
      { seed: 152, numRuns: 6 }
    );
  });
  it('agrees on 2 sample portfolios of 200 projects with envelopes, requires and excludes', () => {
    for (const seed of [15, 16]) check(samplePortfolio(200, seed), false);
  });
  it('agrees, tie-break included, on 20 problems of up to 30 projects with many ties', () => {
    fc.assert(
      fc.property(problems(30, { ties: true }), (p) => check(p, true)),
      { seed: 153, numRuns: 20 }
    );
  });
});
