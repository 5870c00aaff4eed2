/**
 * Property tests: whatever a host passes, no function throws or returns NaN, Infinity or undefined;
 * every error has a known code and a message in both languages. Seeded so failures replay.
 */
import fc from 'fast-check';
import { CATALOGUE, evaluate, isError, type RawArg, type RawScalar } from '../src';

const CODES = new Set(['#VALUE!', '#NUM!', '#DIV/0!', '#N/A']);

const scalar: fc.Arbitrary<RawScalar> = fc.oneof(
  fc.double(),
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom(0, -0, 1, 5, 10, 52, 100, 1e308, -1e308, Number.NaN, Infinity, -Infinity),
  fc.constantFrom(
    '10 000 €',
    '1,5',
    '1,500',
    '40 %',
    '(1 200)',
    'low',
    'élevé',
    'fr',
    'en',
    'chatbot',
    'roi_max'
  ),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    '<img src=x onerror=alert(1)>',
    '@SUM(A1)',
    '+1',
    '-',
    ''
  ),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false })
);

const matrix = (rows: number, cols: number): fc.Arbitrary<RawScalar[][]> =>
  fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

/** A cell, or a range of a shape drawn from a few that collide (1×1, 3×1, 1×3, 3×3, 2×5). */
const arg: fc.Arbitrary<RawArg> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom([1, 1], [3, 1], [1, 3], [3, 3], [2, 5], [1, 4], [4, 1])
      .chain(([r, c]) => matrix(r, c)),
  }
);

describe.each(CATALOGUE.map((f) => [f.id, f] as const))('%s', (_id, fn) => {
  test('never throws, never NaN/Infinity/undefined, errors coded and worded', () => {
    fc.assert(
      fc.property(
        fc.array(arg, { minLength: 0, maxLength: fn.params.length }),
        fc.constantFrom('fr', 'en'),
        (args, lang) => {
          const out = evaluate(fn, args, { lang: lang as 'fr' | 'en' });
          expect(Array.isArray(out) && out.length > 0).toBe(true);
          for (const row of out) {
            expect(Array.isArray(row)).toBe(true);
            for (const cell of row) {
              if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
              else if (isError(cell)) {
                expect(CODES.has(cell.code)).toBe(true);
                expect(cell.message('fr').length).toBeGreaterThan(0);
                expect(cell.message('en').length).toBeGreaterThan(0);
              } else expect(typeof cell).toBe('string');
            }
          }
        }
      ),
      { seed: 20261123, numRuns: 300 }
    );
  });
});
