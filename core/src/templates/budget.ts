/**
 * docs/method.md §2 and §8: the innovation budget from revenue, its 50/30/20 split, the first-test
 * budget by company size, and the first project's ceilings and run costs.
 */
import type { Text } from '../i18n';
import {
  BUDGET_LINES,
  BUDGET_RULES,
  DEFAULT_SHARES,
  SIZE_LIMITS,
  SIZE_CLASSES,
  type SizeClass,
} from '../method/budget';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Init } from './builder';
import {
  CHECK,
  checkFormula,
  checkLooks,
  ifNumbers,
  inputLegend,
  numberHelp,
  numberRules,
} from './checks';
import { SHARES_TOTAL, TOTAL, totalNote, totalOff, yesNo } from './common';
import { BAD, FORMATS, GOOD } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const LAST_COL = 4;
/** Each input's check, right of its line. */
const CHECK_COL = 5;
const SIZES: readonly SizeClass[] = ['micro', 'sme', 'large'];

/** Example: revenue 5 M€ at 2 % → 100 000 € → 50 000 / 30 000 / 20 000; an SME of 50 people. */
export const EXAMPLE_BUDGET = {
  revenue: 5_000_000,
  share: 0.02,
  employees: 50,
  projectCost: 40_000,
  problemCost: 50_000,
};

const LABELS = {
  revenue: { fr: "Chiffre d'affaires annuel (€)", en: 'Annual revenue (€)' },
  share: { fr: "Part du chiffre d'affaires pour l'IA", en: 'Share of revenue for AI' },
  headcount: { fr: 'Votre effectif (salariés)', en: 'Your headcount (employees)' },
  cost: { fr: 'Coût estimé du premier projet (€)', en: 'Estimated first-project cost (€)' },
  problem: {
    fr: 'Coût annuel du problème à résoudre (€)',
    en: 'Annual cost of the problem to solve (€)',
  },
} as const satisfies Record<string, Text>;

const NOTES: readonly Text[] = [
  {
    fr: '3 à 5 prototypes par an, chacun en moins de 3 mois',
    en: '3–5 prototypes a year, each under 3 months',
  },
  {
    fr: 'Étendre les pilotes réussis (ROI > 100 %)',
    en: 'Scale successful pilots (ROI above 100 %)',
  },
  { fr: 'Paris de long terme', en: 'Long-term bets' },
];

export function budget(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('budget', o);
  const L = o.lang;
  const [yes, no] = yesNo(L);
  const B = (r: number) => a1(r, 2);
  const yesIf = (test: string) => `IF(${test},"${yes}","${no}")`;
  const line = (r: number, label: Text, value: Init, note?: Text) =>
    s.row(r, 1, [s.t(label), value, note ? { value: s.t(note), style: 'note' } : null]);
  s.intro({
    fr: "Budget IA : 1 à 3 % du chiffre d'affaires, avec un retour mesurable attendu sous 12 mois, réparti 50 / 30 / 20. Un premier projet reste sous 50 000 € et sous le coût annuel du problème.",
    en: 'AI budget: 1–3 % of revenue, with a measurable return expected within 12 months, split 50 / 30 / 20. A first project stays under 50,000 € and under the annual cost of the problem.',
  });

  inputLegend(s, 3, 2);
  s.put(4, CHECK_COL, { value: s.t(CHECK), style: 'header' });
  /** The check of the number input in column B of row r. */
  const checkOf = (
    r: number,
    label: Text,
    bounds: { min?: number; max?: number; whole?: boolean }
  ) => {
    s.put(r, CHECK_COL, {
      ...formula(checkFormula([B(r)], numberRules(B(r), label, L, bounds))),
      name: `check-${r}`,
    });
    s.validate(
      B(r),
      { kind: 'number', min: bounds.min ?? 0, max: bounds.max, whole: bounds.whole },
      numberHelp(label, L, bounds.min ?? 0, bounds.max)
    );
  };
  s.section(4, { fr: "Budget d'innovation", en: 'Innovation budget' }, LAST_COL);
  line(5, LABELS.revenue, input(s.ex(EXAMPLE_BUDGET.revenue), FORMATS.eur));
  line(6, LABELS.share, input(s.ex(EXAMPLE_BUDGET.share), FORMATS.pct1), {
    fr: 'Repère : 1 à 3 %',
    en: 'Benchmark: 1–3 %',
  });
  line(
    7,
    { fr: 'Budget IA annuel (€)', en: 'Annual AI budget (€)' },
    { ...formula(ifNumbers([B(5), B(6)], `${B(5)}*${B(6)}`), FORMATS.eur, 'total'), name: 'budget' }
  );
  const { min, max } = BUDGET_RULES.innovationShare;
  line(
    8,
    { fr: 'Part dans le repère ?', en: 'Share within the benchmark?' },
    formula(ifNumbers([B(6)], yesIf(`AND(${B(6)}>=${min},${B(6)}<=${max})`)), undefined, 'output')
  );

  s.section(10, { fr: 'Répartition 50 / 30 / 20', en: '50 / 30 / 20 split' }, LAST_COL);
  s.headers(11, 1, [
    { fr: 'Poste', en: 'Line' },
    { fr: 'Part', en: 'Share' },
    { fr: 'Montant (€)', en: 'Amount (€)' },
    { fr: 'Repère', en: 'Guideline' },
  ]);
  const budgetRef = a1(7, 2, true);
  BUDGET_LINES.forEach((l, i) => {
    const r = 12 + i;
    s.row(r, 1, [
      s.t(l),
      input(DEFAULT_SHARES[i], FORMATS.pct),
      {
        ...formula(ifNumbers([budgetRef, B(r)], `${budgetRef}*${B(r)}`), FORMATS.eur, 'output'),
        name: `split-${i + 1}`,
      },
      { value: s.t(NOTES[i]), style: 'note' },
    ]);
  });
  const shareTotal = B(15);
  s.row(15, 1, [
    { value: s.t(TOTAL), style: 'total' },
    formula(`=SUM(${rangeA1(12, 2, 14, 2)})`, FORMATS.pct, 'total'),
    formula(ifNumbers([budgetRef], `SUM(${rangeA1(12, 3, 14, 3)})`), FORMATS.eur, 'total'),
    formula(totalNote(shareTotal, L, SHARES_TOTAL), undefined, 'note'),
  ]);

  s.section(
    17,
    { fr: 'Budget du premier test selon la taille', en: 'First-test budget by company size' },
    LAST_COL
  );
  s.headers(18, 1, [
    { fr: 'Taille', en: 'Size' },
    { fr: 'Effectif', en: 'Employees' },
    { fr: 'Budget du premier test (€)', en: 'First-test budget (€)' },
  ]);
  SIZES.forEach((size, i) => {
    const c = SIZE_CLASSES[size];
    s.row(19 + i, 1, [
      s.t(c.label),
      s.t(c.employees),
      { value: c.pilotBudget, format: FORMATS.eur },
    ]);
  });
  const employees = B(22);
  const sizeIndex = `IF(${employees}<=${SIZE_LIMITS.micro},1,IF(${employees}<=${SIZE_LIMITS.sme},2,3))`;
  line(22, LABELS.headcount, input(s.ex(EXAMPLE_BUDGET.employees), FORMATS.thousands));
  line(
    23,
    { fr: 'Votre taille', en: 'Your size class' },
    {
      ...formula(
        ifNumbers([employees], `INDEX(${rangeA1(19, 1, 21, 1, true)},${sizeIndex})`),
        undefined,
        'output'
      ),
      name: 'size',
    }
  );
  line(
    24,
    { fr: 'Budget conseillé du premier test (€)', en: 'Recommended first-test budget (€)' },
    {
      ...formula(
        ifNumbers([employees], `INDEX(${rangeA1(19, 3, 21, 3, true)},${sizeIndex})`),
        FORMATS.eur,
        'total'
      ),
      name: 'pilot-budget',
    }
  );

  s.section(
    26,
    {
      fr: 'Premier projet : plafonds et coûts de run',
      en: 'First project: ceilings and run costs',
    },
    LAST_COL
  );
  const [cost, problem, ceiling] = [B(27), B(28), B(29)];
  line(27, LABELS.cost, input(s.ex(EXAMPLE_BUDGET.projectCost), FORMATS.eur));
  line(28, LABELS.problem, input(s.ex(EXAMPLE_BUDGET.problemCost), FORMATS.eur), {
    fr: "Voir l'audit des processus",
    en: 'See the process audit',
  });
  line(
    29,
    { fr: "Plafond d'un premier projet (€)", en: 'First-project ceiling (€)' },
    { value: BUDGET_RULES.firstProjectCeiling, format: FORMATS.eur }
  );
  line(
    30,
    { fr: 'Sous le plafond ?', en: 'Under the ceiling?' },
    {
      ...formula(ifNumbers([cost], yesIf(`${cost}<=${ceiling}`)), undefined, 'output'),
      name: 'under-ceiling',
    }
  );
  line(
    31,
    { fr: 'Moins cher que le problème sur un an ?', en: 'Cheaper than one year of the problem?' },
    {
      ...formula(ifNumbers([cost, problem], yesIf(`${cost}<=${problem}`)), undefined, 'output'),
      name: 'under-problem',
    }
  );
  line(
    32,
    { fr: 'Coûts de run : taux bas (par an)', en: 'Run costs: low rate (a year)' },
    { value: BUDGET_RULES.runRate.min, format: FORMATS.pct }
  );
  line(
    33,
    { fr: 'Coûts de run : taux haut (par an)', en: 'Run costs: high rate (a year)' },
    { value: BUDGET_RULES.runRate.max, format: FORMATS.pct }
  );
  line(
    34,
    { fr: 'Coûts de run annuels, bas (€)', en: 'Annual run costs, low (€)' },
    { ...formula(ifNumbers([cost], `${cost}*${B(32)}`), FORMATS.eur, 'output'), name: 'run-low' }
  );
  line(
    35,
    { fr: 'Coûts de run annuels, haut (€)', en: 'Annual run costs, high (€)' },
    { ...formula(ifNumbers([cost], `${cost}*${B(33)}`), FORMATS.eur, 'output'), name: 'run-high' }
  );
  line(
    36,
    { fr: 'Prototype conseillé (€)', en: 'Suggested prototype (€)' },
    { value: BUDGET_RULES.prototype, format: FORMATS.eur },
    {
      fr: 'Un prototype à 5 000 € plutôt qu’un chèque de 100 000 €',
      en: 'A 5,000 € prototype rather than a 100,000 € cheque',
    }
  );

  checkOf(5, LABELS.revenue, { min: 0 });
  checkOf(6, LABELS.share, { min: 0, max: 1 });
  BUDGET_LINES.forEach((l, i) => checkOf(12 + i, l, { min: 0, max: 1 }));
  checkOf(22, LABELS.headcount, { min: 1, whole: true });
  checkOf(27, LABELS.cost, { min: 0 });
  checkOf(28, LABELS.problem, { min: 0 });
  checkLooks(s, rangeA1(5, CHECK_COL, 28, CHECK_COL), a1(5, CHECK_COL));
  for (const r of [8, 30, 31]) {
    s.when(B(r), `=${B(r)}="${yes}"`, GOOD);
    s.when(B(r), `=${B(r)}="${no}"`, BAD);
  }
  s.when(shareTotal, totalOff(shareTotal), BAD);
  return s.widths(44, 18, 18, 50, 40).build();
}
