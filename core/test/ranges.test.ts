/** Ranges: broadcasting, blanks, vectors per row, and one array call of 100 000 rows. */
import { isError } from '../src';
import { call, expectError } from './helpers';

describe('broadcasting', () => {
  test('a column against a single cell', () => {
    expect(call('ROI', [[[25000], [60000], [5000]], 10000])).toEqual([[1.5], [5], [-0.5]]);
  });

  test('equal shapes element by element, in two dimensions', () => {
    expect(
      call('TIMESAVED', [
        [
          [10, 8],
          [6, 4],
        ],
        [
          [2, 2],
          [1, 4],
        ],
      ])
    ).toEqual([
      [8, 6],
      [5, 0],
    ]);
  });

  test('a row whose inputs are all blank is blank; a partly blank row names what is missing', () => {
    const out = call('ROI', [
      [[25000], [null], [''], [60000]],
      [[10000], [null], [20000], ['  ']],
    ]);
    expect(out[0][0]).toBe(1.5);
    expect(out[1][0]).toBe('');
    expectError(out[2][0], '#VALUE!', 'annual_savings');
    expectError(out[3][0], '#VALUE!', 'project_cost');
  });

  test('errors stay per element inside an array', () => {
    const out = call('PAYBACK', [
      [[10000], [10000], ['x']],
      [[25000], [0], [1]],
    ]);
    expect(out[0][0]).toBe(4.8);
    expectError(out[1][0], '#NUM!', 'annual_savings');
    expectError(out[2][0], '#VALUE!', 'project_cost');
  });

  test('optional arguments may be ranges too', () => {
    expect(call('PROCESSCOST', [10, 40, [[52], [48]]])).toEqual([[20800], [19200]]);
  });

  test('a flat array is one row', () => {
    expect(call('CAPACITY', [[6, 8, 5]])).toEqual([[312, 416, 260]]);
  });

  test('BUDGETSPLIT gives one row of three per budget', () => {
    const out = call('BUDGETSPLIT', [[[100000], [null], [-1]]]);
    expect(out[0]).toEqual([50000, 30000, 20000]);
    expect(out[1]).toEqual(['', '', '']);
    expect(out[2].every(isError)).toBe(true);
  });
});

describe('vector arguments', () => {
  test('NPS: one column is one vector and blanks are skipped', () => {
    expect(call('NPS', [[[10], [null], [9], [3], ['']]])).toEqual([[33.3333333333333]]);
  });

  test('NPS: a matrix is one vector per row; an all-blank row is blank', () => {
    expect(
      call('NPS', [
        [
          [10, 9, 0],
          [null, null, null],
          [7, 8, 8],
        ],
      ])
    ).toEqual([[33.3333333333333], [''], [0]]);
  });

  test('MATURITYLEVEL: one diagnostic per row', () => {
    expect(
      call('MATURITYLEVEL', [
        [
          [3, 2, 2, 3, 2],
          [5, 5, 4, 5, 5],
        ],
      ])
    ).toEqual([[2], [4]]);
  });

  test('PRIORITY: custom weights apply to every row, as fractions or percents', () => {
    const w = [[0.25], [0.25], [0.25], [0.25]];
    expect(call('PRIORITY', [[[9], [7]], [[5], [6]], [[3], [4]], [[8], [9]], w])).toEqual([
      [7.25],
      [6.5],
    ]);
    expect(call('PRIORITY', [9, 5, 3, 8, [['25 %', '25 %', '25 %', '25 %']]])).toEqual([[7.25]]);
  });
});

describe('one array call of 100 000 rows', () => {
  test('AI.PRIORITY scores every row', () => {
    const n = 100_000;
    const col = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => [f(i)]);
    const impact = col((i) => i % 11);
    const effort = col((i) => (i * 3) % 11);
    const risk = col((i) => (i * 7) % 11);
    const alignment = col((i) => (i * 5) % 11);
    const out = call('PRIORITY', [impact, effort, risk, alignment]);
    expect(out).toHaveLength(n);
    for (const i of [0, 1, 4242, 99_999]) {
      const expected =
        0.4 * impact[i][0] +
        0.3 * (10 - effort[i][0]) +
        0.2 * (10 - risk[i][0]) +
        0.1 * alignment[i][0];
      expect(out[i][0]).toBeCloseTo(expected, 10);
    }
    expect(out.every((r) => typeof r[0] === 'number' && r[0] >= 0 && r[0] <= 10)).toBe(true);
  });

  test('ROI on 100 000 rows of numeric text', () => {
    const n = 100_000;
    const savings = Array.from({ length: n }, (_, i) => [`${(i + 1) * 10} €`]);
    const out = call('ROI', [savings, '10 €']);
    expect(out).toHaveLength(n);
    expect(out[n - 1][0]).toBe(n - 1);
  });
});
