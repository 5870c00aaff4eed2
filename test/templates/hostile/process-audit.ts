/** Process audit: 200 rows with text in number cells, negative hours, blank rows in the middle. */
import { FORM_ROWS } from '../../../core/src/templates/common';
import { say, type Scenario } from './scenario';

const WEEKS = 52;
type Row =
  | { kind: 'blank' }
  | { kind: 'ok'; hours: number; rate: number; saved?: number }
  | { kind: 'bad'; message: (lang: 'fr' | 'en') => string };

/** Row i of the scenario; `put` types it when given. */
function row(i: number): Row {
  const hours = 1 + (i % 9);
  const rate = 30 + (i % 7) * 5;
  switch (i % 20) {
    case 7:
      return { kind: 'blank' };
    case 3:
      return {
        kind: 'bad',
        message: (l) =>
          say(
            l,
            'Durée hebdomadaire : un nombre est attendu',
            'Weekly duration: a number is expected'
          ),
      };
    case 11:
      return {
        kind: 'bad',
        message: (l) =>
          say(l, 'Coût horaire : un nombre est attendu', 'Hourly cost: a number is expected'),
      };
    case 15:
      return {
        kind: 'bad',
        message: (l) =>
          say(l, 'Durée hebdomadaire doit être au moins 0', 'Weekly duration must be at least 0'),
      };
    case 17:
      return {
        kind: 'bad',
        message: (l) =>
          say(
            l,
            'Variabilité de la qualité : choisissez une valeur de la liste',
            'Quality variability: choose a value from the list'
          ),
      };
    case 19:
      return {
        kind: 'bad',
        message: (l) =>
          say(
            l,
            'Heures gagnées : plus que la durée hebdomadaire',
            'Hours saved: more than the weekly duration'
          ),
      };
    default:
      return { kind: 'ok', hours, rate, saved: i % 4 === 0 ? undefined : Math.min(hours, 2) };
  }
}

export const processAudit: Scenario = {
  id: 'process-audit',
  type(put, spec) {
    const lang = spec.lang;
    const first = 6;
    for (let i = 0; i < FORM_ROWS; i++) {
      const r = first + i;
      const x = row(i);
      if (x.kind === 'blank') continue;
      put(`A${r}`, `Process ${i + 1}`);
      put(`B${r}`, i % 20 === 3 ? '10 h' : i % 20 === 15 ? -5 : 1 + (i % 9));
      put(`C${r}`, i % 20 === 11 ? '40 €' : 30 + (i % 7) * 5);
      put(`E${r}`, i % 20 === 17 ? 'Very high' : say(lang, 'Moyenne', 'Medium'));
      put(`F${r}`, say(lang, 'Oui', 'Yes'));
      if (i % 20 === 19) put(`G${r}`, 20);
      else if (x.kind === 'ok' && x.saved !== undefined) put(`G${r}`, x.saved);
    }
  },
  verify(sheet) {
    const { lang } = sheet;
    let total = 0;
    let capacity = 0;
    let flagged = 0;
    const costs: number[] = [];
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i);
      const check = sheet.named(`check-${i + 1}`);
      const cost = sheet.named(`cost-${i + 1}`);
      if (x.kind === 'blank') {
        expect({ i, check, cost }).toEqual({ i, check: '', cost: '' });
      } else if (x.kind === 'bad') {
        flagged++;
        expect({ i, check, cost }).toEqual({ i, check: x.message(lang), cost: '' });
      } else {
        const expected = x.hours * x.rate * WEEKS;
        expect({ i, check, cost }).toEqual({ i, check: 'OK', cost: expected });
        total += expected;
        costs.push(expected);
        capacity += (x.saved ?? 0) * WEEKS;
      }
    }
    expect(sheet.named('cost-total')).toBe(total);
    expect(sheet.named('capacity-total')).toBe(capacity);
    expect(sheet.named('flagged')).toBe(flagged);
    // Ranks over the good rows only, ties sharing a rank.
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i);
      const rank = sheet.named(`rank-${i + 1}`);
      if (x.kind !== 'ok') expect({ i, rank }).toEqual({ i, rank: '' });
      else {
        const cost = x.hours * x.rate * WEEKS;
        expect({ i, rank }).toEqual({ i, rank: 1 + costs.filter((c) => c > cost).length });
      }
    }
  },
};
