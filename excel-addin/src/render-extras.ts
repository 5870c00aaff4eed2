/**
 * Office.js: what a template adds beyond its cells (docs/templates.md): row heights, named ranges,
 * page setup, protection and native charts. Every call here only queues commands; the caller syncs.
 */
import {
  PAGE,
  parseCell,
  printAreas,
  unlockedRanges,
  type ChartKind,
  type ChartSpec,
  type SheetSpec,
} from '@boussole/core';

const CHART_TYPE = {
  scatter: 'XYScatter',
  radar: 'RadarMarkers',
  bar: 'BarClustered',
  column: 'ColumnClustered',
  line: 'Line',
} as const satisfies Record<ChartKind, `${Excel.ChartType}`>;

function drawChart(sheet: Excel.Worksheet, c: ChartSpec): void {
  const [first] = c.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPE[c.kind], sheet.getRange(first.values), 'Columns');
  chart.title.text = c.title;
  const at = parseCell(c.anchor);
  chart.setPosition(
    sheet.getRangeByIndexes(at.row - 1, at.col - 1, 1, 1),
    sheet.getRangeByIndexes(at.row + c.size.rows - 2, at.col + c.size.cols - 2, 1, 1)
  );
  chart.legend.visible = c.series.length > 1;
  chart.legend.position = 'Bottom';
  for (const [axis, spec] of [
    [chart.axes.categoryAxis, c.x],
    [chart.axes.valueAxis, c.y],
  ] as const) {
    if (spec?.title) axis.title.text = spec.title;
    if (spec?.min !== undefined) axis.minimum = spec.min;
    if (spec?.max !== undefined) axis.maximum = spec.max;
    if (spec?.format) axis.numberFormat = spec.format;
  }
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(sheet.getRange(s.categories));
    if (s.line) {
      series.chartType = 'XYScatterLinesNoMarkers';
      if (s.color) series.format.line.color = s.color;
    } else if (s.color) {
      if (c.kind === 'scatter' || c.kind === 'radar') {
        series.markerBackgroundColor = s.color;
        series.markerForegroundColor = s.color;
      } else series.format.fill.setSolidColor(s.color);
    }
  });
}

function pageSetup(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (!print) return;
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Several ranges print one after the other, each from a new page ("the range or ranges").
  layout.setPrintArea(printAreas(print).join(','));
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  // 0 pages tall: as many as the rows need.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintMargins('Centimeters', { ...PAGE.marginsCm });
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = PAGE.footer.left;
  footer.rightFooter = PAGE.footer.right;
}

/** Queues row heights, names, page setup, charts and — last, after every write — protection. */
export function drawExtras(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const [row, pt] of Object.entries(spec.rowHeights ?? {}))
    sheet.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = pt;
  // Sheet-scoped names: a second copy of a template keeps the same names without a clash.
  for (const n of spec.names ?? []) sheet.names.add(n.name, sheet.getRange(n.ref));
  pageSetup(sheet, spec);
  for (const c of spec.charts ?? []) drawChart(sheet, c);
  if (spec.protect) {
    for (const range of unlockedRanges(spec))
      sheet.getRange(range).format.protection.locked = false;
    // Formats stay free (the panel bolds its headers); contents of locked cells do not.
    sheet.protection.protect({
      allowFormatCells: true,
      allowFormatColumns: true,
      allowFormatRows: true,
    });
  }
}
