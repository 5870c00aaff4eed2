/**
 * docs/method.md §6: five dimensions scored 1–5; level = floor of the mean (our documented rule), the
 * weakest dimension first, and the level's traits and recommended actions from the levels table.
 */
import type { Text } from '../i18n';
import { DIMENSIONS, MATURITY_LEVELS, type MaturityLevel } from '../method/maturity';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import {
  CHECK,
  checkFormula,
  checkLooks,
  inputLegend,
  numberHelp,
  numberRules,
  OK,
  whenOk,
} from './checks';
import { COMMENT, ifFilled } from './common';
import { COLORS, FORMATS } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const HEADER = 4;
const FIRST = HEADER + 1;
const LAST = FIRST + DIMENSIONS.length - 1;
const LEVELS: readonly MaturityLevel[] = [1, 2, 3, 4, 5];
const SCORE: Text = { fr: 'Score', en: 'Score' };

/** What the scores mean: the levels' names, from the table below the results. */
const MEANING: Text = {
  fr: `1 = ${MATURITY_LEVELS[1].name.fr} · 3 = ${MATURITY_LEVELS[3].name.fr} · 5 = ${MATURITY_LEVELS[5].name.fr}`,
  en: `1 = ${MATURITY_LEVELS[1].name.en} · 3 = ${MATURITY_LEVELS[3].name.en} · 5 = ${MATURITY_LEVELS[5].name.en}`,
};

/** Example scores: mean 2.8 → level 2 (Pilot); data quality is the weakest (first of the 2s). */
export const EXAMPLE_MATURITY = [3, 2, 3, 4, 2] as const;

export function maturity(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('maturity', o);
  s.intro({
    fr: 'Notez chaque dimension de 1 à 5 (le niveau qui lui ressemble). Niveau global = partie entière de la moyenne ; commencez par la dimension la plus faible. Refaites le diagnostic chaque année.',
    en: 'Score each dimension 1–5 (the level it resembles). Overall level = floor of the mean; start with the weakest dimension. Rediagnose every year.',
  });
  s.put(3, 1, { value: s.t(MEANING), style: 'note' });
  inputLegend(s, 3, 3);
  s.headers(HEADER, 1, [
    { fr: 'Dimension', en: 'Dimension' },
    { fr: 'Score (1–5)', en: 'Score (1–5)' },
    { fr: 'Niveau correspondant', en: 'Matching level' },
    COMMENT,
    CHECK,
  ]);
  // The levels table sits below the results; its rows are fixed here so formulas can point at it.
  const resultRow = LAST + 2;
  const tableHeader = resultRow + 7;
  const tFirst = tableHeader + 1;
  const tLast = tFirst + LEVELS.length - 1;
  const names = rangeA1(tFirst, 2, tLast, 2, true);
  const traits = rangeA1(tFirst, 3, tLast, 3, true);
  const actions = rangeA1(tFirst, 4, tLast, 4, true);

  DIMENSIONS.forEach((d, i) => {
    const r = FIRST + i;
    const score = a1(r, 2);
    const rules = numberRules(score, SCORE, o.lang, { min: 1, max: 5, whole: true });
    s.row(r, 1, [
      s.t(d),
      input(s.ex(EXAMPLE_MATURITY[i]), FORMATS.int),
      formula(whenOk(a1(r, 5), `INDEX(${names},${score})`)),
      input(),
      { ...formula(checkFormula([score], rules)), name: `check-${i + 1}` },
    ]);
  });
  const scores = rangeA1(FIRST, 2, LAST, 2);
  const checks = rangeA1(FIRST, 5, LAST, 5);
  const [mean, level] = [a1(resultRow, 2), a1(resultRow + 1, 2)];
  const lines: [string, ReturnType<typeof formula>][] = [
    [
      s.t({ fr: 'Moyenne', en: 'Mean' }),
      {
        ...formula(
          `=IF(COUNTIF(${checks},"${OK}")<${DIMENSIONS.length},"",AVERAGE(${scores}))`,
          FORMATS.num1,
          'output'
        ),
        name: 'mean',
      },
    ],
    [
      s.t({ fr: 'Niveau de maturité (1–5)', en: 'Maturity level (1–5)' }),
      {
        ...formula(ifFilled([mean], `INT(ROUND(${mean},6))`), FORMATS.int, 'total'),
        name: 'level',
      },
    ],
    [
      s.t({ fr: 'Nom du niveau', en: 'Level name' }),
      {
        ...formula(ifFilled([level], `INDEX(${names},${level})`), undefined, 'total'),
        name: 'level-name',
      },
    ],
    [
      s.t({
        fr: 'Dimension la plus faible (à travailler en premier)',
        en: 'Weakest dimension (work on it first)',
      }),
      {
        ...formula(
          ifFilled(
            [mean],
            `INDEX(${rangeA1(FIRST, 1, LAST, 1)},MATCH(MIN(${scores}),${scores},0))`
          ),
          undefined,
          'output'
        ),
        name: 'weakest',
      },
    ],
    [
      s.t({ fr: 'Caractéristiques du niveau', en: 'Traits of the level' }),
      formula(ifFilled([level], `INDEX(${traits},${level})`)),
    ],
    [
      s.t({ fr: 'Actions recommandées', en: 'Recommended actions' }),
      { ...formula(ifFilled([level], `INDEX(${actions},${level})`)), name: 'actions' },
    ],
  ];
  lines.forEach(([label, value], i) =>
    s.row(resultRow + i, 1, [{ value: label, style: 'label' }, value])
  );

  s.section(
    tableHeader - 1,
    { fr: 'Les cinq niveaux de maturité', en: 'The five maturity levels' },
    4
  );
  s.headers(tableHeader, 1, [
    { fr: 'Niveau', en: 'Level' },
    { fr: 'Nom', en: 'Name' },
    { fr: 'Caractéristiques', en: 'Traits' },
    { fr: 'Actions recommandées', en: 'Recommended actions' },
  ]);
  LEVELS.forEach((l, i) => {
    const m = MATURITY_LEVELS[l];
    s.row(tFirst + i, 1, [
      { value: l, format: FORMATS.int },
      s.t(m.name),
      s.t(m.traits),
      s.t(m.actions),
    ]);
  });

  s.validate(
    scores,
    { kind: 'number', min: 1, max: 5, whole: true },
    numberHelp(SCORE, o.lang, 1, 5)
  );
  checkLooks(s, checks, a1(FIRST, 5));
  s.scale(
    scores,
    { value: 1, color: COLORS.scaleLow },
    { value: 5, color: COLORS.scaleHigh },
    { value: 3, color: COLORS.scaleMid }
  );
  s.chart({
    kind: 'radar',
    title: s.t({ fr: 'Profil de maturité', en: 'Maturity profile' }),
    // Below the levels table, over its first two columns: beside the five columns it would widen
    // the printed page to half of full size; here the sheet prints on one page at about two thirds
    // (docs/templates.md "Print").
    anchor: a1(tLast + 2, 1),
    size: { cols: 2, rows: 20 },
    series: [
      {
        name: s.t({ fr: 'Score (1–5)', en: 'Score (1–5)' }),
        categories: rangeA1(FIRST, 1, LAST, 1),
        values: scores,
        color: COLORS.navy,
      },
    ],
    y: { min: 0, max: 5 },
  });
  return s.widths(48, 20, 70, 70, 26).freeze(HEADER).build();
}
