/** Use cases and maturity: text and out-of-range values in their few input cells. */
import { say, type Scenario } from './scenario';

export const useCases: Scenario = {
  id: 'use-cases',
  type(put) {
    put('H5', '4 000 €');
    put('I5', 3);
    put('H6', -5);
  },
  verify(sheet) {
    const l = sheet.lang;
    expect(sheet.value('J5')).toBe(
      say(l, 'Votre budget (€) : un nombre est attendu', 'Your budget (€): a number is expected')
    );
    expect(sheet.value('J6')).toBe(
      say(l, 'Votre budget (€) doit être au moins 0', 'Your budget (€) must be at least 0')
    );
    expect(sheet.value('K5')).not.toBe('');
  },
};

export const maturity: Scenario = {
  id: 'maturity',
  type(put) {
    ['3', 7, 2.5, 4, 2].forEach((v, i) => put(`B${5 + i}`, v));
  },
  verify(sheet) {
    const l = sheet.lang;
    expect(sheet.named('check-1')).toBe(
      say(l, 'Score : un nombre est attendu', 'Score: a number is expected')
    );
    expect(sheet.named('check-2')).toBe(
      say(l, 'Score doit être entre 1 et 5', 'Score must be 1–5')
    );
    expect(sheet.named('check-3')).toBe(
      say(l, 'Score : un nombre entier est attendu', 'Score: a whole number is expected')
    );
    expect(sheet.named('check-4')).toBe('OK');
    expect(sheet.named('mean')).toBe('');
    expect(sheet.named('level')).toBe('');
  },
};
