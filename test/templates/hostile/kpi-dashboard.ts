/**
 * KPI dashboard: 185 KPIs of the user's own below the method's list, with text inputs, a zero
 * cost, an unknown model, blank rows, and a negative NPS against a negative target.
 */
import {
  a1,
  KPI_MODELS,
  KPI_STATUSES,
  kpiAttainment,
  kpiStatus,
  KPIS,
  type KpiModel,
} from '@boussole/core';
import { FORM_ROWS } from '../../../core/src/templates/common';
import { near, say, type Scenario } from './scenario';

const FIRST = 5;
type Row =
  | { kind: 'blank' }
  | {
      kind: 'ok';
      model: KpiModel;
      a: number;
      b: number;
      target: number;
      lower?: boolean;
      current: number;
    }
  | { kind: 'bad'; model: string; a: number | string; b: number; fr: string; en: string };

function row(i: number): Row {
  const a = (i % 10) + 5;
  switch (i % 15) {
    case 0:
      return { kind: 'blank' };
    case 3:
      return {
        kind: 'bad',
        model: 'difference',
        a: '10 h',
        b: 2,
        fr: 'Donnée A : un nombre est attendu',
        en: 'Input A: a number is expected',
      };
    case 6:
      return {
        kind: 'bad',
        model: 'roi',
        a: 1000,
        b: 0,
        fr: 'Donnée B doit être au-dessus de 0',
        en: 'Input B must be above 0',
      };
    case 12:
      return {
        kind: 'bad',
        model: 'Magic',
        a: 1,
        b: 1,
        fr: 'Modèle de calcul : choisissez une valeur de la liste',
        en: 'Calculation model: choose a value from the list',
      };
    case 9: // NPS 20 % − 50 % = −30 against a target of −20: off track, not "150 %".
      return { kind: 'ok', model: 'nps', a: 0.2, b: 0.5, target: -20, current: -30 };
    case 13:
      return { kind: 'ok', model: 'difference', a: 10, b: 4, target: 5, lower: true, current: 6 };
    default:
      return { kind: 'ok', model: 'difference', a, b: 2, target: 5, current: a - 2 };
  }
}

const first = KPIS.length;

export const kpiDashboard: Scenario = {
  id: 'kpi-dashboard',
  type(put, spec) {
    const lang = spec.lang;
    for (let i = first; i < FORM_ROWS; i++) {
      const x = row(i);
      if (x.kind === 'blank') continue;
      const r = FIRST + i;
      put(a1(r, 1), `KPI ${i + 1}`);
      if (x.kind === 'ok' && x.lower) put(a1(r, 5), say(lang, 'Plus bas', 'Lower'));
      const m = x.model in KPI_MODELS ? KPI_MODELS[x.model as KpiModel].label[lang] : x.model;
      put(a1(r, 6), m);
      put(a1(r, 7), x.a);
      put(a1(r, 8), x.b);
      if (x.kind === 'ok') put(a1(r, 10), x.target);
    }
  },
  verify(sheet) {
    const t = (x: { fr: string; en: string }) => x[sheet.lang];
    for (let i = 0; i < first; i++) expect(sheet.named(`check-${i + 1}`)).toBe('');
    for (let i = first; i < FORM_ROWS; i++) {
      const x = row(i);
      const [check, current, status, attainment] = ['check', 'current', 'status', 'attainment'].map(
        (n) => sheet.named(`${n}-${i + 1}`)
      );
      if (x.kind === 'blank')
        expect({ i, check, current, status }).toEqual({ i, check: '', current: '', status: '' });
      else if (x.kind === 'bad')
        expect({ i, check, current, status }).toEqual({
          i,
          check: say(sheet.lang, x.fr, x.en),
          current: '',
          status: '',
        });
      else {
        const dir = x.lower ? 'lower' : 'higher';
        expect({ i, check, current: near(current, x.current) }).toEqual({
          i,
          check: 'OK',
          current: true,
        });
        expect({ i, status }).toEqual({
          i,
          status: t(KPI_STATUSES[kpiStatus(x.target, x.current, dir)]),
        });
        expect({
          i,
          attainment: near(attainment, kpiAttainment(x.target, x.current, dir)!),
        }).toEqual({
          i,
          attainment: true,
        });
      }
    }
    // The negative NPS is off track at 50 % of its target, however the ratio of the two reads.
    expect(sheet.named('status-25')).toBe(t(KPI_STATUSES.offTrack));
    expect(sheet.named('attainment-25')).toBeCloseTo(0.5, 9);
  },
};
