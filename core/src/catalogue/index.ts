/**
 * The function catalogue: the one source of truth from which Excel metadata, Apps Script wrappers
 * and the README function reference are generated. To add a function, add an entry to a category
 * file and list it here.
 */
import { CASHFLOWS, IRR, NPVRANGE, PROBPROFIT } from './business-case';
import { BENCHMARK, BUDGETSPLIT, PILOTBUDGET, SIZECLASS } from './budget';
import { MATURITY, MATURITYLEVEL } from './maturity';
import { NETBENEFIT, PAYBACK, ROI } from './money';
import { FUND } from './portfolio';
import { ERRORCOST, ERRORREDUCTION, NPS } from './quality';
import { AIACT, AIACTDATE, RISKCELL, RISKRESPONSE } from './risk';
import { PRIORITY, QUADRANT, WEIGHTEDSCORE } from './scoring';
import { CAPACITY, CAPACITYVALUE, PROCESSCOST, TIMESAVED } from './time';
import type { FunctionSpec } from './types';

export const CATALOGUE: readonly FunctionSpec[] = [
  ROI,
  PAYBACK,
  PROCESSCOST,
  CAPACITY,
  CAPACITYVALUE,
  TIMESAVED,
  ERRORREDUCTION,
  ERRORCOST,
  NPS,
  NETBENEFIT,
  CASHFLOWS,
  IRR,
  NPVRANGE,
  PROBPROFIT,
  PRIORITY,
  WEIGHTEDSCORE,
  QUADRANT,
  RISKCELL,
  RISKRESPONSE,
  MATURITY,
  MATURITYLEVEL,
  BUDGETSPLIT,
  PILOTBUDGET,
  SIZECLASS,
  AIACT,
  AIACTDATE,
  BENCHMARK,
  FUND,
];

const BY_ID = new Map(CATALOGUE.map((f) => [f.id, f]));

export function getFunction(id: string): FunctionSpec | undefined {
  return BY_ID.get(id.toUpperCase());
}

export * from './types';

/**
 * How a call is written in the docs and the Sheets reference page: prefix ("=AI.", "AI_"), the
 * id, and the parameters with optional ones in brackets, joined by `separator`.
 */
export const functionSignature = (fn: FunctionSpec, prefix: string, separator: string): string =>
  `${prefix}${fn.id}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(separator)})`;
