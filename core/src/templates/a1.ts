/** A1 addressing: column letters, cell and range references, and the cells a range covers. */

/** 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AA" → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "B5" (row 5, column 2); abs gives "$B$5". */
export const a1 = (row: number, col: number, abs = false): string =>
  abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;

/** "B5:D9"; abs gives "$B$5:$D$9". */
export const rangeA1 = (r1: number, c1: number, r2: number, c2: number, abs = false): string =>
  `${a1(r1, c1, abs)}:${a1(r2, c2, abs)}`;

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
  return { row: Number(m[2]), col: colNumber(m[1]) };
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

export const areaSize = (area: Area): { rows: number; cols: number } => ({
  rows: area.bottom - area.top + 1,
  cols: area.right - area.left + 1,
});
