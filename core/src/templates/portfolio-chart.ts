/** Where the portfolio sheet puts things, and its frontier chart beside the list. */
import type { Text } from '../i18n';
import { a1, rangeA1 } from './a1';
import { formula, SheetBuilder } from './builder';
import { FORM_ROWS } from './common';
import { PF } from './portfolio-text';
import { COLORS, FORMATS } from './styles';

export const BUDGET = 5;
export const ENV = 8; // first envelope row; header on ENV - 1
export const GREEDY = 13; // simple-rule totals
export const WHY = 18;
export const HEADER = 23;
export const FIRST = HEADER + 1;
export const LAST = HEADER + FORM_ROWS;
/** List columns; order/taken/running are the simple rule's walk in rank order (one row per rank). */
export const C = {
  name: 1,
  cost: 2,
  value: 3,
  envelope: 4,
  status: 5,
  requires: 6,
  excludes: 7,
  check: 8,
  ratio: 9,
  rank: 10,
  greedy: 11,
  funded: 12,
  order: 13,
  taken: 14,
  running: 15,
  runningValue: 16,
};
/** The frontier chart, right of the list past a narrow gap column. */
export const CHART = { col: C.runningValue + 2, cols: 7, rows: 18 };
/**
 * The chart and its budget line's cells: printed on a page of their own after the list, which
 * then fits one page wide at about two thirds of full size (docs/templates.md "Print").
 */
export const chartArea = (): string =>
  rangeA1(HEADER, CHART.col, HEADER + CHART.rows + 2, CHART.col + CHART.cols - 1);
/**
 * The simple rule's frontier beside the list (docs/templates.md "Charts"): running value against
 * running cost along its walk, each step a project taken, and the budget as a vertical line whose
 * ends are cells under the chart.
 */
export function frontierChart(s: SheetBuilder, budget: string): void {
  const top = HEADER + CHART.rows;
  s.put(top, CHART.col, { value: s.t(PF.budgetLine), style: 'note' });
  const ends = [
    [`=N(${budget})`, '=0'],
    [`=N(${budget})`, `=MAX(${rangeA1(FIRST, C.runningValue, LAST, C.runningValue)})`],
  ];
  ends.forEach((pair, i) =>
    s.row(
      top + 1 + i,
      CHART.col,
      pair.map((f) => formula(f, FORMATS.num1, 'note'))
    )
  );
  const axis = (label: Text) => ({ title: s.t(label), min: 0 });
  s.chart({
    kind: 'scatter',
    title: s.t(PF.frontier),
    anchor: a1(HEADER, CHART.col),
    size: { cols: CHART.cols, rows: CHART.rows },
    series: [
      {
        name: s.t(PF.greedy),
        categories: rangeA1(FIRST, C.running, LAST, C.running),
        values: rangeA1(FIRST, C.runningValue, LAST, C.runningValue),
        color: COLORS.navy,
      },
      {
        name: s.t(PF.budget),
        categories: rangeA1(top + 1, CHART.col, top + 2, CHART.col),
        values: rangeA1(top + 1, CHART.col + 1, top + 2, CHART.col + 1),
        line: true,
        color: COLORS.grey,
      },
    ],
    x: axis(PF.running),
    y: axis(PF.runningValue),
  });
}
