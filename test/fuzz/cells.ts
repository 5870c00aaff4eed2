/**
 * What a user may put in the cells a custom function reads, modelled once and then shown to each
 * host in its own form: Excel passes every argument as a matrix (dimensionality "matrix"), empty
 * cells and omitted arguments as null, dates as serial numbers; Sheets passes a single cell as a
 * scalar and a range as rows, empty cells as "", dates as Date objects, omitted arguments not at all.
 */
import fc from 'fast-check';
import { CATALOGUE, type ParamSpec } from '@boussole/core';
import type { MakeDate } from '../support/surfaces';

export type FuzzCell =
  { kind: 'blank' } | { kind: 'value'; v: number | string | boolean } | { kind: 'date'; d: Date };

export type FuzzArg =
  { kind: 'omitted' } | { kind: 'cell'; cell: FuzzCell } | { kind: 'range'; cells: FuzzCell[][] };

const DAY_MS = 86_400_000;
/** Excel's day 0 for the 1900 date system as both hosts count serials after 1 March 1900. */
const EPOCH = Date.UTC(1899, 11, 30);

/** The serial number Excel hands a custom function for a date cell (UTC midnight, no time). */
export const excelSerial = (d: Date): number => (d.getTime() - EPOCH) / DAY_MS;

function excelCell(c: FuzzCell): unknown {
  if (c.kind === 'blank') return null;
  if (c.kind === 'date') return excelSerial(c.d);
  return c.v;
}

function sheetsCell(c: FuzzCell, makeDate: MakeDate): unknown {
  if (c.kind === 'blank') return '';
  if (c.kind === 'date') return makeDate(c.d.getUTCFullYear(), c.d.getUTCMonth(), c.d.getUTCDate());
  return c.v;
}

export function excelArgs(args: readonly FuzzArg[], params: number): unknown[] {
  return Array.from({ length: params }, (_, i) => {
    const a = args[i] ?? { kind: 'omitted' };
    if (a.kind === 'omitted') return null;
    if (a.kind === 'cell') return [[excelCell(a.cell)]];
    return a.cells.map((r) => r.map(excelCell));
  });
}

/** Trailing omitted arguments are not passed at all (the wrapper sees undefined). */
export function sheetsArgs(args: readonly FuzzArg[], makeDate: MakeDate): unknown[] {
  const out = args.map((a): unknown => {
    if (a.kind === 'omitted') return undefined;
    if (a.kind === 'cell') return sheetsCell(a.cell, makeDate);
    if (a.cells.length === 1 && a.cells[0].length === 1) return sheetsCell(a.cells[0][0], makeDate);
    return a.cells.map((r) => r.map((c) => sheetsCell(c, makeDate)));
  });
  while (out.length && out[out.length - 1] === undefined) out.pop();
  return out;
}

/** Every code any catalogue parameter accepts (AI Act domains, benchmark use cases and measures…). */
const CODES: readonly string[] = [
  ...new Set(
    CATALOGUE.flatMap((f) => f.params).flatMap((p: ParamSpec) =>
      p.type === 'code' ? [...p.codes, ...Object.keys(p.aliases ?? {})] : []
    )
  ),
];

const value = (v: number | string | boolean): FuzzCell => ({ kind: 'value', v });

const numbers = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -0,
      0.1,
      0.5,
      1,
      3,
      5,
      9,
      10,
      12,
      52,
      100,
      250,
      251,
      5e-324,
      1e15,
      1e308,
      -1e308,
      -5
    ),
  }
);

const numericText = fc.oneof(
  fc.constantFrom(
    '10 000 €',
    '1,5',
    '40 %',
    '(1 200)',
    '1 234,56',
    '€ 25 000',
    '1e3',
    ' 7 ',
    '-2,5',
    '100%',
    '25 000 EUR'
  ),
  fc.integer({ min: -100, max: 100_000 }).map(String)
);
const ambiguousText = fc.constantFrom('1,500', '2.250', '10,000', '1.000');
const nanLikeText = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x10',
  '∞',
  '--1',
  '1..2'
);
const formulaText = fc.constantFrom(
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2',
  '@SUM(A1)',
  '=1+1',
  '=A1'
);
const htmlText = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>7</b>',
  '&amp;',
  '"quoted"'
);
const codeText = fc.oneof(
  fc.constantFrom(...CODES),
  fc.constantFrom(
    'low',
    'MEDIUM',
    'Élevé',
    'faible',
    'moyen',
    'fr',
    'en',
    'FR',
    'de',
    'Other',
    'social scoring'
  )
);

export const cell: fc.Arbitrary<FuzzCell> = fc.oneof(
  { weight: 8, arbitrary: numbers.map(value) },
  { weight: 3, arbitrary: numericText.map(value) },
  { weight: 1, arbitrary: ambiguousText.map(value) },
  { weight: 1, arbitrary: nanLikeText.map(value) },
  { weight: 1, arbitrary: formulaText.map(value) },
  { weight: 1, arbitrary: htmlText.map(value) },
  { weight: 3, arbitrary: codeText.map(value) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map(value) },
  { weight: 2, arbitrary: fc.constant<FuzzCell>({ kind: 'blank' }) },
  { weight: 1, arbitrary: fc.constant(value('')) },
  { weight: 1, arbitrary: fc.boolean().map(value) },
  {
    weight: 1,
    arbitrary: fc
      .date({
        min: new Date(Date.UTC(1990, 0, 1)),
        max: new Date(Date.UTC(2040, 0, 1)),
        noInvalidDate: true,
      })
      .map((d): FuzzCell => ({
        kind: 'date',
        d: new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS),
      })),
  }
);

const range = (rows: number, cols: number): fc.Arbitrary<FuzzArg> =>
  fc
    .array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    })
    .map((cells) => ({ kind: 'range', cells }));

/** Shapes that collide on purpose: equal, 1×1 against larger, row against column, odd sizes. */
const SHAPES: readonly [number, number][] = [
  [1, 1],
  [1, 3],
  [3, 1],
  [3, 3],
  [2, 5],
  [1, 4],
  [4, 1],
  [2, 4],
  [5, 2],
];

export const arg: fc.Arbitrary<FuzzArg> = fc.oneof(
  { weight: 6, arbitrary: cell.map((c): FuzzArg => ({ kind: 'cell', cell: c })) },
  { weight: 3, arbitrary: fc.constantFrom(...SHAPES).chain(([r, c]) => range(r, c)) },
  { weight: 1, arbitrary: fc.constant<FuzzArg>({ kind: 'omitted' }) }
);

/** A valid-looking cell for one parameter, so that most calls reach the computation. */
function plausible(p: ParamSpec): fc.Arbitrary<FuzzCell> {
  switch (p.type) {
    case 'number': {
      const lo = p.gt ?? p.min ?? -1000;
      const hi = p.max ?? 100_000;
      return fc
        .oneof(
          fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }),
          fc.double({ min: lo, max: hi, noNaN: true }),
          fc
            .integer({ min: Math.ceil(Math.max(lo, 0)), max: Math.floor(hi) })
            .map((n) => n.toLocaleString('fr-FR'))
        )
        .map(value);
    }
    case 'level':
      return fc
        .constantFrom<number | string>(1, 2, 3, '2', 'low', 'Moyen', 'ÉLEVÉ', 'high', 'faible')
        .map(value);
    case 'lang':
      return fc.constantFrom('fr', 'en', 'EN', 'fr-FR', 'en-GB').map(value);
    case 'code':
      return fc.constantFrom(...p.codes, ...Object.keys(p.aliases ?? {})).map(value);
    default:
      return numbers.map(value);
  }
}

const vectorCell = (p: ParamSpec & { type: 'numbers' }): fc.Arbitrary<FuzzCell> =>
  fc.integer({ min: p.min ?? 0, max: p.max ?? 10 }).map((n) => value(n));

/** Weights or shares that total 100 % (as percents or fractions), or a plausible near miss. */
const TOTALS: readonly number[][] = [
  [40, 30, 20, 10],
  [25, 25, 25, 25],
  [0.4, 0.3, 0.2, 0.1],
  [50, 30, 20],
  [0.5, 0.3, 0.2],
  [60, 40],
  [0.1, 0.2, 0.3, 0.4],
  [100],
  [1],
  [30, 30, 30],
];

function plausibleVector(p: ParamSpec & { type: 'numbers' }, width: number): fc.Arbitrary<FuzzArg> {
  if (p.total) {
    const fit = TOTALS.filter((t) => t.length === (p.count ?? width));
    return fc
      .tuple(fc.constantFrom(...(fit.length ? fit : TOTALS)), fc.boolean())
      .map(([t, column]): FuzzArg => ({
        kind: 'range',
        cells: column ? t.map((v) => [value(v)]) : [t.map(value)],
      }));
  }
  return fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.boolean())
    .chain(([rows, blanks]) =>
      fc.array(
        fc.array(
          blanks
            ? fc.oneof(vectorCell(p), fc.constant<FuzzCell>({ kind: 'blank' }))
            : vectorCell(p),
          {
            minLength: p.count ?? width,
            maxLength: p.count ?? width,
          }
        ),
        { minLength: rows, maxLength: rows }
      )
    )
    .map((cells): FuzzArg => ({ kind: 'range', cells }));
}

/**
 * Arguments for a function: per parameter a plausible cell, a plausible range of the call's shared
 * shape (so that broadcasting works), or anything at all; trailing ones sometimes left out.
 */
export function argsFor(params: readonly ParamSpec[]): fc.Arbitrary<FuzzArg[]> {
  return fc
    .tuple(fc.constantFrom(...SHAPES), fc.integer({ min: 3, max: 6 }), fc.nat(params.length * 4))
    .chain(([[rows, cols], width, cut]) =>
      fc
        .tuple(
          ...params.map((p): fc.Arbitrary<FuzzArg> => {
            if (p.type === 'numbers')
              return fc.oneof(
                { weight: 3, arbitrary: plausibleVector(p, width) },
                { weight: 1, arbitrary: arg }
              );
            const one = plausible(p);
            return fc.oneof(
              { weight: 4, arbitrary: one.map((c): FuzzArg => ({ kind: 'cell', cell: c })) },
              {
                weight: 2,
                arbitrary: fc
                  .array(
                    fc.array(
                      fc.oneof({ weight: 5, arbitrary: one }, { weight: 1, arbitrary: cell }),
                      { minLength: cols, maxLength: cols }
                    ),
                    {
                      minLength: rows,
                      maxLength: rows,
                    }
                  )
                  .map((cells): FuzzArg => ({ kind: 'range', cells })),
              },
              { weight: 2, arbitrary: arg }
            );
          })
        )
        .map((args) =>
          args.map((a, i): FuzzArg => (cut < params.length && i >= cut ? { kind: 'omitted' } : a))
        )
    );
}
