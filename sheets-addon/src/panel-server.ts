/**
 * The server side of the panel's Sheets bridge. Each entry runs for one user action, called once
 * through google.script.run by panel/src/sheets-client.ts, and makes a constant number of batched
 * range calls whatever the number of rows. Requests are checked with zod/mini: google.script.run
 * hands over whatever the client sent.
 */
import { LANGS, literalText, templateName } from '@boussole/core';
import type {
  ChartRequest,
  InsertResult,
  ReadResult,
  SheetBlock,
  WriteResult,
} from '@boussole/panel/src/bridge';
import { chartRequestSchema, writeRequestSchema } from '@boussole/panel/src/bridge-schema';
import { a1Range, findConflicts, plainCell } from '@boussole/panel/src/cells';
import { SHEETS_CALLS } from '@boussole/panel/src/sheets-calls';
import { insertTemplate } from './templates';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function blockOf(range: Range): SheetBlock {
  return {
    sheet: range.getSheet().getName(),
    row: range.getRow(),
    column: range.getColumn(),
    values: range.getValues().map((line) => line.map(plainCell)),
  };
}

/** The selection cut to the rows that hold data (a whole-column selection reads no empty tail). */
function selectionBlock(selection: Range): SheetBlock | undefined {
  const rows = Math.min(
    selection.getNumRows(),
    selection.getSheet().getLastRow() - selection.getRow() + 1
  );
  if (rows < 1 || rows * selection.getNumColumns() < 2) return undefined;
  const sheet = selection.getSheet();
  return blockOf(
    sheet.getRange(selection.getRow(), selection.getColumn(), rows, selection.getNumColumns())
  );
}

/** The selection, the active sheet, then the priority-scoring sheet (FR or EN name). */
export function readTable(): ReadResult {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const active = book.getActiveSheet();
  const blocks: SheetBlock[] = [];
  const selection = book.getActiveRange();
  const selected = selection && selectionBlock(selection);
  if (selected) blocks.push(selected);
  blocks.push(blockOf(active.getDataRange()));
  for (const lang of LANGS) {
    const sheet = book.getSheetByName(templateName('priority-scoring', lang));
    if (sheet && sheet.getSheetId() !== active.getSheetId())
      blocks.push(blockOf(sheet.getDataRange()));
  }
  return { blocks };
}

function sheetNamed(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named "${name}"`);
  return sheet;
}

export function writeResults(input: unknown): WriteResult {
  const req = writeRequestSchema.parse(input);
  const sheet = sheetNamed(req.sheet);
  const columns = req.headers.length;
  const lastColumn = req.column + columns - 1;
  if (sheet.getMaxColumns() < lastColumn) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastColumn - sheet.getMaxColumns());
  }
  const target = sheet.getRange(req.row, req.column, req.rows + 1, columns);
  if (!req.overwrite && !target.isBlank()) {
    // A formula showing "" is not empty: read formulas as well as values.
    const formulas = target.getFormulas();
    const cells = target
      .getValues()
      .map((line, r) => line.map((v, c) => formulas[r][c] || plainCell(v)));
    const conflict = findConflicts(cells, req.row, req.column);
    if (conflict) return conflict;
  }
  // Text that Sheets would parse ("=…", "+…") goes in behind an apostrophe.
  sheet
    .getRange(req.row, req.column, 1, columns)
    .setValues([req.headers.map(literalText)])
    .setFontWeight('bold');
  if (req.rows > 0) {
    const body = sheet.getRange(req.row + 1, req.column, req.rows, columns);
    body.setFormulasR1C1(Array.from({ length: req.rows }, () => req.formulasR1C1));
    req.numberFormats.forEach((format, c) => {
      if (format !== null)
        sheet.getRange(req.row + 1, req.column + c, req.rows, 1).setNumberFormat(format);
    });
  }
  return { status: 'written', address: a1Range(req.row, req.column, req.rows + 1, columns) };
}

/** Inserts the template through the add-on's own insertTemplate and reads the new sheet back. */
export function insertPriorityTemplate(options: unknown): InsertResult {
  const name = insertTemplate('priority-scoring', options);
  return { sheet: name, blocks: [blockOf(sheetNamed(name).getDataRange())] };
}

/** A scatter chart over the live effort (x) and impact (y) columns. */
export function drawChart(input: unknown): void {
  const req: ChartRequest = chartRequestSchema.parse(input);
  const sheet = sheetNamed(req.sheet);
  const rows = req.lastRow - req.firstRow + 1;
  const axis = (title: string) => ({ title, viewWindow: { min: 0, max: 10 } });
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.SCATTER)
    .addRange(sheet.getRange(req.firstRow, req.xColumn, rows, 1))
    .addRange(sheet.getRange(req.firstRow, req.yColumn, rows, 1))
    .setPosition(req.anchorRow, req.anchorColumn, 0, 0)
    .setOption('title', req.title)
    .setOption('hAxis', axis(req.xTitle))
    .setOption('vAxis', axis(req.yTitle))
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
}

/** The top-level Apps Script functions the sidebar calls (the Sheets build declares one per key). */
export const PANEL_SERVER_FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  [SHEETS_CALLS.readTable]: readTable,
  [SHEETS_CALLS.writeResults]: writeResults,
  [SHEETS_CALLS.insertTemplate]: insertPriorityTemplate,
  [SHEETS_CALLS.drawChart]: drawChart,
};
