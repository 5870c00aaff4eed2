/** docs/method.md §1, §2 and §8: company size classes, budget split and budget rules. */
import type { Text } from '../i18n';

export type SizeClass = 'micro' | 'sme' | 'large';

export const SIZE_CLASSES: Readonly<
  Record<SizeClass, { label: Text; employees: Text; pilotBudget: number }>
> = {
  micro: {
    label: { fr: 'TPE', en: 'Micro' },
    employees: { fr: '1 à 10 salariés', en: '1–10 employees' },
    pilotBudget: 3000,
  },
  sme: {
    label: { fr: 'PME', en: 'SME' },
    employees: { fr: '11 à 250 salariés', en: '11–250 employees' },
    pilotBudget: 10000,
  },
  large: {
    label: { fr: 'ETI-GE', en: 'Large' },
    employees: { fr: 'plus de 250 salariés', en: 'over 250 employees' },
    pilotBudget: 30000,
  },
};

/** The largest headcount of a micro company (TPE) and of an SME (PME). */
export const SIZE_LIMITS = { micro: 10, sme: 250 } as const;

export const sizeClass = (employees: number): SizeClass =>
  employees <= SIZE_LIMITS.micro ? 'micro' : employees <= SIZE_LIMITS.sme ? 'sme' : 'large';

export const pilotBudget = (employees: number): number =>
  SIZE_CLASSES[sizeClass(employees)].pilotBudget;

/** 50 % pilots and experiments, 30 % scaling successful pilots, 20 % strategic innovation. */
export const DEFAULT_SHARES = [0.5, 0.3, 0.2] as const;

export const BUDGET_LINES: readonly Text[] = [
  { fr: 'Pilotes et expérimentations', en: 'Pilots and experiments' },
  { fr: 'Passage à l’échelle', en: 'Scaling' },
  { fr: 'Innovation stratégique', en: 'Strategic innovation' },
];

export const budgetSplit = (total: number, shares: readonly number[] = DEFAULT_SHARES): number[] =>
  shares.map((s) => total * s);

export const BUDGET_RULES = {
  /** Innovation budget as a share of revenue. */
  innovationShare: { min: 0.01, max: 0.03 },
  /** Run (maintenance) cost per year as a share of the initial cost. */
  runRate: { min: 0.2, max: 0.4 },
  /** A first project should stay under this amount. */
  firstProjectCeiling: 50_000,
  /** A cheap prototype rather than a large cheque. */
  prototype: 5_000,
  largeCheque: 100_000,
  /** Extension targets projects above this ROI. */
  extensionRoi: 1,
  /** A return is expected within this many months. */
  returnWithinMonths: 12,
} as const;
