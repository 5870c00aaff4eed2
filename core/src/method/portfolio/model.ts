/**
 * The portfolio problem as arrays the search works on: names resolved to rows, must/never and the
 * requires/excludes links propagated once, and what can never be funded fixed out (docs/method.md §16).
 */
import { buildKnapsack, type Knapsack } from './knapsack';
import { ENVELOPES, type PortfolioProblem } from './types';

export const FREE = -1;

export interface Model {
  n: number;
  cost: readonly number[];
  value: readonly number[];
  /** Envelope index per row (0 pilots, 1 scaling, 2 innovation), -1 for none. */
  env: readonly number[];
  must: readonly boolean[];
  /** Rows each row requires, rows requiring it, rows it excludes or is excluded by. */
  req: readonly number[][];
  reqBy: readonly number[][];
  exc: readonly number[][];
  /** The first required name that is no project, per row. */
  missing: readonly (string | null)[];
  budget: number;
  /** Cap per envelope in money; Infinity without envelopes. */
  caps: readonly number[];
  /** Comparison tolerances for sums of values and of costs. */
  tolV: number;
  tolC: number;
  /** Every value is a multiple of this (1, 0.1 … 1e-6), or 0: a bound can round down to it. */
  grid: number;
  /** Rows worth funding, best value/cost first (zero-cost rows first), then row order. */
  order: readonly number[];
  /**
   * The same rows in branching order: rows with a requires/excludes link first, so that below them
   * the knapsack bound, which ignores links, is exact.
   */
  branch: readonly number[];
  /** The dynamic-programming bound over `branch`, or null. */
  knapsack: Knapsack | null;
}

/** The coarsest decimal step (1 down to 1e-6) of which every value is a multiple, else 0. */
export function valueGrid(values: readonly number[]): number {
  for (let d = 0; d <= 6; d++) {
    const scale = 10 ** d;
    if (
      values.every(
        (v) =>
          Math.abs(v * scale - Math.round(v * scale)) <= 1e-9 * Math.max(1, Math.abs(v * scale))
      )
    )
      return 1 / scale;
  }
  return 0;
}

export const key = (name: string): string => name.trim().toLowerCase();

/** Rows by name (trimmed, case ignored); the first row wins when two share a name. */
export function rowsByName(names: readonly string[]): Map<string, number> {
  const byName = new Map<string, number>();
  names.forEach((name, i) => {
    const k = key(name);
    if (k !== '' && !byName.has(k)) byName.set(k, i);
  });
  return byName;
}

export function buildModel(
  problem: PortfolioProblem,
  budget = problem.budget,
  caps = capsOf(problem)
): Model {
  const ps = problem.projects;
  const n = ps.length;
  const byName = rowsByName(ps.map((p) => p.name));
  const req: number[][] = ps.map(() => []);
  const reqBy: number[][] = ps.map(() => []);
  const exc: number[][] = ps.map(() => []);
  const missing: (string | null)[] = ps.map(() => null);
  ps.forEach((p, i) => {
    for (const name of p.requires ?? []) {
      if (key(name) === '') continue;
      const j = byName.get(key(name));
      if (j === undefined) missing[i] ??= name;
      else if (j !== i && !req[i].includes(j)) {
        req[i].push(j);
        reqBy[j].push(i);
      }
    }
    for (const name of p.excludes ?? []) {
      const j = byName.get(key(name));
      if (j === undefined || j === i || exc[i].includes(j)) continue;
      exc[i].push(j);
      exc[j].push(i);
    }
  });
  const sumAbs = (xs: number[]): number => xs.reduce((a, x) => a + Math.abs(x), 0);
  const cost = ps.map((p) => p.cost);
  const value = ps.map((p) => p.value);
  return {
    n,
    cost,
    value,
    env: ps.map((p) => (p.envelope ? ENVELOPES.indexOf(p.envelope) : -1)),
    must: ps.map((p) => p.status === 'must'),
    req,
    reqBy,
    exc,
    missing,
    budget,
    caps,
    tolV: 1e-9 * Math.max(1, sumAbs(value)),
    tolC: 1e-9 * Math.max(1, sumAbs(cost), Math.abs(budget)),
    grid: valueGrid(value),
    order: [],
    branch: [],
    knapsack: null,
  };
}

export function capsOf(problem: PortfolioProblem): number[] {
  const e = problem.envelopes;
  return ENVELOPES.map((k) => (e ? e[k] : Infinity));
}

/**
 * The ratio and branch orders and the knapsack bound: rows worth something that no budget decides
 * (not forced in by a must, not never, not needing a missing project), best value/cost first.
 */
export function withOrder(m: Model, x0: Int8Array, never: readonly boolean[]): Model {
  const ratio = (i: number): number => (m.cost[i] === 0 ? Infinity : m.value[i] / m.cost[i]);
  const order: number[] = [];
  for (let i = 0; i < m.n; i++)
    if (m.value[i] > 0 && x0[i] !== 1 && !never[i] && m.missing[i] === null) order.push(i);
  order.sort((a, b) => ratio(b) - ratio(a) || a - b);
  const top = Math.max(
    m.budget,
    order.reduce((t, i) => t + m.cost[i], 0)
  );
  const envelopes = m.caps.some(Number.isFinite);
  const linked = (i: number): boolean =>
    m.req[i].length > 0 || m.reqBy[i].length > 0 || m.exc[i].length > 0;
  const branch = [...order.filter(linked), ...order.filter((i) => !linked(i))];
  const knapsack = buildKnapsack(branch, m.cost, m.value, m.env, top, envelopes);
  return { ...m, order, branch, knapsack };
}

/**
 * Rows forced in (1) or out (0) before any search, or a conflict: must rows pull in what they
 * require and push out what they exclude; a row out pushes out the rows requiring it; a row that
 * needs a missing project, is never, does not fit alone, or is worth nothing and needed by no row
 * that may be funded, is out.
 */
export function propagate(m: Model, never: readonly boolean[]): Int8Array | { conflict: number } {
  const x = new Int8Array(m.n).fill(FREE);
  const stack: [number, 0 | 1][] = [];
  for (let i = 0; i < m.n; i++) {
    if (m.must[i]) stack.push([i, 1]);
    if (never[i] || m.missing[i] !== null) stack.push([i, 0]);
  }
  const drain = (): number => {
    while (stack.length > 0) {
      const [i, v] = stack.pop()!;
      if (x[i] === v) continue;
      if (x[i] !== FREE) return i;
      x[i] = v;
      if (v === 1) {
        for (const j of m.req[i]) stack.push([j, 1]);
        for (const j of m.exc[i]) stack.push([j, 0]);
      } else for (const j of m.reqBy[i]) stack.push([j, 0]);
    }
    return -1;
  };
  const bad = drain();
  if (bad >= 0) return { conflict: bad };
  // Out because it cannot fit what the must rows leave, or is worth nothing unless needed.
  const { total, used } = spend(m, x);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < m.n; i++) {
      if (x[i] !== FREE) continue;
      const e = m.env[i];
      const tooBig =
        total + m.cost[i] > m.budget + m.tolC ||
        (e >= 0 && used[e] + m.cost[i] > m.caps[e] + m.tolC);
      const unneeded = m.value[i] <= 0 && m.reqBy[i].every((j) => x[j] === 0);
      if (tooBig || unneeded) {
        stack.push([i, 0]);
        if (drain() >= 0) return { conflict: i };
        changed = true;
      }
    }
  }
  return x;
}

/** What the rows at 1 cost, in total and per envelope. */
export function spend(m: Model, x: ArrayLike<number>): { total: number; used: number[] } {
  const used = [0, 0, 0];
  let total = 0;
  for (let i = 0; i < m.n; i++) {
    if (x[i] !== 1) continue;
    total += m.cost[i];
    if (m.env[i] >= 0) used[m.env[i]] += m.cost[i];
  }
  return { total, used };
}
