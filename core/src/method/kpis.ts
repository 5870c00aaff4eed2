/** docs/method.md §1 and §11: North Stars, balanced-scorecard perspectives and the KPI list. */
import type { Text } from '../i18n';

export type NorthStar = 'time' | 'money' | 'quality';
export type Perspective = 'finance' | 'customers' | 'processes' | 'learning';

export const NORTH_STARS: Readonly<Record<NorthStar, Text>> = {
  time: { fr: 'Temps', en: 'Time' },
  money: { fr: 'Argent', en: 'Money' },
  quality: { fr: 'Qualité', en: 'Quality' },
};

export const PERSPECTIVES: Readonly<Record<Perspective, Text>> = {
  finance: { fr: 'Finance', en: 'Finance' },
  customers: { fr: 'Clients', en: 'Customers' },
  processes: { fr: 'Processus internes', en: 'Internal processes' },
  learning: { fr: 'Apprentissage et innovation', en: 'Learning & innovation' },
};

/** Whether a higher or a lower value is better. */
export type KpiDirection = 'higher' | 'lower';

/**
 * How a KPI's current value is computed from the two inputs the user types, A and B (§11's
 * calculation models); "typed" takes A as the value itself.
 */
export type KpiModel = 'typed' | 'roi' | 'payback' | 'difference' | 'reduction' | 'nps' | 'share';

export const KPI_MODELS: Readonly<
  Record<KpiModel, { label: Text; formula: Text; a: Text; b?: Text }>
> = {
  typed: {
    label: { fr: 'Valeur saisie', en: 'Typed value' },
    formula: { fr: 'A', en: 'A' },
    a: { fr: 'la valeur', en: 'the value' },
  },
  roi: {
    label: { fr: 'ROI', en: 'ROI' },
    formula: { fr: '(A − B) / B', en: '(A − B) / B' },
    a: { fr: 'gains annuels (€)', en: 'annual savings (€)' },
    b: { fr: 'coût (€)', en: 'cost (€)' },
  },
  payback: {
    label: { fr: 'Délai de retour', en: 'Payback' },
    formula: { fr: 'B / (A / 12)', en: 'B / (A / 12)' },
    a: { fr: 'gains annuels (€)', en: 'annual savings (€)' },
    b: { fr: 'coût (€)', en: 'cost (€)' },
  },
  difference: {
    label: { fr: 'Avant − après', en: 'Before − after' },
    formula: { fr: 'A − B', en: 'A − B' },
    a: { fr: 'avant', en: 'before' },
    b: { fr: 'après', en: 'after' },
  },
  reduction: {
    label: { fr: 'Réduction', en: 'Reduction' },
    formula: { fr: '(A − B) / A', en: '(A − B) / A' },
    a: { fr: 'avant', en: 'before' },
    b: { fr: 'après', en: 'after' },
  },
  nps: {
    label: { fr: 'NPS', en: 'NPS' },
    formula: { fr: '(A − B) × 100', en: '(A − B) × 100' },
    a: { fr: 'part de promoteurs (%)', en: 'share of promoters (%)' },
    b: { fr: 'part de détracteurs (%)', en: 'share of detractors (%)' },
  },
  share: {
    label: { fr: 'Part', en: 'Share' },
    formula: { fr: 'A / B', en: 'A / B' },
    a: { fr: 'partie (ex. équipes utilisatrices)', en: 'part (e.g. teams using it)' },
    b: { fr: 'total (ex. équipes)', en: 'whole (e.g. all teams)' },
  },
};

export interface Kpi {
  name: Text;
  star: NorthStar;
  perspective: Perspective;
  unit: Text;
  direction: KpiDirection;
  /** How its current value is computed; typed when absent. */
  model?: KpiModel;
  /** Only long projects track it (risk and societal metrics). */
  longProject?: boolean;
}

const PCT: Text = { fr: '%', en: '%' };
const EUR: Text = { fr: '€', en: '€' };

export const KPIS: readonly Kpi[] = [
  {
    name: { fr: 'ROI', en: 'ROI' },
    star: 'money',
    perspective: 'finance',
    unit: PCT,
    direction: 'higher',
    model: 'roi',
  },
  {
    name: { fr: 'Délai de retour', en: 'Payback' },
    star: 'money',
    perspective: 'finance',
    unit: { fr: 'mois', en: 'months' },
    direction: 'lower',
    model: 'payback',
  },
  {
    name: { fr: 'Coûts évités', en: 'Avoided costs' },
    star: 'money',
    perspective: 'finance',
    unit: EUR,
    direction: 'higher',
  },
  {
    name: { fr: 'Capacité libérée', en: 'Freed capacity' },
    star: 'time',
    perspective: 'finance',
    unit: { fr: 'h/an', en: 'h/year' },
    direction: 'higher',
  },
  {
    name: { fr: 'Temps gagné', en: 'Time saved' },
    star: 'time',
    perspective: 'processes',
    unit: { fr: 'h/semaine', en: 'h/week' },
    direction: 'higher',
    model: 'difference',
  },
  {
    name: { fr: "Taux d'erreur", en: 'Error rate' },
    star: 'quality',
    perspective: 'processes',
    unit: PCT,
    direction: 'lower',
  },
  {
    name: { fr: 'Réduction des erreurs', en: 'Error reduction' },
    star: 'quality',
    perspective: 'processes',
    unit: PCT,
    direction: 'higher',
    model: 'reduction',
  },
  {
    name: { fr: 'Temps de traitement', en: 'Processing time' },
    star: 'time',
    perspective: 'processes',
    unit: { fr: 'min', en: 'min' },
    direction: 'lower',
  },
  {
    name: { fr: "Taux d'adoption", en: 'Adoption rate' },
    star: 'quality',
    perspective: 'learning',
    unit: PCT,
    direction: 'higher',
    model: 'share',
  },
  {
    name: { fr: 'NPS collaborateurs', en: 'Employee NPS' },
    star: 'quality',
    perspective: 'learning',
    unit: { fr: 'points', en: 'points' },
    direction: 'higher',
    model: 'nps',
  },
  {
    name: { fr: 'NPS clients', en: 'Customer NPS' },
    star: 'quality',
    perspective: 'customers',
    unit: { fr: 'points', en: 'points' },
    direction: 'higher',
    model: 'nps',
  },
  {
    name: { fr: 'Indice de confiance', en: 'Trust index' },
    star: 'quality',
    perspective: 'customers',
    unit: PCT,
    direction: 'higher',
  },
  {
    name: { fr: 'Incidents', en: 'Incidents' },
    star: 'quality',
    perspective: 'processes',
    unit: { fr: 'nombre', en: 'count' },
    direction: 'lower',
    longProject: true,
  },
  {
    name: { fr: 'Conformité', en: 'Compliance' },
    star: 'quality',
    perspective: 'processes',
    unit: PCT,
    direction: 'higher',
    longProject: true,
  },
  {
    name: { fr: 'Émissions', en: 'Emissions' },
    star: 'quality',
    perspective: 'learning',
    unit: { fr: 't CO2e', en: 't CO2e' },
    direction: 'lower',
    longProject: true,
  },
  {
    name: { fr: 'Diversité des données', en: 'Data diversity' },
    star: 'quality',
    perspective: 'learning',
    unit: PCT,
    direction: 'higher',
    longProject: true,
  },
];

/**
 * Status of a KPI from its gap to target on its own scale (docs/templates.md): on track when the
 * gap is ≥ 0, watch while it stays within 10 % of the target's size, else off track. A gap, not a
 * ratio, so that values that can be negative (NPS runs −100…100) are read the right way.
 */
export const KPI_WATCH_FROM = 0.9;

export type KpiStatus = 'onTrack' | 'watch' | 'offTrack';

export const KPI_STATUSES: Readonly<Record<KpiStatus, Text>> = {
  onTrack: { fr: 'Atteint', en: 'On track' },
  watch: { fr: 'À surveiller', en: 'Watch' },
  offTrack: { fr: 'En retard', en: 'Off track' },
};

/** How far the current value is past the target, positive when better. */
export const kpiGap = (target: number, current: number, direction: KpiDirection): number =>
  direction === 'lower' ? target - current : current - target;

/** 1 + gap ÷ |target| (current ÷ target for a positive target, higher better); none for a 0 target. */
export function kpiAttainment(
  target: number,
  current: number,
  direction: KpiDirection
): number | undefined {
  return target === 0 ? undefined : 1 + kpiGap(target, current, direction) / Math.abs(target);
}

export function kpiStatus(target: number, current: number, direction: KpiDirection): KpiStatus {
  const gap = kpiGap(target, current, direction);
  if (gap >= 0) return 'onTrack';
  return gap >= -(1 - KPI_WATCH_FROM) * Math.abs(target) ? 'watch' : 'offTrack';
}
