/**
 * Year-by-year cash flows, net present value and internal rate of return of a project
 * (docs/method.md, "Business case in ranges").
 */

/**
 * Year 0 = −cost; year t = savings × ramp_t − cost × run_rate, where ramp_t is the share of the
 * savings reached in year t (beyond the ramp, 100 %).
 */
export function cashFlows(
  savings: number,
  cost: number,
  years: number,
  runRate = 0,
  ramp: readonly number[] = []
): number[] {
  const flows = [-cost];
  for (let t = 1; t <= years; t++) flows.push(savings * (ramp[t - 1] ?? 1) - cost * runRate);
  return flows;
}

/** Σ flow_t / (1 + rate)^t, year 0 undiscounted. */
export function npv(flows: readonly number[], rate: number): number {
  let total = 0;
  let factor = 1;
  for (const f of flows) {
    total += f / factor;
    factor *= 1 + rate;
  }
  return total;
}

/** The flows' value as a polynomial in x = 1 / (1 + rate), and its derivative. */
function poly(flows: readonly number[], x: number): [number, number] {
  let v = 0;
  let d = 0;
  for (let t = flows.length - 1; t >= 0; t--) {
    d = d * x + v;
    v = v * x + flows[t];
  }
  return [v, d];
}

/** Rates scanned for a sign change, from −99.99999 % to +10⁹ %, as x = 1 / (1 + rate). */
const SCAN = 500;
const X_MIN = Math.log(1e-7);
const X_MAX = Math.log(1e7);
/** Excel's and LibreOffice's default guess: among several rates, the one nearest it is kept. */
const GUESS = 0.1;

/**
 * The internal rate of return: the rate at which npv(flows, rate) = 0, or null when there is none
 * (the flows never change sign, or no rate above −100 % zeroes them). Every sign change on a
 * log-spaced grid of x is bracketed and solved by bisection with Newton steps.
 */
export function irr(flows: readonly number[]): number | null {
  const hasNeg = flows.some((f) => f < 0);
  const hasPos = flows.some((f) => f > 0);
  if (!hasNeg || !hasPos) return null;
  let best: number | null = null;
  let prevX = Math.exp(X_MIN);
  let prevV = poly(flows, prevX)[0];
  for (let i = 1; i <= SCAN; i++) {
    const x = Math.exp(X_MIN + ((X_MAX - X_MIN) * i) / SCAN);
    const v = poly(flows, x)[0];
    if (!Number.isFinite(v)) break; // x^t overflows: rates this close to −100 % are not sought
    if (v === 0 || Math.sign(v) !== Math.sign(prevV)) {
      const root = v === 0 ? x : solve(flows, prevX, x, prevV);
      const rate = 1 / root - 1;
      if (best === null || Math.abs(rate - GUESS) < Math.abs(best - GUESS)) best = rate;
    }
    prevX = x;
    prevV = v;
  }
  return best;
}

/** The root of the flows' polynomial in [lo, hi], where it changes sign (vLo = value at lo). */
function solve(flows: readonly number[], lo: number, hi: number, vLo: number): number {
  let x = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const [v, d] = poly(flows, x);
    if (v === 0) return x;
    if (Math.sign(v) === Math.sign(vLo)) lo = x;
    else hi = x;
    const next = d !== 0 ? x - v / d : NaN;
    const inside = next > lo && next < hi;
    const x2 = inside ? next : (lo + hi) / 2;
    if (Math.abs(x2 - x) <= 1e-16 * x || hi - lo <= 1e-16 * hi) return x2;
    x = x2;
  }
  return x;
}
