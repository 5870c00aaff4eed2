/** Portfolio funding: the exact best set of projects within a budget (docs/method.md §16). */
import type { Lang } from '../../i18n';
import { isError } from '../../errors';
import { clean } from '../../values';
import { frontier, greedy, nextStep, reasons } from './analysis';
import { optimum, prepare } from './solve';
import type { PortfolioAnswer, PortfolioProblem } from './types';

export * from './types';
export { solvePortfolio } from './solve';
export { FRONTIER_POINTS } from './analysis';

const sets = (x: Int8Array): boolean[] => Array.from(x, (v) => v === 1);

/** The proven optimum with, beside it, the simple rule, the reasons, the frontier and the next step. */
export function optimisePortfolio(problem: PortfolioProblem, lang: Lang = 'fr'): PortfolioAnswer {
  const names = problem.projects.map((p) => p.name);
  const r = prepare(problem);
  if (isError(r)) {
    const none = names.map(() => false);
    return {
      funded: none,
      cost: 0,
      value: 0,
      greedy: { funded: none, cost: 0, value: 0 },
      reasons: names.map(() => null),
      frontier: [],
      next: null,
      error: { code: r.code === '#NUM!' ? '#NUM!' : '#VALUE!', message: r.message(lang) },
    };
  }
  const best = optimum(r);
  const g = greedy(r);
  return {
    funded: sets(best.x),
    cost: clean(best.cost),
    value: clean(best.value),
    greedy: { funded: sets(g.x), cost: clean(g.cost), value: clean(g.value) },
    reasons: reasons(r, names, best),
    frontier: frontier(r, best),
    next: nextStep(r, names, best),
  };
}
export { samplePortfolio } from './sample';
