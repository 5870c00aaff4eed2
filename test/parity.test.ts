/**
 * Excel and Google Sheets give the same answers: every catalogue example and a table of bad inputs run
 * through both built surfaces — dist/excel/functions.js with a fake CustomFunctions, and
 * dist/sheets/Code.js with the fake Apps Script world — in both languages. Each surface's result is
 * normalised (Excel: CustomFunctions.Error elements; Sheets: a thrown Error for one cell, "<code>
 * <message>" text inside arrays) and the two must be identical, messages included.
 */
import { CATALOGUE, getFunction, type Lang, type RawArg } from '@boussole/core';
import { FakeCustomFunctionsError } from './fakes/custom-functions';
import {
  callExcel,
  callSheets,
  isErrorNorm,
  loadExcel,
  loadSheets,
  type Norm,
} from './support/surfaces';

/** An empty cell: Excel passes null, Sheets "". */
const BLANK = Symbol('blank');
type Arg = RawArg | typeof BLANK | (RawArg | typeof BLANK)[][];

const EXCEL = { fr: loadExcel('fr'), en: loadExcel('en') };
const SHEETS = { fr: loadSheets('fr'), en: loadSheets('en') };

/** Excel's parameters are all "matrix": a cell arrives as [[x]], a blank as null, an omitted one as null. */
function excelArg(a: Arg | undefined): unknown {
  const cell = (x: unknown): unknown => (x === BLANK || x === undefined ? null : x);
  if (Array.isArray(a)) return (a as unknown[][]).map((row) => row.map(cell));
  return [[cell(a)]];
}

function runExcel(lang: Lang, id: string, args: readonly Arg[]): Norm[][] {
  const fn = EXCEL[lang].get(id);
  if (!fn) throw new Error(`functions.js does not associate ${id}`);
  const arity = getFunction(id)!.params.length;
  return callExcel(
    fn,
    Array.from({ length: arity }, (_, i) => excelArg(args[i]))
  );
}

/** Sheets passes a cell as a scalar, a range as rows, a blank as "", and omits missing arguments. */
function sheetsArg(a: Arg): unknown {
  const cell = (x: unknown): unknown => (x === BLANK ? '' : x);
  return Array.isArray(a) ? (a as unknown[][]).map((row) => row.map(cell)) : cell(a);
}

const runSheets = (lang: Lang, id: string, args: readonly Arg[]): Norm[][] =>
  callSheets(SHEETS[lang], id, args.map(sheetsArg));

// ---- The cases -----------------------------------------------------------------------------------

type Case = [id: string, args: Arg[]];
const col = (...xs: Arg[]): Arg => xs.map((x) => [x]) as Arg;
const row = (...xs: Arg[]): Arg => [xs] as Arg;

/** Every catalogue example, ranges given as rows (a flat array is one row). */
const EXAMPLES: Case[] = CATALOGUE.flatMap((fn) =>
  fn.examples.map((ex): Case => [
    fn.id,
    ex.args.map((a) => (Array.isArray(a) && !Array.isArray(a[0]) ? [a] : a) as Arg),
  ])
);

const BAD_INPUT: Case[] = [
  // text, ambiguous numbers, booleans
  ['ROI', ['lots', 10000]],
  ['ROI', [25000, '1,500']],
  ['ROI', [25000, '10 000 €']],
  ['ROI', ['25 000', '10000']],
  ['ROI', [true, 10000]],
  ['PAYBACK', [10000, '2,5']],
  ['ERRORCOST', ['2 %', 500000]],
  ['TIMESAVED', [10, '2.500']],
  // blanks: all blank gives blank, some blank names the missing argument
  ['ROI', [BLANK, BLANK]],
  ['ROI', [25000, BLANK]],
  ['ROI', [BLANK, 10000]],
  ['PRIORITY', [9, 5, 3, BLANK]],
  ['PROCESSCOST', [BLANK, 50]],
  ['NETBENEFIT', [25000, 10000, BLANK, 0.2]],
  // negatives and out-of-domain values
  ['ROI', [25000, -5]],
  ['ROI', [25000, 0]],
  ['PAYBACK', [10000, 0]],
  ['PAYBACK', [10000, '-5 000']],
  ['PROCESSCOST', [-5, 50]],
  ['PROCESSCOST', [5, 50, 60]],
  ['ERRORREDUCTION', [0, 0]],
  ['ERRORCOST', [2, 500000]],
  ['NETBENEFIT', [25000, 10000, 2.5]],
  ['NETBENEFIT', [25000, 10000, 3, 1.5]],
  ['PILOTBUDGET', [-1]],
  // scores out of range
  ['PRIORITY', [11, 5, 3, 8]],
  ['PRIORITY', [9, -1, 3, 8]],
  ['PRIORITY', [9, 5, 'low', 8]],
  ['QUADRANT', [12, 3]],
  ['NPS', [col(9, 11)]],
  ['NPS', [col(9, 7.5)]],
  ['MATURITY', [row(1, 2, 3, 4, 6)]],
  ['MATURITYLEVEL', [row(1, 2, 3, 4)]],
  // weights and shares not totalling 100
  ['PRIORITY', [9, 5, 3, 8, row(40, 30, 20, 20)]],
  ['PRIORITY', [9, 5, 3, 8, row(50, 30, 20)]],
  [
    'PRIORITY',
    [
      9,
      5,
      3,
      8,
      [
        [40, 30],
        [20, 10],
      ],
    ],
  ],
  ['WEIGHTEDSCORE', [row(8, 9, 7), row(50, 30, 30)]],
  ['BUDGETSPLIT', [100000, row(50, 30, 30)]],
  // shape mismatch
  ['ROI', [col(1, 2, 3), col(1, 2)]],
  ['PRIORITY', [col(9, 7), col(5, 6), col(3, 4), col(8, 9, 7)]],
  [
    'NPS',
    [
      [
        [9, 10],
        [0, 'x'],
      ],
    ],
  ],
  // unknown codes
  ['AIACT', ['teleportation']],
  ['AIACT', ['chatbot', 'de']],
  ['AIACT', ['constructor', 'en']],
  ['AIACT', ['__proto__']],
  ['AIACTDATE', ['toString']],
  ['AIACTDATE', ['teleportation']],
  ['AIACTDATE', [col('recruitment', 'chatbot', 'nope', BLANK)]],
  ['BENCHMARK', ['chatbot', 'roi_avg']],
  ['BENCHMARK', ['crystal-ball', 'roi_min']],
  ['RISKCELL', ['huge', 2]],
  ['RISKRESPONSE', [4, 1]],
  ['SIZECLASS', [50, 'es']],
  // issue 14: prototype keys, overflow, two signs or currencies, control characters, long text
  ['AIACT', ['constructor']],
  ['BENCHMARK', ['chatbot', 'constructor']],
  ['RISKCELL', ['__proto__', 2]],
  ['RISKRESPONSE', ['constructor', 1]],
  ['RISKCELL', [col(1, 4, 2.5, 'huge'), 2]],
  ['TIMESAVED', [1.7976931348623157e308, 0]],
  ['PILOTBUDGET', [col('(-5 000)', '1\n234', '1\t234', '€5$', '1e999', '9'.repeat(400))]],
  ['SIZECLASS', [col('1.234,56', '1 234,56', '1,234.56', '12 %', '(500)', '\u22125'), 'en']],
  ['PROCESSCOST', [5, 50, 60]],
  ['ROI', ['x'.repeat(1 << 20), 10000]],
  ['WEIGHTEDSCORE', [[[]], row(50, 50)]],
  [
    'WEIGHTEDSCORE',
    [
      [
        [8, 6, 7],
        [9, 7, 8],
        [7, 8, 9],
      ],
      col(50, 30, 20),
    ],
  ],
  // ranges: broadcasting, failing elements inside arrays, blank rows, spills
  ['ROI', [col(25000, 25000, BLANK, 25000, 60000), col(10000, 0, BLANK, '1,500', 20000)]],
  ['ROI', [col(25000, 60000), 10000]],
  ['PAYBACK', [row(10000, 20000), row(25000, 0)]],
  [
    'PRIORITY',
    [
      col(9, 7, 10, 8, BLANK, 11),
      col(5, 6, 9, 4, BLANK, 5),
      col(3, 4, 6, 2, BLANK, 3),
      col(8, 9, 10, 7, BLANK, 8),
    ],
  ],
  ['QUADRANT', [col(9, 2, 9, 2), col(3, 3, 8, 8)]],
  ['RISKCELL', [col('low', 'moyen', 'Élevé'), col(1, 2, 'x')]],
  ['AIACT', [col('chatbot', 'credit', 'nope', BLANK)]],
  ['BUDGETSPLIT', [col(100000, -1, BLANK, 50000)]],
  [
    'NPS',
    [
      [
        [10, 9, 0],
        [6, 7, 8],
        [BLANK, BLANK, BLANK],
      ],
    ],
  ],
  [
    'MATURITY',
    [
      [
        [1, 2, 3, 4, 5],
        [5, 5, 5, 5, 5],
        [1, 1, 1, 1, 9],
      ],
    ],
  ],
  [
    'WEIGHTEDSCORE',
    [
      [
        [8, 6, 7],
        [9, 7, 8],
        [7, 8, 9],
        [6, 8, 7],
        [9, 7, 6],
      ],
      col(30, 20, 15, 20, 15),
    ],
  ],
  [
    'WEIGHTEDSCORE',
    [
      [
        [8, 9, 7, 6, 9],
        [6, 7, 8, 8, 7],
      ],
      row(30, 20, 15, 20, 15),
    ],
  ],
];

const label = ([id, args]: Case): string =>
  `${id}(${args.map((a) => JSON.stringify(a === BLANK ? '(blank)' : a, (_k, v) => (v === BLANK ? '(blank)' : v))).join(', ')})`;

describe.each(['fr', 'en'] as const)('Excel and Sheets agree (%s)', (lang) => {
  test('both surfaces define every catalogue function', () => {
    expect([...EXCEL[lang].keys()].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
    for (const fn of CATALOGUE)
      expect(typeof (SHEETS[lang].context as Record<string, unknown>)[`AI_${fn.id}`]).toBe(
        'function'
      );
  });

  test.each(EXAMPLES.map((c) => [label(c), c] as const))('example %s', (_l, [id, args]) => {
    const got = runSheets(lang, id, args);
    expect(got.flat().some(isErrorNorm)).toBe(false);
    expect(got).toEqual(runExcel(lang, id, args));
  });

  test.each(BAD_INPUT.map((c) => [label(c), c] as const))('%s', (_l, [id, args]) => {
    expect(runSheets(lang, id, args)).toEqual(runExcel(lang, id, args));
  });

  test.each([
    ['AIACT', ['constructor'], '#N/A', 'domain: unknown code "constructor"'],
    ['BENCHMARK', ['chatbot', 'constructor'], '#N/A', 'measure: unknown code "constructor"'],
    ['RISKCELL', ['__proto__', 2], '#N/A', 'impact: unknown code "__proto__"'],
    ['RISKRESPONSE', ['constructor', 1], '#N/A', 'impact: unknown code "constructor"'],
    ['RISKRESPONSE', [4, 1], '#NUM!', 'impact must be 1, 2 or 3 (got 4)'],
    ['TIMESAVED', [1.7976931348623157e308, 0], '#NUM!', 'TIMESAVED: the result is too large'],
    ['PILOTBUDGET', ['1e999'], '#NUM!', 'employees: "1e999" is too large'],
    ['SIZECLASS', ['9'.repeat(400)], '#NUM!', `employees: "${'9'.repeat(40)}…" is too large`],
    ['PILOTBUDGET', ['(-5 000)'], '#VALUE!', 'employees: "(-5 000)" is not a number'],
    ['PILOTBUDGET', ['€5$'], '#VALUE!', 'employees: "€5$" is not a number'],
    ['PROCESSCOST', [5, 50, 60], '#NUM!', 'weeks_per_year must be at most 53 (got 60)'],
    ['ROI', ['x'.repeat(1 << 20), 1], '#VALUE!', `annual_savings: "${'x'.repeat(40)}…" is not`],
  ] as const)('%s(%j) is %s on both surfaces', (id, args, code, start) => {
    for (const got of [runSheets(lang, id, [...args]), runExcel(lang, id, [...args])]) {
      const [[e]] = got;
      expect(isErrorNorm(e) && e.error).toBe(code);
      // The English wording is pinned; the French one names the same argument.
      const arg = /^[A-Za-z_]+/.exec(start)?.[0] ?? '';
      if (lang === 'en') expect(isErrorNorm(e) && e.message?.startsWith(start)).toBe(true);
      else expect(isErrorNorm(e) && e.message?.startsWith(arg)).toBe(true);
    }
  });

  test('an error cell gives its own error for its element only, the rest of the spill computed', () => {
    const excel = EXCEL[lang].get('ROI');
    if (!excel) throw new Error('ROI missing');
    const fromExcel = callExcel(excel, [
      [
        [25000],
        [new FakeCustomFunctionsError('#REF!')],
        [60000],
        [new FakeCustomFunctionsError('#N/A')],
      ],
      [[10000]],
    ]);
    const fromSheets = callSheets(SHEETS[lang], 'ROI', [
      [[25000], ['#REF!'], [60000], ['#N/A']],
      10000,
    ]);
    expect(fromSheets).toEqual(fromExcel);
    const [[a], [b], [c], [d]] = fromExcel;
    expect([a, c]).toEqual([1.5, 5]);
    // Excel cannot return #REF! from a custom function: #VALUE! naming it.
    expect(isErrorNorm(b) && [b.error, b.message]).toEqual([
      '#VALUE!',
      lang === 'en'
        ? 'annual_savings: the cell holds the error #REF!'
        : "annual_savings : la cellule contient l'erreur #REF!",
    ]);
    expect(isErrorNorm(d) && d.error).toBe('#N/A');
  });

  test('the bad-input table does produce errors of every code', () => {
    const codes = new Set(
      BAD_INPUT.flatMap(([id, args]) => runSheets(lang, id, args).flat())
        .filter(isErrorNorm)
        .map((o) => o.error)
    );
    expect([...codes].sort()).toEqual(['#DIV/0!', '#N/A', '#NUM!', '#VALUE!']);
  });
});
