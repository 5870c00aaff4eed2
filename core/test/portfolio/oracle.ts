/**
 * The portfolio rules written a second, plain way for the tests: every subset tried (brute force),
 * and the rules as a mixed-integer program for HiGHS. Neither uses the optimiser's code.
 */
import fc from 'fast-check';
import type { Envelope, PortfolioProblem, PortfolioProject } from '../../src';

const ENVS: readonly Envelope[] = ['pilots', 'scaling', 'innovation'];
const norm = (s: string): string => s.trim().toLowerCase();

/** Row links by name (first row of a name wins); a required name that is no row is -1. */
export function links(p: PortfolioProblem): { req: number[][]; exc: number[][] } {
  const first = (name: string): number =>
    p.projects.findIndex((q) => norm(q.name) === norm(name) && norm(name) !== '');
  const req = p.projects.map((q, i) =>
    (q.requires ?? [])
      .filter((r) => norm(r) !== '')
      .map(first)
      .filter((j) => j !== i)
  );
  const exc = p.projects.map((q, i) =>
    (q.excludes ?? []).map(first).filter((j) => j >= 0 && j !== i)
  );
  return { req, exc };
}

export interface Pick {
  x: boolean[];
  value: number;
  cost: number;
}

/** Whether a set keeps every rule of docs/method.md §16. */
export function feasible(
  p: PortfolioProblem,
  x: readonly boolean[],
  budget = p.budget,
  caps = p.envelopes,
  { req, exc } = links(p)
): boolean {
  let cost = 0;
  const used: Record<string, number> = { pilots: 0, scaling: 0, innovation: 0 };
  for (let i = 0; i < x.length; i++) {
    const q = p.projects[i];
    if (q.status === 'must' && !x[i]) return false;
    if (!x[i]) continue;
    if (q.status === 'never') return false;
    if (req[i].some((j) => j < 0 || !x[j])) return false;
    if (exc[i].some((j) => x[j])) return false;
    // Worth nothing: funded only when a funded project requires it, or when it is a must.
    if (q.value <= 0 && q.status !== 'must' && !req.some((r, k) => x[k] && r.includes(i)))
      return false;
    cost += q.cost;
    if (q.envelope) used[q.envelope] += q.cost;
  }
  // Sums of decimals: within a billionth, as a spreadsheet's 15 digits would show them.
  if (cost > budget + 1e-9) return false;
  return !caps || ENVS.every((e) => used[e] <= caps[e] + 1e-9);
}

/** Every subset: best value, then lowest cost, then the set funding the first row where two differ. */
export function brute(p: PortfolioProblem, budget = p.budget, caps = p.envelopes): Pick | null {
  const n = p.projects.length;
  const l = links(p);
  let best: Pick | null = null;
  for (let mask = 0; mask < 1 << n; mask++) {
    const x = p.projects.map((_, i) => (mask & (1 << i)) !== 0);
    if (!feasible(p, x, budget, caps, l)) continue;
    const value = sum(p.projects, x, 'value');
    const cost = sum(p.projects, x, 'cost');
    if (best === null || value > best.value || (value === best.value && cost < best.cost)) {
      best = { x, value, cost };
    } else if (value === best.value && cost === best.cost) {
      const first = x.findIndex((v, i) => v !== best!.x[i]);
      if (x[first]) best = { x, value, cost };
    }
  }
  return best;
}

export const sum = (
  ps: readonly PortfolioProject[],
  x: readonly boolean[],
  k: 'value' | 'cost'
): number => ps.reduce((a, q, i) => (x[i] ? a + q[k] : a), 0);

/** The problem as a CPLEX-LP text for HiGHS: maximise value, or minimise cost at a given value. */
export function toLp(
  p: PortfolioProblem,
  minCostAt?: number,
  fix: Record<number, 0 | 1> = {}
): string {
  const { req, exc } = links(p);
  const v = (i: number): string => `x${i}`;
  const term = (c: number, i: number): string => `${c >= 0 ? '+' : '-'} ${Math.abs(c)} ${v(i)}`;
  const ps = p.projects;
  const rows: string[] = [];
  rows.push(`budget: ${ps.map((q, i) => term(q.cost, i)).join(' ')} <= ${p.budget}`);
  if (minCostAt !== undefined)
    rows.push(`value: ${ps.map((q, i) => term(q.value, i)).join(' ')} >= ${minCostAt}`);
  for (const e of ENVS) {
    const inE = ps.map((q, i) => [q, i] as const).filter(([q]) => q.envelope === e);
    if (p.envelopes && inE.length > 0)
      rows.push(`env_${e}: ${inE.map(([q, i]) => term(q.cost, i)).join(' ')} <= ${p.envelopes[e]}`);
  }
  ps.forEach((q, i) => {
    if (q.status === 'must') rows.push(`must${i}: ${v(i)} = 1`);
    if (q.status === 'never') rows.push(`never${i}: ${v(i)} = 0`);
    if (fix[i] !== undefined) rows.push(`fix${i}: ${v(i)} = ${fix[i]}`);
    req[i].forEach((j, k) =>
      rows.push(j < 0 ? `req${i}_${k}: ${v(i)} = 0` : `req${i}_${k}: ${v(i)} - ${v(j)} <= 0`)
    );
    exc[i].forEach((j, k) => rows.push(`exc${i}_${k}: ${v(i)} + ${v(j)} <= 1`));
    if (q.value <= 0 && q.status !== 'must') {
      const by = req.flatMap((r, k) => (r.includes(i) ? [k] : []));
      rows.push(`need${i}: ${v(i)} ${by.map((k) => `- ${v(k)}`).join(' ')} <= 0`);
    }
  });
  const objective =
    minCostAt === undefined
      ? `Maximize\n obj: ${ps.map((q, i) => term(q.value, i)).join(' ')}`
      : `Minimize\n obj: ${ps.map((q, i) => term(q.cost, i)).join(' ')}`;
  return `${objective}\nSubject To\n ${rows.join('\n ')}\nBinary\n ${ps.map((_, i) => v(i)).join(' ')}\nEnd\n`;
}

/** Random problems: small integer costs and values so that ties happen, with every kind of rule. */
export function problems(
  maxN: number,
  opts: { ties?: boolean } = {}
): fc.Arbitrary<PortfolioProblem> {
  // Ties: few distinct costs and values, so that different sets reach the same value and cost.
  const hi = opts.ties ? 6 : 60;
  const costs = opts.ties ? fc.integer({ min: 1, max: 4 }) : fc.integer({ min: 0, max: hi });
  const minN = opts.ties ? Math.min(6, maxN) : 1;
  return fc.noBias(fc.integer({ min: minN, max: maxN })).chain((n) => {
    const name = fc.integer({ min: 0, max: n - 1 }).map((i) => `P${i}`);
    // About ten requires and ten excludes whatever n, one must and one never in twenty.
    const some = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> =>
      fc
        .noBias(fc.integer({ min: 1, max: Math.max(4, n) }))
        .chain((k) => (k <= 4 ? arb : fc.constant([])));
    const status = fc
      .noBias(fc.integer({ min: 1, max: 20 }))
      .map((k): PortfolioProject['status'] =>
        opts.ties || k > 2 ? 'free' : k === 1 ? 'must' : 'never'
      );
    const project = fc.record({
      cost: fc.noBias(costs),
      value: fc.noBias(fc.integer({ min: -Math.ceil(hi / 4), max: hi })),
      envelope: fc.constantFrom(...ENVS),
      status,
      requires: some(fc.array(name, { minLength: 1, maxLength: 2 })),
      excludes: some(fc.array(name, { minLength: 1, maxLength: 2 })),
    });
    return fc
      .record({
        projects: fc
          .array(project, { minLength: n, maxLength: n })
          .map((ps) => ps.map((q, i) => ({ ...q, name: `P${i}` }))),
        share: fc.noBias(fc.integer({ min: 0, max: 100 })).map((k) => k / 100),
        split: fc.option(fc.noBias(fc.tuple(fc.nat(10), fc.nat(10), fc.nat(10))), {
          nil: undefined,
        }),
      })
      .map(({ projects, share, split }) => {
        const total = projects.reduce((a, q) => a + q.cost, 0);
        const budget = Math.round(total * share);
        const envelopes =
          split && split[0] + split[1] + split[2] > 0
            ? (Object.fromEntries(
                ENVS.map((e, k) => [
                  e,
                  Math.round((budget * split[k]) / (split[0] + split[1] + split[2])),
                ])
              ) as Record<Envelope, number>)
            : undefined;
        return { projects, budget, ...(envelopes ? { envelopes } : {}) };
      });
  });
}
