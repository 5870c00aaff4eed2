/** Business case in ranges: cash flows, IRR, net-benefit range and probability of profit (docs/method.md). */
import { fail } from '../errors';
import { cashFlows, irr, netBenefitRange } from '../method/business-case';
import { annualSavings, discountRate, projectCost, runRate, yearsParam } from './params';
import { defineFunction, type ParamSpec } from './types';

const ramp = {
  name: 'ramp',
  type: 'numbers',
  role: 'config',
  min: 0,
  max: 1,
  optional: true,
  default: [],
  help: {
    fr: 'Adoption : part des économies atteinte chaque année, ex. 50 %, 100 %, 100 % (100 % au-delà ; par défaut 100 % dès la 1re année)',
    en: 'Adoption ramp: share of the savings reached each year, e.g. 50 %, 100 %, 100 % (100 % beyond; default 100 % from year 1)',
  },
} as const satisfies ParamSpec;

const flowParams = [annualSavings, projectCost, yearsParam(3), runRate, ramp] as const;

const estimateHelp = {
  fr: ' : un nombre, ou trois cellules (basse, probable, haute) ; une estimation par ligne pour plusieurs projets',
  en: ': one number, or three cells (low, likely, high); one estimate per row for several projects',
};
const rangeParams = [
  {
    name: 'annual_savings',
    type: 'estimate',
    help: {
      fr: `${annualSavings.help.fr}${estimateHelp.fr}`,
      en: `${annualSavings.help.en}${estimateHelp.en}`,
    },
  },
  {
    name: 'project_cost',
    type: 'estimate',
    gt: 0,
    help: {
      fr: `${projectCost.help.fr}${estimateHelp.fr}`,
      en: `${projectCost.help.en}${estimateHelp.en}`,
    },
  },
  yearsParam(1),
  runRate,
  discountRate,
] as const satisfies readonly ParamSpec[];

export const CASHFLOWS = defineFunction({
  id: 'CASHFLOWS',
  category: 'money',
  summary: {
    fr: 'Flux nets année par année : année 0 = −coût, année t = économies × adoption − coût × taux de fonctionnement',
    en: 'Net cash flows year by year: year 0 = −cost, year t = savings × adoption − cost × run rate',
  },
  result: {
    kind: 'row',
    help: { fr: 'Une ligne de années + 1 flux (€)', en: 'One row of years + 1 flows (€)' },
  },
  params: flowParams,
  impl: ([savings, cost, years, run, adoption]) => cashFlows(savings, cost, years, run, adoption),
  examples: [
    { args: [25000, 10000, 3, 0.2, [[0.5, 1, 1]]], result: [[-10000, 10500, 23000, 23000]] },
    { args: [1000, 10000], result: [[-10000, 1000, 1000, 1000]] },
  ],
});

export const IRR = defineFunction({
  id: 'IRR',
  category: 'money',
  summary: {
    fr: 'Taux de rendement interne des flux de AI.CASHFLOWS ; #NOMBRE! quand il n’y en a pas',
    en: 'Internal rate of return of the AI.CASHFLOWS flows; #NUM! when there is none',
  },
  result: {
    kind: 'fraction',
    help: {
      fr: 'Taux annuel en fraction (1,4 = 140 %)',
      en: 'Yearly rate as a fraction (1.4 = 140 %)',
    },
  },
  params: flowParams,
  impl: ([savings, cost, years, run, adoption]) => {
    const flows = cashFlows(savings, cost, years, run, adoption);
    return (
      irr(flows) ?? fail('#NUM!', 'noRate', { arg: 'annual_savings, project_cost', value: flows })
    );
  },
  examples: [
    { args: [25000, 10000, 3, 0.2, [[0.5, 1, 1]]], result: 1.40441449339007 },
    { args: [1000, 10000, 3], result: -0.424417443831631 },
  ],
});

export const NPVRANGE = defineFunction({
  id: 'NPVRANGE',
  category: 'money',
  summary: {
    fr: 'Bénéfice net en fourchette : P10, P50, P90 quand économies et coût sont des estimations (basse, probable, haute) ; tirages PERT reproductibles',
    en: 'Net benefit as a range: P10, P50, P90 when savings and cost are (low, likely, high) estimates; repeatable PERT draws',
  },
  result: {
    kind: 'row',
    help: {
      fr: 'Une ligne {P10 ; P50 ; P90} du bénéfice net (€)',
      en: 'One row {P10, P50, P90} of the net benefit (€)',
    },
  },
  params: rangeParams,
  impl: ([savings, cost, years, run, discount]) => {
    const r = netBenefitRange(savings, cost, years, run, discount);
    return [r.p10, r.p50, r.p90];
  },
  examples: [
    {
      args: [[[20000, 25000, 30000]], 10000],
      result: [[12466.3645328847, 15000, 17533.6354671153]],
    },
    {
      args: [25000, 10000, 3, 0.2, 0.1],
      result: [[47197.5957926371, 47197.5957926371, 47197.5957926371]],
    },
  ],
});

export const PROBPROFIT = defineFunction({
  id: 'PROBPROFIT',
  category: 'money',
  summary: {
    fr: 'Probabilité que le bénéfice net soit positif (mêmes arguments que AI.NPVRANGE)',
    en: 'Probability that the net benefit is above 0 (same arguments as AI.NPVRANGE)',
  },
  result: {
    kind: 'fraction',
    help: { fr: 'Probabilité de 0 à 1', en: 'Probability from 0 to 1' },
  },
  params: rangeParams,
  impl: ([savings, cost, years, run, discount]) =>
    netBenefitRange(savings, cost, years, run, discount).profit,
  examples: [
    { args: [[[5000, 10000, 20000]], 10000], result: 0.583210200709671 },
    { args: [[[20000, 25000, 30000]], 10000], result: 1 },
  ],
});
