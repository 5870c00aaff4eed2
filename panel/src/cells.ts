/** A1 addresses and cell checks shared by the panel and every host bridge (no DOM, no host API). */
import { isBlank } from '@boussole/core';
import { CONFLICTS_LISTED, type CellValue, type WriteResult } from './bridge';

/**
 * A cell as a host API returned it, as plain data for the panel: dates become ISO text
 * (google.script.run cannot carry Date objects), anything else unusual its text.
 */
export function plainCell(v: unknown): CellValue {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return v === null || v === undefined ? null : String(v);
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** "C7", or "$C$7" when absolute. */
export function a1(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(column)}${d}${row}`;
}

/** "C2:E9"; a single cell stays "C2". */
export function a1Range(row: number, column: number, rows: number, columns: number): string {
  const end = a1(row + rows - 1, column + columns - 1);
  const start = a1(row, column);
  return start === end ? start : `${start}:${end}`;
}

/** Sheet names with spaces or punctuation are quoted in references ('Priority scoring'!A1). */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The non-empty cells of a block about to be written (values as the host read them, top-left at
 * row/column): undefined when all are empty, else the conflict to report.
 */
export function findConflicts(
  values: readonly (readonly CellValue[])[],
  row: number,
  column: number
): Extract<WriteResult, { status: 'conflict' }> | undefined {
  const cells: string[] = [];
  let count = 0;
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (isBlank(v)) return;
      count++;
      if (cells.length < CONFLICTS_LISTED) cells.push(a1(row + r, column + c));
    })
  );
  return count ? { status: 'conflict', cells, count } : undefined;
}

/** A reference in R1C1 notation from the formula's own cell: same row, `dc` columns across. */
export const sameRowRef = (dc: number): string => (dc === 0 ? 'RC' : `RC[${dc}]`);

/** An absolute R1C1 column range: R5C6:R9C6. */
export const columnRangeR1C1 = (first: number, last: number, column: number): string =>
  `R${first}C${column}:R${last}C${column}`;

const R1C1_REF = /(?<![A-Za-z0-9_$.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/**
 * An R1C1 formula as it reads from one cell in A1 notation (absolute parts get "$"); text between
 * double quotes is left alone. What a user sees in the formula bar.
 */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  const part = (spec: string | undefined, base: number): [number, boolean] => {
    if (spec === undefined) return [base, false];
    if (spec.startsWith('[')) return [base + Number(spec.slice(1, -1)), false];
    return [Number(spec), true];
  };
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((chunk) =>
      chunk.startsWith('"')
        ? chunk
        : chunk.replace(R1C1_REF, (_, r: string | undefined, c: string | undefined) => {
            const [rr, rAbs] = part(r, row);
            const [cc, cAbs] = part(c, column);
            return `${cAbs ? '$' : ''}${columnLetter(cc)}${rAbs ? '$' : ''}${rr}`;
          })
    )
    .join('');
}
