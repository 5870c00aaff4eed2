import { bounded, formatAddress, type Rect } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';

export type Matrix = unknown[][];

/** The cells of a bounded range, row by row. */
export function readCells(rect: Rect, at: (row: number, col: number) => unknown): Matrix {
  if (!bounded(rect)) throw new Error('fake: reading a whole row or column is not supported');
  const out: Matrix = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < rect.cols; c++) line.push(at(rect.row + r, rect.col + c));
    out.push(line);
  }
  return out;
}

/** A 2D array of the range's shape, or one value (or [[v]]) applied to every cell. */
export function writeCells(
  context: FakeRequestContext,
  r: Rect,
  input: unknown,
  what: string,
  write: (row: number, col: number, v: unknown) => void
): void {
  const single = !Array.isArray(input)
    ? { v: input }
    : input.length === 1 && Array.isArray(input[0]) && input[0].length === 1
      ? { v: (input[0] as unknown[])[0] }
      : undefined;
  if (!single) {
    const m = input as unknown[];
    const ok =
      m.length === r.rows && m.every((line) => Array.isArray(line) && line.length === r.cols);
    if (!ok) {
      context.fail(
        new FakeOfficeError(
          'InvalidArgument',
          `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatAddress(r)})`
        )
      );
      return;
    }
    (m as unknown[][]).forEach((line, i) => line.forEach((v, j) => write(r.row + i, r.col + j, v)));
    return;
  }
  if (!bounded(r)) return;
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.cols; j++) write(r.row + i, r.col + j, single.v);
}
