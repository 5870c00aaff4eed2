/**
 * A1 and R1C1 addressing, the one set of helpers templates, the panel, the host bridges and the
 * test fakes share: column letters, cell and range references, and R1C1 → A1 conversion.
 */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "B5" (row 5, column 2); abs gives "$B$5". */
export const a1 = (row: number, col: number, abs = false): string =>
  abs ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;

/** "B5:D9" from two corners; abs gives "$B$5:$D$9". */
export const rangeA1 = (r1: number, c1: number, r2: number, c2: number, abs = false): string =>
  `${a1(r1, c1, abs)}:${a1(r2, c2, abs)}`;

/** "C2:E9" from a corner and a size; a single cell stays "C2". */
export function a1Range(row: number, column: number, rows: number, columns: number): string {
  const end = a1(row + rows - 1, column + columns - 1);
  const start = a1(row, column);
  return start === end ? start : `${start}:${end}`;
}

/** Sheet names with spaces or punctuation are quoted in references ('Priority scoring'!A1). */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export interface CellPos {
  row: number;
  col: number;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/** "$B$5" → { row: 5, col: 2 }. */
export function parseCell(ref: string): CellPos {
  const m = CELL.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "B5:D9" or "B5" → the rectangle it covers, corners in either order. */
export function parseRange(ref: string): Area {
  const [first, second = first] = ref.split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A reference in R1C1 notation from the formula's own cell: same row, `dc` columns across. */
export const sameRowRef = (dc: number): string => (dc === 0 ? 'RC' : `RC[${dc}]`);

/** An absolute R1C1 column range: R5C6:R9C6. */
export const columnRangeR1C1 = (first: number, last: number, column: number): string =>
  `R${first}C${column}:R${last}C${column}`;

const R1C1_REF = /(?<![A-Za-z0-9_$.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/**
 * An R1C1 formula as it reads from one cell in A1 notation (absolute parts get "$"); text between
 * double quotes is left alone. What a user sees in the formula bar, and what hosts store.
 */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  const part = (spec: string | undefined, base: number): [number, boolean] => {
    if (spec === undefined || spec === '') return [base, false];
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
