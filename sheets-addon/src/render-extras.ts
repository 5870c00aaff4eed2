/**
 * Apps Script: what a template adds beyond its cells (docs/templates.md): row heights, named
 * ranges, native charts and warning-only protection, in a constant number of document calls. Sheets
 * has no print-setup API: print area, orientation and fit are chosen in Sheets' print dialog.
 */
import {
  parseCell,
  parseRange,
  rangeNameFor,
  unlockedRanges,
  widthPx,
  type ChartSpec,
  type SheetSpec,
} from '@boussole/core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' default row height and column width in pixels, to size a chart in cells. */
const ROW_PX = 21;
const DEFAULT_COLUMN_PX = 100;

const CHART_TYPE = {
  scatter: 'SCATTER',
  radar: 'RADAR',
  bar: 'BAR',
  column: 'COLUMN',
  line: 'LINE',
} as const;

/**
 * The series Sheets can draw: they share the first series' categories (its domain column). A
 * scatter's threshold lines have X values of their own, so Sheets shows the points only.
 */
const drawable = (c: ChartSpec) => c.series.filter((s) => s.categories === c.series[0]?.categories);

function buildChart(
  sheet: Sheet,
  c: ChartSpec,
  widths: readonly number[],
  range: (a1: string) => Range
) {
  const series = drawable(c);
  const at = parseCell(c.anchor);
  let width = 0;
  for (let col = at.col; col < at.col + c.size.cols; col++) {
    const chars = widths[col - 1];
    width += chars === undefined ? DEFAULT_COLUMN_PX : widthPx(chars);
  }
  const axis = (a: ChartSpec['x']) => ({
    ...(a?.title ? { title: a.title } : {}),
    ...(a?.format ? { format: a.format } : {}),
    viewWindow: {
      ...(a?.min !== undefined ? { min: a.min } : {}),
      ...(a?.max !== undefined ? { max: a.max } : {}),
    },
  });
  let b = sheet
    .newChart()
    .setChartType(Charts.ChartType[CHART_TYPE[c.kind]])
    .addRange(range(series[0].categories));
  for (const s of series) b = b.addRange(range(s.values));
  return b
    .setPosition(at.row, at.col, 0, 0)
    .setOption('width', width)
    .setOption('height', c.size.rows * ROW_PX)
    .setOption('title', c.title)
    .setOption('legend', { position: series.length > 1 ? 'bottom' : 'none' })
    .setOption(c.kind === 'bar' ? 'vAxis' : 'hAxis', axis(c.x))
    .setOption(c.kind === 'bar' ? 'hAxis' : 'vAxis', axis(c.y))
    .setOption(
      'series',
      Object.fromEntries(
        series.map((s, i) => [i, { labelInLegend: s.name, ...(s.color ? { color: s.color } : {}) }])
      )
    )
    .build();
}

/** The ranges drawExtras needs, to fetch with the sheet's other ranges in one call. */
export function extraRanges(spec: SheetSpec): string[] {
  return [
    ...(spec.charts ?? []).flatMap((c) => drawable(c).flatMap((s) => [s.categories, s.values])),
    ...(spec.names ?? []).map((n) => n.ref),
    ...(spec.protect ? unlockedRanges(spec) : []),
  ];
}

/**
 * Heights of merged rows (the intro line), names, charts and protection; `at` is the name the sheet
 * got (and its spreadsheet when the caller has it), `range` gives the ranges of extraRanges. Sheets fits the height of other wrapped
 * rows by itself.
 */
export function drawExtras(
  sheet: Sheet,
  spec: SheetSpec,
  at: { name: string; book?: GoogleAppsScript.Spreadsheet.Spreadsheet },
  range: (a1: string) => Range
): void {
  const mergedRows = new Set(spec.merges.map((m) => parseRange(m).top));
  for (const [row, pt] of Object.entries(spec.rowHeights ?? {}))
    if (mergedRows.has(Number(row))) sheet.setRowHeights(Number(row), 1, Math.round((pt * 4) / 3));
  const names = spec.names ?? [];
  const book = names.length > 0 ? (at.book ?? sheet.getParent()) : undefined;
  for (const n of names) book?.setNamedRange(rangeNameFor(n.name, at.name), range(n.ref));
  for (const c of spec.charts ?? [])
    if (drawable(c).length > 0) sheet.insertChart(buildChart(sheet, c, spec.widths, range));
  if (spec.protect) {
    // Warning only: Sheets has no password-free hard lock; a script write is never blocked.
    const protection = sheet.protect().setWarningOnly(true);
    const unlocked = unlockedRanges(spec);
    if (unlocked.length > 0) protection.setUnprotectedRanges(unlocked.map(range));
  }
}
