/**
 * What the panel shows beside the optimum: the simple rule's pick, why each row is out, the best
 * value for each budget, and the next budget step (docs/method.md §16).
 */
import { clean } from '../../values';
import { spend } from './model';
import { bestValue, greedyFrom, type Found } from './search';
import { optimum, overBudget, rebudget, type Root } from './solve';
import type { OutReason } from './types';

export const FRONTIER_POINTS = 40;

/** Best value / cost first, each row funded when it still fits with what it requires. */
export const greedy = (r: Root): Found => greedyFrom(r.m, r.x0)!;

/** Why a row is out of a funded set, the most specific reason first. */
export function reasons(r: Root, names: readonly string[], set: Found): (OutReason | null)[] {
  const { m } = r;
  const { used } = spend(m, set.x);
  return names.map((_, i): OutReason | null => {
    if (set.x[i] === 1) return null;
    if (r.never[i]) return { kind: 'never' };
    const missing = m.missing[i];
    if (missing !== null) return { kind: 'needs', project: missing };
    if (m.value[i] <= 0) return { kind: 'not-worth' };
    const need = m.req[i].find((j) => set.x[j] !== 1);
    if (need !== undefined) return { kind: 'needs', project: names[need] };
    const by = m.exc[i].find((j) => set.x[j] === 1);
    if (by !== undefined) return { kind: 'excluded-by', by: names[by] };
    const e = m.env[i];
    if (e >= 0 && used[e] + m.cost[i] > m.caps[e] + m.tolC)
      return { kind: 'envelope-full', envelope: (['pilots', 'scaling', 'innovation'] as const)[e] };
    return { kind: 'over-budget' };
  });
}

/** Envelope caps as shares of the budget, so that another budget keeps the same split. */
function scaler(r: Root): (budget: number) => number[] {
  const { caps, budget } = r.m;
  const finite = caps.filter(Number.isFinite);
  const sum = finite.reduce((a, b) => a + b, 0);
  const base = budget > 0 ? budget : sum;
  return (b) => caps.map((c) => (Number.isFinite(c) ? (base > 0 ? (c * b) / base : 0) : Infinity));
}

/**
 * A set of best value (and lowest cost) at another budget — with the earliest-rows tie-break when
 * `exact` — or null when the must rows do not fit that budget.
 */
function valueAt(
  r: Root,
  b: number,
  capsAt: (b: number) => number[],
  floor: Found | null,
  exact = false
): Found | null {
  const caps = capsAt(b);
  if (overBudget(r, b, caps)) return null;
  const at = rebudget(r, b, caps);
  return exact ? optimum(at, floor) : bestValue(at.m, at.x0, floor);
}

/** The budget at which the frontier stops: every row not marked never, or the budget if more. */
export function frontierTop(r: Root): number {
  let total = 0;
  for (let i = 0; i < r.m.n; i++) if (!r.never[i]) total += r.m.cost[i];
  return Math.max(total, r.m.budget);
}

/** Best value for budgets from 0 to the cost of every row that may be funded (and the budget). */
export function frontier(r: Root, best: Found): { budget: number; value: number }[] {
  const { m } = r;
  const top = frontierTop(r);
  const capsAt = scaler(r);
  const budgets = Array.from(
    { length: FRONTIER_POINTS - 1 },
    (_, k) => (top * k) / (FRONTIER_POINTS - 2)
  );
  budgets.push(m.budget);
  budgets.sort((a, b) => a - b);
  const out: { budget: number; value: number }[] = [];
  let floor: Found | null = null;
  for (const b of budgets) {
    if (out.length > 0 && out[out.length - 1].budget === b) continue;
    const f: Found | null = b === m.budget ? best : valueAt(r, b, capsAt, floor);
    if (f === null) continue;
    floor = f;
    out.push({ budget: clean(b), value: clean(f.value) });
  }
  return out;
}

/** The budget a set needs: its cost, and each envelope's share of the budget covering its part. */
function budgetFor(r: Root, set: Found): number {
  const { used } = spend(r.m, set.x);
  const caps = scaler(r)(1);
  return used.reduce((b, u, k) => (u > 0 ? Math.max(b, u / caps[k]) : b), set.cost);
}

/**
 * The smallest budget increase that raises the best value: a bisection between the budget and the
 * top of the frontier, each raise snapped down to the budget the better set really needs.
 */
export function nextStep(
  r: Root,
  names: readonly string[],
  best: Found
): { extra: number; adds: string[] } | null {
  const { m } = r;
  const capsAt = scaler(r);
  let hiSet = valueAt(r, frontierTop(r), capsAt, best);
  if (hiSet === null || hiSet.value <= best.value + m.tolV) return null;
  let lo = m.budget;
  let hi = budgetFor(r, hiSet);
  for (let step = 0; step < 40 && hi - lo > m.tolC * 10 && hi - lo > 1e-9 * hi; step++) {
    const mid = (lo + hi) / 2;
    const f = valueAt(r, mid, capsAt, best);
    if (f !== null && f.value > best.value + m.tolV) {
      hiSet = f;
      hi = Math.min(hi, budgetFor(r, f));
    } else lo = mid;
  }
  const at = valueAt(r, hi, capsAt, best, true) ?? hiSet;
  const adds = names.filter((_, i) => at.x[i] === 1 && best.x[i] !== 1);
  return { extra: clean(hi - m.budget), adds };
}
