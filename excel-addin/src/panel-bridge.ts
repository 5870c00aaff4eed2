/**
 * The panel's Excel HostBridge (Office.js). Each method is one Excel.run with everything queued
 * before each sync: a read takes 2 context.sync(), a write 2 (1 when replacing), a chart 1.
 */
import { LANGS, literalText, templateName, type Lang } from '@boussole/core';
import type {
  ChartRequest,
  HostBridge,
  InsertResult,
  ReadResult,
  SheetBlock,
  WriteRequest,
  WriteResult,
} from '@boussole/panel/src/bridge';
import { a1Range, findConflicts, plainCell } from '@boussole/panel/src/cells';
import { insertTemplate } from './render-template';

const BLOCK_PROPS = ['values', 'rowIndex', 'columnIndex'];

const blockOf = (sheet: string, range: Excel.Range): SheetBlock => ({
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
    const scoring = LANGS.map((lang) =>
      sheets.getItemOrNullObject(templateName('priority-scoring', lang)).load('name')
    );
    await context.sync();
    // Second batch: the values of every candidate, now that we know which exist.
    const selected =
      selection.cellCount > 1
        ? selection.getUsedRangeOrNullObject(true).load(BLOCK_PROPS)
        : undefined;
    const candidates: [string, Excel.Range][] = [[active.name, usedRange(active)]];
    for (const sheet of scoring) {
      if (!sheet.isNullObject && sheet.name !== active.name)
        candidates.push([sheet.name, usedRange(sheet)]);
    }
    await context.sync();
    if (selected && !selected.isNullObject) candidates.unshift([active.name, selected]);
    return {
      blocks: candidates.filter(([, r]) => !r.isNullObject).map(([name, r]) => blockOf(name, r)),
    };
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

async function insertPriorityTemplate(options: {
  lang?: Lang;
  examples?: boolean;
}): Promise<InsertResult> {
  const name = await insertTemplate('priority-scoring', options);
  return Excel.run(async (context) => {
    const used = usedRange(context.workbook.worksheets.getItem(name));
    await context.sync();
    return { sheet: name, blocks: used.isNullObject ? [] : [blockOf(name, used)] };
  });
}

/** A scatter chart over the live effort (x) and impact (y) columns, axes fixed to 0–10. */
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
      axis.maximum = 10;
    }
    chart.setPosition(sheet.getCell(req.anchorRow - 1, req.anchorColumn - 1));
    await context.sync();
  });
}

export function createExcelBridge(): HostBridge {
  return { readTable, writeResults, insertTemplate: insertPriorityTemplate, drawChart };
}
