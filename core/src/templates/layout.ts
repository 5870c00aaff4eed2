/**
 * What every sheet gets for printing and reading (docs/templates.md "Print and protection"): a
 * print area over its cells and charts down to some room below the last filled row, an orientation chosen by width, one page wide, the header
 * row repeated, row heights that show wrapped headers and the intro line whole.
 */
import { parseCell, parseRange, rangeA1 } from './a1';
import { blockOf } from './grid';
import type { PrintSpec, SheetSpec } from './types';

/** Wider than this many characters of columns, a sheet prints landscape (A4 portrait holds ~100). */
export const PORTRAIT_MAX_CHARS = 100;
/** Height in points of one line of 11 pt text (the hosts' default row). */
export const LINE_PT = 15;
/** Characters of bold header text that fit in one character of column width. */
const HEADER_FILL = 0.9;

/** What every printed page gets: sheet name left and "page / pages" right in the footer (the
 * hosts' header/footer codes), narrow margins in centimetres so one page wide loses little scale. */
export const PAGE = {
  footer: { left: '&A', right: '&P / &N' },
  marginsCm: { top: 1.5, bottom: 1.5, left: 1, right: 1, header: 0.6, footer: 0.6 },
} as const;

/** The rows and columns the print covers: every cell, and every chart's frame. */
export function printBlock(spec: SheetSpec): { rows: number; cols: number } {
  let { rows, cols } = blockOf(spec);
  for (const c of spec.charts ?? []) {
    const at = parseCell(c.anchor);
    rows = Math.max(rows, at.row + c.size.rows - 1);
    cols = Math.max(cols, at.col + c.size.cols - 1);
  }
  return { rows, cols };
}

/**
 * Empty list rows printed below the last filled row: room to write by hand on a printed blank
 * form, and for rows typed after insertion (docs/templates.md "Print").
 */
export const PRINT_ROOM_ROWS = 20;

/**
 * The print area cut below the sheet's content: the last row inside `area` holding typed text or a
 * number (labels, example data) or a chart, then `room` rows. A list's empty rows hold only
 * formulas that show "" and would otherwise print as blank pages. A print area is a fixed range in
 * Excel and LibreOffice (LibreOffice ignores one defined by a formula).
 */
export function trimPrintArea(spec: SheetSpec, area: string, room = PRINT_ROOM_ROWS): string {
  const a = parseRange(area);
  let filled = a.top;
  const inside = (col: number) => col >= a.left && col <= a.right;
  for (const c of spec.cells) {
    if (c.formula !== undefined || c.value === undefined || c.value === '') continue;
    const p = parseCell(c.ref);
    if (inside(p.col)) filled = Math.max(filled, p.row);
  }
  for (const c of spec.charts ?? []) {
    const at = parseCell(c.anchor);
    if (inside(at.col)) filled = Math.max(filled, at.row + c.size.rows - 1);
  }
  return rangeA1(a.top, a.left, Math.min(a.bottom, filled + room), a.right);
}

/** Every range a sheet prints, in page order: its print area, then its further areas. */
export const printAreas = (print: PrintSpec): string[] => [print.area, ...(print.moreAreas ?? [])];

/** A column's width in characters; columns without one count as the hosts' default (~9). */
const widthOf = (spec: SheetSpec, col: number): number => spec.widths[col - 1] ?? 9;

export function defaultPrint(spec: SheetSpec): PrintSpec {
  const { rows, cols } = printBlock(spec);
  let chars = 0;
  for (let c = 1; c <= cols; c++) chars += widthOf(spec, c);
  return {
    orientation: chars > PORTRAIT_MAX_CHARS ? 'landscape' : 'portrait',
    area: rangeA1(1, 1, rows, cols),
    // The last frozen row is the list's header row.
    ...(spec.frozenRows > 0
      ? { repeatRows: { first: spec.frozenRows, last: spec.frozenRows } }
      : {}),
    fitToWidth: true,
  };
}

/** Lines `text` takes in a column `chars` wide, wrapping at spaces. */
export function linesOf(text: string, chars: number): number {
  const room = Math.max(1, Math.floor(chars));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= room) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/**
 * Heights of the rows whose wrapped text needs more than one line: header rows, and merged
 * cells (the intro line) whose text is longer than their width.
 */
export function wrappedHeights(spec: SheetSpec): Record<number, number> {
  const merged = new Map<string, number>();
  for (const m of spec.merges) {
    const a = parseRange(m);
    if (a.top !== a.bottom) continue;
    let chars = 0;
    for (let c = a.left; c <= a.right; c++) chars += widthOf(spec, c);
    merged.set(rangeA1(a.top, a.left, a.top, a.left), chars);
  }
  const heights: Record<number, number> = {};
  for (const cell of spec.cells) {
    if (typeof cell.value !== 'string') continue;
    const wide = merged.get(`${cell.ref}:${cell.ref}`);
    const chars =
      wide ?? (cell.style === 'header' ? widthOf(spec, parseCell(cell.ref).col) * HEADER_FILL : 0);
    if (!chars) continue;
    const lines = linesOf(cell.value, chars);
    if (lines < 2) continue;
    const row = parseCell(cell.ref).row;
    heights[row] = Math.max(heights[row] ?? 0, lines * LINE_PT + 3);
  }
  return heights;
}
