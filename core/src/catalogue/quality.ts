/** Quality: errors and satisfaction (docs/method.md §2). */
import { errorCost, errorReduction, nps } from '../method/calculators';
import { defineFunction } from './types';

export const ERRORREDUCTION = defineFunction({
  id: 'ERRORREDUCTION',
  category: 'quality',
  summary: {
    fr: "Réduction du taux d'erreur : (erreurs avant − erreurs après) / erreurs avant",
    en: 'Error-rate reduction: (errors before − errors after) / errors before',
  },
  result: {
    kind: 'fraction',
    help: { fr: 'Part des erreurs supprimées', en: 'Share of errors removed' },
  },
  params: [
    {
      name: 'errors_before',
      type: 'number',
      min: 0,
      help: { fr: 'Erreurs avant le projet', en: 'Errors before the project' },
    },
    {
      name: 'errors_after',
      type: 'number',
      min: 0,
      help: { fr: 'Erreurs après le projet', en: 'Errors after the project' },
    },
  ],
  impl: ([before, after]) => errorReduction(before, after),
  examples: [{ args: [50, 10], result: 0.8 }],
});

export const ERRORCOST = defineFunction({
  id: 'ERRORCOST',
  category: 'quality',
  summary: {
    fr: "Coût des erreurs : taux d'erreur × chiffre d'affaires",
    en: 'Cost of errors: error rate × revenue',
  },
  result: {
    kind: 'currency',
    help: { fr: 'Coût annuel des erreurs (€)', en: 'Annual cost of errors (€)' },
  },
  params: [
    {
      name: 'error_rate',
      type: 'number',
      min: 0,
      max: 1,
      help: { fr: "Taux d'erreur (2 % ou 0,02)", en: 'Error rate (2 % or 0.02)' },
    },
    {
      name: 'revenue',
      type: 'number',
      min: 0,
      help: { fr: "Chiffre d'affaires (€)", en: 'Revenue (€)' },
    },
  ],
  impl: ([rate, revenue]) => errorCost(rate, revenue),
  examples: [
    { args: [0.02, 500000], result: 10000 },
    { args: ['2 %', '500 000 €'], result: 10000 },
  ],
});

export const NPS = defineFunction({
  id: 'NPS',
  category: 'quality',
  summary: {
    fr: 'Net Promoter Score à partir des réponses brutes de 0 à 10 : % promoteurs (9–10) − % détracteurs (0–6)',
    en: 'Net Promoter Score from raw 0–10 answers: % promoters (9–10) − % detractors (0–6)',
  },
  result: { kind: 'number', help: { fr: 'Score de −100 à 100', en: 'Score from −100 to 100' } },
  params: [
    {
      name: 'responses',
      type: 'numbers',
      role: 'rows',
      min: 0,
      max: 10,
      integer: true,
      help: {
        fr: 'Plage des réponses de 0 à 10 (une ligne ou une colonne ; cellules vides ignorées)',
        en: 'Range of 0–10 answers (one row or one column; blank cells ignored)',
      },
    },
  ],
  impl: ([responses]) => nps(responses),
  examples: [{ args: [[[10, 9, 9, 10, 9, 10, 8, 7, 8, 3]]], result: 50 }],
});
