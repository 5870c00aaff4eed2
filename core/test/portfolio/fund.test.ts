/**
 * AI.FUND through the engine: the golden example of docs/method.md §16, statuses in both languages,
 * blank rows, bad rows (each its own error, left out of the problem) and the budget error.
 */
import { isError } from '../../src';
import { call, expectError } from '../helpers';

const VALUES = [[38], [30], [60], [22], [12], [18]];
const COSTS = [[20], [25], [45], [15], [5], [20]];

describe('AI.FUND', () => {
  it('funds A, B, C, E for 100 (value 140, cost 95), not the greedy E, A, D, C', () => {
    expect(call('FUND', [VALUES, COSTS, 100])).toEqual([[1], [1], [1], [0], [1], [0]]);
  });

  it('keeps must and never rows, in French or English, case and accents ignored', () => {
    const status = [['EXCLU'], ['never'], [''], ['Obligatoire'], ['MUST'], [null]];
    // A out, B out, D and E in: 80 left for C (45) and F (20).
    expect(call('FUND', [VALUES, COSTS, 100, status])).toEqual([[0], [0], [1], [1], [1], [1]]);
  });

  it('leaves blank rows blank and out of the problem', () => {
    const v = [[38], [null], ...VALUES.slice(1), ['']];
    const c = [[20], [''], ...COSTS.slice(1), [null]];
    expect(call('FUND', [v, c, 100])).toEqual([[1], [''], [1], [1], [0], [1], [0], ['']]);
  });

  it('gives a bad row its own error and solves the others without it', () => {
    const out = call('FUND', [VALUES, [[20], [-25], [45], [15], [5], [20]], 100]);
    expectError(out[1][0], '#NUM!', 'costs');
    // Without B the five others cost 105: leaving out E (5) keeps the most, A, C, D, F = 138.
    expect(out.filter((_, i) => i !== 1)).toEqual([[1], [1], [1], [0], [1]]);
    expectError(
      call('FUND', [VALUES, COSTS, 100, [['peut-être'], [''], [''], [''], [''], ['']]])[0][0],
      '#N/A',
      'status'
    );
    expectError(call('FUND', [[[38], [30]], [[20], [null]], 100])[1][0], '#VALUE!', 'costs');
  });

  it('is #NUM! naming budget on every row when the must rows alone exceed it', () => {
    const out = call('FUND', [
      VALUES,
      COSTS,
      50,
      [['must'], ['obligatoire'], [''], ['must'], [''], ['']],
    ]);
    expect(out).toHaveLength(6);
    for (const [cell] of out) expectError(cell, '#NUM!', 'budget');
  });

  it('refuses a budget range, unequal columns and a negative budget as one error', () => {
    expectError(call('FUND', [VALUES, COSTS, [[100], [50]]])[0][0], '#VALUE!', 'budget');
    expectError(call('FUND', [VALUES, [[20]], 100])[0][0], '#VALUE!', 'costs');
    expectError(call('FUND', [VALUES, COSTS, -1])[0][0], '#NUM!', 'budget');
    expect(isError(call('FUND', [VALUES, COSTS, ''])[0][0])).toBe(true);
  });
});
