/**
 * The panel's Excel HostBridge (Office.js). Each method is one Excel.run with everything queued
 * before each sync: a read takes 2 context.sync(), a write 2 (1 when replacing), a chart 1.
 */
import { a1Range, literalText, SCORE_MAX, type TemplateOptions } from '@boussole/core';
import {
  findConflicts,
  plainCell,
  readOrder,
  SCORING_SHEETS,
  type ChartRequest,
  type HostBridge,
  type InsertResult,
  type ReadResult,
  type SheetBlock,
  type WriteRequest,
  type WriteResult,
} from '@boussole/panel/protocol';
import { insertTemplate } from './templates';

const BLOCK_PROPS = ['values', 'rowIndex', 'columnIndex'];

/** A loaded range as the block the panel reads. */
const rangeBlock = (sheet: string, range: Excel.Range): SheetBlock => ({
  sheet,
  row: range.rowIndex + 1,
  column: range.columnIndex + 1,
  values: range.values.map((line) => line.map(plainCell)),
});

/** The used part of a sheet as a block, queued for loading (a null object when the sheet is empty). */
function usedRange(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRangeOrNullObject(true).load(BLOCK_PROPS);
}

async function readTable(): Promise<ReadResult> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const selection = context.workbook.getSelectedRange().load('cellCount');
    const active = sheets.getActiveWorksheet().load('name');
    const scoring = SCORING_SHEETS.map((name) => sheets.getItemOrNullObject(name).load('name'));
    await context.sync();
    // Second batch: the values of every candidate, now that we know which exist.
    const selected =
      selection.cellCount > 1
        ? selection.getUsedRangeOrNullObject(true).load(BLOCK_PROPS)
        : undefined;
    const activeUsed = usedRange(active);
    const scoringUsed = scoring
      .filter((sheet) => !sheet.isNullObject && sheet.name !== active.name)
      .map((sheet) => [sheet.name, usedRange(sheet)] as const);
    await context.sync();
    const block = (name: string, range: Excel.Range | undefined) =>
      range && !range.isNullObject ? rangeBlock(name, range) : undefined;
    return readOrder({
      selection: block(active.name, selected),
      active: block(active.name, activeUsed),
      scoring: scoringUsed.flatMap(([name, range]) => block(name, range) ?? []),
    });
  });
}

async function writeResults(req: WriteRequest): Promise<WriteResult> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(req.sheet);
    const columns = req.headers.length;
    const target = sheet.getRangeByIndexes(req.row - 1, req.column - 1, req.rows + 1, columns);
    if (!req.overwrite) {
      // Formulas, not values: a formula showing "" is not an empty cell.
      target.load('formulas');
      await context.sync();
      const conflict = findConflicts(target.formulas, req.row, req.column);
      if (conflict) return conflict;
    }
    const header = sheet.getRangeByIndexes(req.row - 1, req.column - 1, 1, columns);
    // Text that Excel would parse ("=…", "+…") goes in behind an apostrophe.
    header.values = [req.headers.map(literalText)];
    header.format.font.bold = true;
    if (req.rows > 0) {
      req.numberFormats.forEach((format, c) => {
        if (format === null) return;
        const column = sheet.getRangeByIndexes(req.row, req.column - 1 + c, req.rows, 1);
        column.numberFormat = Array.from({ length: req.rows }, () => [format]);
      });
      const body = sheet.getRangeByIndexes(req.row, req.column - 1, req.rows, columns);
      body.formulasR1C1 = Array.from({ length: req.rows }, () => req.formulasR1C1);
    }
    await context.sync();
    return { status: 'written', address: a1Range(req.row, req.column, req.rows + 1, columns) };
  });
}

async function insertScoringSheet(options: TemplateOptions): Promise<InsertResult> {
  const name = await insertTemplate('priority-scoring', options);
  return Excel.run(async (context) => {
    const used = usedRange(context.workbook.worksheets.getItem(name));
    await context.sync();
    return { sheet: name, blocks: used.isNullObject ? [] : [rangeBlock(name, used)] };
  });
}

/** A scatter chart over the live effort (x) and impact (y) columns, axes fixed to 0–SCORE_MAX. */
async function drawChart(req: ChartRequest): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(req.sheet);
    const rows = req.lastRow - req.firstRow + 1;
    const x = sheet.getRangeByIndexes(req.firstRow - 1, req.xColumn - 1, rows, 1);
    const y = sheet.getRangeByIndexes(req.firstRow - 1, req.yColumn - 1, rows, 1);
    const chart = sheet.charts.add(Excel.ChartType.xyscatter, y, Excel.ChartSeriesBy.columns);
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(x);
    series.setValues(y);
    chart.title.text = req.title;
    chart.legend.visible = false;
    for (const [axis, title] of [
      [chart.axes.categoryAxis, req.xTitle],
      [chart.axes.valueAxis, req.yTitle],
    ] as const) {
      axis.title.text = title;
      axis.minimum = 0;
      axis.maximum = SCORE_MAX;
    }
    chart.setPosition(sheet.getCell(req.anchorRow - 1, req.anchorColumn - 1));
    await context.sync();
  });
}

export function createExcelBridge(): HostBridge {
  return { readTable, writeResults, insertScoringSheet, drawChart };
}
