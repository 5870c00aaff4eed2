/** The exact optimum of a portfolio problem, and the checks that come before it (docs/method.md §16). */
import { fail, isError, type FnError } from '../../errors';
import { ENVELOPES, type PortfolioProblem } from './types';
import { buildModel, propagate, spend, withOrder, type Model } from './model';
import { bestValue, earliest, type Found } from './search';

export interface Root {
  m: Model;
  never: boolean[];
  /** Rows decided before any search (-1 free). */
  x0: Int8Array;
  /** What the rows forced in cost, in total and per envelope. */
  mustCost: number;
  mustUsed: number[];
}

/** Checks the inputs and settles what must/never/requires/excludes force; an error otherwise. */
export function prepare(problem: PortfolioProblem): Root | FnError {
  const { budget } = problem;
  if (!Number.isFinite(budget))
    return fail('#VALUE!', 'notNumber', { arg: 'budget', value: budget });
  if (budget < 0) return fail('#NUM!', 'nonNegative', { arg: 'budget', value: budget });
  for (const p of problem.projects) {
    if (!Number.isFinite(p.cost))
      return fail('#VALUE!', 'notNumber', { arg: 'costs', value: p.cost });
    if (p.cost < 0) return fail('#NUM!', 'nonNegative', { arg: 'costs', value: p.cost });
    if (!Number.isFinite(p.value))
      return fail('#VALUE!', 'notNumber', { arg: 'values', value: p.value });
  }
  for (const k of ENVELOPES) {
    const cap = problem.envelopes?.[k] ?? 0;
    if (!(cap >= 0)) return fail('#NUM!', 'nonNegative', { arg: k, value: cap });
  }
  const never = problem.projects.map((p) => p.status === 'never');
  const bare = buildModel(problem);
  const x0 = propagate(bare, never);
  if (!(x0 instanceof Int8Array))
    return fail('#VALUE!', 'conflict', {
      arg: 'status',
      value: problem.projects[x0.conflict].name,
    });
  const m = withOrder(bare, x0, never);
  const { total: mustCost, used: mustUsed } = spend(m, x0);
  const root = { m, never, x0, mustCost, mustUsed };
  return overBudget(root, budget, m.caps) ?? root;
}

/** #NUM! naming the budget (or the envelope) when the rows forced in alone do not fit it. */
export function overBudget(r: Root, budget: number, caps: readonly number[]): FnError | null {
  const { tolC } = r.m;
  if (r.mustCost > budget + tolC)
    return fail('#NUM!', 'mustOverBudget', { arg: 'budget', value: r.mustCost, max: budget });
  for (let k = 0; k < 3; k++) {
    if (r.mustUsed[k] > caps[k] + tolC)
      return fail('#NUM!', 'mustOverBudget', {
        arg: ENVELOPES[k],
        value: r.mustUsed[k],
        max: caps[k],
      });
  }
  return null;
}

/** The same problem under another budget and envelope caps, decided rows recomputed. */
export function rebudget(r: Root, budget: number, caps: readonly number[]): Root {
  const m = { ...r.m, budget, caps };
  return { ...r, m, x0: propagate(m, r.never) as Int8Array };
}

/** The best value, then the lowest cost, then the earliest rows (`floor`: a known feasible set). */
export function optimum(r: Root, floor: Found | null = null): Found {
  const best = bestValue(r.m, r.x0, floor)!;
  return earliest(r.m, r.x0, best);
}

/** AI.FUND: the optimum's rows as 1/0, or the error. */
export function solvePortfolio(problem: PortfolioProblem): boolean[] | FnError {
  const r = prepare(problem);
  if (isError(r)) return r;
  return Array.from(optimum(r).x, (v) => v === 1);
}
