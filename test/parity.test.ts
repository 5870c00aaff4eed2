/**
 * Excel and Google Sheets give the same answers: every catalogue example and a table of bad inputs run
 * through both built surfaces — dist/excel/functions.js with a fake CustomFunctions, and
 * dist/sheets/Code.js with the fake Apps Script world — in both languages. Each surface's result is
 * normalised (Excel: CustomFunctions.Error elements; Sheets: a thrown Error for one cell, "<code>
 * <message>" text inside arrays) and the two must be identical, messages included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CATALOGUE, getFunction, type Lang, type RawArg } from '@boussole/core';
import { callAs, FakeSheetsWorld, loadAppsScript } from './fakes/sheets';

const ROOT = path.resolve(__dirname, '..');
const EXCEL_JS = path.join(ROOT, 'dist', 'excel', 'functions.js');
const SHEETS_JS = path.join(ROOT, 'dist', 'sheets', 'Code.js');

/** An empty cell: Excel passes null, Sheets "". */
const BLANK = Symbol('blank');
type Arg = RawArg | typeof BLANK | (RawArg | typeof BLANK)[][];
/** One element of a result, whichever host computed it. */
type Outcome = { value: number | string } | { error: string; message: string };

// ---- Excel: functions.js with CustomFunctions as the Excel runtime gives it --------------------

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

const ERROR_CODES: Record<keyof typeof CustomFunctions.ErrorCode, string> = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

type ExcelFunction = (...args: unknown[]) => unknown;

function loadExcel(lang: Lang): Map<string, ExcelFunction> {
  const registered = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    associate: (id: string, f: ExcelFunction) => void registered.set(id, f),
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  const Office = { context: { displayLanguage: lang === 'fr' ? 'fr-FR' : 'en-US' } };
  vm.runInContext(readFileSync(EXCEL_JS, 'utf8'), vm.createContext({ CustomFunctions, Office }), {
    filename: 'functions.js',
  });
  return registered;
}

/** Excel's parameters are all "matrix": a cell arrives as [[x]], a blank as null, an omitted one as null. */
function excelArg(a: Arg | undefined): unknown {
  const cell = (x: unknown): unknown => (x === BLANK || x === undefined ? null : x);
  if (Array.isArray(a)) return (a as unknown[][]).map((row) => row.map(cell));
  return [[cell(a)]];
}

function runExcel(fns: Map<string, ExcelFunction>, id: string, args: readonly Arg[]): Outcome[][] {
  const arity = getFunction(id)!.params.length;
  const given = Array.from({ length: arity }, (_, i) => excelArg(args[i]));
  const out = fns.get(id)!(...given) as unknown[][];
  return out.map((row) =>
    row.map((x): Outcome => {
      if (x instanceof FakeCustomFunctionsError) return { error: x.code, message: x.message ?? '' };
      return { value: x as number | string };
    })
  );
}

// ---- Sheets: Code.js as Apps Script runs a custom function -------------------------------------

function loadSheets(lang: Lang) {
  const world = new FakeSheetsWorld({ userLocale: lang });
  return { world, context: loadAppsScript(readFileSync(SHEETS_JS, 'utf8'), world) };
}

/** Sheets passes a cell as a scalar, a range as rows, a blank as "", and omits missing arguments. */
function sheetsArg(a: Arg): unknown {
  const cell = (x: unknown): unknown => (x === BLANK ? '' : x);
  return Array.isArray(a) ? (a as unknown[][]).map((row) => row.map(cell)) : cell(a);
}

const CODE_TEXT = /^(#VALUE!|#NUM!|#DIV\/0!|#N\/A) (.*)$/s;

function sheetsElement(x: unknown): Outcome {
  const m = typeof x === 'string' ? CODE_TEXT.exec(x) : null;
  return m ? { error: m[1], message: m[2] } : { value: x as number | string };
}

function runSheets(
  s: ReturnType<typeof loadSheets>,
  id: string,
  args: readonly Arg[]
): Outcome[][] {
  try {
    const out = callAs(s.context, s.world, 'CUSTOM_FUNCTION', `AI_${id}`, ...args.map(sheetsArg));
    return Array.isArray(out)
      ? (out as unknown[][]).map((row) => row.map(sheetsElement))
      : [[sheetsElement(out)]];
  } catch (e) {
    const message = (e as Error).message;
    const m = CODE_TEXT.exec(message);
    if (!m) throw new Error(`AI_${id} threw without an error code: ${message}`);
    return [[{ error: m[1], message: m[2] }]];
  }
}

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
  ['BENCHMARK', ['chatbot', 'roi_avg']],
  ['BENCHMARK', ['crystal-ball', 'roi_min']],
  ['RISKCELL', ['huge', 2]],
  ['RISKRESPONSE', [4, 1]],
  ['SIZECLASS', [50, 'es']],
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
  const excel = loadExcel(lang);
  const sheets = loadSheets(lang);

  test('both surfaces define every catalogue function', () => {
    expect([...excel.keys()].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
    for (const fn of CATALOGUE)
      expect(typeof (sheets.context as Record<string, unknown>)[`AI_${fn.id}`]).toBe('function');
  });

  test.each(EXAMPLES.map((c) => [label(c), c] as const))('example %s', (_l, [id, args]) => {
    const got = runSheets(sheets, id, args);
    expect(got.flat().every((o) => 'value' in o)).toBe(true);
    expect(got).toEqual(runExcel(excel, id, args));
  });

  test.each(BAD_INPUT.map((c) => [label(c), c] as const))('%s', (_l, [id, args]) => {
    expect(runSheets(sheets, id, args)).toEqual(runExcel(excel, id, args));
  });

  test('the bad-input table does produce errors of every code', () => {
    const codes = new Set(
      BAD_INPUT.flatMap(([id, args]) => runSheets(sheets, id, args).flat())
        .filter((o): o is { error: string; message: string } => 'error' in o)
        .map((o) => o.error)
    );
    expect([...codes].sort()).toEqual(['#DIV/0!', '#N/A', '#NUM!', '#VALUE!']);
  });
});
