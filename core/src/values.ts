import type { FnError } from './errors';

/** What a host passes for one cell: Excel gives null for empty cells, Sheets "" and Date objects. */
export type RawScalar = number | string | boolean | Date | null | undefined;
/** What a host passes for one argument: a cell, or a range as rows of cells. */
export type RawArg = RawScalar | RawScalar[][] | RawScalar[];

/** One result element: a number, a label, "" for blank, or an error value. */
export type Cell = number | string | FnError;
export type Matrix<T> = T[][];

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Every argument as rows of cells: a scalar becomes 1×1, a flat array one row. */
export function toMatrix(v: RawArg): Matrix<RawScalar> {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[null]];
  return Array.isArray(v[0]) ? (v as RawScalar[][]) : [v as RawScalar[]];
}

/**
 * Removes binary floating-point noise (0.1 + 0.2) so that results compare equal to the decimal
 * figure a user expects; 15 significant digits is what spreadsheets show.
 */
export function clean(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}
