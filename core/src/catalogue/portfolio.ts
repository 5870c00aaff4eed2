/** Portfolio funding: the exact best set of projects within a budget (docs/method.md §16). */
import { isError } from '../errors';
import { solvePortfolio } from '../method/portfolio';
import { defineFunction } from './types';

const STATUSES = ['must', 'never', 'free'] as const;

export const FUND = defineFunction({
  id: 'FUND',
  category: 'budget',
  summary: {
    fr: 'Projets à financer : la meilleure sélection exacte dans le budget (valeur totale maximale)',
    en: 'Projects to fund: the exact best selection within the budget (largest total value)',
  },
  result: {
    kind: 'number',
    help: {
      fr: 'Une colonne de 1 (financé) et 0 ; à valeur égale, la sélection la moins chère, puis les premières lignes',
      en: 'A column of 1 (funded) and 0; at equal value, the cheapest selection, then the earliest rows',
    },
  },
  params: [
    {
      name: 'values',
      type: 'number',
      column: true,
      help: {
        fr: 'Colonne des valeurs à maximiser (gain net, score de priorité …)',
        en: 'Column of the values to maximise (net benefit, priority score …)',
      },
    },
    {
      name: 'costs',
      type: 'number',
      min: 0,
      column: true,
      help: {
        fr: 'Colonne des coûts (€), de même longueur',
        en: 'Column of the costs (€), the same length',
      },
    },
    {
      name: 'budget',
      type: 'number',
      min: 0,
      help: { fr: 'Budget total (€)', en: 'Total budget (€)' },
    },
    {
      name: 'status',
      type: 'code',
      codes: STATUSES,
      aliases: { obligatoire: 'must', exclu: 'never', exclue: 'never', libre: 'free' },
      default: 'free',
      optional: true,
      column: true,
      help: {
        fr: 'Colonne facultative : obligatoire, exclu ou vide (must, never)',
        en: 'Optional column: must, never or blank (obligatoire, exclu)',
      },
    },
  ],
  impl: ([values, costs, budget, status]) => {
    const projects = values.map((value, i) => ({
      name: String(i + 1),
      value,
      cost: costs[i],
      status: status[i],
    }));
    const funded = solvePortfolio({ projects, budget });
    return isError(funded) ? funded : funded.map((f) => (f ? 1 : 0));
  },
  examples: [
    {
      args: [[[38], [30], [60], [22], [12], [18]], [[20], [25], [45], [15], [5], [20]], 100],
      result: [[1], [1], [1], [0], [1], [0]],
    },
    {
      args: [
        [[38], [30], [60], [22], [12], [18]],
        [[20], [25], [45], [15], [5], [20]],
        100,
        [[''], ['exclu'], [''], ['obligatoire'], [''], ['']],
      ],
      result: [[1], [0], [1], [1], [0], [1]],
    },
  ],
});
