/**
 * Naive baselines: what an adapter that talks to the host cell by cell would cost for the same
 * result, read off the state a real renderer left in the fakes. A template costs one call per
 * written cell and one per formatted cell (each format setting separately), plus one per
 * sheet-level setting (validation rule, conditional format, chart, column width, merge).
 * A panel write-back costs one round trip per written row.
 */
import type { FakeSheet as ExcelSheet, Rect } from '../../test/fakes/excel';
import type { FakeSheet as SheetsSheet } from '../../test/fakes/sheets';

function clip(r: Rect, box: Rect): number {
  const rows = Math.min(r.row + r.rows, box.row + box.rows) - Math.max(r.row, box.row);
  const cols = Math.min(r.col + r.cols, box.col + box.cols) - Math.max(r.col, box.col);
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

/** Cell-by-cell cost of an Excel sheet as the fake holds it (whole-column formats clipped to the data). */
export function excelCellByCell(sheet: ExcelSheet): number {
  const box = sheet.usedRect() ?? { row: 0, col: 0, rows: 1, cols: 1 };
  let n = 0;
  for (const c of sheet.cells.values()) {
    if (c.formula !== undefined || c.value !== '') n++;
    if (c.numberFormat !== undefined) n++;
  }
  for (const l of sheet.layers) n += clip(l.rect, box);
  for (const v of sheet.validations) n += clip(v.rect, box);
  n += sheet.conditionalFormats.length + sheet.charts.length + sheet.columnWidths.size;
  n += sheet.rowHeights.size + (sheet.frozen.rows || sheet.frozen.cols ? 1 : 0);
  return n;
}

const SHEETS_FORMATS = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'fontStyle',
  'horizontalAlignment',
  'verticalAlignment',
  'wrap',
  'note',
  'validation',
] as const;

/** Cell-by-cell cost of a Sheets sheet as the fake holds it. */
export function sheetsCellByCell(sheet: SheetsSheet): number {
  let n = 0;
  for (const c of sheet.cells.values()) {
    if (c.formula !== '' || c.value !== '') n++;
    for (const k of SHEETS_FORMATS) if (c[k] !== undefined && c[k] !== null) n++;
  }
  n += sheet.conditionalRules.length + sheet.charts.length + sheet.columnWidths.size;
  n += sheet.merges.length + (sheet.frozenRows || sheet.frozenColumns ? 1 : 0);
  return n;
}

/** Per-row writes: the header row and each formula row, one round trip each. */
export const perRowSyncs = (formulaRows: number): number => formulaRows + 1;

/** Per-row Sheets writes: header values, then per row one setFormulas and one setNumberFormats. */
export const perRowSheetsCalls = (formulaRows: number): number => 1 + 2 * formulaRows;
