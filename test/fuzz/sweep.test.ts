/**
 * Hostile-input sweep: every catalogue function × every argument × every hostile input (prototype
 * keys, overflow, NaN-like and locale numeric text, long strings, error cells, booleans, dates,
 * ragged and empty ranges), put in place of a valid example argument — alone, and inside a range —
 * and called through both shipped surfaces in both languages. No call may give an uncoded error, a
 * non-finite number or an object; Excel and Sheets must answer alike, messages included; and no
 * message may grow with the input. It iterates the catalogue, so a function added later is swept too.
 */
import { existsSync } from 'node:fs';
import { CATALOGUE, type FunctionSpec, type Lang, type RawArg } from '@boussole/core';
import { FakeCustomFunctionsError } from '../fakes/custom-functions';
import {
  callExcel,
  callSheets,
  CODE_JS,
  FUNCTIONS_JS,
  isErrorNorm,
  loadExcel,
  loadSheets,
  type MakeDate,
  type Norm,
} from '../support/surfaces';
import { excelSerial } from './cells';

/** One hostile cell, shown to each host in its own form. */
type Hostile =
  | { kind: 'value'; v: number | string | boolean }
  | { kind: 'blank' }
  | { kind: 'date'; d: Date }
  | { kind: 'error'; code: '#REF!' | '#N/A' | '#DIV/0!' | '#NAME?' | '#NULL!' };

const v = (x: number | string | boolean): Hostile => ({ kind: 'value', v: x });

const LONG = 'x'.repeat(100_000);

export const HOSTILE_CELLS: readonly Hostile[] = [
  // prototype keys
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'].map(v),
  // overflow and non-finite
  ...['1e999', '-1e999', '9'.repeat(400), 'NaN', 'Infinity', '-Infinity', '∞'].map(v),
  v(1.7976931348623157e308),
  v(-1.7976931348623157e308),
  v(5e-324),
  v(1e15),
  // numeric text: refused and accepted forms
  ...['(-5 000)', '1\n234', '1\t234', '€5$', '1,500', '--1', '0x10'].map(v),
  ...['1.234,56', '1 234,56', '1,234.56', '12 %', '(500)', '\u22125', '10 000 €'].map(v),
  // long and odd text
  v(LONG),
  v(`${'é'.repeat(39)}😀tail`),
  v('=1+1'),
  v('<b>7</b>'),
  v(''),
  v('   '),
  // types
  v(true),
  v(false),
  { kind: 'blank' },
  { kind: 'date', d: new Date(Date.UTC(2026, 5, 30)) },
  // error cells
  { kind: 'error', code: '#REF!' },
  { kind: 'error', code: '#N/A' },
  { kind: 'error', code: '#DIV/0!' },
  { kind: 'error', code: '#NAME?' },
  { kind: 'error', code: '#NULL!' },
  v('#VALUE!'),
];

/** Whole-range oddities: empty, ragged, square. */
type Shape = { kind: 'range'; rows: Hostile[][] };
const HOSTILE_RANGES: readonly Shape[] = [
  { kind: 'range', rows: [[]] },
  {
    kind: 'range',
    rows: [[v(1), v(2)], [v(3)]],
  },
  {
    kind: 'range',
    rows: [
      [v(1), v(2), v(3)],
      [v(4), v('constructor'), v(6)],
      [v(7), v(8), { kind: 'blank' }],
    ],
  },
];

function excelCell(h: Hostile): unknown {
  if (h.kind === 'blank') return null;
  if (h.kind === 'date') return excelSerial(h.d);
  if (h.kind === 'error') return new FakeCustomFunctionsError(h.code);
  return h.v;
}

/**
 * An error cell as Sheets would show it to a script, if it calls the function at all: its error
 * text, which core reads as that error (docs/functions.md "Inputs, errors and what hosts do").
 */
function sheetsCell(h: Hostile, makeDate: MakeDate): unknown {
  if (h.kind === 'blank') return '';
  if (h.kind === 'date') return makeDate(h.d.getUTCFullYear(), h.d.getUTCMonth(), h.d.getUTCDate());
  if (h.kind === 'error') return h.code;
  return h.v;
}

/** An argument in neutral form: a cell, or rows of cells. */
type Arg = { kind: 'cell'; cell: Hostile } | Shape;

const fromRaw = (a: RawArg): Arg => {
  const cell = (x: unknown): Hostile =>
    x === null || x === undefined ? { kind: 'blank' } : v(x as number | string | boolean);
  if (!Array.isArray(a)) return { kind: 'cell', cell: cell(a) };
  const rows = (Array.isArray(a[0]) ? a : [a]) as unknown[][];
  return { kind: 'range', rows: rows.map((r) => r.map(cell)) };
};

/** The calls for one function: its first example with each argument replaced in turn. */
function sweepCalls(fn: FunctionSpec): [label: string, args: Arg[]][] {
  const base = fn.params.map((_, i) => fromRaw(fn.examples[0]?.args[i] ?? null));
  const calls: [string, Arg[]][] = [];
  fn.params.forEach((p, i) => {
    const put = (label: string, a: Arg): void => {
      const args = base.slice();
      args[i] = a;
      calls.push([`${p.name} = ${label}`, args]);
    };
    HOSTILE_CELLS.forEach((h, k) => {
      put(`cell #${k}`, { kind: 'cell', cell: h });
      const b = base[i];
      // Inside a range: the example's own range with its first cell replaced, or a column.
      const rows =
        b.kind === 'range' && b.rows.flat().length > 1
          ? b.rows.map((r, ri) => r.map((c, ci) => (ri === 0 && ci === 0 ? h : c)))
          : [[b.kind === 'cell' ? b.cell : ({ kind: 'blank' } as Hostile)], [h]];
      put(`in range #${k}`, { kind: 'range', rows });
    });
    HOSTILE_RANGES.forEach((r, k) => put(`range #${k}`, r));
  });
  return calls;
}

const excelArg = (a: Arg): unknown =>
  a.kind === 'cell' ? [[excelCell(a.cell)]] : a.rows.map((r) => r.map(excelCell));

const sheetsArg = (a: Arg, makeDate: MakeDate): unknown =>
  a.kind === 'cell'
    ? sheetsCell(a.cell, makeDate)
    : a.rows.map((r) => r.map((c) => sheetsCell(c, makeDate)));

/** A message as long as this is a message that grew with its input. */
const MESSAGE_MAX = 2000;

const built = existsSync(FUNCTIONS_JS) && existsSync(CODE_JS);
const describeBuilt = built ? describe : describe.skip;
if (!built)
  console.warn('hostile sweep skipped: dist/excel/functions.js or dist/sheets/Code.js not built');

describeBuilt.each(['fr', 'en'] as Lang[])('hostile sweep (%s)', (lang) => {
  const excel = built ? loadExcel(lang) : new Map();
  const sheets = built ? loadSheets(lang) : undefined;

  test.each(CATALOGUE.map((f) => [f.id, f] as const))(
    '%s: every argument × every hostile input is coded and alike on both surfaces',
    (id, fn) => {
      const excelFn = excel.get(id);
      if (!excelFn || !sheets) throw new Error(`${id} is not associated by functions.js`);
      const calls = sweepCalls(fn);
      expect(calls.length).toBe(
        fn.params.length * (HOSTILE_CELLS.length * 2 + HOSTILE_RANGES.length)
      );
      const mismatches: string[] = [];
      for (const [label, args] of calls) {
        let fromExcel: Norm[][];
        let fromSheets: Norm[][];
        try {
          fromExcel = callExcel(excelFn, args.map(excelArg));
          fromSheets = callSheets(
            sheets,
            id,
            args.map((a) => sheetsArg(a, sheets.makeDate))
          );
        } catch (e) {
          // Uncoded errors, non-finite numbers and objects are thrown by the normalisers.
          throw new Error(`${id}(${label}): ${(e as Error).message}`);
        }
        if (JSON.stringify(fromExcel) !== JSON.stringify(fromSheets))
          mismatches.push(
            `${id}(${label}): Excel ${JSON.stringify(fromExcel)} ≠ Sheets ${JSON.stringify(fromSheets)}`
          );
        for (const n of fromExcel.flat())
          if (isErrorNorm(n) && (n.message ?? '').length > MESSAGE_MAX)
            mismatches.push(`${id}(${label}): a ${n.message?.length}-character message`);
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    }
  );

  test('the sweep meets every way a call can fail', () => {
    const fn = CATALOGUE.find((f) => f.id === 'ROI');
    const excelFn = excel.get('ROI');
    if (!fn || !excelFn) throw new Error('ROI missing');
    const codes = new Set(
      sweepCalls(fn)
        .flatMap(([, args]) => callExcel(excelFn, args.map(excelArg)).flat())
        .filter(isErrorNorm)
        .map((n) => n.error)
    );
    expect([...codes].sort()).toEqual(['#DIV/0!', '#N/A', '#NULL!', '#NUM!', '#VALUE!']);
  });
});
