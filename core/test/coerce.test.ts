import { parseNumberText } from '../src';

describe('numeric text as finance users type it', () => {
  test.each([
    ['10 000 €', 10000],
    ['10\u00a0000 €', 10000],
    ['10\u202f000,50 €', 10000.5],
    ['€10,000.50', 10000.5],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['0,500', 0.5],
    ['12,50', 12.5],
    ['40 %', 0.4],
    ['2%', 0.02],
    ['-3', -3],
    ['\u22123', -3],
    ['(1 200)', -1200],
    ['1 234,56', 1234.56],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1e3', 1000],
    [' 42 ', 42],
    ['EUR 5 000', 5000],
  ])('%p → %p', (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 10);
  });

  test.each(['1,500', '2.250', '-1,500', '999,999'])('%p is ambiguous', (text) => {
    expect(parseNumberText(text)).toBe('ambiguous');
  });

  test.each(['abc', '', '1,2,3', '12 34', '1.2.3', '10 000 000,5,5', '€', '--1', '1,23.4', 'TRUE'])(
    '%p is not a number',
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    }
  );
});
