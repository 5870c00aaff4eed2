/** Risk matrix: 200 risks, levels outside the list, a missing probability, blank rows; map counts. */
import { LEVELS, riskCell, type Level } from '@boussole/core';
import { FORM_ROWS } from '../../../core/src/templates/common';
import { say, type Scenario } from './scenario';

type Row =
  | { kind: 'blank' }
  | { kind: 'ok'; impact: Level; probability: Level }
  | { kind: 'bad'; impact: string; probability: string; fr: string; en: string };

function row(i: number, lang: 'fr' | 'en'): Row {
  const impact = ((i % 3) + 1) as Level;
  const probability = ((Math.floor(i / 3) % 3) + 1) as Level;
  switch (i % 13) {
    case 4:
      return { kind: 'blank' };
    case 6:
      return {
        kind: 'bad',
        impact: 'Very high',
        probability: LEVELS[probability][lang],
        fr: 'Impact : choisissez une valeur de la liste',
        en: 'Impact: choose a value from the list',
      };
    case 9:
      return {
        kind: 'bad',
        impact: LEVELS[impact][lang],
        probability: '',
        fr: 'Probabilité : choisissez une valeur de la liste',
        en: 'Probability: choose a value from the list',
      };
    default:
      return { kind: 'ok', impact, probability };
  }
}

export const riskMatrix: Scenario = {
  id: 'risk-matrix',
  type(put, spec) {
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i, spec.lang);
      if (x.kind === 'blank') continue;
      const r = 5 + i;
      put(`A${r}`, `Risk ${i + 1}`);
      put(`C${r}`, x.kind === 'ok' ? LEVELS[x.impact][spec.lang] : x.impact);
      if (x.kind === 'ok') put(`D${r}`, LEVELS[x.probability][spec.lang]);
      else if (x.probability) put(`D${r}`, x.probability);
    }
  },
  verify(sheet) {
    const counts = new Map<string, number>();
    for (let i = 0; i < FORM_ROWS; i++) {
      const x = row(i, sheet.lang);
      const [check, cell, response] = ['check', 'cell', 'response'].map((n) =>
        sheet.named(`${n}-${i + 1}`)
      );
      if (x.kind === 'blank')
        expect({ i, check, cell, response }).toEqual({ i, check: '', cell: '', response: '' });
      else if (x.kind === 'bad')
        expect({ i, check, cell }).toEqual({ i, check: say(sheet.lang, x.fr, x.en), cell: '' });
      else {
        const code = riskCell(x.impact, x.probability);
        counts.set(code, (counts.get(code) ?? 0) + 1);
        expect({ i, check, cell }).toEqual({ i, check: 'OK', cell: code });
        expect(response).not.toBe('');
      }
    }
    for (const code of ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3'])
      expect(sheet.named(`map-${code}`)).toBe(`${code} (${counts.get(code) ?? 0})`);
  },
};
