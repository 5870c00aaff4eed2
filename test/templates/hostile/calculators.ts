/** Calculators: 200 projects with text, out-of-range run costs and blank rows; text in a single calculator. */
import { netBenefit, payback, roi } from '@boussole/core';
import { FORM_ROWS } from '../../../core/src/templates/common';
import { near, say, type Scenario } from './scenario';

type Row =
  | { kind: 'blank' }
  | { kind: 'ok'; savings: number; cost: number; run: number }
  | { kind: 'bad'; savings: string | number; cost: number; run: number; fr: string; en: string };

function row(i: number): Row {
  const savings = 10_000 + i * 500;
  const cost = 5_000 + (i % 10) * 1_000;
  switch (i % 16) {
    case 5:
      return { kind: 'blank' };
    case 8:
      return {
        kind: 'bad',
        savings: '25k',
        cost,
        run: 0.2,
        fr: 'Gains annuels (€) : un nombre est attendu',
        en: 'Annual savings (€): a number is expected',
      };
    case 12:
      return {
        kind: 'bad',
        savings,
        cost,
        run: 20,
        fr: 'Coûts de run (% du coût par an) doit être entre 0 et 1',
        en: 'Run costs (% of cost a year) must be 0–1',
      };
    default:
      return { kind: 'ok', savings, cost, run: 0.2 };
  }
}

export const calculators: Scenario = {
  id: 'calculators',
  type(put) {
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i);
      if (x.kind === 'blank') continue;
      const r = 6 + i;
      put(`A${r}`, `Project ${i + 1}`);
      put(`B${r}`, x.savings);
      put(`C${r}`, x.cost);
      put(`F${r}`, x.run);
      put(`G${r}`, 3);
    }
  },
  verify(sheet) {
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i);
      const [check, r, p, net] = ['check', 'roi', 'payback', 'net'].map((n) =>
        sheet.named(`${n}-${i + 1}`)
      );
      if (x.kind === 'blank')
        expect({ i, check, r, net }).toEqual({ i, check: '', r: '', net: '' });
      else if (x.kind === 'bad')
        expect({ i, check, r, net }).toEqual({
          i,
          check: say(sheet.lang, x.fr, x.en),
          r: '',
          net: '',
        });
      else {
        expect({ i, check }).toEqual({ i, check: 'OK' });
        expect([
          near(r, roi(x.savings, x.cost) as number),
          near(p, payback(x.cost, x.savings) as number),
        ]).toEqual([true, true]);
        expect(near(net, netBenefit(x.savings, x.cost, 3, x.run, 0))).toBe(true);
      }
    }
  },
};
