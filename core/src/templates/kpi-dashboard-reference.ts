/**
 * The KPI dashboard's reference block right of the list — the calculation models, then how many
 * KPIs of each North Star and perspective are on track — and the attainment chart beside it.
 */
import type { Text } from '../i18n';
import { KPI_MODELS, KPI_STATUSES, NORTH_STARS, PERSPECTIVES } from '../method/kpis';
import { a1, rangeA1 } from './a1';
import { formula, type SheetBuilder } from './builder';
import { q } from './common';
import { C, FIRST, HEADER, LABELS, LAST, MODELS, SIDE } from './kpi-dashboard-layout';
import { COLORS, FORMATS } from './styles';

/** KPIs the attainment chart shows, from the top of the list. */
const KPI_CHART_ROWS = 15;

/**
 * Widths of the reference block's five columns: the models' inputs A and B read in full, and one
 * width for all, which Apps Script sets in one call (docs/performance.md).
 */
export const REFERENCE_WIDTHS = Array<number>(5).fill(26);
/** Right of the reference block, one column apart, so it covers no cell in use. */
const CHART = { col: SIDE + REFERENCE_WIDTHS.length + 1, cols: 7, rows: 20 };

/**
 * The reference block and the chart as a print range of their own (docs/templates.md "Print"): they
 * print on a page after the list's, so the list is not shrunk to make room for them.
 */
export const referenceArea = (): string => rangeA1(HEADER, SIDE, LAST, CHART.col + CHART.cols - 1);

const col = (c: number) => rangeA1(FIRST, c, LAST, c, true);

export function kpiReference(s: SheetBuilder): void {
  const L = s.lang;
  // Right of the list: the calculation models, then how many KPIs of each group are on track.
  let row = HEADER;
  s.headers(row++, SIDE, [
    LABELS.model,
    { fr: 'Valeur actuelle', en: 'Current value' },
    LABELS.a,
    LABELS.b,
  ]);
  for (const m of MODELS) {
    const d = KPI_MODELS[m];
    s.row(row++, SIDE, [s.t(d.label), s.t(d.formula), s.t(d.a), d.b ? s.t(d.b) : null]);
  }
  row++;
  const summary = (title: Text, groups: readonly Text[], groupCol: number): void => {
    s.headers(row++, SIDE, [
      title,
      { fr: 'KPI suivis', en: 'KPIs tracked' },
      KPI_STATUSES.onTrack,
      KPI_STATUSES.watch,
      KPI_STATUSES.offTrack,
    ]);
    for (const g of groups) {
      const count = (status: Text) =>
        `COUNTIFS(${col(groupCol)},${a1(row, SIDE)},${col(C.status)},${q(status, L)})`;
      s.row(row, SIDE, [
        s.t(g),
        formula(`=SUM(${rangeA1(row, SIDE + 2, row, SIDE + 4)})`, FORMATS.int, 'output'),
        formula(`=${count(KPI_STATUSES.onTrack)}`, FORMATS.int),
        formula(`=${count(KPI_STATUSES.watch)}`, FORMATS.int),
        formula(`=${count(KPI_STATUSES.offTrack)}`, FORMATS.int),
      ]);
      row++;
    }
    row++;
  };
  summary({ fr: 'Étoile du Nord', en: 'North Star' }, Object.values(NORTH_STARS), C.star);
  summary(
    { fr: 'Perspective du tableau de bord prospectif', en: 'Balanced scorecard perspective' },
    Object.values(PERSPECTIVES),
    C.perspective
  );
}

export function attainmentChart(s: SheetBuilder): void {
  // The first KPIs of the list: a bar per KPI stays readable up to about this many.
  const charted = Math.min(LAST, FIRST + KPI_CHART_ROWS - 1);
  s.chart({
    kind: 'bar',
    title: s.t({ fr: 'Atteinte de la cible', en: 'Target attainment' }),
    anchor: a1(HEADER, CHART.col),
    size: { cols: CHART.cols, rows: CHART.rows },
    series: [
      {
        name: s.t({ fr: 'Atteinte', en: 'Attainment' }),
        categories: rangeA1(FIRST, C.name, charted, C.name),
        values: rangeA1(FIRST, C.attainment, charted, C.attainment),
        color: COLORS.navy,
      },
    ],
    y: { min: 0, format: FORMATS.pct },
  });
}
