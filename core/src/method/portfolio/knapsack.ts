/**
 * Dynamic-programming bounds for the search: for a group of rows (all rows, or one envelope's),
 * position k of the branch order and budget w (in cost units), the best value of the group's rows
 * from k on costing at most w — requires and excludes relaxed, and each envelope bounded alone.
 * Built once per problem when costs sit on a decimal grid and the tables stay small; they make the
 * search near-linear when budget and envelopes are the binding rules.
 */
const MAX_CELLS = 3_000_000;

interface Table {
  /** Position in the branch order → first local row at or after it. */
  local: Int32Array;
  width: number;
  cells: Float64Array;
}

export interface Knapsack {
  /** The cost of one unit of the tables (a power of ten every cost is a multiple of). */
  unit: number;
  all: Table;
  /** One table per envelope (pilots, scaling, innovation) and one for rows without. */
  groups: Table[] | null;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The largest step every cost is a multiple of (their GCD, at most 6 decimals), else 0. */
export function costUnit(costs: readonly number[]): number {
  for (let d = 0; d <= 6; d++) {
    const scale = 10 ** d;
    const ints = costs.map((c) => Math.round(c * scale));
    if (ints.every((n, i) => Math.abs(n - costs[i] * scale) <= 1e-9 * Math.max(1, n))) {
      const g = ints.reduce(gcd, 0);
      return g === 0 ? 0 : g / scale;
    }
  }
  return 0;
}

function table(
  order: readonly number[],
  inGroup: (i: number) => boolean,
  units: readonly number[],
  value: readonly number[],
  top: number
): Table {
  const rows = order.filter(inGroup);
  const local = new Int32Array(order.length + 1);
  for (let k = order.length - 1, j = rows.length; k >= 0; k--) {
    local[k + 1] = j;
    if (inGroup(order[k])) j--;
    local[k] = j;
  }
  const width = Math.max(1, Math.min(top, Math.floor(MAX_CELLS / (rows.length + 1)))) + 1;
  const cells = new Float64Array((rows.length + 1) * width);
  for (let j = rows.length - 1; j >= 0; j--) {
    const c = units[rows[j]];
    const v = value[rows[j]];
    const row = j * width;
    const next = row + width;
    for (let w = 0; w < width; w++) {
      const skip = cells[next + w];
      cells[row + w] = w >= c ? Math.max(skip, cells[next + w - c] + v) : skip;
    }
  }
  return { local, width, cells };
}

/** The tables for `order` up to budget `top`, or null when costs are off the grid. */
export function buildKnapsack(
  order: readonly number[],
  cost: readonly number[],
  value: readonly number[],
  env: readonly number[],
  top: number,
  envelopes: boolean
): Knapsack | null {
  const unit = costUnit(order.map((i) => cost[i]));
  if (unit === 0 || order.length === 0) return null;
  const units = cost.map((c) => Math.round(c / unit));
  const topUnits = Math.floor(top / unit + 1e-9);
  return {
    unit,
    all: table(order, () => true, units, value, topUnits),
    groups: envelopes
      ? [0, 1, 2, -1].map((e) => table(order, (i) => env[i] === e, units, value, topUnits))
      : null,
  };
}

/** Upper bound from one table; Infinity beyond it. */
function at(t: Table, k: number, w: number): number {
  return w < t.width ? t.cells[t.local[k] * t.width + Math.max(0, w)] : Infinity;
}

/** Upper bound on the value the rows from position k on add within `left` and the envelope rooms. */
export function knapsackBound(
  kn: Knapsack,
  k: number,
  left: number,
  room: readonly number[]
): number {
  const units = (x: number): number => Math.floor(x / kn.unit + 1e-9);
  const l = units(left);
  const b = at(kn.all, k, l);
  if (!kn.groups) return b;
  const g = kn.groups;
  const byGroup =
    at(g[0], k, Math.min(l, units(room[0]))) +
    at(g[1], k, Math.min(l, units(room[1]))) +
    at(g[2], k, Math.min(l, units(room[2]))) +
    at(g[3], k, l);
  return Math.min(b, byGroup);
}
