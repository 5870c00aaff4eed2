/**
 * The regularised incomplete beta function and its inverse, for the PERT quantiles of
 * docs/method.md ("Business case in ranges"). PERT shapes have α + β = 6 and α, β ≥ 1, where the
 * continued fraction below converges in a few terms; the code is correct for any α, β > 0.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7): about 15 significant digits. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export const lnBeta = (a: number, b: number): number => lnGamma(a) + lnGamma(b) - lnGamma(a + b);

const TINY = 1e-300;
/** Relative precision of the continued fraction: full for quantiles shown, looser for draws. */
const EPS = 1e-14;
const DRAW_EPS = 1e-10;

/** Continued fraction for I_x(a, b) (modified Lentz), valid when x < (a + 1) / (a + b + 2). */
function continuedFraction(x: number, a: number, b: number, eps: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < eps) break;
  }
  return h;
}

/**
 * I_x(a, b) from front = x^a (1 − x)^b / B(a, b), which the density shares: density = front / (x (1 − x)).
 */
function cdfFromFront(x: number, a: number, b: number, front: number, eps = EPS): number {
  return x < (a + 1) / (a + b + 2)
    ? (front * continuedFraction(x, a, b, eps)) / a
    : 1 - (front * continuedFraction(1 - x, b, a, eps)) / b;
}

const frontOf = (x: number, a: number, b: number, lnB: number): number =>
  Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnB);

/** I_x(a, b): the beta(a, b) distribution function at x in [0, 1]; lnB = lnBeta(a, b). */
export function betaCdf(x: number, a: number, b: number, lnB = lnBeta(a, b)): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return cdfFromFront(x, a, b, frontOf(x, a, b, lnB));
}

/**
 * The x with I_x(a, b) = p: Halley steps from the usual starting guess (Abramowitz & Stegun
 * 26.5.22 for a, b ≥ 1), kept inside a bracket that bisection narrows when a step leaves it.
 */
export function betaQuantile(p: number, a: number, b: number, lnB = lnBeta(a, b)): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w =
      (z * Math.sqrt(al + h)) / h -
      (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    x = a / (a + b);
  }
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100; i++) {
    if (!(x > lo && x < hi)) x = (lo + hi) / 2;
    const err = betaCdf(x, a, b, lnB) - p;
    if (err < 0) lo = x;
    else hi = x;
    if (err === 0 || hi - lo < 1e-16) break;
    const pdf = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    if (!(pdf > 0)) {
      x = (lo + hi) / 2;
      continue;
    }
    const u = err / pdf;
    const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - (b - 1) / (1 - x))));
    const next = x - step;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300)) {
      x = next;
      break;
    }
    x = next;
  }
  return Math.min(Math.max(x, 0), 1);
}

/**
 * Quantiles at ascending probabilities, for stratified draws: each starts from the previous one
 * moved by Δp / density and takes Halley steps. A step below STEP leaves an error far below the
 * width of a stratum (Halley's error shrinks as the cube), so most points cost one evaluation.
 */
const STEP = 1e-7;
export function betaQuantiles(ps: ArrayLike<number>, a: number, b: number): Float64Array {
  const lnB = lnBeta(a, b);
  const out = new Float64Array(ps.length);
  let x = NaN;
  let pdf = NaN;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const guess = i > 0 && pdf > 0 ? x + (p - ps[i - 1]) / pdf : NaN;
    x = guess > 0 && guess < 1 ? guess : betaQuantile(p, a, b, lnB);
    for (let k = 0; k < 20; k++) {
      const front = frontOf(x, a, b, lnB);
      pdf = front / (x * (1 - x));
      const err = cdfFromFront(x, a, b, front, DRAW_EPS) - p;
      if (err === 0 || !(pdf > 0)) break;
      const u = err / pdf;
      const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - (b - 1) / (1 - x))));
      const next = x - step;
      if (!(next > 0 && next < 1)) {
        x = betaQuantile(p, a, b, lnB);
        break;
      }
      x = next;
      if (Math.abs(step) < STEP) break;
    }
    out[i] = x;
  }
  return out;
}
