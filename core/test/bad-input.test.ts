/**
 * Bad input for every function: the error code, and a message in both languages naming the argument
 * (and the bad value where there is one).
 */
import { CATALOGUE, type ErrorCode, type RawArg } from '../src';
import { call, expectError } from './helpers';

type Case = [label: string, args: RawArg[], code: ErrorCode, arg: string];

const col = (...xs: RawArg[]): RawArg => xs.map((x) => [x]) as RawArg;

const CASES: Record<string, Case[]> = {
  ROI: [
    ['text savings', ['lots', 10000], '#VALUE!', 'annual_savings'],
    ['ambiguous cost', [25000, '1,500'], '#VALUE!', 'project_cost'],
    ['boolean', [true, 10000], '#VALUE!', 'annual_savings'],
    ['date', [new Date(2026, 0, 1), 10000], '#VALUE!', 'annual_savings'],
    ['missing cost', [25000, null], '#VALUE!', 'project_cost'],
    ['zero cost', [25000, 0], '#NUM!', 'project_cost'],
    ['negative cost', [25000, -5], '#NUM!', 'project_cost'],
    ['shape mismatch', [col(1, 2, 3), col(1, 2)], '#VALUE!', 'project_cost'],
  ],
  PAYBACK: [
    ['zero cost', [0, 25000], '#NUM!', 'project_cost'],
    ['never pays back', [10000, 0], '#NUM!', 'annual_savings'],
    ['negative savings', [10000, '-5 000'], '#NUM!', 'annual_savings'],
    ['missing savings', [10000, ''], '#VALUE!', 'annual_savings'],
  ],
  PROCESSCOST: [
    ['negative hours', [-5, 50], '#NUM!', 'weekly_hours'],
    ['text cost', [5, 'fifty'], '#VALUE!', 'hourly_cost'],
    ['weeks 0', [5, 50, 0], '#NUM!', 'weeks_per_year'],
    ['weeks 60', [5, 50, 60], '#NUM!', 'weeks_per_year'],
    ['missing hours', [null, 50], '#VALUE!', 'weekly_hours'],
  ],
  CAPACITY: [
    ['negative', [-1], '#NUM!', 'weekly_hours_saved'],
    ['text', ['six'], '#VALUE!', 'weekly_hours_saved'],
  ],
  CAPACITYVALUE: [
    ['negative cost', [6, -50], '#NUM!', 'hourly_cost'],
    ['missing cost', [6, null], '#VALUE!', 'hourly_cost'],
  ],
  TIMESAVED: [
    ['negative before', [-10, 2], '#NUM!', 'hours_before'],
    ['ambiguous after', [10, '2.500'], '#VALUE!', 'hours_after'],
  ],
  ERRORREDUCTION: [
    ['errors before 0', [0, 0], '#DIV/0!', 'errors_before'],
    ['negative after', [50, -1], '#NUM!', 'errors_after'],
  ],
  ERRORCOST: [
    ['rate above 100 %', [2, 500000], '#NUM!', 'error_rate'],
    ['negative revenue', [0.02, -1], '#NUM!', 'revenue'],
  ],
  NPS: [
    ['answer above 10', [col(9, 11)], '#NUM!', 'responses'],
    ['answer not whole', [col(9, 7.5)], '#NUM!', 'responses'],
    ['text answer', [col(9, 'great')], '#VALUE!', 'responses'],
  ],
  NETBENEFIT: [
    ['zero cost', [25000, 0], '#NUM!', 'project_cost'],
    ['years 0', [25000, 10000, 0], '#NUM!', 'years'],
    ['years not whole', [25000, 10000, 2.5], '#NUM!', 'years'],
    ['run rate above 100 %', [25000, 10000, 3, 1.5], '#NUM!', 'run_rate'],
    ['negative discount', [25000, 10000, 3, 0.2, -0.1], '#NUM!', 'discount_rate'],
  ],
  CASHFLOWS: [
    ['text savings', ['lots', 10000], '#VALUE!', 'annual_savings'],
    ['zero cost', [25000, 0], '#NUM!', 'project_cost'],
    ['years 0', [25000, 10000, 0], '#NUM!', 'years'],
    ['run rate above 100 %', [25000, 10000, 3, 1.5], '#NUM!', 'run_rate'],
    ['ramp in percents', [25000, 10000, 3, 0.2, [[50, 100, 100]]], '#NUM!', 'ramp'],
    [
      'ramp as a matrix',
      [
        25000,
        10000,
        3,
        0.2,
        [
          [0.5, 1],
          [1, 1],
        ],
      ],
      '#VALUE!',
      'ramp',
    ],
    ['text in the ramp', [25000, 10000, 3, 0.2, [[0.5, 'full']]], '#VALUE!', 'ramp'],
  ],
  IRR: [
    ['no savings: flows never change sign', [0, 10000], '#NUM!', 'annual_savings'],
    ['run costs eat the savings', [1000, 10000, 3, 0.5], '#NUM!', 'project_cost'],
    ['years not whole', [25000, 10000, 2.5], '#NUM!', 'years'],
    ['missing cost', [25000, null], '#VALUE!', 'project_cost'],
  ],
  NPVRANGE: [
    ['savings high below likely', [[[20000, 25000, 24000]], 10000], '#NUM!', 'annual_savings'],
    ['cost low above likely', [25000, [[11000, 10000, 14000]]], '#NUM!', 'project_cost'],
    ['cost low at 0', [25000, [[0, 10000, 14000]]], '#NUM!', 'project_cost'],
    ['text in an estimate', [[['low', 25000, 30000]], 10000], '#VALUE!', 'annual_savings'],
    ['blank in an estimate', [[[20000, null, 30000]], 10000], '#VALUE!', 'annual_savings'],
    ['estimate as a column', [col(30000, 25000, 20000), 10000], '#NUM!', 'annual_savings'],
    ['discount above 100 %', [25000, 10000, 1, 0, 2], '#NUM!', 'discount_rate'],
    [
      'project rows mismatch',
      [
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        col(1, 2, 3, 4),
      ],
      '#VALUE!',
      'project_cost',
    ],
  ],
  PROBPROFIT: [
    ['savings out of order', [[[30000, 25000, 20000]], 10000], '#NUM!', 'annual_savings'],
    ['ambiguous cost', [25000, [['1,500', 2000, 3000]]], '#VALUE!', 'project_cost'],
    ['years 51', [25000, 10000, 51], '#NUM!', 'years'],
  ],
  PRIORITY: [
    ['score above 10', [11, 5, 3, 8], '#NUM!', 'impact'],
    ['negative score', [9, -1, 3, 8], '#NUM!', 'effort'],
    ['text score', [9, 5, 'low', 8], '#VALUE!', 'risk'],
    ['missing alignment', [9, 5, 3, null], '#VALUE!', 'alignment'],
    ['weights not totalling 100 %', [9, 5, 3, 8, [[40, 30, 20, 20]]], '#NUM!', 'weights'],
    ['three weights', [9, 5, 3, 8, [[50, 30, 20]]], '#VALUE!', 'weights'],
    [
      'weights as a matrix',
      [
        9,
        5,
        3,
        8,
        [
          [0.4, 0.3],
          [0.2, 0.1],
        ],
      ],
      '#VALUE!',
      'weights',
    ],
    ['weights with a blank', [9, 5, 3, 8, [[0.4, 0.3, null, 0.3]]], '#VALUE!', 'weights'],
    ['shape mismatch', [col(9, 7), col(5, 6, 9), 3, 8], '#VALUE!', 'effort'],
  ],
  WEIGHTEDSCORE: [
    ['weights missing', [[[8, 9]], null], '#VALUE!', 'weights'],
    ['weights not totalling 100 %', [[[8, 9]], [[0.5, 0.6]]], '#NUM!', 'weights'],
    ['count mismatch', [[[8, 9, 7]], [[0.5, 0.5]]], '#VALUE!', 'scores'],
    ['text score', [[['eight', 9]], [[0.5, 0.5]]], '#VALUE!', 'scores'],
  ],
  QUADRANT: [
    ['impact above 10', [12, 3], '#NUM!', 'impact'],
    ['threshold above 10', [9, 3, 11], '#NUM!', 'threshold'],
    ['unknown language', [9, 3, 5, 'de'], '#N/A', 'lang'],
  ],
  RISKCELL: [
    ['level 4', [4, 1], '#N/A', 'impact'],
    ['unknown word', [1, 'huge'], '#N/A', 'probability'],
    ['missing probability', [1, null], '#VALUE!', 'probability'],
  ],
  RISKRESPONSE: [
    ['level 0', [0, 1], '#N/A', 'impact'],
    ['unknown language', [1, 1, 'es'], '#N/A', 'lang'],
  ],
  MATURITY: [
    ['score 6', [[[6, 2, 2, 3, 2]]], '#NUM!', 'scores'],
    ['four scores', [[[3, 2, 2, 3]]], '#VALUE!', 'scores'],
    ['a blank among five', [[[3, 2, null, 3, 2]]], '#VALUE!', 'scores'],
  ],
  MATURITYLEVEL: [
    ['score 0', [[[0, 2, 2, 3, 2]]], '#NUM!', 'scores'],
    ['text score', [[['high', 2, 2, 3, 2]]], '#VALUE!', 'scores'],
  ],
  BUDGETSPLIT: [
    ['negative budget', [-1], '#NUM!', 'total_budget'],
    ['shares not totalling 100 %', [100000, [[50, 30, 30]]], '#NUM!', 'shares'],
    ['two shares', [100000, [[50, 50]]], '#VALUE!', 'shares'],
  ],
  PILOTBUDGET: [
    ['negative headcount', [-3], '#NUM!', 'employees'],
    ['text', ['many'], '#VALUE!', 'employees'],
  ],
  SIZECLASS: [
    ['negative headcount', [-3], '#NUM!', 'employees'],
    ['unknown language', [8, 'it'], '#N/A', 'lang'],
  ],
  AIACT: [
    ['unknown domain', ['astrology'], '#N/A', 'domain'],
    ['number as domain', [12], '#VALUE!', 'domain'],
  ],
  BENCHMARK: [
    ['unknown use case', ['teleportation', 'budget_min'], '#N/A', 'use_case'],
    ['unknown measure', ['chatbot', 'median'], '#N/A', 'measure'],
    ['missing measure', ['chatbot', null], '#VALUE!', 'measure'],
  ],
  FUND: [
    ['negative cost', [[[10], [5]], [[-1], [2]], 10], '#NUM!', 'costs'],
    ['text cost', [[[10]], [['cher']], 10], '#VALUE!', 'costs'],
    ['unknown status', [[[10]], [[2]], 10, [['peut-être']]], '#N/A', 'status'],
    ['must rows over budget', [[[10]], [[20]], 10, [['obligatoire']]], '#NUM!', 'budget'],
    ['budget as a range', [[[10]], [[2]], [[10, 20]]], '#VALUE!', 'budget'],
    ['columns of unequal length', [[[10], [5]], [[2]], 10], '#VALUE!', 'costs'],
    [
      'a matrix of values',
      [[[10, 5]], [[2, 3]], 10].map((a, i) =>
        i < 2
          ? [
              [10, 5],
              [1, 2],
            ]
          : a
      ),
      '#VALUE!',
      'values',
    ],
  ],
};

test('every catalogue function has a bad-input table', () => {
  expect(Object.keys(CASES).sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
});

describe.each(Object.entries(CASES))('%s', (id, cases) => {
  test.each(cases)('%s → %s naming %s', (_label, args, code, arg) => {
    const out = call(id, args);
    expectError(out[0][0], code, arg);
  });
});

describe('messages', () => {
  test('name the bad value in the caller’s language', () => {
    const [[e]] = call('ROI', [25000, '1,500']);
    expect(expectError(e, '#VALUE!', 'project_cost').message('en')).toBe(
      'project_cost: "1,500" is ambiguous (thousands or decimal separator?); type the number without separators or with a space for thousands'
    );
    const [[f]] = call('PRIORITY', [11, 5, 3, 8]);
    expect(expectError(f, '#NUM!', 'impact').message('fr')).toBe(
      'impact doit être compris entre 0 et 10 (reçu 11)'
    );
    const [[g]] = call('PRIORITY', [9, 5, 3, 8, [[40, 30, 20, 20]]]);
    expect(expectError(g, '#NUM!', 'weights').message('en')).toBe(
      'weights must total 100 % (got 110)'
    );
  });
});
