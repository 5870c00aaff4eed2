/** docs/method.md §2: the calculators. Each takes already-validated numbers; domain errors are values. */
import { fail, type FnError } from '../errors';

export const WEEKS_PER_YEAR = 52;

/** (annual savings − project cost) / project cost, as a fraction: 1.5 = 150 %. */
export function roi(annualSavings: number, projectCost: number): number | FnError {
  if (projectCost <= 0)
    return fail('#NUM!', 'positive', { arg: 'project_cost', value: projectCost });
  return (annualSavings - projectCost) / projectCost;
}

/** Months to recover the cost from monthly savings (annual savings / 12). */
export function payback(projectCost: number, annualSavings: number): number | FnError {
  if (projectCost <= 0)
    return fail('#NUM!', 'positive', { arg: 'project_cost', value: projectCost });
  if (annualSavings <= 0)
    return fail('#NUM!', 'neverPaysBack', { arg: 'annual_savings', value: annualSavings });
  return projectCost / (annualSavings / 12);
}

/** Annual cost of a manual process: weekly hours × hourly cost × weeks per year. */
export const processCost = (
  weeklyHours: number,
  hourlyCost: number,
  weeks = WEEKS_PER_YEAR
): number => weeklyHours * hourlyCost * weeks;

/** Freed capacity in hours per year. */
export const capacity = (weeklyHoursSaved: number, weeks = WEEKS_PER_YEAR): number =>
  weeklyHoursSaved * weeks;

/** Money value of the freed capacity. */
export const capacityValue = (
  weeklyHoursSaved: number,
  hourlyCost: number,
  weeks = WEEKS_PER_YEAR
): number => weeklyHoursSaved * weeks * hourlyCost;

export const timeSaved = (hoursBefore: number, hoursAfter: number): number =>
  hoursBefore - hoursAfter;

/** Share of errors removed: (before − after) / before. */
export function errorReduction(errorsBefore: number, errorsAfter: number): number | FnError {
  if (errorsBefore === 0) return fail('#DIV/0!', 'divZero', { arg: 'errors_before', value: 0 });
  return (errorsBefore - errorsAfter) / errorsBefore;
}

export const errorCost = (errorRate: number, revenue: number): number => errorRate * revenue;

/** Net Promoter Score from raw 0–10 answers: % promoters (9–10) − % detractors (0–6). */
export function nps(responses: readonly number[]): number {
  let promoters = 0;
  let detractors = 0;
  for (const r of responses) {
    if (r >= 9) promoters++;
    else if (r <= 6) detractors++;
  }
  return ((promoters - detractors) / responses.length) * 100;
}

/**
 * Net benefit over `years`: −cost + Σ t=1..years (savings − cost × run_rate) / (1 + discount_rate)^t.
 * run_rate is the yearly run (maintenance) cost as a share of the initial cost (20–40 % per docs/method.md).
 */
export function netBenefit(
  annualSavings: number,
  projectCost: number,
  years = 1,
  runRate = 0,
  discountRate = 0
): number {
  const yearly = annualSavings - projectCost * runRate;
  let total = -projectCost;
  let factor = 1;
  for (let t = 1; t <= years; t++) {
    factor *= 1 + discountRate;
    total += yearly / factor;
  }
  return total;
}
