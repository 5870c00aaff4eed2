/**
 * Bad input for every function: the error code and the whole English message (naming the argument,
 * the bad value and the real bound); the French message names the same argument.
 */
import {
  AI_ACT_DOMAIN_CODES,
  BENCHMARK_MEASURES,
  CATALOGUE,
  defineFunction,
  evaluate,
  isError,
  USE_CASES,
  type ErrorCode,
  type RawArg,
} from '../src';
import { call, expectError } from './helpers';

type Case = [label: string, args: RawArg[], code: ErrorCode, message: string];

const col = (...xs: RawArg[]): RawArg => xs.map((x) => [x]) as RawArg;

/** The #N/A message for a code outside the function's own list. */
const unknown = (arg: string, value: string, codes: readonly string[]): string =>
  `${arg}: unknown code "${value}"; expected one of ${codes.join(', ')}`;

const CASES: Record<string, Case[]> = {
  ROI: [
    [
      'error cell',
      [{ code: '#REF!' }, 10000],
      '#VALUE!',
      'annual_savings: the cell holds the error #REF!',
    ],
    [
      'null error cell',
      [{ code: '#NULL!' }, 10000],
      '#NULL!',
      'annual_savings: the cell holds the error #NULL!',
    ],
    [
      'error value cell',
      [{ type: 'Error', basicValue: '#N/A' }, 10000],
      '#N/A',
      'annual_savings: the cell holds the error #N/A',
    ],
    ['error text', [25000, '#DIV/0!'], '#DIV/0!', 'project_cost: the cell holds the error #DIV/0!'],
    [
      'host-only error',
      [25000, '#SPILL!'],
      '#VALUE!',
      'project_cost: the cell holds the error #SPILL!',
    ],
    ['text savings', ['lots', 10000], '#VALUE!', 'annual_savings: "lots" is not a number'],
    [
      'ambiguous cost',
      [25000, '1,500'],
      '#VALUE!',
      'project_cost: "1,500" is ambiguous (thousands or decimal separator?); type the number without separators or with a space for thousands',
    ],
    ['boolean', [true, 10000], '#VALUE!', 'annual_savings: TRUE is not a number'],
    [
      'date',
      [new Date(2026, 0, 1), 10000],
      '#VALUE!',
      'annual_savings: 2026-01-01 is not a number',
    ],
    ['missing cost', [25000, null], '#VALUE!', 'project_cost is missing'],
    ['zero cost', [25000, 0], '#NUM!', 'project_cost must be greater than 0 (got 0)'],
    ['negative cost', [25000, -5], '#NUM!', 'project_cost must be greater than 0 (got -5)'],
    [
      'shape mismatch',
      [col(1, 2, 3), col(1, 2)],
      '#VALUE!',
      'project_cost: a range of "2×1" does not match the other ranges (3×1); use ranges of the same size, or single cells',
    ],
  ],
  PAYBACK: [
    ['zero cost', [0, 25000], '#NUM!', 'project_cost must be greater than 0 (got 0)'],
    [
      'never pays back',
      [10000, 0],
      '#NUM!',
      'annual_savings must be greater than 0, otherwise the project never pays back (got 0)',
    ],
    [
      'negative savings',
      [10000, '-5 000'],
      '#NUM!',
      'annual_savings must be greater than 0, otherwise the project never pays back (got -5000)',
    ],
    ['missing savings', [10000, ''], '#VALUE!', 'annual_savings is missing'],
  ],
  PROCESSCOST: [
    [
      'weeks 60 says the real bound',
      [5, 50, 60],
      '#NUM!',
      'weeks_per_year must be at most 53 (got 60)',
    ],
    ['negative hours', [-5, 50], '#NUM!', 'weekly_hours must be 0 or more (got -5)'],
    ['text cost', [5, 'fifty'], '#VALUE!', 'hourly_cost: "fifty" is not a number'],
    ['weeks 0', [5, 50, 0], '#NUM!', 'weeks_per_year must be greater than 0 (got 0)'],
    ['weeks 60', [5, 50, 60], '#NUM!', 'weeks_per_year must be at most 53 (got 60)'],
    ['missing hours', [null, 50], '#VALUE!', 'weekly_hours is missing'],
  ],
  CAPACITY: [
    ['negative', [-1], '#NUM!', 'weekly_hours_saved must be 0 or more (got -1)'],
    ['text', ['six'], '#VALUE!', 'weekly_hours_saved: "six" is not a number'],
  ],
  CAPACITYVALUE: [
    ['negative cost', [6, -50], '#NUM!', 'hourly_cost must be 0 or more (got -50)'],
    ['missing cost', [6, null], '#VALUE!', 'hourly_cost is missing'],
  ],
  TIMESAVED: [
    [
      'result overflows after rounding',
      [1.7976931348623157e308, 0],
      '#NUM!',
      'TIMESAVED: the result is too large to compute (hours_before = 1.79769313486e+308, hours_after = 0)',
    ],
    ['negative before', [-10, 2], '#NUM!', 'hours_before must be 0 or more (got -10)'],
    [
      'ambiguous after',
      [10, '2.500'],
      '#VALUE!',
      'hours_after: "2.500" is ambiguous (thousands or decimal separator?); type the number without separators or with a space for thousands',
    ],
  ],
  ERRORREDUCTION: [
    ['errors before 0', [0, 0], '#DIV/0!', 'errors_before is 0: there is nothing to reduce'],
    ['negative after', [50, -1], '#NUM!', 'errors_after must be 0 or more (got -1)'],
  ],
  ERRORCOST: [
    ['rate above 100 %', [2, 500000], '#NUM!', 'error_rate must be between 0 and 1 (got 2)'],
    ['negative revenue', [0.02, -1], '#NUM!', 'revenue must be 0 or more (got -1)'],
  ],
  NPS: [
    ['answer above 10', [col(9, 11)], '#NUM!', 'responses must be between 0 and 10 (got 11)'],
    ['answer not whole', [col(9, 7.5)], '#NUM!', 'responses must be a whole number (got 7.5)'],
    ['text answer', [col(9, 'great')], '#VALUE!', 'responses: "great" is not a number'],
  ],
  NETBENEFIT: [
    ['zero cost', [25000, 0], '#NUM!', 'project_cost must be greater than 0 (got 0)'],
    ['years 0', [25000, 10000, 0], '#NUM!', 'years must be between 1 and 50 (got 0)'],
    ['years not whole', [25000, 10000, 2.5], '#NUM!', 'years must be a whole number (got 2.5)'],
    [
      'run rate above 100 %',
      [25000, 10000, 3, 1.5],
      '#NUM!',
      'run_rate must be between 0 and 1 (got 1.5)',
    ],
    [
      'negative discount',
      [25000, 10000, 3, 0.2, -0.1],
      '#NUM!',
      'discount_rate must be between 0 and 1 (got -0.1)',
    ],
  ],
  CASHFLOWS: [
    ['text savings', ['lots', 10000], '#VALUE!', 'annual_savings: "lots" is not a number'],
    ['zero cost', [25000, 0], '#NUM!', 'project_cost must be greater than 0 (got 0)'],
    ['years 0', [25000, 10000, 0], '#NUM!', 'years must be between 1 and 50 (got 0)'],
    [
      'run rate above 100 %',
      [25000, 10000, 3, 1.5],
      '#NUM!',
      'run_rate must be between 0 and 1 (got 1.5)',
    ],
    [
      'ramp in percents',
      [25000, 10000, 3, 0.2, [[50, 100, 100]]],
      '#NUM!',
      'ramp must be between 0 and 1 (got 50)',
    ],
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
      'ramp: expected one row or one column (got "2×2")',
    ],
    [
      'text in the ramp',
      [25000, 10000, 3, 0.2, [[0.5, 'full']]],
      '#VALUE!',
      'ramp: "full" is not a number',
    ],
  ],
  IRR: [
    [
      'no savings: flows never change sign',
      [0, 10000],
      '#NUM!',
      'annual_savings, project_cost: the cash flows [-10000, 0, 0, 0] never change sign, so no rate of return zeroes them',
    ],
    [
      'run costs eat the savings',
      [1000, 10000, 3, 0.5],
      '#NUM!',
      'annual_savings, project_cost: the cash flows [-10000, -4000, -4000, -4000] never change sign, so no rate of return zeroes them',
    ],
    ['years not whole', [25000, 10000, 2.5], '#NUM!', 'years must be a whole number (got 2.5)'],
    ['missing cost', [25000, null], '#VALUE!', 'project_cost is missing'],
  ],
  NPVRANGE: [
    [
      'savings high below likely',
      [[[20000, 25000, 24000]], 10000],
      '#NUM!',
      'annual_savings: a (low, likely, high) estimate needs low ≤ likely ≤ high (got [20000, 25000, 24000])',
    ],
    [
      'cost low above likely',
      [25000, [[11000, 10000, 14000]]],
      '#NUM!',
      'project_cost: a (low, likely, high) estimate needs low ≤ likely ≤ high (got [11000, 10000, 14000])',
    ],
    [
      'cost low at 0',
      [25000, [[0, 10000, 14000]]],
      '#NUM!',
      'project_cost must be greater than 0 (got 0)',
    ],
    [
      'text in an estimate',
      [[['low', 25000, 30000]], 10000],
      '#VALUE!',
      'annual_savings: "low" is not a number',
    ],
    [
      'blank in an estimate',
      [[[20000, null, 30000]], 10000],
      '#VALUE!',
      'annual_savings is missing',
    ],
    [
      'estimate as a column',
      [col(30000, 25000, 20000), 10000],
      '#NUM!',
      'annual_savings: a (low, likely, high) estimate needs low ≤ likely ≤ high (got [30000, 25000, 20000])',
    ],
    [
      'discount above 100 %',
      [25000, 10000, 1, 0, 2],
      '#NUM!',
      'discount_rate must be between 0 and 1 (got 2)',
    ],
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
      'project_cost: a range of "4×1" does not match the other ranges (2×1); use ranges of the same size, or single cells',
    ],
  ],
  PROBPROFIT: [
    [
      'savings out of order',
      [[[30000, 25000, 20000]], 10000],
      '#NUM!',
      'annual_savings: a (low, likely, high) estimate needs low ≤ likely ≤ high (got [30000, 25000, 20000])',
    ],
    [
      'ambiguous cost',
      [25000, [['1,500', 2000, 3000]]],
      '#VALUE!',
      'project_cost: "1,500" is ambiguous (thousands or decimal separator?); type the number without separators or with a space for thousands',
    ],
    ['years 51', [25000, 10000, 51], '#NUM!', 'years must be between 1 and 50 (got 51)'],
  ],
  PRIORITY: [
    ['score above 10', [11, 5, 3, 8], '#NUM!', 'impact must be between 0 and 10 (got 11)'],
    ['negative score', [9, -1, 3, 8], '#NUM!', 'effort must be between 0 and 10 (got -1)'],
    ['text score', [9, 5, 'low', 8], '#VALUE!', 'risk: "low" is not a number'],
    ['missing alignment', [9, 5, 3, null], '#VALUE!', 'alignment is missing'],
    [
      'weights not totalling 100 %',
      [9, 5, 3, 8, [[40, 30, 20, 20]]],
      '#NUM!',
      'weights must total 100 % (got 110)',
    ],
    [
      'three weights',
      [9, 5, 3, 8, [[50, 30, 20]]],
      '#VALUE!',
      'weights: expected 4 values (got 3)',
    ],
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
      'weights: expected one row or one column (got "2×2")',
    ],
    [
      'weights with a blank',
      [9, 5, 3, 8, [[0.4, 0.3, null, 0.3]]],
      '#VALUE!',
      'weights is missing',
    ],
    [
      'shape mismatch',
      [col(9, 7), col(5, 6, 9), 3, 8],
      '#VALUE!',
      'effort: a range of "3×1" does not match the other ranges (2×1); use ranges of the same size, or single cells',
    ],
  ],
  WEIGHTEDSCORE: [
    [
      'error cell in scores',
      [[[8, { code: '#N/A' }]], [[0.5, 0.5]]],
      '#N/A',
      'scores: the cell holds the error #N/A',
    ],
    ['weights missing', [[[8, 9]], null], '#VALUE!', 'weights is missing'],
    [
      'weights not totalling 100 %',
      [[[8, 9]], [[0.5, 0.6]]],
      '#NUM!',
      'weights must total 100 % (got 1.1)',
    ],
    ['count mismatch', [[[8, 9, 7]], [[0.5, 0.5]]], '#VALUE!', 'scores: expected 2 values (got 3)'],
    ['text score', [[['eight', 9]], [[0.5, 0.5]]], '#VALUE!', 'scores: "eight" is not a number'],
  ],
  QUADRANT: [
    ['impact above 10', [12, 3], '#NUM!', 'impact must be between 0 and 10 (got 12)'],
    ['threshold above 10', [9, 3, 11], '#NUM!', 'threshold must be between 0 and 10 (got 11)'],
    [
      'unknown language',
      [9, 3, 5, 'de'],
      '#N/A',
      'lang: unknown code "de"; expected one of "fr", "en"',
    ],
  ],
  RISKCELL: [
    [
      'prototype key',
      ['__proto__', 2],
      '#N/A',
      'impact: unknown code "__proto__"; expected one of 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'level 2.5',
      [2.5, 1],
      '#NUM!',
      'impact must be 1, 2 or 3 (got 2.5); accepted: 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'level "4" as text',
      [1, '4'],
      '#NUM!',
      'probability must be 1, 2 or 3 (got "4"); accepted: 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'level 4',
      [4, 1],
      '#NUM!',
      'impact must be 1, 2 or 3 (got 4); accepted: 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'unknown word',
      [1, 'huge'],
      '#N/A',
      'probability: unknown code "huge"; expected one of 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    ['missing probability', [1, null], '#VALUE!', 'probability is missing'],
  ],
  RISKRESPONSE: [
    [
      'prototype key',
      ['constructor', 1],
      '#N/A',
      'impact: unknown code "constructor"; expected one of 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'toString',
      [1, 'toString'],
      '#N/A',
      'probability: unknown code "toString"; expected one of 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'level 0',
      [0, 1],
      '#NUM!',
      'impact must be 1, 2 or 3 (got 0); accepted: 1, 2, 3, low, medium, high, faible, moyen, élevé',
    ],
    [
      'unknown language',
      [1, 1, 'es'],
      '#N/A',
      'lang: unknown code "es"; expected one of "fr", "en"',
    ],
  ],
  MATURITY: [
    ['score 6', [[[6, 2, 2, 3, 2]]], '#NUM!', 'scores must be between 1 and 5 (got 6)'],
    ['four scores', [[[3, 2, 2, 3]]], '#VALUE!', 'scores: expected 5 values (got 4)'],
    ['a blank among five', [[[3, 2, null, 3, 2]]], '#VALUE!', 'scores is missing'],
  ],
  MATURITYLEVEL: [
    ['score 0', [[[0, 2, 2, 3, 2]]], '#NUM!', 'scores must be between 1 and 5 (got 0)'],
    ['text score', [[['high', 2, 2, 3, 2]]], '#VALUE!', 'scores: "high" is not a number'],
  ],
  BUDGETSPLIT: [
    ['negative budget', [-1], '#NUM!', 'total_budget must be 0 or more (got -1)'],
    [
      'shares not totalling 100 %',
      [100000, [[50, 30, 30]]],
      '#NUM!',
      'shares must total 100 % (got 110)',
    ],
    ['two shares', [100000, [[50, 50]]], '#VALUE!', 'shares: expected 3 values (got 2)'],
  ],
  PILOTBUDGET: [
    ['1e999', ['1e999'], '#NUM!', 'employees: "1e999" is too large to compute with'],
    [
      '400 digits',
      ['9'.repeat(400)],
      '#NUM!',
      `employees: "${'9'.repeat(40)}…" is too large to compute with`,
    ],
    ['two signs', ['(-5 000)'], '#VALUE!', 'employees: "(-5 000)" is not a number'],
    ['line break', ['1\n234'], '#VALUE!', 'employees: "1\\n234" is not a number'],
    ['tab', ['1\t234'], '#VALUE!', 'employees: "1\\t234" is not a number'],
    ['two currencies', ['€5$'], '#VALUE!', 'employees: "€5$" is not a number'],
    [
      '1 MB of text',
      ['x'.repeat(1 << 20)],
      '#VALUE!',
      `employees: "${'x'.repeat(40)}…" is not a number`,
    ],
    ['negative headcount', [-3], '#NUM!', 'employees must be 0 or more (got -3)'],
    ['text', ['many'], '#VALUE!', 'employees: "many" is not a number'],
  ],
  SIZECLASS: [
    ['1e999', ['1e999', 'en'], '#NUM!', 'employees: "1e999" is too large to compute with'],
    ['negative headcount', [-3], '#NUM!', 'employees must be 0 or more (got -3)'],
    ['unknown language', [8, 'it'], '#N/A', 'lang: unknown code "it"; expected one of "fr", "en"'],
  ],
  AIACT: [
    [
      'prototype key',
      ['constructor'],
      '#N/A',
      unknown('domain', 'constructor', AI_ACT_DOMAIN_CODES),
    ],
    ['__proto__', ['__proto__'], '#N/A', unknown('domain', '__proto__', AI_ACT_DOMAIN_CODES)],
    ['unknown domain', ['astrology'], '#N/A', unknown('domain', 'astrology', AI_ACT_DOMAIN_CODES)],
    ['number as domain', [12], '#VALUE!', 'domain: 12 is not a text code'],
    ['toString', ['toString', 'en'], '#N/A', unknown('domain', 'toString', AI_ACT_DOMAIN_CODES)],
    [
      'unknown language',
      ['chatbot', 'de'],
      '#N/A',
      'lang: unknown code "de"; expected one of "fr", "en"',
    ],
  ],
  AIACTDATE: [
    ['unknown domain', ['astrology'], '#N/A', unknown('domain', 'astrology', AI_ACT_DOMAIN_CODES)],
    [
      'prototype key',
      ['constructor'],
      '#N/A',
      unknown('domain', 'constructor', AI_ACT_DOMAIN_CODES),
    ],
    ['__proto__', ['__proto__'], '#N/A', unknown('domain', '__proto__', AI_ACT_DOMAIN_CODES)],
    [
      'hasOwnProperty',
      ['hasOwnProperty'],
      '#N/A',
      unknown('domain', 'hasOwnProperty', AI_ACT_DOMAIN_CODES),
    ],
    ['boolean as domain', [true], '#VALUE!', 'domain: TRUE is not a text code'],
    ['date as domain', [new Date(2026, 0, 1)], '#VALUE!', 'domain: 2026-01-01 is not a text code'],
  ],
  BENCHMARK: [
    [
      'prototype measure',
      ['chatbot', 'constructor'],
      '#N/A',
      unknown('measure', 'constructor', BENCHMARK_MEASURES),
    ],
    [
      'hasOwnProperty',
      ['hasOwnProperty', 'roi_min'],
      '#N/A',
      unknown('use_case', 'hasOwnProperty', USE_CASES),
    ],
    [
      'unknown use case',
      ['teleportation', 'budget_min'],
      '#N/A',
      unknown('use_case', 'teleportation', USE_CASES),
    ],
    [
      'unknown measure',
      ['chatbot', 'median'],
      '#N/A',
      unknown('measure', 'median', BENCHMARK_MEASURES),
    ],
    ['missing measure', ['chatbot', null], '#VALUE!', 'measure is missing'],
  ],
  FUND: [
    ['negative cost', [[[10], [5]], [[-1], [2]], 10], '#NUM!', 'costs must be 0 or more (got -1)'],
    ['text cost', [[[10]], [['cher']], 10], '#VALUE!', 'costs: "cher" is not a number'],
    [
      'unknown status',
      [[[10]], [[2]], 10, [['peut-être']]],
      '#N/A',
      'status: unknown code "peut-être"; expected one of must, never, free',
    ],
    [
      'must rows over budget',
      [[[10]], [[20]], 10, [['obligatoire']]],
      '#NUM!',
      'budget: the must-do projects alone cost 20, more than 10',
    ],
    [
      'budget as a range',
      [[[10]], [[2]], [[10, 20]]],
      '#VALUE!',
      'budget: a range of "1×2" does not match the other ranges (1×1); use ranges of the same size, or single cells',
    ],
    [
      'columns of unequal length',
      [[[10], [5]], [[2]], 10],
      '#VALUE!',
      'costs: a range of "1×1" does not match the other ranges (2×1 (values)); use ranges of the same size, or single cells',
    ],
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
      'values: expected one row or one column (got "2×2")',
    ],
  ],
};

test('every catalogue function has a bad-input table', () => {
  expect(Object.keys(CASES).sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
});

describe.each(Object.entries(CASES))('%s', (id, cases) => {
  test.each(cases)('%s → %s %s', (_label, args, code, message) => {
    const [[e]] = call(id, args);
    const arg = /^[a-z_]+|^[A-Z]+/.exec(message)?.[0] ?? '';
    expect(expectError(e, code, arg).message('en')).toBe(message);
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

  test('every kind of bound says its own value, never ±Infinity', () => {
    const fn = defineFunction({
      id: 'BOUNDS',
      category: 'money',
      summary: { fr: 'test', en: 'test' },
      result: { kind: 'number', help: { fr: 'x', en: 'x' } },
      params: [
        { name: 'over', type: 'number', gt: 2.5, help: { fr: 'x', en: 'x' } },
        { name: 'least', type: 'number', min: 4, help: { fr: 'x', en: 'x' } },
        { name: 'most', type: 'number', max: 7, help: { fr: 'x', en: 'x' } },
      ],
      impl: ([a, b, c]) => a + b + c,
      examples: [],
    });
    const msg = (args: number[], lang: 'fr' | 'en' = 'en'): string => {
      const [[e]] = evaluate(fn, args, { lang });
      return isError(e) ? e.message(lang) : `no error: ${String(e)}`;
    };
    expect(msg([2.5, 4, 7])).toBe('over must be greater than 2.5 (got 2.5)');
    expect(msg([3, 3.9, 7])).toBe('least must be 4 or more (got 3.9)');
    expect(msg([3, 3.9, 7], 'fr')).toBe('least doit être supérieur ou égal à 4 (reçu 3.9)');
    expect(msg([3, 4, 8])).toBe('most must be at most 7 (got 8)');
    expect(msg([3, 4, 8], 'fr')).toBe('most doit être au plus 7 (reçu 8)');
    expect(msg([3, 4, 7])).toBe('no error: 14');
  });
});
