/** Budget: split, pilot budget, size class and use-case benchmarks (docs/method.md §1, §8, §12). */
import { BENCHMARK_MEASURES, BENCHMARKS, USE_CASES } from '../method/benchmarks';
import {
  budgetSplit,
  DEFAULT_SHARES,
  pilotBudget,
  SIZE_CLASSES,
  sizeClass,
} from '../method/budget';
import { employees, langParam } from './params';
import { defineFunction } from './types';

export const BUDGETSPLIT = defineFunction({
  id: 'BUDGETSPLIT',
  category: 'budget',
  summary: {
    fr: 'Répartition du budget IA : pilotes, passage à l’échelle, innovation (50/30/20 par défaut)',
    en: 'AI budget split: pilots, scaling, innovation (default 50/30/20)',
  },
  result: {
    kind: 'row',
    help: { fr: 'Une ligne de 3 montants (€)', en: 'One row of 3 amounts (€)' },
  },
  params: [
    {
      name: 'total_budget',
      type: 'number',
      min: 0,
      help: { fr: 'Budget IA total (€)', en: 'Total AI budget (€)' },
    },
    {
      name: 'shares',
      type: 'numbers',
      role: 'config',
      count: 3,
      total: true,
      min: 0,
      optional: true,
      default: DEFAULT_SHARES,
      help: {
        fr: 'Trois parts totalisant 100 % (50/30/20 par défaut)',
        en: 'Three shares totalling 100 % (default 50/30/20)',
      },
    },
  ],
  impl: ([total, shares]) => budgetSplit(total, shares),
  examples: [
    { args: [100000], result: [[50000, 30000, 20000]] },
    { args: [100000, [[60, 30, 10]]], result: [[60000, 30000, 10000]] },
  ],
});

export const PILOTBUDGET = defineFunction({
  id: 'PILOTBUDGET',
  category: 'budget',
  summary: {
    fr: 'Budget recommandé pour un premier test selon la taille : 3 000 €, 10 000 € ou 30 000 €',
    en: 'Recommended first-test budget by company size: €3,000, €10,000 or €30,000',
  },
  result: { kind: 'currency', help: { fr: 'Budget (€)', en: 'Budget (€)' } },
  params: [employees],
  impl: ([n]) => pilotBudget(n),
  examples: [
    { args: [8], result: 3000 },
    { args: [120], result: 10000 },
    { args: [900], result: 30000 },
  ],
});

export const SIZECLASS = defineFunction({
  id: 'SIZECLASS',
  category: 'budget',
  summary: {
    fr: "Classe de taille de l'entreprise : TPE (1–10), PME (11–250), ETI-GE (> 250)",
    en: 'Company size class: Micro (1–10), SME (11–250), Large (> 250)',
  },
  result: { kind: 'text', help: { fr: 'TPE, PME ou ETI-GE', en: 'Micro, SME or Large' } },
  params: [employees, langParam],
  impl: ([n], lang) => SIZE_CLASSES[sizeClass(n)].label[lang],
  examples: [
    { args: [8, 'fr'], result: 'TPE' },
    { args: [120, 'en'], result: 'SME' },
    { args: [900, 'fr'], result: 'ETI-GE' },
  ],
});

export const BENCHMARK = defineFunction({
  id: 'BENCHMARK',
  category: 'budget',
  summary: {
    fr: "Repère de budget ou de ROI de première année pour un cas d'usage",
    en: 'Budget or first-year ROI benchmark for a use case',
  },
  result: {
    kind: 'number',
    help: { fr: 'Montant (€) ou ROI en fraction', en: 'Amount (€) or ROI as a fraction' },
  },
  params: [
    {
      name: 'use_case',
      type: 'code',
      codes: USE_CASES,
      help: {
        fr: `Cas d'usage : ${USE_CASES.join(', ')}`,
        en: `Use case: ${USE_CASES.join(', ')}`,
      },
    },
    {
      name: 'measure',
      type: 'code',
      codes: BENCHMARK_MEASURES,
      help: {
        fr: `Mesure : ${BENCHMARK_MEASURES.join(', ')}`,
        en: `Measure: ${BENCHMARK_MEASURES.join(', ')}`,
      },
    },
  ],
  impl: ([useCase, measure]) => BENCHMARKS[useCase][measure],
  examples: [
    { args: ['chatbot', 'roi_max'], result: 5 },
    { args: ['predictive-maintenance', 'budget_min'], result: 30000 },
  ],
});
