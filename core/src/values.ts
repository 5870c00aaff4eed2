import type { FnError } from './errors';

/**
 * An error cell a host passes in: Excel's CustomFunctions.Error ({code: "#N/A"}) or an error cell
 * value ({type: "Error", basicValue: "#N/A"}); its code becomes that element's result.
 */
export interface HostErrorCell {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly basicValue?: unknown;
}

/** What a host passes for one cell: Excel gives null for empty cells, Sheets "" and Date objects. */
export type RawScalar = number | string | boolean | Date | HostErrorCell | null | undefined;
/** What a host passes for one argument: a cell, or a range as rows of cells. */
export type RawArg = RawScalar | RawScalar[][] | RawScalar[];

/** One result element: a number, a label, "" for blank, or an error value. */
export type Cell = number | string | FnError;
export type Matrix<T> = T[][];

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * Every argument as rows of cells: a scalar becomes 1×1, a flat array one row, an empty range
 * ([] or [[]]) one blank cell, and ragged rows are padded with blanks to the widest (hosts never
 * send those, scripts may).
 */
export function toMatrix(v: RawArg): Matrix<RawScalar> {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[null]];
  if (!Array.isArray(v[0])) return [v as RawScalar[]];
  const rows = v as unknown[];
  const width = (rows[0] as unknown[]).length;
  let even = width > 0;
  for (let r = 1; r < rows.length && even; r++) {
    const row = rows[r];
    even = Array.isArray(row) && row.length === width;
  }
  if (even) return v as RawScalar[][];
  const lines = rows.map((r) => (Array.isArray(r) ? (r as RawScalar[]) : [r as RawScalar]));
  const widest = lines.reduce((w, r) => Math.max(w, r.length), 0);
  if (widest === 0) return [[null]];
  return lines.map((r) =>
    r.length === widest ? r : [...r, ...new Array<RawScalar>(widest - r.length).fill(null)]
  );
}

/** Powers of ten 1 … 1e22: each one is exactly a double. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * Removes binary floating-point noise (0.1 + 0.2) so that results compare equal to the decimal
 * figure a user expects; 15 significant digits is what spreadsheets show. Always equal to
 * Number(x.toPrecision(15)), without the string when the 15-digit mantissa n is unambiguous:
 * m = |x|·10^k in [1e14, 1e15) is within 1/16 of the exact product, so when m is not near a half n
 * is exact, and n / 10^k is the same correctly rounded division that parsing the digits performs.
 */
export function clean(x: number): number {
  if (x === 0) return 0;
  const a = Math.abs(x);
  const k = 14 - Math.floor(Math.log10(a));
  if (k >= 0 && k <= 22) {
    const m = a * POW10[k];
    const n = Math.round(m);
    if (m >= 1e14 && n < 1e15 && Math.abs(m - n) < 0.4) return (x < 0 ? -n : n) / POW10[k];
  }
  return Number(x.toPrecision(15));
}
