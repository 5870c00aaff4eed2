/**
 * Reading the native formulas of a template spec: the functions they call and the cells they
 * reference, with string constants set aside. Used to hold every template to the functions all
 * three spreadsheets compute and to the cells the template itself draws.
 */
import { a1, parseCell, parseRange, type SheetSpec } from '@boussole/core';

/**
 * Functions that Excel, Google Sheets and LibreOffice 7.4 all compute, none of which needs an
 * "_xlfn." prefix in .xlsx (so no IFS, XLOOKUP, LET, TEXTJOIN, CONCAT, IFNA …).
 */
export const SHARED_FUNCTIONS = new Set([
  'ABS',
  'AND',
  'AVERAGE',
  'COUNT',
  'COUNTA',
  'COUNTBLANK',
  'COUNTIF',
  'COUNTIFS',
  'DATE',
  'DAY',
  'IF',
  'IFERROR',
  'INDEX',
  'INT',
  'IRR',
  'ISNUMBER',
  'ISTEXT',
  'LEFT',
  'LEN',
  'MATCH',
  'MAX',
  'MID',
  'MIN',
  'MONTH',
  'N',
  'NOT',
  'OR',
  'PV',
  'RANK',
  'ROUND',
  'SUM',
  'SUMIFS',
  'SUMPRODUCT',
  'TODAY',
  'YEAR',
]);

/** The formula without its string constants ("…" with "" inside), which hold no code. */
export const withoutStrings = (formula: string): string => formula.replace(/"(?:[^"]|"")*"/g, '""');

export function functionsOf(formula: string): string[] {
  return [...withoutStrings(formula).matchAll(/([A-Z][A-Z0-9.]*)\s*\(/gi)].map((m) =>
    m[1].toUpperCase()
  );
}

const REF =
  /(?<![A-Za-z0-9_.!$])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_(!])/g;

/** Every A1 reference of the formula, ranges whole ("B5:D9") and single cells ("$B$3"). */
export function referencesOf(formula: string): string[] {
  return [...withoutStrings(formula).matchAll(REF)].map((m) => (m[2] ? `${m[1]}:${m[2]}` : m[1]));
}

/** A reference moved by (rows, cols), its "$" parts fixed, as a conditional format applies it. */
export function shift(ref: string, rows: number, cols: number): string {
  return ref.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (_, cAbs: string, col: string, rAbs: string, row: string) => {
      const p = parseCell(`${col}${row}`);
      const cell = a1(rAbs ? p.row : p.row + rows, cAbs ? p.col : p.col + cols);
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      return `${cAbs}${m[1]}${rAbs}${m[2]}`;
    }
  );
}

/** The cells each spec draws, built once per spec (templates hold thousands of formulas). */
const drawnCells = new WeakMap<SheetSpec, Set<string>>();

/** The references of a formula that fall on a cell the spec does not draw. */
export function undrawn(spec: SheetSpec, formula: string): string[] {
  let drawn = drawnCells.get(spec);
  if (!drawn) drawnCells.set(spec, (drawn = new Set(spec.cells.map((c) => c.ref))));
  const bad: string[] = [];
  for (const ref of referencesOf(formula)) {
    const a = parseRange(ref.replace(/\$/g, ''));
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++)
        if (!drawn.has(a1(r, c))) bad.push(`${ref} (${a1(r, c)})`);
  }
  return bad;
}
