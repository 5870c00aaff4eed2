/** Vendor matrix: 12 vendors × 12 criteria, the 11th the best, bad scores, a blank row, bad weights. */
import { a1, weightedScore } from '@boussole/core';
import { near, say, type Scenario } from './scenario';

const FIRST = 7;
/** Twelve weights that total 100 %. */
const WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.05, 0.05];
const scoresOf = (v: number): number[] => WEIGHTS.map((_, k) => (v * 3 + k * 5) % 9);
const BEST = 10; // the 11th vendor
type Row =
  | { kind: 'blank' }
  | { kind: 'ok' }
  | { kind: 'bad'; put: (string | number)[]; fr: string; en: string };

function row(v: number): Row {
  if (v === 4) return { kind: 'blank' };
  const s: (string | number)[] = scoresOf(v);
  if (v === 2)
    return {
      kind: 'bad',
      put: [...s.slice(0, 3), '8/10', ...s.slice(4)],
      fr: 'Notes : un nombre est attendu',
      en: 'Scores: a number is expected',
    };
  if (v === 6)
    return {
      kind: 'bad',
      put: [11, ...s.slice(1)],
      fr: 'Notes doit être entre 0 et 10',
      en: 'Scores must be 0–10',
    };
  if (v === 8)
    return {
      kind: 'bad',
      put: [...s.slice(0, 5), '', ...s.slice(6)],
      fr: 'Notes : il en manque une pour un critère pondéré',
      en: 'Scores: one is missing for a weighted criterion',
    };
  return { kind: 'ok' };
}

const scores = (v: number): number[] => (v === BEST ? WEIGHTS.map(() => 9) : scoresOf(v));

function typeVendors(put: (ref: string, value: string | number) => void, weights: number[]): void {
  weights.forEach((w, k) => put(a1(4, 2 + k), w));
  for (let v = 0; v < 12; v++) {
    const x = row(v);
    if (x.kind === 'blank') continue;
    put(a1(FIRST + v, 1), `Vendor ${v + 1}`);
    (x.kind === 'bad' ? x.put : scores(v)).forEach((n, k) => {
      if (n !== '') put(a1(FIRST + v, 2 + k), n);
    });
  }
}

export const vendorMatrix: Scenario = {
  id: 'vendor-matrix',
  type: (put) => typeVendors(put, WEIGHTS),
  verify(sheet) {
    const good: number[] = [];
    for (let v = 0; v < 12; v++)
      if (row(v).kind === 'ok') good.push(weightedScore(scores(v), WEIGHTS));
    for (let v = 0; v < 12; v++) {
      const x = row(v);
      const [check, total, rank] = ['check', 'total', 'rank'].map((n) =>
        sheet.named(`${n}-${v + 1}`)
      );
      if (x.kind === 'blank')
        expect({ v, check, total, rank }).toEqual({ v, check: '', total: '', rank: '' });
      else if (x.kind === 'bad')
        expect({ v, check, total, rank }).toEqual({
          v,
          check: say(sheet.lang, x.fr, x.en),
          total: '',
          rank: '',
        });
      else {
        const expected = weightedScore(scores(v), WEIGHTS);
        expect({ v, check, total: near(total, expected) }).toEqual({ v, check: 'OK', total: true });
        expect({ v, rank }).toEqual({
          v,
          rank: 1 + good.filter((g) => g > expected + 1e-9).length,
        });
      }
    }
    expect(sheet.named('winner')).toBe(`Vendor ${BEST + 1}`);
    expect(sheet.named('rank-11')).toBe(1);
  },
};

/** Weights that total 110 %: every vendor flagged, no winner, no error. */
export const vendorWeights: Scenario = {
  id: 'vendor-matrix',
  variant: '110',
  type: (put) => typeVendors(put, [0.3, ...WEIGHTS.slice(1)]),
  verify(sheet) {
    expect(sheet.named('weights-total')).toBeCloseTo(1.1, 9);
    const message = say(
      sheet.lang,
      'Les poids font 110 % : le total doit faire 100 %',
      'Weights total 110 %: the total must be 100 %'
    );
    expect(sheet.named('check-1')).toBe(message);
    expect(sheet.named('check-11')).toBe(message);
    expect(sheet.named('check-5')).toBe('');
    expect(sheet.named('total-11')).toBe('');
    expect(sheet.named('winner')).toBe('');
  },
};
