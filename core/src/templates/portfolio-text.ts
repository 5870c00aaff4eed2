/** The words of the portfolio sheet, French and English. */
import type { Text } from '../i18n';

/** Envelope words, in the order of the 50/30/20 split (docs/method.md, "Budget"). */
export const ENVELOPE_WORDS = {
  pilots: { fr: 'pilotes', en: 'pilots' },
  scaling: { fr: 'passage à l’échelle', en: 'scaling' },
  innovation: { fr: 'innovation', en: 'innovation' },
} as const satisfies Record<string, Text>;

/** Status words AI.FUND and the panel read (blank = free). */
export const STATUS_WORDS = {
  must: { fr: 'obligatoire', en: 'must' },
  never: { fr: 'exclu', en: 'never' },
} as const satisfies Record<string, Text>;

export const PF = {
  howTo: {
    fr: 'Cellules jaunes : budget, parts des enveloppes, puis chaque projet (coût et valeur en k€). La règle simple se calcule seule ; la colonne « Financé (Boussole) » est remplie par le panneau Portefeuille avec l’optimum exact.',
    en: 'Yellow cells: budget, envelope shares, then each project (cost and value in k€). The simple rule computes itself; the "Funded (Boussole)" column is filled by the Portfolio panel with the exact optimum.',
  },
  budgetSection: { fr: 'Budget et enveloppes', en: 'Budget and envelopes' },
  budget: { fr: 'Budget (k€)', en: 'Budget (k€)' },
  envelope: { fr: 'Enveloppe', en: 'Envelope' },
  share: { fr: 'Part', en: 'Share' },
  cap: { fr: 'Plafond (k€)', en: 'Cap (k€)' },
  greedyCost: { fr: 'Coût règle simple (k€)', en: 'Simple rule cost (k€)' },
  fundedCost: { fr: 'Coût financé (k€)', en: 'Funded cost (k€)' },
  envelopeNote: { fr: 'Remarque', en: 'Note' },
  overCap: {
    fr: 'La règle simple dépasse cette enveloppe',
    en: 'The simple rule exceeds this envelope',
  },
  total: { fr: 'Total', en: 'Total' },
  simpleRule: {
    fr: 'La règle simple (meilleure valeur par € d’abord)',
    en: 'The simple rule (best value per € first)',
  },
  greedyTotalCost: { fr: 'Coût retenu (k€)', en: 'Cost funded (k€)' },
  greedyTotalValue: { fr: 'Valeur retenue (k€)', en: 'Value funded (k€)' },
  mustCost: { fr: 'Dont projets obligatoires (k€)', en: 'Of which must projects (k€)' },
  why: { fr: 'Pourquoi l’optimum diffère', en: 'Why the optimum differs' },
  why1: {
    fr: 'La règle simple classe les projets par valeur/coût, les prend dans cet ordre et saute ceux qui ne tiennent plus dans le budget ; elle ignore enveloppes, « requiert » et « exclut ». Exemple (100 k€) : E, A, D, C, coût 85, valeur 132.',
    en: 'The simple rule ranks projects by value/cost, takes them in that order and skips those that no longer fit the budget; it ignores envelopes, "requires" and "excludes". Example (100 k€): E, A, D, C, cost 85, value 132.',
  },
  why2: {
    fr: 'L’optimum exact (panneau Portefeuille, colonne « Financé ») finance A, B, C, E : coût 95, valeur 140.',
    en: 'The exact optimum (Portfolio panel, "Funded" column) funds A, B, C, E: cost 95, value 140.',
  },
  why3: {
    fr: 'Avec les enveloppes 50/30/20 de 100 k€, C (45 k€) ne tient pas dans l’enveloppe passage à l’échelle de 30 k€ : l’optimum devient A, B, E (pilotes) et F (innovation), valeur 98.',
    en: 'With 50/30/20 envelopes of 100 k€, C (45 k€) cannot fit the 30 k€ scaling envelope: the optimum becomes A, B, E (pilots) and F (innovation), value 98.',
  },
  list: { fr: 'Registre des projets', en: 'Project register' },
  name: { fr: 'Projet', en: 'Project' },
  cost: { fr: 'Coût (k€)', en: 'Cost (k€)' },
  value: { fr: 'Valeur (k€)', en: 'Value (k€)' },
  status: { fr: 'Statut', en: 'Status' },
  requires: { fr: 'Requiert', en: 'Requires' },
  excludes: { fr: 'Exclut', en: 'Excludes' },
  ratio: { fr: 'Valeur / coût', en: 'Value / cost' },
  rank: { fr: 'Rang', en: 'Rank' },
  greedy: { fr: 'Règle simple', en: 'Simple rule' },
  funded: { fr: 'Financé (Boussole)', en: 'Funded (Boussole)' },
  order: { fr: 'Coût dans l’ordre du rang', en: 'Cost in rank order' },
  taken: { fr: 'Pris', en: 'Taken' },
  running: { fr: 'Coût cumulé', en: 'Running cost' },
  runningValue: { fr: 'Valeur cumulée', en: 'Running value' },
  frontier: {
    fr: 'Frontière de la règle simple : valeur selon le coût',
    en: "The simple rule's frontier: value by cost",
  },
  budgetLine: { fr: 'Ligne du budget (graphique)', en: 'Budget line (chart)' },
} as const satisfies Record<string, Text>;

/** METHOD example (docs/method.md, "Portfolio funding"), k€, budget 100. */
export const EXAMPLE_PORTFOLIO = {
  budget: 100,
  projects: [
    {
      name: { fr: 'A Automatisation des factures', en: 'A Invoice automation' },
      cost: 20,
      value: 38,
      envelope: 'pilots',
    },
    {
      name: { fr: 'B Assistant RH', en: 'B HR assistant' },
      cost: 25,
      value: 30,
      envelope: 'pilots',
    },
    {
      name: { fr: 'C Optimisation logistique', en: 'C Supply-chain optimisation' },
      cost: 45,
      value: 60,
      envelope: 'scaling',
    },
    {
      name: { fr: 'D Marketing prédictif', en: 'D Predictive marketing' },
      cost: 15,
      value: 22,
      envelope: 'pilots',
    },
    {
      name: { fr: 'E Chatbot client', en: 'E Customer chatbot' },
      cost: 5,
      value: 12,
      envelope: 'pilots',
    },
    {
      name: { fr: 'F Exploration IA générative', en: 'F Generative-AI exploration' },
      cost: 20,
      value: 18,
      envelope: 'innovation',
    },
  ],
} as const;
