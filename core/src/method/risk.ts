/** docs/method.md §5: the 3 × 3 risk matrix. */
import type { Text } from '../i18n';

export type Level = 1 | 2 | 3;

export const LEVELS: Readonly<Record<Level, Text>> = {
  1: { fr: 'Faible', en: 'Low' },
  2: { fr: 'Moyen', en: 'Medium' },
  3: { fr: 'Élevé', en: 'High' },
};

/** Letter of impact (A low … C high) + digit of probability (1 low … 3 high). */
export const riskCell = (impact: Level, probability: Level): string =>
  'ABC'[impact - 1] + String(probability);

export type RiskResponse = 'accept' | 'mitigate' | 'transfer';

export const RESPONSES: Readonly<Record<RiskResponse, { label: Text; detail: Text }>> = {
  accept: {
    label: { fr: 'Accepter', en: 'Accept' },
    detail: {
      fr: 'Tolérable : surveiller et revoir périodiquement',
      en: 'Tolerable: monitor and review periodically',
    },
  },
  mitigate: {
    label: { fr: 'Atténuer', en: 'Mitigate' },
    detail: {
      fr: 'Réduire : plus de formation, meilleure qualité des données',
      en: 'Reduce it: more training, better data quality',
    },
  },
  transfer: {
    label: { fr: 'Transférer', en: 'Transfer' },
    detail: {
      fr: 'Critique : plan de continuité, redondance, assurance, changement de fournisseur',
      en: 'Critical: continuity plan, redundancy, insurance, change of supplier',
    },
  },
};

/** The response follows the impact letter: A accept, B mitigate, C transfer. */
export const riskResponse = (impact: Level): RiskResponse =>
  impact === 1 ? 'accept' : impact === 2 ? 'mitigate' : 'transfer';

export const RISK_CATEGORIES: readonly Text[] = [
  { fr: 'Cybersécurité', en: 'Cybersecurity' },
  { fr: 'Conformité', en: 'Compliance' },
  { fr: 'Dérive du modèle', en: 'Model drift' },
  { fr: 'Adoption', en: 'Adoption' },
];
