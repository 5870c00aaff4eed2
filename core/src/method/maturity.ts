/** docs/method.md §6: maturity levels, dimensions and the product's level rule. */
import type { Text } from '../i18n';

export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

export const DIMENSIONS: readonly Text[] = [
  { fr: 'Alignement stratégique', en: 'Strategic alignment' },
  { fr: 'Qualité des données', en: 'Data quality' },
  { fr: 'Compétences internes', en: 'Internal capabilities' },
  { fr: 'Adhésion des équipes', en: 'Team buy-in' },
  { fr: 'Gouvernance et conformité', en: 'Governance & compliance' },
];

export const MATURITY_LEVELS: Readonly<
  Record<MaturityLevel, { name: Text; traits: Text; actions: Text }>
> = {
  1: {
    name: { fr: 'Explorateur', en: 'Explorer' },
    traits: {
      fr: 'Aucune expérience, données non structurées, pas de budget',
      en: 'No experience, unstructured data, no budget',
    },
    actions: {
      fr: 'Nommer un sponsor, organiser une veille, collecter les données, former une cellule IA',
      en: 'Name a sponsor, organise a watch, collect data, form an AI cell',
    },
  },
  2: {
    name: { fr: 'Pilote', en: 'Pilot' },
    traits: {
      fr: "Projets isolés, peu de culture d'expérimentation, dépendance aux fournisseurs",
      en: 'Isolated projects, little experimentation culture, supplier dependence',
    },
    actions: {
      fr: 'Formaliser la gouvernance, standardiser les méthodes, des KPI communs',
      en: 'Formalise governance, standardise methods, common KPIs',
    },
  },
  3: {
    name: { fr: 'Industrialisation', en: 'Industrialisation' },
    traits: {
      fr: 'Plusieurs pilotes réussis, premières intégrations au SI, compétences en croissance',
      en: 'Several successful pilots, first system integration, growing skills',
    },
    actions: {
      fr: 'Data lake, MLOps, architecture harmonisée',
      en: 'Data lake, MLOps, harmonised architecture',
    },
  },
  4: {
    name: { fr: 'Transformation', en: 'Transformation' },
    traits: {
      fr: "L'IA fait tourner des processus majeurs, culture de la donnée, équipes pluridisciplinaires",
      en: 'AI runs major processes, data-driven culture, multidisciplinary teams',
    },
    actions: {
      fr: "Élargir la formation, centre d'excellence, innovation ouverte",
      en: 'Broaden training, centre of excellence, open innovation',
    },
  },
  5: {
    name: { fr: 'Leader', en: 'Leader' },
    traits: {
      fr: "L'IA est stratégique, influence sectorielle, contribution aux standards",
      en: 'AI is strategic, sector influence, contributes to standards',
    },
    actions: {
      fr: 'Investir en R&D, programmes nationaux, évangéliser',
      en: 'Invest in R&D, national programmes, evangelise',
    },
  },
};

/** Product rule (ours): the overall level is the floor of the mean of the dimension scores. */
export function maturityLevel(scores: readonly number[]): MaturityLevel {
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.min(5, Math.max(1, Math.floor(mean + 1e-9))) as MaturityLevel;
}

/** The weakest dimension (the first one on a tie) is the first thing to work on. */
export function weakestDimension(scores: readonly number[]): number {
  let weakest = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] < scores[weakest]) weakest = i;
  return weakest;
}
