/** docs/method.md §9: weighted criteria × vendors, weighted totals, rank and the winner. */
import { SCORE_MAX } from '../method/scoring';
import { EXAMPLE_VENDORS, VENDOR_CRITERIA } from '../method/vendors';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { totalNote } from './common';
import { BAD, COLORS, FORMATS, GOOD } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const VENDORS = 4;
const FIRST_VENDOR = 3;
const LAST_VENDOR = FIRST_VENDOR + VENDORS - 1;
const HEADER = 4;
const FIRST = HEADER + 1;
/** The method's five criteria, then two free rows for the company's own. */
const LAST = FIRST + VENDOR_CRITERIA.length + 2 - 1;

export function vendorMatrix(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('vendor-matrix', o);
  s.intro({
    fr: 'Notez chaque fournisseur de 0 à 10 par critère ; la note pondérée désigne le meilleur. Ajoutez vos critères dans les lignes libres ; les poids doivent faire 100 %.',
    en: 'Score each vendor 0–10 per criterion; the weighted total names the best. Add your own criteria in the free rows; weights must total 100 %.',
  });
  const vendorName = (v: number) =>
    s.examples && EXAMPLE_VENDORS[v]
      ? s.t(EXAMPLE_VENDORS[v].name)
      : s.t({ fr: 'Fournisseur ', en: 'Vendor ' }) + 'ABCD'[v];
  s.row(HEADER, 1, [
    { value: s.t({ fr: 'Critère', en: 'Criterion' }), style: 'header' },
    { value: s.t({ fr: 'Poids', en: 'Weight' }), style: 'header' },
    ...Array.from({ length: VENDORS }, (_, v) => ({
      value: vendorName(v),
      style: 'input' as const,
    })),
  ]);
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const c = VENDOR_CRITERIA[i];
    s.row(r, 1, [
      c ? s.t(c.label) : input(),
      c ? input(c.weight, FORMATS.pct) : input(undefined, FORMATS.pct),
      ...Array.from({ length: VENDORS }, (_, v) =>
        input(c ? s.ex(EXAMPLE_VENDORS[v]?.scores[i]) : undefined)
      ),
    ]);
  }
  const weights = rangeA1(FIRST, 2, LAST, 2, true);
  const totalRow = LAST + 1;
  const scoreRow = totalRow + 1;
  const rankRow = scoreRow + 1;
  const winnerRow = rankRow + 1;
  const totalWeights = a1(totalRow, 2);
  s.row(totalRow, 1, [
    { value: s.t({ fr: 'Total des poids', en: 'Total of weights' }), style: 'total' },
    { ...formula(`=SUM(${weights})`, FORMATS.pct, 'total'), name: 'weights-total' },
    formula(totalNote(totalWeights, o.lang), undefined, 'note'),
  ]);
  const totals = rangeA1(scoreRow, FIRST_VENDOR, scoreRow, LAST_VENDOR, true);
  s.put(scoreRow, 1, {
    value: s.t({ fr: 'Note pondérée (sur 10)', en: 'Weighted score (out of 10)' }),
    style: 'total',
  });
  s.put(rankRow, 1, { value: s.t({ fr: 'Rang', en: 'Rank' }), style: 'label' });
  for (let c = FIRST_VENDOR; c <= LAST_VENDOR; c++) {
    const scores = rangeA1(FIRST, c, LAST, c);
    const total = a1(scoreRow, c);
    s.put(scoreRow, c, {
      ...formula(
        `=IF(COUNT(${scores})=0,"",SUMPRODUCT(${weights},${scores}))`,
        FORMATS.num2,
        'total'
      ),
      name: `total-${c - FIRST_VENDOR + 1}`,
    });
    s.put(rankRow, c, formula(`=IF(${total}="","",RANK(${total},${totals},0))`, FORMATS.int));
  }
  const names = rangeA1(HEADER, FIRST_VENDOR, HEADER, LAST_VENDOR);
  s.row(winnerRow, 1, [
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
  s.merge(rangeA1(winnerRow, 2, winnerRow, 3));

  s.validate(weights, { kind: 'number', min: 0, max: 1 });
  s.validate(rangeA1(FIRST, FIRST_VENDOR, LAST, LAST_VENDOR), {
    kind: 'number',
    min: 0,
    max: SCORE_MAX,
  });
  s.scale(
    rangeA1(FIRST, FIRST_VENDOR, LAST, LAST_VENDOR),
    { value: 0, color: COLORS.scaleLow },
    { value: SCORE_MAX, color: COLORS.scaleHigh },
    { value: SCORE_MAX / 2, color: COLORS.scaleMid }
  );
  const first = a1(scoreRow, FIRST_VENDOR);
  s.when(
    rangeA1(scoreRow, FIRST_VENDOR, scoreRow, LAST_VENDOR),
    `=AND(${first}<>"",${first}=MAX(${totals}))`,
    GOOD
  );
  s.when(totalWeights, `=ROUND(${totalWeights},6)<>1`, BAD);
  return s.widths(34, 10, 16, 16, 16, 16).freeze(HEADER).build();
}
