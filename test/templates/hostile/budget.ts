/** Budget: "50 employees" must not read as a large company; text revenue; a negative cost. */
import { say, type Scenario } from './scenario';

export const budget: Scenario = {
  id: 'budget',
  type(put) {
    put('B5', '5 M€');
    put('B6', 0.02);
    put('B22', '50 employees');
    put('B27', -100);
    put('B28', 50_000);
  },
  verify(sheet) {
    const l = sheet.lang;
    expect(sheet.named('budget')).toBe('');
    expect(sheet.named('check-5')).toBe(
      say(
        l,
        "Chiffre d'affaires annuel (€) : un nombre est attendu",
        'Annual revenue (€): a number is expected'
      )
    );
    expect(sheet.named('check-6')).toBe('OK');
    expect(sheet.named('size')).toBe('');
    expect(sheet.named('pilot-budget')).toBe('');
    expect(sheet.named('check-22')).toBe(
      say(
        l,
        'Votre effectif (salariés) : un nombre est attendu',
        'Your headcount (employees): a number is expected'
      )
    );
    expect(sheet.named('check-27')).toBe(
      say(
        l,
        'Coût estimé du premier projet (€) doit être au moins 0',
        'Estimated first-project cost (€) must be at least 0'
      )
    );
    expect(sheet.named('split-1')).toBe('');
  },
};

/** The same sheet with numbers: 50 employees is an SME. */
export const budgetNumbers: Scenario = {
  id: 'budget',
  variant: 'ok',
  type(put) {
    put('B5', 5_000_000);
    put('B6', 0.02);
    put('B22', 50);
  },
  verify(sheet) {
    expect(sheet.named('budget')).toBe(100_000);
    expect(sheet.named('size')).toBe(say(sheet.lang, 'PME', 'SME'));
    expect(sheet.named('split-1')).toBe(50_000);
  },
};
