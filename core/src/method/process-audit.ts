/** docs/method.md §10: the process audit's levels and example rows (annual cost = h × cost × 52). */
import type { Text } from '../i18n';

export type Variability = 'low' | 'medium' | 'high';

/** Quality variability (feminine in French: "la variabilité … élevée"). */
export const VARIABILITY: Readonly<Record<Variability, Text>> = {
  low: { fr: 'Faible', en: 'Low' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  high: { fr: 'Élevée', en: 'High' },
};

export const EXAMPLE_PROCESSES: readonly {
  name: Text;
  weeklyHours: number;
  hourlyCost: number;
  variability: Variability;
  automatable: boolean;
  /** The estimate of hours a week the automation saves, when one was made. */
  weeklySaved?: number;
}[] = [
  {
    name: { fr: 'Saisie des factures', en: 'Invoice entry' },
    weeklyHours: 10,
    hourlyCost: 40,
    variability: 'high',
    automatable: true,
    weeklySaved: 8,
  },
  {
    name: { fr: 'Support client de niveau 1', en: 'Level-1 customer support' },
    weeklyHours: 15,
    hourlyCost: 35,
    variability: 'medium',
    automatable: true,
    weeklySaved: 6,
  },
  {
    name: { fr: 'Préparation des contrats', en: 'Contract preparation' },
    weeklyHours: 5,
    hourlyCost: 60,
    variability: 'low',
    automatable: false,
  },
];
