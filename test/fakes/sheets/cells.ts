/** The cells of a fake sheet, A1 notation, and what a written value becomes. */
import { columnNumber } from '@boussole/core';
import type { FakeDataValidation } from './builders';

export interface FakeCell {
  value: unknown;
  /** The formula text ("=…") when the cell holds a formula, else "". */
  formula: string;
  numberFormat?: string;
  background?: string | null;
  fontWeight?: string | null;
  fontColor?: string | null;
  fontStyle?: string | null;
  horizontalAlignment?: string | null;
  verticalAlignment?: string | null;
  wrap?: boolean;
  fontSize?: number;
  note?: string | null;
  validation?: FakeDataValidation | null;
}

export const emptyCell = (): FakeCell => ({ value: '', formula: '' });

/** "B2", "B2:D10", "A:A" → 1-based row, column and size (open columns run to maxRows). */
export function parseA1(
  a1: string,
  maxRows: number,
  maxCols: number
): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/i.exec(a1.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${a1}`);
  const c1 = m[1] ? columnNumber(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const hasEnd = m[3] !== undefined || m[4] !== undefined;
  const c2 = hasEnd ? (m[3] ? columnNumber(m[3]) : maxCols) : m[1] ? c1 : maxCols;
  const r2 = hasEnd ? (m[4] ? Number(m[4]) : maxRows) : m[2] ? r1 : maxRows;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** Reads what a setValues element becomes in Sheets: "=…" a formula, "'…" literal text. */
export function storeValue(cell: FakeCell, v: unknown): void {
  if (typeof v === 'string' && v.startsWith('=')) {
    cell.formula = v;
    cell.value = '';
  } else if (typeof v === 'string' && v.startsWith("'")) {
    cell.formula = '';
    cell.value = v.slice(1);
  } else {
    cell.formula = '';
    cell.value = v === null || v === undefined ? '' : v;
  }
}
