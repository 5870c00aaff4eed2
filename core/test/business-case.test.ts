/**
 * docs/method.md §14 golden figures for cash flows, IRR and net-benefit ranges, through the method and the
 * engine; simulated quantiles against exact PERT quantiles computed here by numerical integration of
 * the beta density (no code shared with the implementation); determinism; properties.
 */
import fc from 'fast-check';
import { cashFlows, irr, netBenefitRange, npv } from '../src/method/business-case';
import { call, call1, expectError } from './helpers';

/** PERT density on [0, 1] tabulated and integrated with the trapezoid rule on N steps. */
const N = 20000;
function pertTable(low: number, likely: number, high: number): { x: number[]; cdf: number[] } {
  const a = 1 + (4 * (likely - low)) / (high - low);
  const b = 1 + (4 * (high - likely)) / (high - low);
  const dens = Array.from({ length: N + 1 }, (_, i) => (i / N) ** (a - 1) * (1 - i / N) ** (b - 1));
  const cdf = [0];
  for (let i = 1; i <= N; i++) cdf.push(cdf[i - 1] + (dens[i - 1] + dens[i]) / (2 * N));
  const total = cdf[N];
  return { x: dens.map((_, i) => low + ((high - low) * i) / N), cdf: cdf.map((c) => c / total) };
}

/** The CDF of a tabulated PERT at v, by linear interpolation. */
function cdfAt(t: { x: number[]; cdf: number[] }, v: number): number {
  if (v <= t.x[0]) return 0;
  if (v >= t.x[N]) return 1;
  const h = (t.x[N] - t.x[0]) / N;
  const i = Math.min(N - 1, Math.floor((v - t.x[0]) / h));
  const f = (v - t.x[i]) / h;
  return t.cdf[i] + f * (t.cdf[i + 1] - t.cdf[i]);
}

function bisect(f: (x: number) => number, p: number, lo: number, hi: number): number {
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact P10/P50/P90 and P(> 0) of a·S − b·C, S and C PERT: F(x) = ∫ P(S ∈ ds) P(b·C ≥ a·s − x). */
function exactRange(
  s: [number, number, number],
  c: [number, number, number],
  a: number,
  b: number
) {
  const ts = pertTable(...s);
  const tc = pertTable(...c);
  const M = 1500;
  const cdf = (x: number): number => {
    let total = 0;
    for (let i = 0; i < M; i++) {
      const lo = s[0] + ((s[2] - s[0]) * i) / M;
      const hi = s[0] + ((s[2] - s[0]) * (i + 1)) / M;
      const mass = cdfAt(ts, hi) - cdfAt(ts, lo);
      total += mass * (1 - cdfAt(tc, (a * (lo + hi)) / 2 / b - x / b));
    }
    return total;
  };
  const lo = a * s[0] - b * c[2];
  const hi = a * s[2] - b * c[0];
  return {
    q: [0.1, 0.5, 0.9].map((p) => bisect(cdf, p, lo, hi)),
    profit: 1 - cdf(0),
    width: hi - lo,
  };
}

const annuity = (years: number, rate: number): number =>
  Array.from({ length: years }, (_, t) => 1 / (1 + rate) ** (t + 1)).reduce((x, y) => x + y, 0);

describe('docs/method.md §14 cash flows and IRR', () => {
  test('savings 25 000, cost 10 000, 3 years, run 20 %, ramp 50/100/100', () => {
    const flows = cashFlows(25000, 10000, 3, 0.2, [0.5, 1, 1]);
    expect(flows).toEqual([-10000, 10500, 23000, 23000]);
    expect(call('CASHFLOWS', [25000, 10000, 3, 0.2, [[0.5, 1, 1]]])).toEqual([
      [-10000, 10500, 23000, 23000],
    ]);
    expect(call('CASHFLOWS', [25000, 10000, 3, '20 %', [['50 %'], ['100 %'], ['100 %']]])).toEqual([
      [-10000, 10500, 23000, 23000],
    ]);
    expect(call1('IRR', [25000, 10000, 3, 0.2, [[0.5, 1, 1]]])).toBeCloseTo(1.4044, 4);
    expect(npv(flows, 0.08)).toBeCloseTo(37699.16, 2);
  });
  test('savings 60 000, cost 20 000, run 30 % → IRR 162.23 %', () => {
    expect(call1('IRR', [60000, 20000, 3, 0.3, [[0.5, 1, 1]]])).toBeCloseTo(1.6223, 4);
  });
  test('savings 1 000, cost 10 000, 3 years → IRR −42.44 %', () => {
    expect(call1('IRR', [1000, 10000])).toBeCloseTo(-0.4244, 4);
  });
  test('no savings → no IRR (#NUM!)', () => {
    expect(irr(cashFlows(0, 10000, 3))).toBeNull();
    expectError(call1('IRR', [0, 10000]), '#NUM!', 'annual_savings');
  });
  test('years default to 3 and the ramp to 100 %', () => {
    expect(call('CASHFLOWS', [25000, 10000])).toEqual([[-10000, 25000, 25000, 25000]]);
  });
  test('a column of projects spills one row of flows each, rows as wide as the longest', () => {
    const out = call('CASHFLOWS', [[[25000], [0], ['x']], 10000, [[1], [2], [1]]]);
    expect(out[0]).toEqual([-10000, 25000, '']);
    expect(out[1]).toEqual([-10000, 0, 0]);
    expect(out[2].every((e) => typeof e === 'object')).toBe(true);
  });
  test('property: the IRR zeroes the net present value of the flows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200000 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        (s, c, years, run) => {
          const flows = cashFlows(s, c, years, run);
          const r = irr(flows);
          if (s - c * run <= 0) return r === null;
          return r !== null && Math.abs(npv(flows, r)) < 1e-6 * c;
        }
      )
    );
  });
});

describe('docs/method.md §14 net benefit in ranges', () => {
  test.each([
    [[20000, 25000, 30000], 10000, [12466.36, 15000, 17533.64], 1],
    [[5000, 10000, 20000], 10000, [-2704.58, 637.19, 4666.85], 0.5832],
  ] as const)('savings %p, cost %p: exact PERT quantiles', (s, c, q, profit) => {
    const [row] = call('NPVRANGE', [[[...s]], c]);
    row.forEach((v, i) => expect(v).toBeCloseTo(q[i], 2));
    expect(call1('PROBPROFIT', [[[...s]], c])).toBeCloseTo(profit, 4);
  });

  test.each([
    [[5000, 10000, 20000], [9000, 10000, 14000], 1, 0, 0, [-3342, 153, 4303], 0.519],
    [[20000, 25000, 40000], [8000, 10000, 15000], 3, 0.2, 0.08, [41221, 51842, 65920], 1],
  ] as const)(
    'savings %p, cost %p simulated: within 0.5 % of the range of the exact quantiles',
    (s, c, years, run, rate, golden, profit) => {
      const [row] = call('NPVRANGE', [[[...s]], [[...c]], years, run, rate]);
      const a = annuity(years, rate);
      const exact = exactRange([...s], [...c], a, 1 + run * a);
      row.forEach((v, i) => {
        expect(Math.abs((v as number) - exact.q[i])).toBeLessThan(0.005 * exact.width);
        expect(Math.abs(exact.q[i] - golden[i])).toBeLessThan(0.005 * exact.width);
      });
      const p = call1('PROBPROFIT', [[[...s]], [[...c]], years, run, rate]) as number;
      expect(Math.abs(p - exact.profit)).toBeLessThan(0.005);
      expect(exact.profit).toBeCloseTo(profit, 2);
    }
  );

  test('single numbers give P10 = P50 = P90 = the net benefit', () => {
    expect(call('NPVRANGE', [25000, 10000])).toEqual([[15000, 15000, 15000]]);
    const [row] = call('NPVRANGE', [25000, 10000, 3, 0.2, 0.1]);
    row.forEach((v) => expect(v).toBeCloseTo(47197.6, 2));
    expect(call1('PROBPROFIT', [25000, 10000])).toBe(1);
    expect(call1('PROBPROFIT', [5000, 10000])).toBe(0);
  });

  test('one estimate per row: a range of projects spills one {P10, P50, P90} row each', () => {
    const out = call('NPVRANGE', [
      [
        [20000, 25000, 30000],
        [5000, 10000, 20000],
        [null, null, null],
      ],
      [[10000], [10000], [null]],
    ]);
    expect(out[0][1]).toBe(15000);
    expect(out[1][0]).toBeCloseTo(-2704.58, 2);
    expect(out[2]).toEqual(['', '', '']);
  });

  test('deterministic: the same inputs give the same figures, other inputs another stream', () => {
    const args = [[[5000, 10000, 20000]], [[9000, 10000, 14000]], 2, 0.1, 0.05];
    expect(call('NPVRANGE', args)).toEqual(call('NPVRANGE', args));
    const a = netBenefitRange([5000, 10000, 20000], [9000, 10000, 14000]);
    const b = netBenefitRange([5000, 10000, 20000.000001], [9000, 10000, 14000]);
    expect(a.p50).not.toBe(b.p50);
  });

  test('property: P10 ≤ P50 ≤ P90 within the extreme outcomes, and P(> 0) agrees with them', () => {
    const estimate = fc
      .tuple(fc.integer({ min: 1, max: 100000 }), fc.nat(50000), fc.nat(50000))
      .map(([low, d1, d2]): [number, number, number] => [low, low + d1, low + d1 + d2]);
    fc.assert(
      fc.property(estimate, estimate, fc.integer({ min: 1, max: 5 }), (s, c, years) => {
        const r = netBenefitRange(s, c, years);
        const [sl, , sh] = s;
        const [cl, , ch] = c;
        const lo = years * sl - ch - 1e-6;
        const hi = years * sh - cl + 1e-6;
        return (
          lo <= r.p10 &&
          r.p10 <= r.p50 &&
          r.p50 <= r.p90 &&
          r.p90 <= hi &&
          (r.p10 > 0 ? r.profit >= 0.9 : true) &&
          (r.p90 < 0 ? r.profit <= 0.1 : true)
        );
      }),
      { numRuns: 100 }
    );
  });
});
