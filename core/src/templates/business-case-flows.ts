/** The business-case sheet's year-by-year flows and its likely-case results (NPV, IRR, payback). */
import type { Lang, Text } from '../i18n';
import { a1, rangeA1 } from './a1';
import { formula, input, type Init, type SheetBuilder } from './builder';
import { q } from './common';
import { FORMATS } from './styles';
import { FLOW_LABELS, L } from './business-case-text';
import {
  F,
  F2,
  LAST_COL,
  LAST_YEAR,
  MAX_YEARS,
  R,
  RES,
  YEARS,
  yearCol,
} from './business-case-layout';

/** What the flows need from the inputs block: formula pieces built once in business-case.ts. */
export interface CaseRefs {
  lang: Lang;
  ramp?: readonly number[];
  /** An absolute reference to (row, col). */
  $: (r: number, c: number) => string;
  ready: string;
  /** `=IF(ready, expr, "")`. */
  when: (expr: string) => string;
  /** The "not a number" / "0 to 100 %" flags. */
  msg: (k: 'number' | 'share') => string;
  /** The run cost of a year for a one-off cost. */
  runOf: (cost: string) => string;
}

/** Draws the flows and results; returns NPV(savings, cost) as a formula, for scenarios and tornado. */
export function drawFlows(s: SheetBuilder, c: CaseRefs): (sv: string, cost: string) => string {
  const t = (x: Text) => s.t(x);
  const { $, ready, when, msg, runOf } = c;
  const H = $(R.years, 3);
  const rate = `N(${$(R.rate, 3)})`;

  // Year-by-year flows (likely case).
  s.section(F.year - 1, L.flows, LAST_COL);
  s.row(F.year, 1, [
    t(FLOW_LABELS.year),
    ...[0, ...YEARS].map((y) => ({ value: y, style: 'header' as const })),
  ]);
  s.row(F.ramp, 1, [
    t(FLOW_LABELS.ramp),
    null,
    ...YEARS.map((y) => input(c.ramp?.[y - 1], FORMATS.pct)),
  ]);
  const rampRange = rangeA1(F.ramp, 3, F.ramp, 2 + MAX_YEARS);
  s.put(
    F.ramp,
    LAST_COL,
    formula(
      `=IF(SUMPRODUCT(--ISTEXT(${rampRange}))>0,${msg('number')},IF(OR(MIN(${rampRange})<0,MAX(${rampRange})>1),${msg('share')},""))`,
      undefined,
      'note'
    )
  );
  s.validate(rampRange, { kind: 'number', min: 0, max: 1 });
  const within = (y: number, expr: string, otherwise = '""') =>
    `=IF(AND(${ready},${y}<=${H}),${expr},${otherwise})`;
  const at = (row: number, y: number) => a1(row, yearCol(y));
  const yearRow = (
    row: number,
    label: Text,
    y0: Init | null,
    f: (y: number) => string,
    format?: string
  ) => s.row(row, 1, [t(label), y0, ...YEARS.map((y) => formula(f(y), format, 'output'))]);
  yearRow(
    F.adopt,
    FLOW_LABELS.adopt,
    null,
    // A ramp cell that is not a share from 0 to 100 % is flagged in column M and read as 100 %.
    (y) => {
      const r = at(F.ramp, y);
      return within(y, `IF(ISNUMBER(${r}),IF(AND(${r}>=0,${r}<=1),${r},1),1)`, '0');
    },
    FORMATS.pct
  );
  yearRow(F.df, FLOW_LABELS.df, null, (y) => within(y, `1/(1+${rate})^${y}`, '0'), '0.0000');
  yearRow(
    F.sav,
    FLOW_LABELS.savings,
    null,
    (y) => within(y, `${$(R.savings, 3)}*${at(F.adopt, y)}`),
    FORMATS.eur
  );
  yearRow(F.run, FLOW_LABELS.run, null, (y) => within(y, runOf($(R.cost, 3))), FORMATS.eur);
  const netY0 = formula(when(`-${$(R.cost, 3)}`), FORMATS.eur, 'output');
  yearRow(
    F.net,
    FLOW_LABELS.net,
    netY0,
    (y) => within(y, `${at(F.sav, y)}-${at(F.run, y)}`),
    FORMATS.eur
  );
  yearRow(
    F.cum,
    FLOW_LABELS.cum,
    formula(when(`B${F.net}`), FORMATS.eur, 'output'),
    (y) => within(y, `${at(F.cum, y - 1)}+${at(F.net, y)}`),
    FORMATS.eur
  );
  yearRow(
    F2.disc,
    FLOW_LABELS.disc,
    formula(when(`B${F.net}`), FORMATS.eur, 'output'),
    (y) => within(y, `${at(F.net, y)}*${at(F.df, y)}`),
    FORMATS.eur
  );
  yearRow(
    F2.dcum,
    FLOW_LABELS.dcum,
    formula(when(`B${F2.disc}`), FORMATS.eur, 'output'),
    (y) => within(y, `${at(F2.dcum, y - 1)}+${at(F2.disc, y)}`),
    FORMATS.eur
  );
  // The year the cumulative flow turns positive, interpolated within that year.
  const crossing = (cum: number, flow: number) => (y: number) =>
    within(
      y,
      `IF(AND(${at(cum, y - 1)}<0,${at(cum, y)}>=0),${y - 1}-${at(cum, y - 1)}/${at(flow, y)},"")`
    );
  yearRow(F2.pay, FLOW_LABELS.pay, null, crossing(F.cum, F.net), FORMATS.num2);
  yearRow(F2.dpay, FLOW_LABELS.dpay, null, crossing(F2.dcum, F2.disc), FORMATS.num2);

  // Results: NPV of (savings S, cost C) = −C + S × Σ adoption × discount − run(C) × Σ discount.
  const adoptSum = `SUMPRODUCT(C${F.adopt}:${LAST_YEAR}${F.adopt},C${F.df}:${LAST_YEAR}${F.df})`;
  const dfSum = `SUM(C${F.df}:${LAST_YEAR}${F.df})`;
  const npvOf = (sv: string, cost: string) =>
    when(`-${cost}+${sv}*${adoptSum}-${runOf(cost)}*${dfSum}`);
  const flows = `B${F.net}:${LAST_YEAR}${F.net}`;
  const none = q(L.none, c.lang);
  const payback = (row: number) =>
    when(
      `IF(COUNT(C${row}:${LAST_YEAR}${row})=0,${q(L.notWithin, c.lang)},MIN(C${row}:${LAST_YEAR}${row}))`
    );
  s.section(RES, L.results, 6);
  const results: [Text, Init, string][] = [
    [
      L.npv,
      formula(when(`SUM(B${F2.disc}:${LAST_YEAR}${F2.disc})`), FORMATS.eur, 'total'),
      'npv-flows',
    ],
    [
      L.irr,
      formula(
        when(`IFERROR(IRR(${flows}),IFERROR(IRR(${flows},-0.5),${none}))`),
        FORMATS.pct1,
        'total'
      ),
      'irr',
    ],
    [L.payback, formula(payback(F2.pay), FORMATS.num2, 'output'), 'payback'],
    [L.dpayback, formula(payback(F2.dpay), FORMATS.num2, 'output'), 'discounted-payback'],
    [
      L.roi,
      formula(when(`(${$(R.savings, 3)}-${$(R.cost, 3)})/${$(R.cost, 3)}`), FORMATS.pct, 'output'),
      'roi',
    ],
  ];
  results.forEach(([label, init, name], i) =>
    s.row(RES + 1 + i, 1, [t(label), null, { ...init, name }])
  );

  return npvOf;
}
