/** Every golden figure of docs/method.md, through the pure method and through the function engine. */
import {
  budgetSplit,
  capacity,
  capacityValue,
  errorCost,
  errorReduction,
  EXAMPLE_PROJECTS,
  nps,
  payback,
  pilotBudget,
  priority,
  processCost,
  roi,
  timeSaved,
  weightedScore,
} from '../src';
import { PROJECT_SCORES } from './fixtures/golden';
import { call, call1 } from './helpers';

describe('docs/method.md §2 calculators', () => {
  test.each([
    [5, 50, 13000],
    [10, 40, 20800],
    [15, 35, 27300],
    [5, 60, 15600],
  ])('annual cost of %p h × %p € → %p €', (h, c, expected) => {
    expect(processCost(h, c)).toBe(expected);
    expect(call1('PROCESSCOST', [h, c])).toBe(expected);
  });

  test('cost of errors: 2 % × 500 000 € → 10 000 €', () => {
    expect(errorCost(0.02, 500000)).toBe(10000);
    expect(call1('ERRORCOST', ['2 %', '500 000 €'])).toBe(10000);
  });

  test.each([
    [25000, 10000, 1.5],
    [60000, 20000, 2],
  ])('ROI of savings %p on cost %p → %p', (s, c, expected) => {
    expect(roi(s, c)).toBe(expected);
    expect(call1('ROI', [s, c])).toBe(expected);
  });

  test('payback: 10 000 / 2 083.33 per month → 4.8 months; 20 000 / 5 000 → 4', () => {
    expect(payback(10000, 25000)).toBeCloseTo(4.8, 12);
    expect(call1('PAYBACK', [10000, 25000])).toBe(4.8);
    expect(call1('PAYBACK', [20000, 60000])).toBe(4);
  });

  test.each([
    [6, 312],
    [8, 416],
    [5, 260],
  ])('freed capacity of %p h/week → %p h/year', (h, expected) => {
    expect(capacity(h)).toBe(expected);
    expect(call1('CAPACITY', [h])).toBe(expected);
  });

  test('value of freed capacity: 312 h × 50 € → 15 600 €', () => {
    expect(capacityValue(6, 50)).toBe(15600);
    expect(call1('CAPACITYVALUE', [6, 50])).toBe(15600);
  });

  test('time saved: 10 h − 2 h → 8 h', () => {
    expect(timeSaved(10, 2)).toBe(8);
    expect(call1('TIMESAVED', [10, 2])).toBe(8);
  });

  test('error-rate reduction: (50 − 10) / 50 → 80 %', () => {
    expect(errorReduction(50, 10)).toBe(0.8);
    expect(call1('ERRORREDUCTION', [50, 10])).toBe(0.8);
  });

  test('NPS: 60 % promoters − 10 % detractors → 50', () => {
    const answers = [10, 9, 9, 10, 9, 10, 8, 7, 8, 3];
    expect(nps(answers)).toBe(50);
    expect(call1('NPS', [answers.map((a) => [a])])).toBe(50);
  });
});

describe('docs/method.md §3 priority score (effort and risk as 10 − x)', () => {
  test('the example table: 7.3, 6.1, 6.1, 7.3', () => {
    expect(PROJECT_SCORES).toEqual([7.3, 6.1, 6.1, 7.3]);
    EXAMPLE_PROJECTS.forEach((p, i) => {
      expect(priority(p.impact, p.effort, p.risk, p.alignment)).toBeCloseTo(PROJECT_SCORES[i], 12);
    });
    const col = (k: 'impact' | 'effort' | 'risk' | 'alignment') =>
      EXAMPLE_PROJECTS.map((p) => [p[k]]);
    expect(call('PRIORITY', [col('impact'), col('effort'), col('risk'), col('alignment')])).toEqual(
      [[7.3], [6.1], [6.1], [7.3]]
    );
  });
});

describe('docs/method.md §8 budget', () => {
  test('100 000 € → 50 000 / 30 000 / 20 000', () => {
    expect(budgetSplit(100000)).toEqual([50000, 30000, 20000]);
    expect(call('BUDGETSPLIT', [100000])).toEqual([[50000, 30000, 20000]]);
  });

  test('first-test budget by size: TPE 3 000, PME 10 000, large 30 000', () => {
    expect([pilotBudget(10), pilotBudget(11), pilotBudget(250), pilotBudget(251)]).toEqual([
      3000, 10000, 10000, 30000,
    ]);
    expect(call('PILOTBUDGET', [[[1], [10], [11], [250], [251]]])).toEqual([
      [3000],
      [3000],
      [10000],
      [10000],
      [30000],
    ]);
    expect(call('SIZECLASS', [[[10, 11, 251]], 'fr'])).toEqual([['TPE', 'PME', 'ETI-GE']]);
    expect(call('SIZECLASS', [[[10, 11, 251]], 'en'])).toEqual([['Micro', 'SME', 'Large']]);
  });
});

describe('docs/method.md §9 vendor matrix', () => {
  const weights = [0.3, 0.2, 0.15, 0.2, 0.15];
  const scores = [
    [8, 6, 7],
    [9, 7, 8],
    [7, 8, 9],
    [6, 8, 7],
    [9, 7, 6],
  ];

  test('weighted totals 7.8, 7.05, 7.35: A wins', () => {
    const totals = [0, 1, 2].map((v) =>
      weightedScore(
        scores.map((r) => r[v]),
        weights
      )
    );
    expect(totals[0]).toBeCloseTo(7.8, 12);
    expect(totals[1]).toBeCloseTo(7.05, 12);
    expect(totals[2]).toBeCloseTo(7.35, 12);
    expect(call('WEIGHTEDSCORE', [scores, weights.map((w) => [w])])).toEqual([[7.8, 7.05, 7.35]]);
  });

  test('criteria in columns, vendors in rows, weights as percents', () => {
    const byRow = [0, 1, 2].map((v) => scores.map((r) => r[v]));
    expect(call('WEIGHTEDSCORE', [byRow, [[30, 20, 15, 20, 15]]])).toEqual([[7.8], [7.05], [7.35]]);
  });
});

describe('docs/method.md §4–7 matrices and levels', () => {
  test('impact/effort quadrants, "high" strictly above 5', () => {
    expect(
      call('QUADRANT', [[[9], [9], [3], [3], [5]], [[3], [8], [2], [8], [5]], 5, 'fr'])
    ).toEqual([
      ['Priorité immédiate'],
      ['Projet structurant'],
      ['Opportunité secondaire'],
      ['À éviter'],
      ['Opportunité secondaire'],
    ]);
  });

  test('risk cells A1…C3 and responses by impact letter', () => {
    const levels = [1, 2, 3];
    const cells = levels.map((i) => levels.map((p) => call1('RISKCELL', [i, p])));
    expect(cells).toEqual([
      ['A1', 'A2', 'A3'],
      ['B1', 'B2', 'B3'],
      ['C1', 'C2', 'C3'],
    ]);
    expect(levels.map((i) => call1('RISKRESPONSE', [i, 2, 'fr']))).toEqual([
      'Accepter',
      'Atténuer',
      'Transférer',
    ]);
    expect(levels.map((i) => call1('RISKRESPONSE', [i, 2, 'en']))).toEqual([
      'Accept',
      'Mitigate',
      'Transfer',
    ]);
  });

  test('maturity: floor of the mean names the level', () => {
    expect(call1('MATURITYLEVEL', [[[3, 2, 2, 3, 2]]])).toBe(2);
    expect(call1('MATURITYLEVEL', [[[1, 2, 3, 4, 5]]])).toBe(3);
    expect(call1('MATURITYLEVEL', [[[5, 5, 5, 5, 5]]])).toBe(5);
    expect([1, 2, 3, 4, 5].map((l) => call1('MATURITY', [[[l, l, l, l, l]], 'fr']))).toEqual([
      'Explorateur',
      'Pilote',
      'Industrialisation',
      'Transformation',
      'Leader',
    ]);
  });

  test('AI Act categories (first-release codes keep working; emotion recognition is now high)', () => {
    const domains = ['social-scoring', 'recruitment', 'chatbot', 'spam-filter'];
    expect(domains.map((d) => call1('AIACT', [d, 'en']))).toEqual([
      'Unacceptable',
      'High',
      'Limited',
      'Minimal',
    ]);
    expect(domains.map((d) => call1('AIACT', [d, 'fr']))).toEqual([
      'Inacceptable',
      'Élevé',
      'Limité',
      'Minimal',
    ]);
    expect(call1('AIACT', ['Santé', 'fr'])).toBe('Élevé');
    expect(call1('AIACT', ['emotion-recognition', 'en'])).toBe('High');
    expect(call1('AIACT', ['Emotion_Workplace', 'en'])).toBe('Unacceptable');
  });

  test('AI Act: every domain code of the contract, in its category (docs/method.md §16b, docs/ai-act.md)', () => {
    const byCategory: Record<string, string[]> = {
      Unacceptable: [
        'manipulation',
        'exploitation-vulnerabilities',
        'social-scoring',
        'crime-profiling',
        'facial-scraping',
        'emotion-workplace',
        'biometric-categorisation-sensitive',
        'biometric-realtime',
        'sexual-deepfakes',
      ],
      High: [
        'biometric-identification',
        'biometric-categorisation',
        'emotion-recognition',
        'critical-infrastructure',
        'education',
        'recruitment',
        'workforce-management',
        'public-benefits',
        'credit',
        'insurance',
        'emergency-triage',
        'law-enforcement',
        'migration',
        'justice',
        'elections',
        'health',
        'product-safety',
      ],
      Limited: ['chatbot', 'content-generation', 'deepfake'],
      Minimal: ['spam-filter', 'recommendation', 'other'],
    };
    for (const [label, codes] of Object.entries(byCategory))
      expect(codes.map((d) => [d, call1('AIACT', [d, 'en'])])).toEqual(
        codes.map((d) => [d, label])
      );
  });

  test('AI Act dates as amended in 2026, as date serials (docs/method.md §16b, docs/ai-act.md)', () => {
    const serial = (y: number, m: number, d: number) =>
      Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
    const cases: [string, number][] = [
      ['manipulation', serial(2025, 2, 2)],
      ['emotion-workplace', serial(2025, 2, 2)],
      ['sexual-deepfakes', serial(2026, 12, 2)],
      ['chatbot', serial(2026, 8, 2)],
      ['deepfake', serial(2026, 8, 2)],
      ['recruitment', serial(2027, 12, 2)],
      ['emotion-recognition', serial(2027, 12, 2)],
      ['credit', serial(2027, 12, 2)],
      ['health', serial(2028, 8, 2)],
      ['product-safety', serial(2028, 8, 2)],
      ['spam-filter', serial(2025, 2, 2)],
    ];
    expect(cases.map(([d]) => [d, call1('AIACTDATE', [d])])).toEqual(cases);
    expect(serial(2027, 12, 2)).toBe(46723); // what Excel shows as 02/12/2027
  });

  test('use-case benchmarks: ranges as fractions', () => {
    expect(call1('BENCHMARK', ['chatbot', 'budget_min'])).toBe(2000);
    expect(call1('BENCHMARK', ['chatbot', 'roi_max'])).toBe(5);
    expect(call1('BENCHMARK', ['Supply chain', 'ROI_MIN'])).toBe(0.6);
    expect(call1('BENCHMARK', ['fraud', 'budget_max'])).toBe(300000);
  });
});
