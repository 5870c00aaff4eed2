/**
 * Branch and bound over the rows a model leaves free. The bound is the fractional relaxation:
 * rows by value/cost, each taken as far as the total budget and its envelope allow — exact for the
 * relaxation because envelope caps and the budget nest (docs/method.md §16).
 */
import { knapsackBound } from './knapsack';
import { FREE, type Model } from './model';

export interface Found {
  x: Int8Array;
  value: number;
  cost: number;
}

/** A search state: the rows decided so far, their sums, and a trail to undo them. */
export class State {
  readonly x: Int8Array;
  value = 0;
  cost = 0;
  readonly used = [0, 0, 0];
  private readonly trail: number[] = [];
  private readonly stack: number[] = [];

  constructor(readonly m: Model) {
    this.x = new Int8Array(m.n).fill(FREE);
  }

  /** A state with the fixed rows decided and their consequences; null on a conflict. */
  static of(m: Model, fixed: Int8Array): State | null {
    const s = new State(m);
    for (let i = 0; i < m.n; i++)
      if (fixed[i] !== FREE && !s.assign(i, fixed[i] as 0 | 1)) return null;
    return s;
  }

  mark(): number {
    return this.trail.length;
  }

  undo(mark: number): void {
    const { x } = this;
    while (this.trail.length > mark) {
      const i = this.trail.pop()!;
      if (x[i] === 1) this.take(i, -1);
      x[i] = FREE;
    }
  }

  private take(i: number, sign: 1 | -1): void {
    const { m } = this;
    this.value += sign * m.value[i];
    this.cost += sign * m.cost[i];
    if (m.env[i] >= 0) this.used[m.env[i]] += sign * m.cost[i];
  }

  /** Decides a row and what follows from it; false (state half-changed: undo) on a conflict. */
  assign(row: number, v: 0 | 1): boolean {
    const { m, x, stack } = this;
    stack.length = 0;
    stack.push(row, v);
    while (stack.length > 0) {
      const val = stack.pop()!;
      const i = stack.pop()!;
      if (x[i] === val) continue;
      if (x[i] !== FREE) return false;
      x[i] = val;
      this.trail.push(i);
      if (val === 1) {
        this.take(i, 1);
        const e = m.env[i];
        if (this.cost > m.budget + m.tolC || (e >= 0 && this.used[e] > m.caps[e] + m.tolC))
          return false;
        for (const j of m.req[i]) stack.push(j, 1);
        for (const j of m.exc[i]) stack.push(j, 0);
      } else for (const j of m.reqBy[i]) stack.push(j, 0);
    }
    return true;
  }

  /**
   * Upper bound on the value of any completion: the knapsack tables from branch position `from`,
   * and the fractional relaxation of the free rows in value/cost order.
   */
  bound(from: number): number {
    const { m, x } = this;
    const { order } = m;
    let left = m.budget - this.cost;
    const room = [m.caps[0] - this.used[0], m.caps[1] - this.used[1], m.caps[2] - this.used[2]];
    const dp = m.knapsack ? this.value + knapsackBound(m.knapsack, from, left, room) : Infinity;
    let b = this.value;
    for (let k = 0; k < order.length && left > 0; k++) {
      const i = order[k];
      const c = m.cost[i];
      if (x[i] !== FREE || c === 0) continue;
      const e = m.env[i];
      const fit = Math.min(left, e >= 0 ? room[e] : Infinity);
      if (c <= fit) {
        b += m.value[i];
        left -= c;
        if (e >= 0) room[e] -= c;
      } else if (fit > 0) {
        b += (m.value[i] * fit) / c;
        left -= fit;
        if (e >= 0) room[e] -= fit;
      }
    }
    // Rows of zero cost add their value whatever is left.
    for (const i of order) {
      if (x[i] === FREE && m.cost[i] === 0) b += m.value[i];
    }
    b = Math.min(b, dp);
    // A set's value is a multiple of the grid: so is the best bound below b.
    return m.grid > 0 ? Math.floor((b + m.tolV) / m.grid) * m.grid : b;
  }

  /**
   * Lower bound on the cost still to spend to gain `gain` more value: the fractional covering by
   * value/cost, caps ignored (Infinity when the free rows cannot reach it).
   */
  costToGain(gain: number): number {
    const { m, x } = this;
    const { order } = m;
    let need = gain - m.tolV;
    let c = 0;
    for (let k = 0; k < order.length && need > 0; k++) {
      const i = order[k];
      if (x[i] !== FREE) continue;
      const v = m.value[i];
      if (v <= need) {
        need -= v;
        c += m.cost[i];
      } else {
        c += (m.cost[i] * need) / v;
        need = 0;
      }
    }
    return need > 0 ? Infinity : c;
  }

  /** Worth-nothing rows funded only when a funded row requires them (or they are must). */
  needed(): boolean {
    const { m, x } = this;
    for (let i = 0; i < m.n; i++) {
      if (x[i] !== 1 || m.value[i] > 0 || m.must[i]) continue;
      if (!m.reqBy[i].some((j) => x[j] === 1)) return false;
    }
    return true;
  }
}

/** Funds the free rows left after the order is exhausted: none (they are worth nothing). */
function closeLeaf(s: State): boolean {
  const { x } = s;
  for (let i = 0; i < x.length; i++) if (x[i] === FREE && !s.assign(i, 0)) return false;
  return s.needed();
}

/** Row i in, then out, each consistent branch explored; stops once `done`. */
function branch(s: State, i: number, explore: () => void, done = (): boolean => false): void {
  for (const v of [1, 0] as const) {
    const mk = s.mark();
    if (s.assign(i, v)) explore();
    s.undo(mk);
    if (done()) return;
  }
}

const snapshot = (s: State): Found => ({ x: Int8Array.from(s.x), value: s.value, cost: s.cost });

/**
 * The simple rule: rows by value/cost, each funded when it still fits with what it requires; null
 * when the fixed rows conflict. Also the search's first incumbent.
 */
export function greedyFrom(m: Model, start: Int8Array): Found | null {
  const s = State.of(m, start);
  if (s === null) return null;
  for (const i of m.order) {
    if (s.x[i] !== FREE) continue;
    const mk = s.mark();
    if (!s.assign(i, 1)) s.undo(mk);
  }
  for (let i = 0; i < m.n; i++) if (s.x[i] === FREE) s.assign(i, 0);
  return snapshot(s);
}

/**
 * The best value, then the lowest cost (not yet the row tie-break); `floor` is a set known to be
 * feasible (a warm start), or null.
 */
export function bestValue(m: Model, start: Int8Array, floor: Found | null): Found | null {
  const s = State.of(m, start);
  if (s === null) return floor;
  const order = m.branch;
  let best = floor;
  const better = (v: number, c: number): boolean =>
    best === null ||
    v > best.value + m.tolV ||
    (v >= best.value - m.tolV && c < best.cost - m.tolC);
  // The simple rule's pick is a good first incumbent: most branches fall below it at once.
  const g = greedyFrom(m, start);
  if (g !== null && better(g.value, g.cost)) best = g;
  const dfs = (from: number): void => {
    let k = from;
    while (k < order.length && s.x[order[k]] !== FREE) k++;
    if (k === order.length) {
      const mk = s.mark();
      if (closeLeaf(s) && better(s.value, s.cost)) best = snapshot(s);
      s.undo(mk);
      return;
    }
    if (best !== null) {
      const ub = s.bound(k);
      if (ub < best.value - m.tolV) return;
      // Only a tie in value is left: it must also be cheaper.
      if (
        ub <= best.value + m.tolV &&
        s.cost + s.costToGain(best.value - s.value) >= best.cost - m.tolC
      )
        return;
    }
    branch(s, order[k], () => dfs(k + 1));
  };
  dfs(0);
  return best;
}

/** Any set, within the fixed rows, reaching `target` value at no more than its cost. */
export function reach(m: Model, start: Int8Array, target: Found): Found | null {
  const s = State.of(m, start);
  if (s === null) return null;
  const order = m.branch;
  let found: Found | null = null;
  const dfs = (from: number): void => {
    let k = from;
    while (k < order.length && s.x[order[k]] !== FREE) k++;
    if (
      s.bound(k) < target.value - m.tolV ||
      s.cost + s.costToGain(target.value - s.value) > target.cost + m.tolC
    )
      return;
    if (k === order.length) {
      const mk = s.mark();
      if (closeLeaf(s) && s.value >= target.value - m.tolV && s.cost <= target.cost + m.tolC)
        found = snapshot(s);
      s.undo(mk);
      return;
    }
    branch(
      s,
      order[k],
      () => dfs(k + 1),
      () => found !== null
    );
  };
  dfs(0);
  return found;
}

/**
 * Among the sets of best value and lowest cost, the one funding the earliest rows: row by row, a
 * row is funded when some best set funding it agrees with the rows already settled.
 */
export function earliest(m: Model, start: Int8Array, best: Found): Found {
  const fixed = Int8Array.from(start);
  let witness = best;
  for (let i = 0; i < m.n; i++) {
    if (fixed[i] !== FREE) continue;
    if (witness.x[i] !== 1) {
      const tryIn = Int8Array.from(fixed);
      tryIn[i] = 1;
      const other = reach(m, tryIn, witness);
      if (other) witness = other;
    }
    fixed[i] = witness.x[i];
  }
  return witness;
}
