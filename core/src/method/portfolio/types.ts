// The portfolio analysis API: the exact funding of projects under a budget (docs/method.md §16).

export type Envelope = 'pilots' | 'scaling' | 'innovation';
export const ENVELOPES: readonly Envelope[] = ['pilots', 'scaling', 'innovation'];

export type FundStatus = 'must' | 'never' | 'free';

export interface PortfolioProject {
  name: string;
  cost: number;
  value: number;
  envelope?: Envelope;
  status?: FundStatus;
  /** Names of other projects: this one is funded only with each of them. */
  requires?: readonly string[];
  /** Names of other projects: this one is never funded with any of them. */
  excludes?: readonly string[];
}

export interface PortfolioProblem {
  projects: readonly PortfolioProject[];
  budget: number;
  /** Caps in money per envelope; absent = the total budget only. */
  envelopes?: Readonly<Record<Envelope, number>>;
}

export type OutReason =
  | { kind: 'over-budget' }
  | { kind: 'excluded-by'; by: string }
  | { kind: 'needs'; project: string }
  | { kind: 'envelope-full'; envelope: Envelope }
  | { kind: 'never' }
  | { kind: 'not-worth' };

export interface PortfolioAnswer {
  funded: boolean[];
  cost: number;
  value: number;
  /** The simple rule: best value / cost first, while it fits. */
  greedy: { funded: boolean[]; cost: number; value: number };
  /** null for funded rows. */
  reasons: (OutReason | null)[];
  /** Best value for budgets from 0 to the total, at most 200 points. */
  frontier: { budget: number; value: number }[];
  /** Smallest budget increase that raises the value, and the projects the new optimum adds. */
  next: { extra: number; adds: string[] } | null;
  error?: { code: '#NUM!' | '#VALUE!'; message: string };
}
