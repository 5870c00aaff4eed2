/**
 * dist/excel/functions.js as Excel runs it: a classic script in a fresh global scope whose only
 * host global is CustomFunctions (plus, when a test says so, Office with a display language).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CATALOGUE,
  EXAMPLE_PROJECTS,
  evaluate,
  getFunction,
  isError,
  type Cell,
  type Lang,
  type RawArg,
} from '@boussole/core';
import {
  FakeCustomFunctionsError,
  loadExcelFunctions,
  type ExcelFunction,
} from '../../test/fakes/custom-functions';

const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'excel', 'functions.js');
const source = readFileSync(BUNDLE, 'utf8');

/** Runs the bundle; `displayLanguage` undefined means no Office global at all. */
const load = (displayLanguage?: string) => loadExcelFunctions(BUNDLE, { displayLanguage });

const fr = load('fr-FR');
const en = load('en-US');

/** Calls =AI.<id>(…) as Excel does: omitted optional arguments arrive as null. */
function call(id: string, args: readonly RawArg[], lang: Lang = 'fr'): unknown[][] {
  const fn = (lang === 'fr' ? fr : en).functions.get(id);
  if (!fn) throw new Error(`${id} not registered`);
  const arity = getFunction(id)?.params.length ?? args.length;
  const padded = [...args, ...new Array<null>(Math.max(0, arity - args.length)).fill(null)];
  return fn(...padded) as unknown[][];
}

const call1 = (id: string, args: readonly RawArg[], lang: Lang = 'fr'): unknown =>
  call(id, args, lang)[0][0];

/** What functions.js must return for a core result: the same matrix, errors as CustomFunctions.Error. */
function expectedFromCore(out: Cell[][], lang: Lang): unknown[][] {
  return out.map((row) =>
    row.map((c) => (isError(c) ? new FakeCustomFunctionsError(c.code, c.message(lang)) : c))
  );
}

test('loading the script associates every catalogue id exactly once, and nothing else', () => {
  expect([...fr.functions.keys()].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
});

describe('every catalogue example through the Excel surface', () => {
  for (const fn of CATALOGUE) {
    for (const ex of fn.examples) {
      test(`AI.${fn.id}(${JSON.stringify(ex.args)})`, () => {
        const expected = Array.isArray(ex.result) ? ex.result : [[ex.result]];
        expect(call(fn.id, ex.args, ex.lang ?? 'fr')).toEqual(expected);
      });
    }
  }
});

describe('docs/method.md golden figures', () => {
  test('ROI 25 000 / 10 000 → 1.5 (150 %), 60 000 / 20 000 → 2', () => {
    expect(call1('ROI', [25000, 10000])).toBe(1.5);
    expect(call1('ROI', [60000, 20000])).toBe(2);
  });

  test('payback 10 000 at 25 000 a year → 4.8 months; 20 000 at 60 000 → 4', () => {
    expect(call1('PAYBACK', [10000, 25000])).toBe(4.8);
    expect(call1('PAYBACK', [20000, 60000])).toBe(4);
  });

  test('process cost as one spilled array: 13 000 / 20 800 / 27 300 / 15 600', () => {
    expect(
      call('PROCESSCOST', [
        [[5], [10], [15], [5]],
        [[50], [40], [35], [60]],
      ])
    ).toEqual([[13000], [20800], [27300], [15600]]);
  });

  test('priority of the four example projects → 7.3 / 6.1 / 6.1 / 7.3', () => {
    const column = (k: 'impact' | 'effort' | 'risk' | 'alignment'): RawArg =>
      EXAMPLE_PROJECTS.map((p) => [p[k]]);
    expect(
      call('PRIORITY', [column('impact'), column('effort'), column('risk'), column('alignment')])
    ).toEqual([[7.3], [6.1], [6.1], [7.3]]);
  });

  test('capacity 6 h/week → 312 h, worth 15 600 € at 50 €/h; time saved 10 − 2 → 8', () => {
    expect(call1('CAPACITY', [6])).toBe(312);
    expect(call1('CAPACITYVALUE', [6, 50])).toBe(15600);
    expect(call1('TIMESAVED', [10, 2])).toBe(8);
  });

  test('NPS of 60 % promoters and 10 % detractors → 50', () => {
    const answers = [[10], [9], [10], [9], [10], [9], [8], [7], [7], [3]];
    expect(call1('NPS', [answers])).toBe(50);
  });

  test('error reduction 50 → 10 is 80 %; 2 % errors on 500 000 € cost 10 000 €', () => {
    expect(call1('ERRORREDUCTION', [50, 10])).toBe(0.8);
    expect(call1('ERRORCOST', [0.02, 500000])).toBe(10000);
  });

  test('budget 100 000 € → 50 000 / 30 000 / 20 000 in one row', () => {
    expect(call('BUDGETSPLIT', [100000])).toEqual([[50000, 30000, 20000]]);
  });

  test('vendor matrix: weighted totals 7.8 / 7.05 / 7.35', () => {
    const scores = [
      [8, 9, 7, 6, 9],
      [6, 7, 8, 8, 7],
      [7, 8, 9, 7, 6],
    ];
    expect(call('WEIGHTEDSCORE', [scores, [[0.3, 0.2, 0.15, 0.2, 0.15]]])).toEqual([
      [7.8],
      [7.05],
      [7.35],
    ]);
  });
});

describe('errors become CustomFunctions.Error, element by element', () => {
  test('one bad element among good ones keeps its own code and message', () => {
    const out = call('ROI', [
      [[25000], [25000], ['abc'], [null]],
      [[10000], [0], [10000], [null]],
    ]);
    expect(out[0][0]).toBe(1.5);
    expect(out[1][0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect(out[1][0]).toMatchObject({ code: '#NUM!' });
    expect((out[1][0] as FakeCustomFunctionsError).message).toContain('project_cost');
    expect(out[2][0]).toMatchObject({ code: '#VALUE!' });
    expect((out[2][0] as FakeCustomFunctionsError).message).toContain('"abc"');
    // A row whose inputs are all blank is blank, not an error.
    expect(out[3][0]).toBe('');
  });

  test.each([
    ['ERRORREDUCTION', [0, 5], '#DIV/0!'],
    ['AIACT', ['astrology'], '#N/A'],
    ['PAYBACK', [10000, 0], '#NUM!'],
    ['ROI', ['1,500', 1000], '#VALUE!'],
  ] as const)('AI.%s(%j) → %s', (id, args, code) => {
    const e = call1(id, args) as FakeCustomFunctionsError;
    expect(e).toBeInstanceOf(FakeCustomFunctionsError);
    expect(e.code).toBe(code);
    expect(e.message).toBeTruthy();
  });

  test('a missing argument in a partly filled row names it', () => {
    const e = call1('ROI', [25000, null]) as FakeCustomFunctionsError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('project_cost');
  });
});

test('omitted optional arguments (null) take their defaults', () => {
  expect(call1('PROCESSCOST', [5, 50, null])).toBe(13000);
  expect(call1('NETBENEFIT', [25000, 10000, null, null, null])).toBe(15000);
  expect(call('BUDGETSPLIT', [100000, null])).toEqual([[50000, 30000, 20000]]);
});

describe('language', () => {
  test("labels and messages follow Office's display language", () => {
    expect(call1('QUADRANT', [9, 3], 'en')).toBe('Quick win');
    expect(call1('QUADRANT', [9, 3], 'fr')).toBe('Priorité immédiate');
    expect((call1('ROI', [25000, 0], 'en') as FakeCustomFunctionsError).message).toMatch(
      /must be greater/
    );
    expect((call1('ROI', [25000, 0], 'fr') as FakeCustomFunctionsError).message).toMatch(
      /doit être/
    );
  });

  test('an explicit lang argument wins over the display language', () => {
    expect(call1('QUADRANT', [9, 3, null, 'fr'], 'en')).toBe('Priorité immédiate');
  });

  test('French without Office, or with a language other than French or English', () => {
    for (const loaded of [load(undefined), load('de-DE')]) {
      expect(loaded.functions.get('SIZECLASS')?.(5, null)).toEqual([['TPE']]);
    }
  });

  test('read once Office can tell: not ready first, then English from then on', () => {
    const loaded = load('en-GB');
    const office = loaded.office!;
    const context = office.context;
    office.context = undefined;
    const sizeclass = loaded.functions.get('SIZECLASS') as ExcelFunction;
    expect(sizeclass(5, null)).toEqual([['TPE']]);
    office.context = context;
    expect(sizeclass(5, null)).toEqual([['Micro']]);
    // Cached: a later change of the global is not read again.
    office.context = { displayLanguage: 'fr-FR' };
    expect(sizeclass(5, null)).toEqual([['Micro']]);
  });
});

test('answers exactly as core does, for good and bad inputs, in both languages', () => {
  const inputs: readonly RawArg[] = [
    0,
    1,
    5,
    12.5,
    -3,
    100,
    '40 %',
    '1,500',
    'high',
    'x',
    null,
    '',
  ];
  for (const lang of ['fr', 'en'] as const) {
    for (const fn of CATALOGUE) {
      const scalars = fn.params.map((_, i) => inputs[(i * 5 + fn.id.length) % inputs.length]);
      for (const args of [scalars, fn.params.map(() => [[3], [7], ['z'], [null]] as RawArg)]) {
        const core = evaluate(fn, args, { lang });
        expect(call(fn.id, args, lang)).toEqual(expectedFromCore(core, lang));
      }
    }
  }
});

test('functions.js makes no network reference', () => {
  expect(source).not.toMatch(
    /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/
  );
  expect(source).not.toMatch(/https?:\/\//);
});
