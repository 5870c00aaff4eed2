/**
 * PERT estimates (docs/method.md, "Business case in ranges"): a three-point (low, likely, high)
 * estimate is a beta distribution on [low, high] with α = 1 + 4 (likely − low) / (high − low) and
 * β = 1 + 4 (high − likely) / (high − low); its mean is (low + 4 likely + high) / 6.
 */
import { betaCdf, betaQuantile, betaQuantiles, lnBeta } from './beta';

/** One number, or a (low, likely, high) estimate with low ≤ likely ≤ high. */
export type Estimate = number | readonly [number, number, number];

export interface Pert {
  low: number;
  high: number;
  alpha: number;
  beta: number;
  lnB: number;
}

/** The PERT distribution of an estimate, or null when it is one number (or low = high). */
export function pert(e: Estimate): Pert | null {
  if (typeof e === 'number') return null;
  const [low, likely, high] = e;
  const width = high - low;
  if (!(width > 0)) return null;
  const alpha = 1 + (4 * (likely - low)) / width;
  const beta = 1 + (4 * (high - likely)) / width;
  return { low, high, alpha, beta, lnB: lnBeta(alpha, beta) };
}

export const pertMean = (e: Estimate): number =>
  typeof e === 'number' ? e : (e[0] + 4 * e[1] + e[2]) / 6;

/** The likely value of an estimate. */
export const likelyOf = (e: Estimate): number => (typeof e === 'number' ? e : e[1]);

export const pertQuantile = (d: Pert, p: number): number =>
  d.low + (d.high - d.low) * betaQuantile(p, d.alpha, d.beta, d.lnB);

export const pertCdf = (d: Pert, x: number): number =>
  betaCdf((x - d.low) / (d.high - d.low), d.alpha, d.beta, d.lnB);

/** Quantiles at ascending probabilities (stratified draws). */
export const pertQuantiles = (d: Pert, ps: ArrayLike<number>): Float64Array =>
  betaQuantiles(ps, d.alpha, d.beta).map((x) => d.low + (d.high - d.low) * x);
