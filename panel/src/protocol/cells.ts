/** Cells as they cross the bridge: host values to plain data, and the conflict check of a write. */
import { a1, isBlank, literalText } from '@boussole/core';
import {
  CONFLICTS_LISTED,
  headerLine,
  type CellValue,
  type ColumnWrite,
  type WriteResult,
} from './bridge';

/**
 * A cell as a host API returned it, as plain data for the panel: dates become ISO text
 * (google.script.run cannot carry Date objects), anything else unusual its text.
 */
export function plainCell(v: unknown): CellValue {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return v === null || v === undefined ? null : String(v);
}

/** A cell as the panel shows or reports it: empty text for an empty cell. */
export const cellText = (v: CellValue): string => (v === null ? '' : String(v));

/**
 * `count` cells of a row from `first` (0-based), missing ones as null. A plain loop: the panel's
 * opening copies a whole 1 000-row sheet this way, before the engine has compiled anything.
 */
export function cellsFrom(line: readonly CellValue[], first: number, count: number): CellValue[] {
  const cells: CellValue[] = new Array<CellValue>(count);
  for (let i = 0; i < count; i++) cells[i] = line[first + i] ?? null;
  return cells;
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

/**
 * The conflicts of a column write, from its cells as read (header first): a header that already
 * names the column is none (writing the Funded column again only asks about the values).
 */
export function columnConflicts(
  cells: readonly (readonly CellValue[])[],
  req: ColumnWrite
): Extract<WriteResult, { status: 'conflict' }> | undefined {
  const [[header], ...body] = cells;
  const same = typeof header === 'string' && headerLine(header) === headerLine(req.header);
  return findConflicts([[same ? null : header], ...body], req.row, req.column);
}

/** A column as a host writes it: the header, then the values, text as literal text. */
export const literalColumn = (
  header: string,
  values: readonly (string | number)[]
): (string | number)[][] => [
  [literalText(header)],
  ...values.map((v) => [typeof v === 'string' ? literalText(v) : v]),
];
