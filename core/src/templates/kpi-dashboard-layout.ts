/** Where the KPI dashboard's list and reference block sit, and the labels both parts use. */
import type { Text } from '../i18n';
import { KPI_MODELS, type KpiModel } from '../method/kpis';
import { FORM_ROWS } from './common';

/** List columns. */
export const C = {
  name: 1,
  star: 2,
  perspective: 3,
  unit: 4,
  better: 5,
  model: 6,
  a: 7,
  b: 8,
  current: 9,
  target: 10,
  previous: 11,
  trend: 12,
  gap: 13,
  attainment: 14,
  status: 15,
  check: 16,
  comment: 17,
};
/** The reference block (models, then summaries) right of the list. */
export const SIDE = C.comment + 2;
export const HEADER = 4;
export const FIRST = HEADER + 1;
export const LAST = HEADER + FORM_ROWS;

export const LABELS = {
  better: { fr: 'Meilleur si', en: 'Better when' },
  model: { fr: 'Modèle de calcul', en: 'Calculation model' },
  a: { fr: 'Donnée A', en: 'Input A' },
  b: { fr: 'Donnée B', en: 'Input B' },
  target: { fr: 'Cible', en: 'Target' },
  previous: { fr: 'Valeur précédente', en: 'Previous value' },
} as const satisfies Record<string, Text>;

/** The calculation models, in the order the model list and the reference table give them. */
export const MODELS = Object.keys(KPI_MODELS) as KpiModel[];
