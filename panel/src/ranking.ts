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

/** Score units per point: scores are rounded to SCORE_DECIMALS as the written formulas round them. */
const UNITS = 10 ** SCORE_DECIMALS;

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

/**
 * The score in units of its last decimal (an integer from 0 to SCORE_MAX × UNITS): rounded as the
 * written score formulas round (core's scoreFormula), so that equal scores tie. Half-up is ROUND's
 * half-away-from-zero here, scores being from 0 to 10.
 */
function units(p: ProjectRow, s: Settings): number {
  const { impact, effort, risk, alignment } = p.scores;
  const d = s.direction;
  return Math.round(
    priority(impact, asCost(effort, d), asCost(risk, d), alignment, s.weights) * UNITS
  );
}

export interface RankedProject extends ProjectRow {
  score: number;
  /** As the spreadsheet RANK(…, 0) gives it: 1 + the number of strictly higher scores. */
  rank: number;
  quadrant: Quadrant;
}

/** Sheet rows a sort key has room for: more than a sheet holds (Excel 2^20 rows, Sheets 10^7 cells). */
const ROW_SLOTS = 2 ** 24;
/** Score units of the top score, so that a higher score gives a smaller key. */
const TOP = SCORE_MAX * UNITS;

/**
 * Highest score first; equal scores share a rank and keep their sheet order. Each row's order is
 * one number (score units, then sheet row) sorted as a typed array: a weight keystroke re-ranks
 * 10 000 projects in a few milliseconds (docs/performance.md).
 */
export function rankProjects(rows: readonly ProjectRow[], s: Settings): RankedProject[] {
  const keys = new Float64Array(rows.length);
  const byRow = new Map<number, ProjectRow>();
  rows.forEach((p, i) => {
    keys[i] = (TOP - units(p, s)) * ROW_SLOTS + p.row;
    byRow.set(p.row, p);
  });
  keys.sort();
  const ranked: RankedProject[] = [];
  let last = NaN;
  for (let i = 0; i < keys.length; i++) {
    const u = TOP - Math.floor(keys[i] / ROW_SLOTS);
    const p = byRow.get(keys[i] % ROW_SLOTS)!;
    const rank = u === last ? ranked[i - 1].rank : i + 1;
    last = u;
    ranked.push({
      row: p.row,
      name: p.name,
      scores: p.scores,
      score: u / UNITS,
      rank,
      quadrant: quadrant(p.scores.impact, asCost(p.scores.effort, s.direction), s.threshold),
    });
  }
  return ranked;
}
