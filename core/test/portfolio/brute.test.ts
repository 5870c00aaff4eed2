/**
 * The optimiser against every subset (n ≤ 16): same value, cost and set (ties to the cheaper set,
 * then to the earlier rows), an error exactly when no set keeps the rules, and the answer's
 * companions (reasons, frontier, next step, greedy) consistent with the brute force. Seeded.
 */
import fc from 'fast-check';
import { optimisePortfolio, type PortfolioProblem } from '../../src';
import { brute, feasible, problems, sum } from './oracle';

const ENVS = ['pilots', 'scaling', 'innovation'] as const;

function check(p: PortfolioProblem): void {
  const a = optimisePortfolio(p, 'en');
  const b = brute(p);
  if (b === null) {
    expect(a.error).toBeDefined();
    return;
  }
  expect(a.error).toBeUndefined();
  expect({ funded: a.funded, value: a.value, cost: a.cost }).toEqual({
    funded: b.x,
    value: b.value,
    cost: b.cost,
  });
  // The simple rule keeps the rules too, and never beats the optimum.
  expect(feasible(p, a.greedy.funded)).toBe(true);
  expect(a.greedy.value).toBeLessThanOrEqual(a.value);
  expect(a.greedy.value).toBe(sum(p.projects, a.greedy.funded, 'value'));
  // Every row out has a reason that holds.
  const used = (e: string): number =>
    p.projects.reduce((s, q, i) => (a.funded[i] && q.envelope === e ? s + q.cost : s), 0);
  a.reasons.forEach((r, i) => {
    const q = p.projects[i];
    if (a.funded[i]) return expect(r).toBeNull();
    expect(r).not.toBeNull();
    switch (r!.kind) {
      case 'never':
        return expect(q.status).toBe('never');
      case 'not-worth':
        return expect(q.value).toBeLessThanOrEqual(0);
      case 'needs':
        return expect(p.projects.some((o, j) => o.name === r!.project && a.funded[j])).toBe(false);
      case 'excluded-by':
        return expect(p.projects.some((o, j) => o.name === r!.by && a.funded[j])).toBe(true);
      case 'envelope-full':
        return expect(used(r!.envelope) + q.cost).toBeGreaterThan(p.envelopes![r!.envelope]);
      case 'over-budget':
        return expect(a.cost + q.cost).toBeGreaterThan(p.budget);
    }
  });
  // The frontier: the brute-force best value at each of its budgets (envelopes kept as shares).
  const capsAt = (budget: number): PortfolioProblem['envelopes'] =>
    p.envelopes &&
    (Object.fromEntries(
      ENVS.map((e) => [e, p.budget > 0 ? (p.envelopes![e] * budget) / p.budget : p.envelopes![e]])
    ) as Record<(typeof ENVS)[number], number>);
  const points = a.frontier.filter((_, k) => k % 17 === 0);
  for (const pt of points)
    expect(pt.value).toBeCloseTo(brute(p, pt.budget, capsAt(pt.budget))!.value, 9);
  expect(a.frontier.find((pt) => pt.budget === p.budget)?.value).toBe(a.value);
  // Next step: the value rises at budget + extra and not just below it.
  if (a.next !== null && p.budget > 0) {
    const at = p.budget + a.next.extra;
    expect(brute(p, at + 1e-9, capsAt(at + 1e-9))!.value).toBeGreaterThan(a.value);
    expect(brute(p, at - 1e-6, capsAt(at - 1e-6))!.value).toBe(a.value);
  }
}

const SEED = 20261202;

describe('FUND optimiser against brute force', () => {
  it('matches every subset on 1 500 random problems of up to 10 projects', () => {
    fc.assert(
      fc.property(problems(10), (p) => check(p)),
      { seed: SEED, numRuns: 1500 }
    );
  });
  it('matches on 1 500 problems with many ties (values and costs 0–6)', () => {
    fc.assert(
      fc.property(problems(10, { ties: true }), (p) => check(p)),
      { seed: SEED + 1, numRuns: 1500 }
    );
  });
  it('matches on 60 problems of 13 to 16 projects', () => {
    const big = problems(16).filter((p) => p.projects.length >= 13);
    fc.assert(
      fc.property(big, (p) => check(p)),
      { seed: SEED + 2, numRuns: 60 }
    );
  });
});
