/** clean() is the decimal figure at 15 significant digits, whichever way it computes it. */
import fc from 'fast-check';
import { clean } from '../src';

const byDigits = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(15)));

test('any double', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true }), (x) => {
      expect(clean(x)).toBe(byDigits(x));
    }),
    { seed: 15, numRuns: 5_000 }
  );
});

test('sums of decimal figures, with their binary noise', () => {
  const decimal = fc
    .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, d]) => n / 10 ** d);
  fc.assert(
    fc.property(decimal, decimal, decimal, (a, b, c) => {
      for (const x of [a + b, a * 0.3 + b * 0.7, a * b + c, (a + b + c) / 3]) {
        expect(clean(x)).toBe(byDigits(x));
      }
    }),
    { seed: 16, numRuns: 2_000 }
  );
});

test('near powers of ten and on 15-digit rounding boundaries', () => {
  const nearOne = [
    1,
    1 - 2 ** -53,
    1 + 2 ** -52,
    9.99999999999999,
    9.999999999999995,
    1.000000000000005,
  ];
  for (let e = -25; e <= 25; e++) {
    for (const f of nearOne) {
      const x = f * Number(`1e${e}`);
      for (const y of [x, -x, x * (1 + 2 ** -52), x * (1 - 2 ** -53)]) {
        expect(clean(y)).toBe(byDigits(y));
      }
    }
  }
  fc.assert(
    fc.property(
      fc.integer({ min: 1e14, max: 1e15 - 1 }),
      fc.integer({ min: -20, max: 20 }),
      (n, e) => {
        for (const x of [(n + 0.5) * 10 ** e, n * 10 ** e, (n * 10 + 5) / 10 ** (16 - e)]) {
          expect(clean(x)).toBe(byDigits(x));
        }
      }
    ),
    { seed: 17, numRuns: 2_000 }
  );
});
