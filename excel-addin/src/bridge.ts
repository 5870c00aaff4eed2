/**
 * The panel's Excel HostBridge (Office.js). Each method is one Excel.run with everything queued
 * before each sync: a read takes 2 context.sync(), a write 2 (1 when replacing), a chart 1, the
 * Funded column at most 3.
 */
import { a1Range, literalText, SCORE_MAX, type TemplateOptions } from '@boussole/core';
import {
  columnConflicts,
  findConflicts,
  headerLine,
  headerWithNote,
  literalColumn,
  plainCell,
  PORTFOLIO_SHEETS,
  readOrder,
  SCORING_SHEETS,
  type ChartRequest,
  type ColumnWrite,
  type HostBridge,
  type PortfolioHost,
  type InsertResult,
  type ReadResult,
  type SheetBlock,
  type WriteRequest,
  type WriteResult,
} from '@boussole/panel/protocol';

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

/** The selection, the active sheet, then the sheets of those names (scoring or register). */
async function readNamed(names: readonly string[]): Promise<ReadResult> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const selection = context.workbook.getSelectedRange().load('cellCount');
    const active = sheets.getActiveWorksheet().load('name');
    const scoring = names.map((name) => sheets.getItemOrNullObject(name).load('name'));
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

const readTable = () => readNamed(SCORING_SHEETS);
const readPortfolio = () => readNamed(PORTFOLIO_SHEETS);

/**
 * The Funded column: header and values in one write (text as literal text), then the note. The
 * note is a comment where ExcelApi 1.10 is there (the manifest asks for 1.9), else the header's
 * second line (docs/panel.md). Syncs: 1 read unless replacing, 1 write, 1 more for a new comment.
 */
async function writeColumn(req: ColumnWrite): Promise<WriteResult> {
  const comments = Office.context.requirements.isSetSupported('ExcelApi', '1.10');
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(req.sheet);
    const rows = req.values.length;
    const target = sheet.getRangeByIndexes(req.row - 1, req.column - 1, rows + 1, 1);
    if (!req.overwrite) {
      target.load('formulas');
      await context.sync();
      const conflict = columnConflicts(target.formulas, req);
      if (conflict) return conflict;
    }
    const text = comments ? headerLine(req.header) : headerWithNote(req.header, req.note);
    target.values = literalColumn(text, req.values);
    const cell = sheet.getCell(req.row - 1, req.column - 1);
    cell.format.font.bold = true;
    const address = a1Range(req.row, req.column, rows + 1, 1);
    if (!comments) {
      cell.format.wrapText = true; // the note's line shows under the header
      await context.sync();
      return { status: 'written', address };
    }
    // Queued last: when the cell has no comment yet only this command fails, the values are in.
    context.workbook.comments.getItemByCell(cell).content = req.note;
    try {
      await context.sync();
    } catch {
      context.workbook.comments.add(cell, req.note);
      await context.sync();
    }
    return { status: 'written', address };
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
  const { insertTemplate } = await import('./templates');
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

export function createExcelBridge(): HostBridge & PortfolioHost {
  return { readTable, writeResults, insertScoringSheet, drawChart, readPortfolio, writeColumn };
}
