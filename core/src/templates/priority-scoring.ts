/**
 * docs/method.md §3–4: weights block (sum checked), projects, score, rank, quadrant. The score, rank and
 * quadrant formulas are core's (formulas.ts), the same the panel writes.
 */
import {
  quadrantFormula,
  RANK_FORMAT,
  rankFormula,
  SCORE_COLUMNS,
  SCORE_FORMAT,
  scoreFormula,
  unlessBlank,
} from '../formulas';
import type { Text } from '../i18n';
import {
  CRITERIA,
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  EXAMPLE_PROJECTS,
  QUADRANTS,
  SCORE_MAX,
} from '../method/scoring';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import {
  CHECK,
  checkFormula,
  checkLooks,
  inputLegend,
  numberHelp,
  numberRules,
  type Rule,
} from './checks';
import { FORM_ROWS, q, totalNote, totalOff } from './common';
import { BAD, COLORS, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = {
  name: 1,
  impact: 2,
  effort: 3,
  risk: 4,
  alignment: 5,
  score: 6,
  rank: 7,
  quadrant: 8,
  check: 9,
};
/** The impact/effort legend, a reference block right of the list (nothing sits below it). */
const LEGEND_COL = 11;
const THRESHOLD_ROW = 3;
const WEIGHTS_ROW = 4;
const HEADER = 5;
const FIRST = HEADER + 1;
const LAST = HEADER + FORM_ROWS;

const SCALE: Text = { fr: '(0–10)', en: '(0–10)' };
const THRESHOLD: Text = { fr: 'Seuil des quadrants', en: 'Quadrant threshold' };
const WEIGHTS_EXPECTED: Text = {
  fr: 'Poids : quatre nombres sont attendus',
  en: 'Weights: four numbers are expected',
};
/** What 0, 5 and 10 mean on every criterion. */
const MEANING: Text = {
  fr: '0 = nul · 5 = moyen · 10 = très fort (effort et risque : 10 = très lourd, très risqué)',
  en: '0 = none · 5 = medium · 10 = very high (effort and risk: 10 = very heavy, very risky)',
};

export function priorityScoring(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('priority-scoring', o);
  const threshold = a1(THRESHOLD_ROW, 2, true);
  const weight = (c: number) => a1(WEIGHTS_ROW, c, true);
  const weights = [
    weight(C.impact),
    weight(C.effort),
    weight(C.risk),
    weight(C.alignment),
  ] as const;
  s.intro({
    fr: "Notez chaque projet de 0 à 10. Effort et risque sont des coûts : ils comptent pour 10 − note, donc moins d'effort et de risque montent la priorité. Les poids doivent faire 100 %.",
    en: 'Score each project 0–10. Effort and risk are costs: they count as 10 − score, so less effort and risk raise the priority. Weights must total 100 %.',
  });
  s.put(THRESHOLD_ROW, 3, { value: s.t(MEANING), style: 'note' });
  inputLegend(s, THRESHOLD_ROW, C.check);
  s.row(THRESHOLD_ROW, 1, [
    s.t({
      fr: 'Seuil des quadrants (« élevé » = strictement au-dessus)',
      en: 'Quadrant threshold ("high" = strictly above)',
    }),
    input(DEFAULT_THRESHOLD, FORMATS.num1),
  ]);
  const total = a1(WEIGHTS_ROW, C.score);
  s.row(WEIGHTS_ROW, 1, [
    { value: s.t({ fr: 'Poids (total 100 %)', en: 'Weights (total 100 %)' }), style: 'label' },
    ...DEFAULT_WEIGHTS.map((w) => input(w, FORMATS.pct)),
    {
      ...formula(
        `=SUM(${rangeA1(WEIGHTS_ROW, C.impact, WEIGHTS_ROW, C.alignment)})`,
        FORMATS.pct,
        'total'
      ),
      name: 'weights-total',
    },
    formula(totalNote(total, o.lang), undefined, 'note'),
  ]);
  s.headers(HEADER, 1, [
    { fr: 'Projet', en: 'Project' },
    ...CRITERIA.map((c) => ({ fr: `${c.label.fr} ${SCALE.fr}`, en: `${c.label.en} ${SCALE.en}` })),
    // The panel's own output headers, so that a panel write lands on these columns.
    ...SCORE_COLUMNS.map((c) => c.header),
    CHECK,
  ]);
  const examples = s.examples ? EXAMPLE_PROJECTS : [];
  const scores = rangeA1(FIRST, C.score, LAST, C.score, true);
  const weightRange = rangeA1(WEIGHTS_ROW, C.impact, WEIGHTS_ROW, C.alignment, true);
  // Weights typed as text would spread #VALUE! down the score column: no score until they are numbers.
  const weightsOk = `COUNT(${weightRange})=4`;
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const p = examples[i];
    const ref = (c: number) => a1(r, c);
    const refs = {
      impact: ref(C.impact),
      effort: ref(C.effort),
      risk: ref(C.risk),
      alignment: ref(C.alignment),
    };
    const rules: Rule[] = [
      { bad: `NOT(${weightsOk})`, message: q(WEIGHTS_EXPECTED, o.lang) },
      ...numberRules(threshold, THRESHOLD, o.lang, { min: 0, max: SCORE_MAX }),
      ...CRITERIA.flatMap((c) =>
        numberRules(refs[c.key], c.label, o.lang, { min: 0, max: SCORE_MAX })
      ),
    ];
    s.row(r, 1, [
      input(p && s.t(p.name)),
      input(p?.impact),
      input(p?.effort),
      input(p?.risk),
      input(p?.alignment),
      {
        ...formula(`=IF(${weightsOk},${scoreFormula(refs, weights).slice(1)},"")`, SCORE_FORMAT),
        name: `score-${i + 1}`,
      },
      {
        ...formula(unlessBlank(rankFormula(ref(C.score), scores), ref(C.score)), RANK_FORMAT),
        name: `rank-${i + 1}`,
      },
      {
        ...formula(
          unlessBlank(
            `IF(ISNUMBER(${threshold}),${quadrantFormula(refs.impact, refs.effort, threshold, o.lang).slice(1)},"")`,
            ref(C.score)
          )
        ),
        name: `quadrant-${i + 1}`,
      },
      {
        ...formula(checkFormula([rangeA1(r, C.name, r, C.alignment)], rules)),
        name: `check-${i + 1}`,
      },
    ]);
  }

  // Legend of the impact/effort matrix, in the order the panel shows it.
  let row = 1;
  s.row(
    row++,
    LEGEND_COL,
    [s.t({ fr: 'Matrice impact / effort', en: 'Impact / effort matrix' }), ''],
    { style: 'section' }
  );
  const legend: [keyof typeof QUADRANTS, Text][] = [
    ['quick-win', { fr: 'Impact élevé, effort faible', en: 'High impact, low effort' }],
    ['major-project', { fr: 'Impact élevé, effort élevé', en: 'High impact, high effort' }],
    ['fill-in', { fr: 'Impact faible, effort faible', en: 'Low impact, low effort' }],
    ['avoid', { fr: 'Impact faible, effort élevé', en: 'Low impact, high effort' }],
  ];
  for (const [key, text] of legend) {
    const style =
      key === 'quick-win'
        ? 'low'
        : key === 'avoid'
          ? 'high'
          : key === 'major-project'
            ? 'medium'
            : 'label';
    s.row(row++, LEGEND_COL, [s.t(text), { value: s.t(QUADRANTS[key]), style }]);
  }

  s.validate(
    a1(THRESHOLD_ROW, 2),
    { kind: 'number', min: 0, max: SCORE_MAX },
    numberHelp(THRESHOLD, o.lang, 0, SCORE_MAX)
  );
  s.validate(
    rangeA1(WEIGHTS_ROW, C.impact, WEIGHTS_ROW, C.alignment),
    { kind: 'number', min: 0, max: 1 },
    numberHelp({ fr: 'Poids', en: 'Weight' }, o.lang, 0, 1)
  );
  CRITERIA.forEach((c, k) =>
    s.validate(
      rangeA1(FIRST, C.impact + k, LAST, C.impact + k),
      { kind: 'number', min: 0, max: SCORE_MAX },
      numberHelp(c.label, o.lang, 0, SCORE_MAX)
    )
  );
  s.when(total, totalOff(total), BAD);
  s.scale(
    rangeA1(FIRST, C.score, LAST, C.score),
    { value: 0, color: COLORS.scaleLow },
    { value: SCORE_MAX, color: COLORS.scaleHigh },
    { value: SCORE_MAX / 2, color: COLORS.scaleMid }
  );
  const quadrants = rangeA1(FIRST, C.quadrant, LAST, C.quadrant);
  const qCell = a1(FIRST, C.quadrant);
  s.when(quadrants, `=${qCell}=${q(QUADRANTS['quick-win'], o.lang)}`, GOOD);
  s.when(quadrants, `=${qCell}=${q(QUADRANTS['major-project'], o.lang)}`, WATCH);
  s.when(quadrants, `=${qCell}=${q(QUADRANTS.avoid, o.lang)}`, BAD);
  checkLooks(s, rangeA1(FIRST, C.check, LAST, C.check), a1(FIRST, C.check));
  matrixChart(s, threshold);
  // The panel writes its score, rank and quadrant (headers included) over these columns.
  s.unlock(rangeA1(HEADER, C.score, LAST, C.quadrant));
  s.name('Priority_Threshold', a1(THRESHOLD_ROW, 2));
  s.name('Priority_Weights', rangeA1(WEIGHTS_ROW, C.impact, WEIGHTS_ROW, C.alignment));
  return s.widths(38, 14, 14, 14, 14, 10, 10, 22, 36, 3, 24, 24).freeze(HEADER).build();
}

/**
 * The impact/effort scatter under the legend, with the quadrant threshold drawn as two lines
 * whose ends are cells under the chart (docs/templates.md "Charts").
 */
function matrixChart(s: SheetBuilder, threshold: string): void {
  // Under the legend, in its two columns: beside the list and no wider than the legend, so the
  // printed page (one page wide) keeps a readable scale (docs/templates.md "Print").
  const col = LEGEND_COL;
  const size = { cols: 2, rows: 18 };
  const anchorRow = HEADER + 2;
  const top = anchorRow + size.rows;
  s.put(top, col, {
    value: s.t({ fr: 'Lignes du seuil (graphique)', en: 'Threshold lines (chart)' }),
    style: 'note',
  });
  // Vertical line x = threshold, then horizontal line y = threshold, across the 0–10 square.
  const ends: [string | number, string | number][] = [
    [`=${threshold}`, 0],
    [`=${threshold}`, SCORE_MAX],
    [0, `=${threshold}`],
    [SCORE_MAX, `=${threshold}`],
  ];
  ends.forEach((pair, i) =>
    s.row(
      top + 1 + i,
      col,
      pair.map((v) =>
        typeof v === 'string' ? formula(v, FORMATS.num1, 'note') : { value: v, style: 'note' }
      )
    )
  );
  const line = (i: number, name: string) => ({
    name,
    categories: rangeA1(top + 1 + i, col, top + 2 + i, col),
    values: rangeA1(top + 1 + i, col + 1, top + 2 + i, col + 1),
    line: true,
    color: COLORS.grey,
  });
  const axis = (label: string) => ({ title: label, min: 0, max: SCORE_MAX });
  s.chart({
    kind: 'scatter',
    title: s.t({ fr: 'Matrice impact / effort', en: 'Impact / effort matrix' }),
    anchor: a1(anchorRow, col),
    size,
    series: [
      {
        name: s.t({ fr: 'Projets', en: 'Projects' }),
        categories: rangeA1(FIRST, C.effort, LAST, C.effort),
        values: rangeA1(FIRST, C.impact, LAST, C.impact),
        color: COLORS.navy,
      },
      line(0, s.t({ fr: 'Seuil d’effort', en: 'Effort threshold' })),
      line(2, s.t({ fr: 'Seuil d’impact', en: 'Impact threshold' })),
    ],
    x: axis(s.t(CRITERIA[1].label)),
    y: axis(s.t(CRITERIA[0].label)),
  });
}
