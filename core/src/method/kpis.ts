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

export interface Kpi {
  name: Text;
  star: NorthStar;
  perspective: Perspective;
  unit: Text;
  direction: KpiDirection;
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
  },
  {
    name: { fr: 'Délai de retour', en: 'Payback' },
    star: 'money',
    perspective: 'finance',
    unit: { fr: 'mois', en: 'months' },
    direction: 'lower',
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
  },
  {
    name: { fr: "Taux d'erreur", en: 'Error rate' },
    star: 'quality',
    perspective: 'processes',
    unit: PCT,
    direction: 'lower',
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
  },
  {
    name: { fr: 'NPS collaborateurs', en: 'Employee NPS' },
    star: 'quality',
    perspective: 'learning',
    unit: { fr: 'points', en: 'points' },
    direction: 'higher',
  },
  {
    name: { fr: 'NPS clients', en: 'Customer NPS' },
    star: 'quality',
    perspective: 'customers',
    unit: { fr: 'points', en: 'points' },
    direction: 'higher',
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
 * Status of a KPI from its attainment (current ÷ target, or target ÷ current when lower is
 * better): on track from 100 %, watch from 90 %, else off track. Product rule, documented.
 */
export const KPI_WATCH_FROM = 0.9;

export type KpiStatus = 'onTrack' | 'watch' | 'offTrack';

export const KPI_STATUSES: Readonly<Record<KpiStatus, Text>> = {
  onTrack: { fr: 'Atteint', en: 'On track' },
  watch: { fr: 'À surveiller', en: 'Watch' },
  offTrack: { fr: 'En retard', en: 'Off track' },
};

export function kpiAttainment(target: number, current: number, direction: KpiDirection): number {
  if (direction === 'higher') return current / target;
  return current <= 0 ? 1 : target / current;
}

export function kpiStatus(attainment: number): KpiStatus {
  return attainment >= 1 ? 'onTrack' : attainment >= KPI_WATCH_FROM ? 'watch' : 'offTrack';
}
