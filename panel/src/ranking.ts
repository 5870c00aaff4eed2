/** The panel's settings and the ranked list, with the same numbers the written formulas compute. */
import {
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  priority,
  quadrant,
  SCORE_DECIMALS,
  SCORE_MAX,
  type CostDirection,
  type Quadrant,
} from '@boussole/core';
import type { ProjectRow } from './table';

export type Weights = readonly [number, number, number, number];

export interface Settings {
  /** Fractions in CRITERIA order (impact, effort, risk, alignment). */
  weights: Weights;
  direction: CostDirection;
  threshold: number;
}

export const DEFAULT_SETTINGS: Settings = {
  weights: DEFAULT_WEIGHTS,
  direction: 'cost',
  threshold: DEFAULT_THRESHOLD,
};

/** Rounded as the written score formulas round (core's scoreFormula), so that equal scores tie. */
const roundScore = (x: number): number => Number(x.toFixed(SCORE_DECIMALS));

const TOLERANCE = 1e-9;
export const weightsTotal = (w: Weights): number => w.reduce((a, b) => a + b, 0);
export const weightsValid = (w: Weights): boolean =>
  w.every((x) => Number.isFinite(x) && x >= 0 && x <= 1) &&
  Math.abs(weightsTotal(w) - 1) < TOLERANCE;

export const thresholdValid = (t: number): boolean =>
  Number.isFinite(t) && t >= 0 && t <= SCORE_MAX;

/** Effort or risk as a cost (0 easy/safe … 10 hard/risky) whatever the direction the sheet uses. */
export const asCost = (criterion: number, direction: CostDirection): number =>
  direction === 'cost' ? criterion : SCORE_MAX - criterion;

export function score(p: ProjectRow, s: Settings): number {
  const { impact, effort, risk, alignment } = p.scores;
  const d = s.direction;
  return roundScore(priority(impact, asCost(effort, d), asCost(risk, d), alignment, s.weights));
}

export interface RankedProject extends ProjectRow {
  score: number;
  /** As the spreadsheet RANK(…, 0) gives it: 1 + the number of strictly higher scores. */
  rank: number;
  quadrant: Quadrant;
}

/** Highest score first; equal scores share a rank and keep their sheet order. */
export function rankProjects(rows: readonly ProjectRow[], s: Settings): RankedProject[] {
  const scored = rows.map((p) => ({
    ...p,
    score: score(p, s),
    rank: 0,
    quadrant: quadrant(p.scores.impact, asCost(p.scores.effort, s.direction), s.threshold),
  }));
  scored.sort((a, b) => b.score - a.score || a.row - b.row);
  scored.forEach((p, i) => {
    p.rank = i > 0 && scored[i - 1].score === p.score ? scored[i - 1].rank : i + 1;
  });
  return scored;
}
