/**
 * Native spreadsheet formulas that Excel, Google Sheets and LibreOffice all compute, so that a sheet
 * written by Boussole keeps working without the add-in. English function names and "," separators:
 * what Office.js `formulas`, Apps Script `setFormulas` and the .xlsx format all expect.
 */
import type { Lang, Text } from './i18n';
import { QUADRANTS, SCORE_MAX, SCORE_MIN } from './method/scoring';

/** A text constant inside a formula: quotes doubled. */
export const formulaText = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export interface PriorityRefs {
  impact: string;
  effort: string;
  risk: string;
  alignment: string;
}

/** Weights as cell references (a live weights block) or as numbers. */
export type WeightRefs = readonly [
  string | number,
  string | number,
  string | number,
  string | number,
];

/**
 * Whether effort and risk are costs (scored 10 − x, the method's reading) or already "ease" and
 * "safety" scores where higher is better.
 */
export type CostDirection = 'cost' | 'benefit';

const asCost = (ref: string, direction: CostDirection): string =>
  direction === 'cost' ? `(${SCORE_MAX}-${ref})` : ref;

/** Decimals a score is rounded to, in every written score formula and in the panel's list. */
export const SCORE_DECIMALS = 6;

/**
 * A row's priority score, Σ weight × criterion with effort and risk inverted when they are costs,
 * blank unless all four criteria are numbers from 0 to 10. Templates and the panel both write it.
 */
export function scoreFormula(
  r: PriorityRefs,
  w: WeightRefs,
  direction: CostDirection = 'cost'
): string {
  const all = [r.impact, r.effort, r.risk, r.alignment].join(',');
  const sum = `${w[0]}*${r.impact}+${w[1]}*${asCost(r.effort, direction)}+${w[2]}*${asCost(r.risk, direction)}+${w[3]}*${r.alignment}`;
  // ROUND: binary sums of equal decimal scores (the two 6.1 of docs/method.md) differ in the last bit; rounded, they tie under RANK.
  return `=IF(OR(COUNT(${all})<4,MIN(${all})<${SCORE_MIN},MAX(${all})>${SCORE_MAX}),"",ROUND(${sum},${SCORE_DECIMALS}))`;
}

/** Number formats of the score (one decimal) and rank columns. */
export const SCORE_FORMAT = '0.0';
export const RANK_FORMAT = '0';

/**
 * The score, rank and quadrant columns that the priority-scoring template and a panel write both
 * produce. Headers are named after the add-in so that a later write recognises its own columns.
 * The score shows one decimal, as in the method's tables (7.3, 6.1): with the default weights and
 * whole-number criteria every score is a multiple of 0.1, so one decimal hides nothing, and the
 * cells match the panel's list (docs/method.md, "Rounding").
 */
export const SCORE_COLUMNS: readonly { header: Text; format: string | null }[] = [
  { header: { fr: 'Score (Boussole)', en: 'Score (Boussole)' }, format: SCORE_FORMAT },
  { header: { fr: 'Rang (Boussole)', en: 'Rank (Boussole)' }, format: RANK_FORMAT },
  { header: { fr: 'Quadrant (Boussole)', en: 'Quadrant (Boussole)' }, format: null },
];

/** Rank by descending score within an absolute range such as $F$2:$F$40 (ties share a rank). */
export const rankFormula = (score: string, scores: string): string => `=RANK(${score},${scores},0)`;

/**
 * The impact/effort quadrant label; "high" means strictly above the threshold. With the benefit
 * direction, effort holds ease, so high effort means ease at or below 10 − threshold.
 */
export function quadrantFormula(
  impact: string,
  effort: string,
  threshold: string | number,
  lang: Lang,
  direction: CostDirection = 'cost'
): string {
  const q = (k: keyof typeof QUADRANTS) => formulaText(QUADRANTS[k][lang]);
  const highEffort =
    direction === 'cost' ? `${effort}>${threshold}` : `${SCORE_MAX}-${effort}>${threshold}`;
  return `=IF(${impact}>${threshold},IF(${highEffort},${q('major-project')},${q('quick-win')}),IF(${highEffort},${q('avoid')},${q('fill-in')}))`;
}

/** Blank when the row has no inputs, so that formulas copied down empty rows show nothing. */
export const unlessBlank = (formula: string, firstInput: string): string =>
  `=IF(${firstInput}="","",${formula.replace(/^=/, '')})`;
