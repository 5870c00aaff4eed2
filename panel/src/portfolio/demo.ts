/**
 * The preview's project registers for the Portfolio view: the six-project example of docs/method.md,
 * or a generated one of any size with envelopes, statuses, requires and excludes (benchmarks).
 */
import type { Envelope, Lang, Text } from '@boussole/core';
import type { CellValue } from '../protocol/bridge';
import { random, type DemoSheet } from '../demo';
import { t } from '../i18n';
import { tp } from './i18n';

type Register = { budget: number; cells: CellValue[][] };

/** The portfolio example of docs/method.md: costs and values in k€, budget 100. */
const PORTFOLIO_EXAMPLE: readonly [string, Text, number, number, Envelope][] = [
  ['A', { fr: 'Automatisation des factures', en: 'Invoice automation' }, 20, 38, 'pilots'],
  ['B', { fr: 'Assistant RH', en: 'HR assistant' }, 25, 30, 'pilots'],
  ['C', { fr: 'Optimisation logistique', en: 'Supply-chain optimisation' }, 45, 60, 'scaling'],
  ['D', { fr: 'Marketing prédictif', en: 'Predictive marketing' }, 15, 22, 'pilots'],
  ['E', { fr: 'Chatbot client', en: 'Customer chatbot' }, 5, 12, 'pilots'],
  ['F', { fr: 'Exploration IA générative', en: 'Generative-AI exploration' }, 20, 18, 'innovation'],
];
export const PORTFOLIO_BUDGET = 100;

/** The register the Portfolio view reads: a budget row above, then the projects. */
export function portfolioSheet(lang: Lang, generated?: number): DemoSheet {
  const rows = generated ? generatedRegister(lang, generated) : exampleRegister(lang);
  return {
    name: tp('viewPortfolio', lang),
    cells: [
      [tp('demoRegister', lang)],
      [tp('budget', lang), rows.budget],
      [],
      [
        t('project', lang),
        tp('costHeader', lang),
        tp('valueHeader', lang),
        tp('envelopeHeader', lang),
        tp('statusHeader', lang),
        tp('requiresHeader', lang),
        tp('excludesHeader', lang),
        tp('fundedHeader', lang),
      ],
      ...rows.cells,
    ],
  };
}

function exampleRegister(lang: Lang): Register {
  return {
    budget: PORTFOLIO_BUDGET,
    cells: PORTFOLIO_EXAMPLE.map(([id, name, cost, value, envelope]) => [
      `${id} · ${name[lang]}`,
      cost,
      value,
      tp(envelope, lang),
      null,
      null,
      null,
      null,
    ]),
  };
}

/** Links of each kind (requires, excludes) in a generated register. */
const LINKS = 5;

/**
 * `count` projects, half pilots, 30 % scaling, 20 % innovation; two must and two never; five
 * "requires" and five "excludes" between projects; the budget a third of the total cost.
 */
export function generatedRegister(lang: Lang, count: number): Register {
  const next = random(20261202);
  const envelopes: Envelope[] = [
    'pilots',
    'pilots',
    'pilots',
    'pilots',
    'pilots',
    'scaling',
    'scaling',
    'scaling',
    'innovation',
    'innovation',
  ];
  const name = (i: number) => `P${i + 1}`;
  const cells: CellValue[][] = Array.from({ length: count }, (_, i) => {
    const cost = 5 + Math.round(next() * 95);
    const value = Math.round(cost * (0.5 + 2 * next()));
    const status =
      i === 3 || i === 11
        ? tp('mustWord', lang)
        : i === 7 || i === 19
          ? tp('neverWord', lang)
          : null;
    const link = Math.floor(i / 2);
    const requires = i % 2 === 1 && link < LINKS ? name(i - 1) : null;
    const excludes = i % 2 === 0 && i > 0 && link < LINKS + 1 ? name(count - i) : null;
    return [name(i), cost, value, tp(envelopes[i % 10], lang), status, requires, excludes, null];
  });
  const total = cells.reduce((a, r) => a + (r[1] as number), 0);
  return { budget: Math.round(total / 3), cells };
}
