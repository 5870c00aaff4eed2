import fc from 'fast-check';
import type { Lang } from '@boussole/core';
import { formatNumber } from '../src/number-format';

/** The oracle: the platform's own formatter (full ICU in Node, as in Chromium). */
const intl = (x: number, lang: Lang, decimals: number, minDecimals: number): string =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: decimals,
  }).format(x);

const LANGS: Lang[] = ['fr', 'en'];

test.each([
  [1000, 'fr', 0, '1\u202f000'],
  [1000, 'en', 0, '1,000'],
  [7.25, 'fr', 1, '7,3'],
  [-1234567.891, 'en', 2, '-1,234,567.89'],
  [1.005, 'en', 2, '1.01'],
  [0.995, 'fr', 2, '1,00'],
  [-0, 'en', 0, '-0'],
])('%p in %s with %i decimals is %p', (x, lang, decimals, text) => {
  expect(formatNumber(x, lang as Lang, decimals)).toBe(text);
});

test('writes what Intl.NumberFormat writes for fr-FR and en-GB', () => {
  const values = fc.oneof(
    fc.double({ min: -1e20, max: 1e20, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
    fc.integer({ min: -99999, max: 99999 }).map((n) => n / 200),
    fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
    fc.constantFrom(0, -0, 0.5, 1.5, 2.5, 9.995, 999.5, 99999.95, 1e-7, 1.5e-7, Infinity, NaN)
  );
  fc.assert(
    fc.property(
      values,
      fc.constantFrom(...LANGS),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 4 }),
      (x, lang, decimals, min) => {
        const minDecimals = Math.min(min, decimals);
        expect(formatNumber(x, lang, decimals, minDecimals)).toBe(
          intl(x, lang, decimals, minDecimals)
        );
      }
    ),
    { numRuns: 20_000, seed: 15 }
  );
});
