/**
 * The spec as whole-block matrices, for renderers that write a block in one call (Office.js,
 * Apps Script): one matrix of inputs, one of number formats, one of looks.
 */
import { literalText } from '../safety';
import { parseCell, parseRange, rangeA1 } from './a1';
import { STYLES } from './styles';
import type { Look, SheetSpec, StyleName } from './types';

/** The default number format of Excel and Sheets. */
export const GENERAL = 'General';

/** Rows and columns from A1 that hold every cell, merge, validation and conditional format. */
export function blockOf(spec: SheetSpec): { rows: number; cols: number } {
  let rows = 1;
  let cols = Math.max(1, spec.widths.length);
  const grow = (bottom: number, right: number): void => {
    rows = Math.max(rows, bottom);
    cols = Math.max(cols, right);
  };
  for (const c of spec.cells) {
    const p = parseCell(c.ref);
    grow(p.row, p.col);
  }
  for (const r of [
    ...spec.merges,
    ...spec.validations.map((v) => v.range),
    ...spec.conditionalFormats.map((f) => f.range),
  ]) {
    const a = parseRange(r);
    grow(a.bottom, a.right);
  }
  return { rows, cols };
}

function matrix<T>(spec: SheetSpec, blank: T, of: (c: SheetSpec['cells'][number]) => T): T[][] {
  const { rows, cols } = blockOf(spec);
  const out = Array.from({ length: rows }, () => Array.from({ length: cols }, () => blank));
  for (const c of spec.cells) {
    const p = parseCell(c.ref);
    out[p.row - 1][p.col - 1] = of(c);
  }
  return out;
}

/**
 * What to type into each cell of the block through an API that parses input (Office.js
 * `formulas`, Sheets `setValues`): formulas as they are, numbers, text made literal, "" for blank.
 */
export const inputMatrix = (spec: SheetSpec): (string | number)[][] =>
  matrix<string | number>(spec, '', (c) =>
    c.formula !== undefined
      ? c.formula
      : typeof c.value === 'string'
        ? literalText(c.value)
        : (c.value ?? '')
  );

export const formatMatrix = (spec: SheetSpec): string[][] =>
  matrix(spec, GENERAL, (c) => c.format ?? GENERAL);

export const lookMatrix = (spec: SheetSpec): Look[][] =>
  matrix<Look>(spec, {}, (c) => (c.style ? STYLES[c.style] : {}));

/** Column width in pixels from a width in characters (Excel's rule for the default font). */
export const widthPx = (chars: number): number => Math.round(chars * 7 + 5);

/** Column width in points (Office.js). */
export const widthPt = (chars: number): number => widthPx(chars) * 0.75;

/**
 * The styled cells as few rectangles as possible (runs along rows, stacked when the same run
 * repeats on the next row), for hosts that format a range at a time (Office.js).
 */
export function styleAreas(spec: SheetSpec): { range: string; style: StyleName }[] {
  const runs: { top: number; bottom: number; left: number; right: number; style: StyleName }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  const byRow = new Map<number, { col: number; style: StyleName }[]>();
  for (const c of spec.cells) {
    if (!c.style) continue;
    const p = parseCell(c.ref);
    const row = byRow.get(p.row) ?? [];
    row.push({ col: p.col, style: c.style });
    byRow.set(p.row, row);
  }
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
    for (let i = 0; i < cells.length;) {
      let j = i;
      while (
        j + 1 < cells.length &&
        cells[j + 1].col === cells[j].col + 1 &&
        cells[j + 1].style === cells[i].style
      )
        j++;
      const [left, right, style] = [cells[i].col, cells[j].col, cells[i].style];
      const key = `${left}:${right}:${style}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) above.bottom = row;
      else {
        const run = { top: row, bottom: row, left, right, style };
        runs.push(run);
        open.set(key, run);
      }
      i = j + 1;
    }
  }
  return runs.map((r) => ({ range: rangeA1(r.top, r.left, r.bottom, r.right), style: r.style }));
}

/** Cells left editable on a protected sheet: the inputs as few rectangles, and `unlocked`. */
export const unlockedRanges = (spec: SheetSpec): string[] => [
  ...styleAreas(spec)
    .filter((a) => a.style === 'input')
    .map((a) => a.range),
  ...(spec.unlocked ?? []),
];
