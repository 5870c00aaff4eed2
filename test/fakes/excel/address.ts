import { columnLetter } from '@boussole/core';
import { FakeOfficeError } from './office-error';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** Parses "B2", "A1:C3", "A:C", "2:4", with an optional "Sheet!" or "'My sheet'!" prefix. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const cols = COLS.exec(ref);
  if (cols) {
    const a = columnIndex(cols[1]);
    const b = columnIndex(cols[2]);
    return {
      sheet,
      rect: { row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 },
    };
  }
  const rows = ROWS.exec(ref);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return {
      sheet,
      rect: { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS },
    };
  }
  const [first, second = first] = ref.split(':');
  const p = CELL.exec(first);
  const q = CELL.exec(second);
  if (!p || !q)
    throw new FakeOfficeError('InvalidArgument', `bad address ${JSON.stringify(address)}`);
  const r0 = Number(p[2]) - 1;
  const r1 = Number(q[2]) - 1;
  const c0 = columnIndex(p[1]);
  const c1 = columnIndex(q[1]);
  return {
    sheet,
    rect: {
      row: Math.min(r0, r1),
      col: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      cols: Math.abs(c1 - c0) + 1,
    },
  };
}

/** "A1", "A1:C3", "A:C" or "2:4" (no sheet prefix). */
export function formatAddress(r: Rect): string {
  if (r.row === 0 && r.rows === MAX_ROWS) {
    return `${columnLetter(r.col + 1)}:${columnLetter(r.col + r.cols)}`;
  }
  if (r.col === 0 && r.cols === MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  const a = `${columnLetter(r.col + 1)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${columnLetter(r.col + r.cols)}${r.row + r.rows}`;
}

/** "Sheet1!A1:B2", as Excel's `address` prints it. */
export function qualifiedAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${formatAddress(r)}`;
}

/** A sheet name as Excel prints it in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export const inside = (r: Rect, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

export const bounded = (r: Rect): boolean => r.rows < MAX_ROWS && r.cols < MAX_COLS;

export const cellKey = (row: number, col: number): number => row * MAX_COLS + col;
