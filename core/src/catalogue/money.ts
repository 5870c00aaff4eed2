/** Money: return on investment, payback and net benefit (docs/method.md §2). */
import { netBenefit, payback, roi } from '../method/calculators';
import { annualSavings, discountRate, projectCost, runRate, yearsParam } from './params';
import { defineFunction } from './types';

export const ROI = defineFunction({
  id: 'ROI',
  category: 'money',
  summary: {
    fr: 'Retour sur investissement : (économies annuelles − coût) / coût',
    en: 'Return on investment: (annual savings − cost) / cost',
  },
  result: {
    kind: 'fraction',
    help: { fr: 'ROI en fraction (1,5 = 150 %)', en: 'ROI as a fraction (1.5 = 150 %)' },
  },
  params: [annualSavings, projectCost],
  impl: ([savings, cost]) => roi(savings, cost),
  examples: [
    { args: [25000, 10000], result: 1.5 },
    { args: [60000, 20000], result: 2 },
  ],
});

export const PAYBACK = defineFunction({
  id: 'PAYBACK',
  category: 'money',
  summary: {
    fr: 'Délai de retour sur investissement en mois : coût / (économies annuelles / 12)',
    en: 'Payback period in months: cost / (annual savings / 12)',
  },
  result: { kind: 'months', help: { fr: 'Nombre de mois', en: 'Number of months' } },
  params: [projectCost, annualSavings],
  impl: ([cost, savings]) => payback(cost, savings),
  examples: [
    { args: [10000, 25000], result: 4.8 },
    { args: [20000, 60000], result: 4 },
  ],
});

export const NETBENEFIT = defineFunction({
  id: 'NETBENEFIT',
  category: 'money',
  summary: {
    fr: 'Bénéfice net sur plusieurs années, coûts de fonctionnement et actualisation compris',
    en: 'Net benefit over several years, with run costs and discounting',
  },
  result: { kind: 'currency', help: { fr: 'Bénéfice net (€)', en: 'Net benefit (€)' } },
  params: [annualSavings, projectCost, yearsParam(1), runRate, discountRate],
  impl: ([savings, cost, years, run, discount]) => netBenefit(savings, cost, years, run, discount),
  examples: [
    { args: [25000, 10000], result: 15000 },
    { args: [25000, 10000, 3, 0.2], result: 59000 },
  ],
});
