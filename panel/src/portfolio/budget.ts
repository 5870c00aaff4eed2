/**
 * The budget as typed: a total, and optionally the 50/30/20 split of docs/method.md into pilots,
 * scaling and innovation envelopes (shares editable, totalling 100 %). Pure.
 */
import { parseNumberText, type Envelope } from '@boussole/core';
import { percent } from '../inputs';

export const ENVELOPE_ORDER: readonly Envelope[] = ['pilots', 'scaling', 'innovation'];
export const DEFAULT_SHARES: readonly string[] = ['50', '30', '20'];

export interface BudgetInput {
  total: string;
  split: boolean;
  /** Percent texts in ENVELOPE_ORDER. */
  shares: string[];
}

export type BudgetCheck =
  | { ok: true; budget: number; envelopes?: Record<Envelope, number> }
  | { ok: false; problem: 'total' | 'shares' | 'sharesTotal'; bad?: Envelope[] };

/** A money amount typed as "100", "100 000 €", "1,5": the number, or NaN (ambiguous too). */
export function money(text: string): number {
  const n = parseNumberText(text);
  return typeof n === 'number' && Number.isFinite(n) ? n : NaN;
}

export function checkBudget(input: BudgetInput): BudgetCheck {
  const budget = money(input.total);
  if (!(budget >= 0)) return { ok: false, problem: 'total' };
  if (!input.split) return { ok: true, budget };
  const shares = input.shares.map(percent);
  const bad = ENVELOPE_ORDER.filter((_, i) => !(shares[i] >= 0 && shares[i] <= 1));
  if (bad.length) return { ok: false, problem: 'shares', bad };
  if (Math.abs(shares.reduce((a, b) => a + b, 0) - 1) > 1e-9)
    return { ok: false, problem: 'sharesTotal' };
  const envelopes = Object.fromEntries(
    ENVELOPE_ORDER.map((e, i) => [e, budget * shares[i]])
  ) as Record<Envelope, number>;
  return { ok: true, budget, envelopes };
}
