/**
 * The server side of the panel's Sheets bridge. Each entry runs for one user action, called once
 * through google.script.run by the sidebar's bridge (sheets-addon/sidebar/bridge.ts), and makes a constant number of batched
 * range calls whatever the number of rows. Requests are checked (panel/src/protocol/schema.ts): google.script.run
 * hands over whatever the client sent.
 */
import { a1Range, literalText, SCORE_MAX } from '@boussole/core';
import {
  chartRequestSchema,
  columnConflicts,
  columnWriteSchema,
  findConflicts,
  literalColumn,
  plainCell,
  PORTFOLIO_SHEETS,
  readOrder,
  SCORING_SHEETS,
  SHEETS_CALLS,
  writeRequestSchema,
  type ChartRequest,
  type InsertResult,
  type ReadResult,
  type SheetBlock,
  type WriteResult,
} from '@boussole/panel/protocol';
import { insertTemplate } from './templates';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A range as the block the panel reads. */
function rangeBlock(range: Range): SheetBlock {
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
  return rangeBlock(
    sheet.getRange(selection.getRow(), selection.getColumn(), rows, selection.getNumColumns())
  );
}

/** The selection, the active sheet, then the sheets of those names (other than the active one). */
function readNamed(names: readonly string[]): ReadResult {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const active = book.getActiveSheet();
  const range = book.getActiveRange();
  const selection = (range && selectionBlock(range)) || undefined;
  const activeBlock = rangeBlock(active.getDataRange());
  const scoring: SheetBlock[] = [];
  for (const name of names) {
    const sheet = book.getSheetByName(name);
    if (sheet && sheet.getSheetId() !== active.getSheetId())
      scoring.push(rangeBlock(sheet.getDataRange()));
  }
  return readOrder({ selection, active: activeBlock, scoring });
}

/** The priority-scoring sheet (FR or EN name) after the selection and the active sheet. */
export const readTable = (): ReadResult => readNamed(SCORING_SHEETS);

/** The portfolio register (FR or EN sheet name) after the selection and the active sheet. */
export const readPortfolio = (): ReadResult => readNamed(PORTFOLIO_SHEETS);

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

/**
 * The Portfolio view's Funded column: header and values in one setValues (text as literal text),
 * the budget and date as the header's note; 2 reads more when not replacing.
 */
export function writeColumn(input: unknown): WriteResult {
  const req = columnWriteSchema.parse(input);
  const sheet = sheetNamed(req.sheet);
  if (sheet.getMaxColumns() < req.column) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), req.column - sheet.getMaxColumns());
  }
  const rows = req.values.length;
  const target = sheet.getRange(req.row, req.column, rows + 1, 1);
  if (!req.overwrite && !target.isBlank()) {
    const formulas = target.getFormulas();
    const cells = target.getValues().map((line, r) => [formulas[r][0] || plainCell(line[0])]);
    const conflict = columnConflicts(cells, req);
    if (conflict) return conflict;
  }
  target.setValues(literalColumn(req.header, req.values));
  sheet.getRange(req.row, req.column).setFontWeight('bold').setNote(req.note);
  return { status: 'written', address: a1Range(req.row, req.column, rows + 1, 1) };
}

/** Inserts the template through the add-on's own insertTemplate and reads the new sheet back. */
export function insertScoringSheet(options: unknown): InsertResult {
  const name = insertTemplate('priority-scoring', options);
  return { sheet: name, blocks: [rangeBlock(sheetNamed(name).getDataRange())] };
}

/** A scatter chart over the live effort (x) and impact (y) columns, axes fixed to 0–SCORE_MAX. */
export function drawChart(input: unknown): void {
  const req: ChartRequest = chartRequestSchema.parse(input);
  const sheet = sheetNamed(req.sheet);
  const rows = req.lastRow - req.firstRow + 1;
  const axis = (title: string) => ({ title, viewWindow: { min: 0, max: SCORE_MAX } });
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
  [SHEETS_CALLS.insertScoringSheet]: insertScoringSheet,
  [SHEETS_CALLS.drawChart]: drawChart,
  [SHEETS_CALLS.readPortfolio]: readPortfolio,
  [SHEETS_CALLS.writeColumn]: writeColumn,
};
