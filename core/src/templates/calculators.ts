/** docs/method.md §2: ROI, payback and net benefit per project, then the single calculators. */
import type { Text } from '../i18n';
import { WEEKS_PER_YEAR } from '../method/calculators';
import { BUDGET_RULES } from '../method/budget';
import { EXAMPLE_PROJECTS } from '../method/scoring';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Init } from './builder';
import { ifFilled, q } from './common';
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
};
const LAST_COL = C.net;
const PROJECT_ROWS = 5;

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

export function calculators(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('calculators', o);
  s.intro({
    fr: 'Saisissez les cellules jaunes ; les résultats se calculent. Ratios en % (150 % = les gains couvrent 2,5 fois le coût). Coûts de run : 20 à 40 % du coût initial par an.',
    en: 'Fill in the yellow cells; results compute themselves. Ratios as % (150 % = savings cover the cost 2.5 times). Run costs: 20–40 % of the initial cost a year.',
  });

  // Projects: ROI, payback, net benefit over years with run costs and discounting.
  s.section(
    4,
    { fr: 'ROI, délai de retour et bénéfice net', en: 'ROI, payback and net benefit' },
    LAST_COL
  );
  s.headers(5, 1, [
    { fr: 'Projet', en: 'Project' },
    { fr: 'Gains annuels (€)', en: 'Annual savings (€)' },
    { fr: 'Coût du projet (€)', en: 'Project cost (€)' },
    { fr: 'ROI', en: 'ROI' },
    { fr: 'Délai de retour (mois)', en: 'Payback (months)' },
    { fr: 'Coûts de run (% du coût par an)', en: 'Run costs (% of cost a year)' },
    { fr: 'Années', en: 'Years' },
    { fr: "Taux d'actualisation", en: 'Discount rate' },
    { fr: 'Bénéfice net (€)', en: 'Net benefit (€)' },
  ]);
  const first = 6;
  const last = first + PROJECT_ROWS - 1;
  for (let r = first; r <= last; r++) {
    const i = r - first;
    const e = s.examples ? EXAMPLES[i] : undefined;
    const [sav, cost, run, years, disc] = [C.savings, C.cost, C.run, C.years, C.discount].map((c) =>
      a1(r, c)
    );
    s.row(r, 1, [
      input(e && s.t(e.name)),
      input(e?.savings, FORMATS.eur),
      input(e?.cost, FORMATS.eur),
      {
        ...formula(ifFilled([sav, cost], `IF(${cost}>0,(${sav}-${cost})/${cost},"")`), FORMATS.pct),
        name: `roi-${i + 1}`,
      },
      {
        ...formula(
          ifFilled([sav, cost], `IF(${sav}>0,${cost}/(${sav}/12),${q(NEVER, o.lang)})`),
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
          ifFilled(
            [sav, cost],
            `-PV(${disc},IF(${years}="",1,${years}),${sav}-${cost}*${run})-${cost}`
          ),
          FORMATS.eur
        ),
        name: `net-${i + 1}`,
      },
    ]);
  }
  s.validate(rangeA1(first, C.savings, last, C.cost), { kind: 'number', min: 0 });
  s.validate(rangeA1(first, C.run, last, C.run), { kind: 'number', min: 0, max: 1 });
  s.validate(rangeA1(first, C.years, last, C.years), {
    kind: 'number',
    min: 1,
    max: 30,
    whole: true,
  });
  s.validate(rangeA1(first, C.discount, last, C.discount), { kind: 'number', min: 0, max: 1 });

  const B = (r: number) => a1(r, 2);
  /** A block of label | value | unit lines under a section title; returns the rows used. */
  let row = last + 2;
  const block = (title: Text, lines: readonly [Text, Init, Text?][]): number[] => {
    s.section(row++, title, LAST_COL);
    const rows: number[] = [];
    for (const [label, value, unit] of lines) {
      s.row(row, 1, [s.t(label), value, unit ? { value: s.t(unit), style: 'note' } : null]);
      if (value.style === 'input') s.validate(B(row), { kind: 'number', min: 0 });
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
        ...formula(ifFilled([B(cap)], `${B(cap)}*${B(cap + 2)}`), FORMATS.hours, 'output'),
        name: 'capacity',
      },
    ],
    [
      { fr: 'Valeur de la capacité libérée (€)', en: 'Value of freed capacity (€)' },
      {
        ...formula(
          ifFilled([B(cap + 3), B(cap + 1)], `${B(cap + 3)}*${B(cap + 1)}`),
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
          ifFilled([B(time), B(time + 1)], `${B(time)}-${B(time + 1)}`),
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
          ifFilled([B(err), B(err + 1)], `IF(${B(err)}=0,"",(${B(err)}-${B(err + 1)})/${B(err)})`),
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
          ifFilled([B(err + 3), B(err + 4)], `${B(err + 3)}*${B(err + 4)}`),
          FORMATS.eur,
          'output'
        ),
        name: 'error-cost',
      },
    ],
  ]);

  const nps = row + 1;
  const answers = rangeA1(nps, 2, nps + 2, 2);
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
          `=IF(SUM(${answers})=0,"",(${B(nps)}-${B(nps + 2)})/SUM(${answers})*100)`,
          FORMATS.int,
          'output'
        ),
        name: 'nps',
      },
      { fr: '% promoteurs − % détracteurs', en: '% promoters − % detractors' },
    ],
  ]);

  return s.widths(36, 16, 16, 12, 14, 16, 10, 14, 16).build();
}
