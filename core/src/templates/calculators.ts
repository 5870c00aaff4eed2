/** docs/method.md §2: ROI, payback and net benefit per project, then the single calculators. */
import type { Text } from '../i18n';
import { WEEKS_PER_YEAR } from '../method/calculators';
import { BUDGET_RULES } from '../method/budget';
import { EXAMPLE_PROJECTS } from '../method/scoring';
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
  whenOk,
} from './checks';
import { FORM_ROWS, q } from './common';
import { FORMATS } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = {
  name: 1,
  savings: 2,
  cost: 3,
  roi: 4,
  payback: 5,
  run: 6,
  years: 7,
  discount: 8,
  net: 9,
  check: 10,
};
const LAST_COL = C.check;
/** The single calculators: label, value and unit columns right of the project list. */
const SIDE = LAST_COL + 2;
const VALUE = SIDE + 1;

/** The sources' two worked examples: savings 25 000 / cost 10 000 and 60 000 / 20 000. */
const EXAMPLES = [
  {
    name: EXAMPLE_PROJECTS[0].name,
    savings: 25_000,
    cost: 10_000,
    run: BUDGET_RULES.runRate.min,
    years: 3,
    discount: 0,
  },
  {
    name: EXAMPLE_PROJECTS[3].name,
    savings: 60_000,
    cost: 20_000,
    run: BUDGET_RULES.runRate.max,
    years: 3,
    discount: 0.05,
  },
];

const NEVER: Text = { fr: 'Jamais', en: 'Never' };
const LABELS = {
  savings: { fr: 'Gains annuels (€)', en: 'Annual savings (€)' },
  cost: { fr: 'Coût du projet (€)', en: 'Project cost (€)' },
  run: { fr: 'Coûts de run (% du coût par an)', en: 'Run costs (% of cost a year)' },
  years: { fr: 'Années', en: 'Years' },
  discount: { fr: "Taux d'actualisation", en: 'Discount rate' },
} as const satisfies Record<string, Text>;

export function calculators(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('calculators', o);
  s.intro({
    fr: 'Saisissez les cellules jaunes ; les résultats se calculent. Ratios en % (150 % = les gains couvrent 2,5 fois le coût). Coûts de run : 20 à 40 % du coût initial par an.',
    en: 'Fill in the yellow cells; results compute themselves. Ratios as % (150 % = savings cover the cost 2.5 times). Run costs: 20–40 % of the initial cost a year.',
  });

  // Projects: ROI, payback, net benefit over years with run costs and discounting.
  inputLegend(s, 3, 1);
  s.section(
    4,
    { fr: 'ROI, délai de retour et bénéfice net', en: 'ROI, payback and net benefit' },
    LAST_COL
  );
  s.headers(5, 1, [
    { fr: 'Projet', en: 'Project' },
    LABELS.savings,
    LABELS.cost,
    { fr: 'ROI', en: 'ROI' },
    { fr: 'Délai de retour (mois)', en: 'Payback (months)' },
    LABELS.run,
    LABELS.years,
    LABELS.discount,
    { fr: 'Bénéfice net (€)', en: 'Net benefit (€)' },
    CHECK,
  ]);
  const first = 6;
  const last = first + FORM_ROWS - 1;
  for (let r = first; r <= last; r++) {
    const i = r - first;
    const e = s.examples ? EXAMPLES[i] : undefined;
    const [sav, cost, run, years, disc, check] = [
      C.savings,
      C.cost,
      C.run,
      C.years,
      C.discount,
      C.check,
    ].map((c) => a1(r, c));
    const rules = [
      ...numberRules(sav, LABELS.savings, o.lang, { min: 0 }),
      ...numberRules(cost, LABELS.cost, o.lang, { min: 0 }),
      ...numberRules(run, LABELS.run, o.lang, { min: 0, max: 1, optional: true }),
      ...numberRules(years, LABELS.years, o.lang, { min: 1, max: 30, optional: true }),
      ...numberRules(disc, LABELS.discount, o.lang, { min: 0, max: 1, optional: true }),
    ];
    s.row(r, 1, [
      input(e && s.t(e.name)),
      input(e?.savings, FORMATS.eur),
      input(e?.cost, FORMATS.eur),
      {
        ...formula(whenOk(check, `IF(${cost}>0,(${sav}-${cost})/${cost},"")`), FORMATS.pct),
        name: `roi-${i + 1}`,
      },
      {
        ...formula(
          whenOk(check, `IF(${sav}>0,${cost}/(${sav}/12),${q(NEVER, o.lang)})`),
          FORMATS.num1
        ),
        name: `payback-${i + 1}`,
      },
      input(e?.run, FORMATS.pct),
      input(e?.years, FORMATS.int),
      input(e?.discount, FORMATS.pct1),
      {
        // −cost + Σ t=1..years (savings − cost × run) / (1 + rate)^t; PV gives the annuity sum.
        ...formula(
          whenOk(check, `-PV(${disc},IF(${years}="",1,${years}),${sav}-${cost}*${run})-${cost}`),
          FORMATS.eur
        ),
        name: `net-${i + 1}`,
      },
      {
        ...formula(
          checkFormula([rangeA1(r, C.name, r, C.cost), rangeA1(r, C.run, r, C.discount)], rules)
        ),
        name: `check-${i + 1}`,
      },
    ]);
  }
  checkLooks(s, rangeA1(first, C.check, last, C.check), a1(first, C.check));
  const help = (c: number, label: Text, min: number, max?: number) =>
    s.validate(
      rangeA1(first, c, last, c),
      { kind: 'number', min, max, whole: c === C.years },
      numberHelp(label, o.lang, min, max)
    );
  help(C.savings, LABELS.savings, 0);
  help(C.cost, LABELS.cost, 0);
  help(C.run, LABELS.run, 0, 1);
  help(C.years, LABELS.years, 1, 30);
  help(C.discount, LABELS.discount, 0, 1);

  const B = (r: number) => a1(r, VALUE);
  /** A block of label | value | unit lines under a section title; returns the rows used. */
  let row = 4;
  const block = (title: Text, lines: readonly [Text, Init, Text?][]): number[] => {
    s.row(row++, SIDE, [s.t(title), '', ''], { style: 'section' });
    const rows: number[] = [];
    for (const [label, value, unit] of lines) {
      s.row(row, SIDE, [s.t(label), value, unit ? { value: s.t(unit), style: 'note' } : null]);
      if (value.style === 'input')
        s.validate(B(row), { kind: 'number', min: 0 }, numberHelp(label, o.lang, 0));
      rows.push(row++);
    }
    row++;
    return rows;
  };
  const ex = <T>(v: T) => s.ex(v);

  // Freed capacity: rows are known before the formulas that use them.
  const cap = row + 1;
  block({ fr: 'Capacité libérée', en: 'Freed capacity' }, [
    [
      { fr: 'Heures gagnées par semaine', en: 'Weekly hours saved' },
      input(ex(6), FORMATS.num1),
      { fr: 'h/semaine', en: 'h/week' },
    ],
    [{ fr: 'Coût horaire moyen (€)', en: 'Average hourly cost (€)' }, input(ex(50), FORMATS.eur)],
    [
      { fr: 'Semaines travaillées par an', en: 'Working weeks per year' },
      input(WEEKS_PER_YEAR, FORMATS.int),
    ],
    [
      { fr: 'Capacité libérée (h/an)', en: 'Freed capacity (h/year)' },
      {
        ...formula(
          ifNumbers([B(cap), B(cap + 2)], `${B(cap)}*${B(cap + 2)}`),
          FORMATS.hours,
          'output'
        ),
        name: 'capacity',
      },
    ],
    [
      { fr: 'Valeur de la capacité libérée (€)', en: 'Value of freed capacity (€)' },
      {
        ...formula(
          ifNumbers([B(cap + 3), B(cap + 1)], `${B(cap + 3)}*${B(cap + 1)}`),
          FORMATS.eur,
          'output'
        ),
        name: 'capacity-value',
      },
    ],
  ]);

  const time = row + 1;
  block({ fr: 'Temps gagné', en: 'Time saved' }, [
    [
      { fr: 'Heures avant (par semaine)', en: 'Hours before (per week)' },
      input(ex(10), FORMATS.num1),
    ],
    [
      { fr: 'Heures après (par semaine)', en: 'Hours after (per week)' },
      input(ex(2), FORMATS.num1),
    ],
    [
      { fr: 'Temps gagné (h/semaine)', en: 'Time saved (h/week)' },
      {
        ...formula(
          ifNumbers([B(time), B(time + 1)], `${B(time)}-${B(time + 1)}`),
          FORMATS.num1,
          'output'
        ),
        name: 'time-saved',
      },
    ],
  ]);

  const err = row + 1;
  block({ fr: 'Qualité : erreurs', en: 'Quality: errors' }, [
    [{ fr: 'Erreurs avant', en: 'Errors before' }, input(ex(50), FORMATS.thousands)],
    [{ fr: 'Erreurs après', en: 'Errors after' }, input(ex(10), FORMATS.thousands)],
    [
      { fr: 'Réduction des erreurs', en: 'Error reduction' },
      {
        ...formula(
          ifNumbers([B(err), B(err + 1)], `IF(${B(err)}=0,"",(${B(err)}-${B(err + 1)})/${B(err)})`),
          FORMATS.pct,
          'output'
        ),
        name: 'error-reduction',
      },
    ],
    [{ fr: "Taux d'erreur", en: 'Error rate' }, input(ex(0.02), FORMATS.pct1)],
    [{ fr: "Chiffre d'affaires (€)", en: 'Revenue (€)' }, input(ex(500_000), FORMATS.eur)],
    [
      { fr: 'Coût des erreurs (€)', en: 'Cost of errors (€)' },
      {
        ...formula(
          ifNumbers([B(err + 3), B(err + 4)], `${B(err + 3)}*${B(err + 4)}`),
          FORMATS.eur,
          'output'
        ),
        name: 'error-cost',
      },
    ],
  ]);

  const nps = row + 1;
  const answers = rangeA1(nps, VALUE, nps + 2, VALUE);
  block({ fr: 'NPS (Net Promoter Score)', en: 'NPS (Net Promoter Score)' }, [
    [
      { fr: 'Promoteurs (notes 9–10)', en: 'Promoters (answers 9–10)' },
      input(ex(6), FORMATS.thousands),
    ],
    [{ fr: 'Passifs (notes 7–8)', en: 'Passives (answers 7–8)' }, input(ex(3), FORMATS.thousands)],
    [
      { fr: 'Détracteurs (notes 0–6)', en: 'Detractors (answers 0–6)' },
      input(ex(1), FORMATS.thousands),
    ],
    [
      { fr: 'NPS (−100 à 100)', en: 'NPS (−100 to 100)' },
      {
        ...formula(
          ifNumbers(
            [B(nps), B(nps + 1), B(nps + 2)],
            `IF(SUM(${answers})=0,"",(${B(nps)}-${B(nps + 2)})/SUM(${answers})*100)`
          ),
          FORMATS.int,
          'output'
        ),
        name: 'nps',
      },
      { fr: '% promoteurs − % détracteurs', en: '% promoters − % detractors' },
    ],
  ]);

  // Columns as wide as their values in both languages (headers wrap), so the list and the single
  // calculators print one page wide at about 60 % (docs/templates.md "Print").
  return s.widths(27, 13, 13, 12, 14, 12, 10, 14, 14, 20, 3, 34, 16, 28).freeze(5).build();
}
