/** docs/method.md §3 and §4: the priority score and the impact/effort matrix. */
import type { Text } from '../i18n';

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

/** Default weights: impact 40 %, effort 30 %, risk 20 %, strategic alignment 10 %. */
export const DEFAULT_WEIGHTS = [0.4, 0.3, 0.2, 0.1] as const;

export const CRITERIA: readonly {
  key: 'impact' | 'effort' | 'risk' | 'alignment';
  label: Text;
  cost: boolean;
}[] = [
  { key: 'impact', label: { fr: 'Impact', en: 'Impact' }, cost: false },
  { key: 'effort', label: { fr: 'Effort', en: 'Effort' }, cost: true },
  { key: 'risk', label: { fr: 'Risque', en: 'Risk' }, cost: true },
  {
    key: 'alignment',
    label: { fr: 'Alignement stratégique', en: 'Strategic alignment' },
    cost: false,
  },
];

/**
 * Σ weight × criterion score, effort and risk being costs scored as 10 − x: the only reading under
 * which the sources' example table holds (its first row gives 7.3).
 */
export function priority(
  impact: number,
  effort: number,
  risk: number,
  alignment: number,
  weights: readonly number[] = DEFAULT_WEIGHTS
): number {
  return (
    weights[0] * impact +
    weights[1] * (SCORE_MAX - effort) +
    weights[2] * (SCORE_MAX - risk) +
    weights[3] * alignment
  );
}

export function weightedScore(scores: readonly number[], weights: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < scores.length; i++) total += scores[i] * weights[i];
  return total;
}

export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'avoid';

export const QUADRANTS: Readonly<Record<Quadrant, Text>> = {
  'quick-win': { fr: 'Priorité immédiate', en: 'Quick win' },
  'major-project': { fr: 'Projet structurant', en: 'Major project' },
  'fill-in': { fr: 'Opportunité secondaire', en: 'Fill-in' },
  avoid: { fr: 'À éviter', en: 'Avoid' },
};

export const DEFAULT_THRESHOLD = 5;

/** "High" means strictly above the threshold. */
export function quadrant(impact: number, effort: number, threshold = DEFAULT_THRESHOLD): Quadrant {
  const highImpact = impact > threshold;
  const highEffort = effort > threshold;
  if (highImpact) return highEffort ? 'major-project' : 'quick-win';
  return highEffort ? 'avoid' : 'fill-in';
}

/** The sources' example portfolio (tests hold the scores it must give). */
export const EXAMPLE_PROJECTS: readonly {
  name: Text;
  impact: number;
  effort: number;
  risk: number;
  alignment: number;
}[] = [
  {
    name: { fr: 'Automatisation des factures', en: 'Invoice automation' },
    impact: 9,
    effort: 5,
    risk: 3,
    alignment: 8,
  },
  {
    name: { fr: 'Assistant RH pour le recrutement', en: 'HR recruitment assistant' },
    impact: 7,
    effort: 6,
    risk: 4,
    alignment: 9,
  },
  {
    name: { fr: 'Optimisation de la chaîne logistique', en: 'Supply-chain optimisation' },
    impact: 10,
    effort: 9,
    risk: 6,
    alignment: 10,
  },
  {
    name: { fr: 'Marketing prédictif', en: 'Predictive marketing' },
    impact: 8,
    effort: 4,
    risk: 2,
    alignment: 7,
  },
];
