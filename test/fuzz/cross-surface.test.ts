/**
 * Cross-surface fuzzing: every catalogue function, called through the shipped Excel bundle and the
 * shipped Apps Script file with the same cells (numbers, numeric and ambiguous text, formula-like
 * and HTML strings, blanks, booleans, dates, ranges of colliding shapes), gives the same results
 * as core computes them, in both languages; never NaN, Infinity, undefined or an uncoded exception.
 * Seeded and bounded so that it runs in seconds and a failure replays.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { CATALOGUE, evaluate, isError, type Cell, type Lang } from '@boussole/core';
import { argsFor, excelArgs, sheetsArgs, type FuzzArg } from './cells';
import {
  callExcel,
  callSheets,
  CODE_JS,
  FUNCTIONS_JS,
  loadExcel,
  loadSheets,
  type Norm,
} from '../support/surfaces';

const SEED = 20240607;
const RUNS = 150;
const LANGS: readonly Lang[] = ['fr', 'en'];

/** What core says for the same cells (given as Excel gives them: the plainest form). */
function expected(id: string, args: readonly FuzzArg[], lang: Lang): Norm[][] {
  const fn = CATALOGUE.find((f) => f.id === id);
  if (!fn) throw new Error(id);
  return evaluate(fn, excelArgs(args, fn.params.length) as never[], { lang }).map((row) =>
    row.map((c: Cell): Norm => (isError(c) ? { error: c.code, message: c.message(lang) } : c))
  );
}

/**
 * Excel may leave out the message where the runtime cannot show one (#NUM!, #DIV/0!); where it
 * gives one it must be core's. #VALUE! and #N/A always carry the message.
 */
function excelAsExpected(excel: Norm[][], want: Norm[][]): Norm[][] {
  return excel.map((row, i) =>
    row.map((v, j) => {
      const w = want[i]?.[j];
      if (typeof v === 'object' && v.message === undefined && typeof w === 'object') {
        return v.error === '#NUM!' || v.error === '#DIV/0!' ? { ...v, message: w.message } : v;
      }
      return v;
    })
  );
}

const built = existsSync(FUNCTIONS_JS) && existsSync(CODE_JS);
const describeBuilt = built ? describe : describe.skip;
if (!built)
  console.warn(
    'cross-surface fuzz skipped: dist/excel/functions.js or dist/sheets/Code.js not built'
  );

describeBuilt.each(LANGS)('display language %s', (lang) => {
  const excel = built ? loadExcel(lang) : new Map();
  const sheets = built ? loadSheets(lang) : undefined;

  test('functions.js associates exactly the catalogue ids', () => {
    expect([...excel.keys()].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
  });

  test.each(CATALOGUE.map((f) => [f.id, f] as const))('%s: Excel = Sheets = core', (id, fn) => {
    const excelFn = excel.get(id);
    if (!excelFn || !sheets) throw new Error(`${id} is not associated by functions.js`);
    fc.assert(
      fc.property(argsFor(fn.params), (args) => {
        const want = expected(id, args, lang);
        const fromExcel = callExcel(excelFn, excelArgs(args, fn.params.length));
        const fromSheets = callSheets(sheets, id, sheetsArgs(args, sheets.makeDate));
        expect(fromSheets).toEqual(want);
        expect(excelAsExpected(fromExcel, want)).toEqual(want);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true }
    );
  });
});
