/**
 * The net benefit of a business case in ranges (docs/method.md, "Business case in ranges"):
 * P10 / P50 / P90 and the probability that it is above 0, when savings and cost are PERT estimates.
 *
 * Net benefit = a × savings − b × cost with a = Σ t=1..years 1 / (1 + discount)^t and
 * b = 1 + run_rate × a, so it moves with each input in one direction. With one uncertain input its
 * quantiles are that input's exact PERT quantiles. With two, it is simulated: a stratified sample
 * of STRATA × STRATA = 10 000 draws (each input's probability scale cut into STRATA equal strata, one
 * seeded draw in each, every pair combined), seeded from the inputs.
 */
import { pert, pertCdf, pertQuantile, pertQuantiles, type Estimate, type Pert } from './pert';
import { seededRandom, seedOf } from './seed';

export const STRATA = 100;

export interface NetBenefitRange {
  p10: number;
  p50: number;
  p90: number;
  /** Probability that the net benefit is above 0. */
  profit: number;
}

const QUANTILES = [0.1, 0.5, 0.9] as const;

export function netBenefitRange(
  savings: Estimate,
  cost: Estimate,
  years = 1,
  runRate = 0,
  discountRate = 0
): NetBenefitRange {
  let a = 0;
  let factor = 1;
  for (let t = 1; t <= years; t++) {
    factor *= 1 + discountRate;
    a += 1 / factor;
  }
  const b = 1 + runRate * a;
  const s = pert(savings);
  const c = pert(cost);
  const sPoint = typeof savings === 'number' ? savings : savings[1];
  const cPoint = typeof cost === 'number' ? cost : cost[1];
  if (s && c) {
    const inputs = [savings, cost].flatMap((e) => (typeof e === 'number' ? [e] : [...e]));
    inputs.push(years, runRate, discountRate);
    return simulate(s, c, a, b, seedOf(inputs));
  }
  if (s) {
    const [p10, p50, p90] = QUANTILES.map((p) => a * pertQuantile(s, p) - b * cPoint);
    return { p10, p50, p90, profit: 1 - pertCdf(s, (b * cPoint) / a) };
  }
  if (c) {
    const [p10, p50, p90] = QUANTILES.map((p) => a * sPoint - b * pertQuantile(c, 1 - p));
    return { p10, p50, p90, profit: pertCdf(c, (a * sPoint) / b) };
  }
  const nb = a * sPoint - b * cPoint;
  return { p10: nb, p50: nb, p90: nb, profit: nb > 0 ? 1 : 0 };
}

/** STRATA ascending draws of d, one in each stratum of its probability scale. */
function stratified(d: Pert, next: () => number): Float64Array {
  const ps = new Float64Array(STRATA);
  for (let i = 0; i < STRATA; i++) ps[i] = (i + next()) / STRATA;
  return pertQuantiles(d, ps);
}

function simulate(s: Pert, c: Pert, a: number, b: number, seed: number): NetBenefitRange {
  const next = seededRandom(seed);
  const sv = stratified(s, next).map((x) => a * x);
  const cv = stratified(c, next).map((x) => b * x);
  const n = STRATA * STRATA;
  const [p10, p50, p90] = QUANTILES.map((p) => orderStatistic(sv, cv, Math.ceil(p * n)));
  return { p10, p50, p90, profit: 1 - countAtMost(sv, cv, 0) / n };
}

/** How many pairs have sv[i] − cv[j] ≤ x; both arrays ascending, so one pass suffices. */
function countAtMost(sv: Float64Array, cv: Float64Array, x: number): number {
  let count = 0;
  let j = 0;
  for (let i = 0; i < STRATA; i++) {
    while (j < STRATA && sv[i] - cv[j] > x) j++;
    count += STRATA - j;
  }
  return count;
}

/** The largest pair value sv[i] − cv[j] that is ≤ x. */
function largestAtMost(sv: Float64Array, cv: Float64Array, x: number): number {
  let best = -Infinity;
  let j = 0;
  for (let i = 0; i < STRATA; i++) {
    while (j < STRATA && sv[i] - cv[j] > x) j++;
    if (j < STRATA) best = Math.max(best, sv[i] - cv[j]);
  }
  return best;
}

/** The k-th smallest of the STRATA² values sv[i] − cv[j], by bisection on the count. */
function orderStatistic(sv: Float64Array, cv: Float64Array, k: number): number {
  let lo = sv[0] - cv[STRATA - 1];
  let hi = sv[STRATA - 1] - cv[0];
  if (k <= 1) return lo;
  // Narrowed to 1e-10 of the spread: within it the pick is the nearest pair value at or below hi.
  const precision = (hi - lo) * 1e-10;
  while (hi - lo > precision) {
    const mid = (lo + hi) / 2;
    if (countAtMost(sv, cv, mid) >= k) hi = mid;
    else lo = mid;
  }
  return largestAtMost(sv, cv, hi);
}
