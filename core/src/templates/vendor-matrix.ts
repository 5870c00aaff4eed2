/**
 * docs/method.md §9: weighted criteria × vendors, weighted totals, rank and the winner. Vendors are rows
 * (a list with room for 20), the 12 criteria columns (the method's five, then seven of the
 * company's own); weights and the winner sit above the list.
 */
import type { Text } from '../i18n';
import { SCORE_MAX } from '../method/scoring';
import { EXAMPLE_VENDORS, VENDOR_CRITERIA } from '../method/vendors';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import {
  CHECK,
  checkFormula,
  checkLooks,
  inputLegend,
  numberExpected,
  numberHelp,
  outOfRange,
  whenOk,
  type Rule,
} from './checks';
import { q, totalMessage, totalNote, totalOff } from './common';
import { BAD, COLORS, FORMATS, GOOD } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const VENDOR_ROWS = 20;
const CRITERIA_COLS = 12;
const FIRST_CRIT = 2;
const LAST_CRIT = FIRST_CRIT + CRITERIA_COLS - 1;
const C = { name: 1, score: LAST_CRIT + 1, rank: LAST_CRIT + 2, check: LAST_CRIT + 3 };
const WEIGHTS_ROW = 4;
const WINNER_ROW = 5;
const HEADER = 6;
const FIRST = HEADER + 1;
const LAST = HEADER + VENDOR_ROWS;

const SCORES: Text = { fr: 'Notes', en: 'Scores' };
const WEIGHTS: Text = { fr: 'Poids', en: 'Weights' };
const MEANING: Text = {
  fr: 'Notes : 0 = ne répond pas au critère · 5 = y répond en partie · 10 = y répond pleinement',
  en: 'Scores: 0 = does not meet the criterion · 5 = meets it in part · 10 = meets it fully',
};
const MISSING: Text = {
  fr: 'Notes : il en manque une pour un critère pondéré',
  en: 'Scores: one is missing for a weighted criterion',
};
const NAME_EXPECTED: Text = {
  fr: 'Fournisseur : un nom est attendu',
  en: 'Vendor: a name is expected',
};

export function vendorMatrix(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('vendor-matrix', o);
  const L = o.lang;
  s.intro({
    fr: 'Une ligne par fournisseur (20 lignes), une colonne par critère (12 : ajoutez les vôtres). Notez de 0 à 10 ; la note pondérée désigne le meilleur. Les poids doivent faire 100 %.',
    en: 'One row per vendor (20 rows), one column per criterion (12: add your own). Score 0–10; the weighted total names the best. Weights must total 100 %.',
  });
  s.put(3, 1, { value: s.t(MEANING), style: 'note' });
  inputLegend(s, 3, C.score);

  const weights = rangeA1(WEIGHTS_ROW, FIRST_CRIT, WEIGHTS_ROW, LAST_CRIT, true);
  const totalWeights = a1(WEIGHTS_ROW, C.score);
  s.row(WEIGHTS_ROW, 1, [
    { value: s.t({ fr: 'Poids (total 100 %)', en: 'Weights (total 100 %)' }), style: 'label' },
    ...Array.from({ length: CRITERIA_COLS }, (_, k) =>
      input(VENDOR_CRITERIA[k]?.weight, FORMATS.pct)
    ),
    { ...formula(`=SUM(${weights})`, FORMATS.pct, 'total'), name: 'weights-total' },
    formula(totalNote(totalWeights, L), undefined, 'note'),
  ]);

  const names = rangeA1(FIRST, C.name, LAST, C.name, true);
  const totals = rangeA1(FIRST, C.score, LAST, C.score, true);
  s.row(WINNER_ROW, 1, [
    { value: s.t({ fr: 'Fournisseur retenu', en: 'Chosen vendor' }), style: 'total' },
    {
      ...formula(
        `=IF(COUNT(${totals})=0,"",INDEX(${names},MATCH(MAX(${totals}),${totals},0)))`,
        undefined,
        'output'
      ),
      name: 'winner',
    },
  ]);
  s.merge(rangeA1(WINNER_ROW, 2, WINNER_ROW, 4));

  s.row(HEADER, 1, [
    { value: s.t({ fr: 'Fournisseur', en: 'Vendor' }), style: 'header' },
    ...Array.from({ length: CRITERIA_COLS }, (_, k) => {
      const c = VENDOR_CRITERIA[k];
      return c
        ? { value: s.t(c.label), style: 'header' as const }
        : {
            value: s.t({ fr: `Critère ${k + 1}`, en: `Criterion ${k + 1}` }),
            style: 'input' as const,
          };
    }),
    {
      value: s.t({ fr: 'Note pondérée (sur 10)', en: 'Weighted score (out of 10)' }),
      style: 'header',
    },
    { value: s.t({ fr: 'Rang', en: 'Rank' }), style: 'header' },
    { value: s.t(CHECK), style: 'header' },
  ]);

  const examples = s.examples ? EXAMPLE_VENDORS : [];
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const v = examples[i];
    const scores = rangeA1(r, FIRST_CRIT, r, LAST_CRIT);
    const check = a1(r, C.check);
    const score = a1(r, C.score);
    const rules: Rule[] = [
      { bad: `COUNT(${weights})<COUNTA(${weights})`, message: q(numberExpected(WEIGHTS), L) },
      { bad: `ROUND(SUM(${weights}),6)<>1`, message: totalMessage(totalWeights, L) },
      { bad: `COUNTA(${scores})>COUNT(${scores})`, message: q(numberExpected(SCORES), L) },
      {
        bad: `COUNTIF(${scores},"<0")+COUNTIF(${scores},">${SCORE_MAX}")>0`,
        message: q(outOfRange(SCORES, 0, SCORE_MAX), L),
      },
      { bad: `SUMPRODUCT((${weights}<>0)*(${scores}=""))>0`, message: q(MISSING, L) },
      { bad: `${a1(r, C.name)}=""`, message: q(NAME_EXPECTED, L) },
    ];
    s.row(r, 1, [
      input(v && s.t(v.name)),
      ...Array.from({ length: CRITERIA_COLS }, (_, k) => input(v?.scores[k])),
      {
        ...formula(whenOk(check, `SUMPRODUCT(${weights},${scores})`), FORMATS.num2, 'total'),
        name: `total-${i + 1}`,
      },
      {
        ...formula(`=IF(${score}="","",RANK(${score},${totals},0))`, FORMATS.int),
        name: `rank-${i + 1}`,
      },
      {
        ...formula(checkFormula([rangeA1(r, C.name, r, LAST_CRIT)], rules)),
        name: `check-${i + 1}`,
      },
    ]);
  }

  s.validate(
    rangeA1(WEIGHTS_ROW, FIRST_CRIT, WEIGHTS_ROW, LAST_CRIT),
    { kind: 'number', min: 0, max: 1 },
    numberHelp({ fr: 'Poids', en: 'Weight' }, L, 0, 1)
  );
  const grid = rangeA1(FIRST, FIRST_CRIT, LAST, LAST_CRIT);
  s.validate(grid, { kind: 'number', min: 0, max: SCORE_MAX }, numberHelp(SCORES, L, 0, SCORE_MAX));
  s.scale(
    grid,
    { value: 0, color: COLORS.scaleLow },
    { value: SCORE_MAX, color: COLORS.scaleHigh },
    { value: SCORE_MAX / 2, color: COLORS.scaleMid }
  );
  const first = a1(FIRST, C.score);
  s.when(
    rangeA1(FIRST, C.score, LAST, C.score),
    `=AND(${first}<>"",${first}=MAX(${totals}))`,
    GOOD
  );
  s.when(totalWeights, totalOff(totalWeights), BAD);
  checkLooks(s, rangeA1(FIRST, C.check, LAST, C.check), a1(FIRST, C.check));
  return s
    .widths(26, ...Array.from({ length: CRITERIA_COLS }, () => 12), 14, 8, 40)
    .freeze(HEADER)
    .build();
}
