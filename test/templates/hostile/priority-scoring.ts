/** Priority scoring: 200 projects, text and out-of-range scores, blank rows, ranks over good rows. */
import { priority } from '@boussole/core';
import { FORM_ROWS } from '../../../core/src/templates/common';
import { near, say, type Scenario } from './scenario';

type Row =
  | { kind: 'blank' }
  | { kind: 'ok'; s: [number, number, number, number] }
  | {
      kind: 'bad';
      put: [string | number, number, number, number];
      message: (l: 'fr' | 'en') => string;
    };

function row(i: number): Row {
  const s: [number, number, number, number] = [i % 11, (i * 3) % 11, (i * 7) % 11, (i * 5) % 11];
  switch (i % 25) {
    case 4:
    case 5:
      return { kind: 'blank' };
    case 9:
      return {
        kind: 'bad',
        put: ['8/10', s[1], s[2], s[3]],
        message: (l) => say(l, 'Impact : un nombre est attendu', 'Impact: a number is expected'),
      };
    case 13:
      return {
        kind: 'bad',
        put: [12, s[1], s[2], s[3]],
        message: (l) => say(l, 'Impact doit être entre 0 et 10', 'Impact must be 0–10'),
      };
    case 21:
      return {
        kind: 'bad',
        put: [s[0], s[1], -1, s[3]],
        message: (l) => say(l, 'Risque doit être entre 0 et 10', 'Risk must be 0–10'),
      };
    default:
      return { kind: 'ok', s };
  }
}

/** The method's score with the default weights, as the sheet rounds it. */
const score = ([i, e, r, a]: readonly number[]) => Math.round(priority(i, e, r, a) * 1e6) / 1e6;

export const priorityScoring: Scenario = {
  id: 'priority-scoring',
  type(put) {
    for (let i = 0; i < FORM_ROWS; i++) {
      const r = 6 + i;
      const x = row(i);
      if (x.kind === 'blank') continue;
      put(`A${r}`, `Project ${i + 1}`);
      (x.kind === 'ok' ? x.s : x.put).forEach((v, k) => put(`${'BCDE'[k]}${r}`, v));
    }
    // Weights left at their defaults.
  },
  verify(sheet) {
    const good = Array.from({ length: FORM_ROWS }, (_, i) => row(i)).flatMap((x) =>
      x.kind === 'ok' ? [score(x.s)] : []
    );
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i);
      const [check, sc, rank, quadrant] = ['check', 'score', 'rank', 'quadrant'].map((n) =>
        sheet.named(`${n}-${i + 1}`)
      );
      if (x.kind === 'blank')
        expect({ i, check, sc, rank, quadrant }).toEqual({
          i,
          check: '',
          sc: '',
          rank: '',
          quadrant: '',
        });
      else if (x.kind === 'bad')
        expect({ i, check, sc, rank }).toEqual({
          i,
          check: x.message(sheet.lang),
          sc: '',
          rank: '',
        });
      else {
        const expected = score(x.s);
        expect({ i, check, score: near(sc, expected) }).toEqual({ i, check: 'OK', score: true });
        expect({ i, rank }).toEqual({
          i,
          rank: 1 + good.filter((g) => g > expected + 1e-9).length,
        });
        expect(typeof quadrant).toBe('string');
        expect(quadrant).not.toBe('');
      }
    }
    // Past the list, no leftover legend: the 200th row is a project row like the others.
    expect(sheet.ws.getCell(`A${6 + FORM_ROWS}`).value).toBeNull();
  },
};

/** A weight typed as text: no score anywhere (no #VALUE! down the column), every row says why. */
export const priorityTextWeight: Scenario = {
  id: 'priority-scoring',
  variant: 'w',
  type(put) {
    put('B4', '40 pct');
    put('A6', 'Project 1');
    ['B', 'C', 'D', 'E'].forEach((c) => put(`${c}6`, 5));
  },
  verify(sheet) {
    expect(sheet.named('score-1')).toBe('');
    expect(sheet.named('rank-1')).toBe('');
    expect(sheet.named('check-1')).toBe(
      say(sheet.lang, 'Poids : quatre nombres sont attendus', 'Weights: four numbers are expected')
    );
    expect(sheet.named('check-2')).toBe('');
  },
};
