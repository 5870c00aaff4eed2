/**
 * The =AI_<ID> custom functions of dist/sheets/Code.js, run in node:vm as Sheets runs them
 * (AuthMode.CUSTOM_FUNCTION): declarations, golden figures, errors, language, 100 000 rows.
 */
import vm from 'node:vm';
import { CATALOGUE, isError, type Cell, type RawArg } from '@boussole/core';
import { codeText, loadCode } from './code-js';

const code = codeText();
const fr = loadCode({ userLocale: 'fr', spreadsheetLocale: 'fr_FR' }, code);
const en = loadCode({ userLocale: 'en', spreadsheetLocale: 'en_US' }, code);

/** How Sheets hands an argument over: a cell as a scalar, a range as rows; omitted = undefined. */
const sheetsArg = (a: RawArg): unknown =>
  Array.isArray(a) && !Array.isArray(a[0]) ? [a] : a === null ? '' : a;

/** Whatever Code.js gave (a value, rows, or a thrown Error), for comparison. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    return { thrown: (e as Error).message };
  }
}

describe('every AI_<ID> is a top-level function declaration Sheets can list', () => {
  test.each(CATALOGUE.map((f) => [f.id, f] as const))('AI_%s', (id, fn) => {
    const names = fn.params.map((p) => p.name);
    const decl = new RegExp(`^function AI_${id}\\(${names.join(', ')}\\) \\{$`, 'm');
    const m = decl.exec(code);
    expect(m).not.toBeNull();
    const before = code.slice(0, m!.index);
    const doc = before.slice(before.lastIndexOf('/**'));
    expect(doc).toMatch(/^\/\*\*[\s\S]*\*\/\n$/);
    expect(doc).toContain('@customfunction');
    for (const n of names) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${n}\\]?\\s`));
    const f = (fr.context as Record<string, unknown>)[`AI_${id}`];
    expect(typeof f).toBe('function');
    expect((f as (...a: unknown[]) => unknown).length).toBe(names.length);
  });

  test('no other function is a custom function', () => {
    const marked = [...code.matchAll(/@customfunction\s*\n\s*\*\/\nfunction (\w+)\(/g)].map(
      (m) => m[1]
    );
    expect(marked).toEqual(CATALOGUE.map((f) => `AI_${f.id}`));
  });
});

describe('golden figures: every catalogue example, in its language', () => {
  const cases = CATALOGUE.flatMap((fn) => fn.examples.map((ex) => [fn.id, ex] as const));
  test.each(cases)('AI_%s %j', (id, ex) => {
    const script = (ex.lang ?? 'fr') === 'fr' ? fr : en;
    const got = script.ai(id, ...ex.args.map(sheetsArg));
    const expected = ex.result as Cell | Cell[][];
    expect(Array.isArray(expected) ? expected.flat().some(isError) : isError(expected)).toBe(false);
    expect(got).toEqual(expected);
  });

  test('docs/method.md figures through the wrappers', () => {
    expect(fr.ai('ROI', 25000, 10000)).toBe(1.5);
    expect(fr.ai('PAYBACK', 10000, 25000)).toBe(4.8);
    expect(fr.ai('PROCESSCOST', [[5], [10], [15], [5]], [[50], [40], [35], [60]])).toEqual([
      [13000],
      [20800],
      [27300],
      [15600],
    ]);
    expect(fr.ai('ERRORCOST', 0.02, 500000)).toBe(10000);
    expect(fr.ai('CAPACITYVALUE', 6, 50)).toBe(15600);
    expect(fr.ai('ERRORREDUCTION', 50, 10)).toBe(0.8);
    expect(fr.ai('BUDGETSPLIT', 100000)).toEqual([[50000, 30000, 20000]]);
    expect(fr.ai('WEIGHTEDSCORE', [[8, 9, 7, 6, 9]], [[30, 20, 15, 20, 15]])).toBe(7.8);
    expect(fr.ai('QUADRANT', 9, 3)).toBe('Priorité immédiate');
    expect(en.ai('QUADRANT', 9, 3)).toBe('Quick win');
  });
});

describe('errors: a single cell throws "<code> <message>", an array keeps its shape', () => {
  test('single cell: thrown Error whose message starts with the code and names the argument', () => {
    expect(outcome(() => en.ai('ROI', 25000, 0))).toEqual({
      thrown: '#NUM! project_cost must be greater than 0 (got 0)',
    });
    expect(outcome(() => fr.ai('ROI', 25000, 0))).toEqual({
      thrown: '#NUM! project_cost doit être supérieur à 0 (reçu 0)',
    });
    expect(outcome(() => en.ai('ROI', 'lots', 10000))).toMatchObject({
      thrown: expect.stringMatching(/^#VALUE! annual_savings/),
    });
    expect(outcome(() => en.ai('ERRORREDUCTION', 0, 0))).toMatchObject({
      thrown: expect.stringMatching(/^#DIV\/0! errors_before/),
    });
    expect(outcome(() => en.ai('AIACT', 'teleportation'))).toMatchObject({
      thrown: expect.stringMatching(/^#N\/A domain/),
    });
    expect(outcome(() => en.ai('PRIORITY', 9, 5, 3, 8, [[40, 30, 20, 20]]))).toMatchObject({
      thrown: expect.stringMatching(/^#NUM! weights/),
    });
  });

  test('array: failing elements become text, the others stay numbers, blank rows stay blank', () => {
    const got = en.ai('ROI', [[25000], [25000], [''], [25000]], [[10000], [0], [''], ['1,500']]);
    expect(got).toEqual([
      [1.5],
      ['#NUM! project_cost must be greater than 0 (got 0)'],
      [''],
      [expect.stringMatching(/^#VALUE! project_cost: "1,500" is ambiguous/)],
    ]);
  });

  test('a blank single call is blank, a partly blank one names the missing argument', () => {
    expect(en.ai('ROI', '', '')).toBe('');
    expect(en.ai('ROI')).toBe('');
    expect(outcome(() => en.ai('ROI', 25000, ''))).toEqual({
      thrown: '#VALUE! project_cost is missing',
    });
  });

  test('custom functions write nothing: no range or sheet call at all', () => {
    const s = loadCode({ userLocale: 'en' }, code);
    s.ai('PRIORITY', [[9], [7]], [[5], [6]], [[3], [4]], [[8], [9]]);
    expect(s.world.log.total('Range.') + s.world.log.total('Sheet.')).toBe(0);
  });
});

test('a date cell counts as its serial number, as Excel passes it', () => {
  // Dates made in the script's realm, as Apps Script hands them over.
  const date = vm.runInContext('new Date(2026, 0, 19)', en.context) as Date;
  const noon = vm.runInContext('new Date(2026, 0, 19, 12)', en.context) as Date;
  expect(en.ai('TIMESAVED', date, 1)).toBe(46040); // 2026-01-19 is day 46041
  expect(en.ai('TIMESAVED', [[noon], [date]], 0)).toEqual([[46041.5], [46041]]);
});

describe('language of results and messages', () => {
  test('the spreadsheet locale wins: every viewer of the cell reads the same', () => {
    expect(
      loadCode({ userLocale: 'en_GB', spreadsheetLocale: 'fr_FR' }, code).ai('SIZECLASS', 50)
    ).toBe('PME');
    expect(
      loadCode({ userLocale: 'fr_FR', spreadsheetLocale: 'en_GB' }, code).ai('SIZECLASS', 50)
    ).toBe('SME');
  });

  test('without a spreadsheet locale, the user locale', () => {
    expect(loadCode({ userLocale: 'en_GB', spreadsheetLocale: '' }, code).ai('SIZECLASS', 50)).toBe(
      'SME'
    );
  });

  test('without a user locale, the spreadsheet locale, read once per execution', () => {
    const s = loadCode({ userLocale: '', spreadsheetLocale: 'en_US' }, code);
    expect(s.ai('SIZECLASS', 50)).toBe('SME');
    expect(s.ai('SIZECLASS', 5)).toBe('Micro');
    expect(s.world.log.count('Spreadsheet.getSpreadsheetLocale')).toBe(1);
  });

  test('when Session refuses custom functions, the spreadsheet locale', () => {
    const s = loadCode({ userLocale: new Error('no session'), spreadsheetLocale: 'en' }, code);
    expect(s.ai('SIZECLASS', 50)).toBe('SME');
  });

  test('else French', () => {
    expect(
      loadCode({ userLocale: 'de', spreadsheetLocale: 'de_DE' }, code).ai('SIZECLASS', 50)
    ).toBe('PME');
  });

  test('an explicit lang argument wins', () => {
    expect(fr.ai('SIZECLASS', 50, 'en')).toBe('SME');
  });
});

test('one array call of 100 000 rows of AI_PRIORITY returns 100 000 correct scores', () => {
  const n = 100_000;
  const col = (f: (k: number) => number): number[][] => Array.from({ length: n }, (_, k) => [f(k)]);
  const impact = col((k) => k % 11);
  const effort = col((k) => (k * 7) % 11);
  const risk = col((k) => (k * 3) % 11);
  const alignment = col((k) => (k * 5) % 11);
  const got = fr.ai<number[][]>('PRIORITY', impact, effort, risk, alignment);
  expect(got).toHaveLength(n);
  let wrong = 0;
  for (let k = 0; k < n; k++) {
    const want =
      0.4 * impact[k][0] +
      0.3 * (10 - effort[k][0]) +
      0.2 * (10 - risk[k][0]) +
      0.1 * alignment[k][0];
    if (got[k].length !== 1 || Math.abs(got[k][0] - want) > 1e-9) wrong++;
  }
  expect(wrong).toBe(0);
  expect(got[0][0]).toBe(5); // 0.4×0 + 0.3×(10 − 0) + 0.2×(10 − 0) + 0.1×0
});
