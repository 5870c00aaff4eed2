/**
 * Measuring the pilot (docs/method.md, "Pilot measurement"): KPI baselines and monthly actuals,
 * cash and capacity benefits kept apart (capacity counts only for the redeployed share), realised
 * savings and ROI, realisation against the business case, and the Extend / Adjust / Stop verdict
 * with its thresholds as inputs.
 */
import type { Text } from '../i18n';
import { WEEKS_PER_YEAR } from '../method/calculators';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Init } from './builder';
import { q } from './common';
import { FORMATS } from './styles';
import { trimPrintArea } from './layout';
import type { BuildOptions, ChartSpec, SheetSpec } from './types';
import { KPI_TYPES, P, VERDICTS } from './pilot-tracking-text';

/** The sources' mini-case with an hourly cost of 40 €: golden 29 120 €, 264 %, 116 %, Extend. */
export const EXAMPLE_PILOT = {
  cost: 8_000,
  planned: 25_000,
  hourlyCost: 40,
  kpis: [
    { name: P.exampleHours, type: 'hours', unit: P.unitHours, baseline: 20, months: [12, 8, 6] },
    {
      name: P.exampleErrors,
      type: 'errors',
      unit: P.unitErrors,
      baseline: 50,
      months: [30, 20, 15],
    },
    { name: P.exampleNps, type: 'other', unit: P.unitNps, baseline: 10, months: [20, 35, 45] },
  ],
} as const;

export const KPI_ROWS = 200;
export const MONTHS = 6;
export const DEFAULTS = { weeks: WEEKS_PER_YEAR, redeployed: 1, minRoi: 1, stopBelow: 0 };

const IN = {
  cost: 5,
  planned: 6,
  hourly: 7,
  weeks: 8,
  redeployed: 9,
  cash: 10,
  minRoi: 11,
  stop: 12,
};
const RES = 15;
const LIST = 32; // header row of the KPI list
/** KPI list columns. */
const K = {
  name: 1,
  type: 2,
  unit: 3,
  base: 4,
  m1: 5,
  latest: 5 + MONTHS,
  change: 6 + MONTHS,
  pct: 7 + MONTHS,
  check: 8 + MONTHS,
  counted: 9 + MONTHS,
};

/** The latest monthly actual of row r: the rightmost number, by nested IFs all hosts compute. */
function lastNumber(r: number): string {
  let f = '""';
  for (let i = 0; i < MONTHS; i++) {
    const ref = a1(r, K.m1 + i);
    f = `IF(ISNUMBER(${ref}),${ref},${f})`;
  }
  return f;
}

export function pilotTracking(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('pilot-tracking', o);
  const t = (x: Text) => s.t(x);
  const e = s.examples ? EXAMPLE_PILOT : undefined;
  s.intro(P.howTo);
  const C = (r: number) => a1(r, 3, true);

  s.section(4, P.pilot, 4);
  const inputs: [number, Text, Init][] = [
    [IN.cost, P.cost, input(e?.cost, FORMATS.eur)],
    [IN.planned, P.planned, input(e?.planned, FORMATS.eur)],
    [IN.hourly, P.hourly, input(e?.hourlyCost, FORMATS.eur)],
    [IN.weeks, P.weeks, input(DEFAULTS.weeks, FORMATS.int)],
    [IN.redeployed, P.redeployed, input(DEFAULTS.redeployed, FORMATS.pct)],
    [IN.cash, P.cash, input(undefined, FORMATS.eur)],
    [IN.minRoi, P.minRoi, input(DEFAULTS.minRoi, FORMATS.pct)],
    [IN.stop, P.stop, input(DEFAULTS.stopBelow, FORMATS.pct)],
  ];
  for (const [r, label, init] of inputs) {
    s.row(r, 1, [t(label), null, init]);
    const share = r === IN.redeployed;
    s.validate(
      `C${r}`,
      share
        ? { kind: 'number', min: 0, max: 1 }
        : { kind: 'number', min: r === IN.minRoi || r === IN.stop ? -1 : 0 }
    );
  }

  // KPIs summed by type over the rows the check column accepts.
  const col = (c: number) => rangeA1(LIST + 1, c, LIST + KPI_ROWS, c, true);
  const byType = (type: keyof typeof KPI_TYPES, c: number) =>
    `SUMIFS(${col(c)},${col(K.type)},${q(KPI_TYPES[type], o.lang)},${col(K.counted)},1)`;
  const res = (i: number) => C(RES + i);
  const ifCost = (expr: string) => `=IF(N(${C(IN.cost)})>0,${expr},"")`;
  s.section(RES - 1, P.results, 4);
  const results: [Text, string, string, string?][] = [
    [P.hoursBefore, `=${byType('hours', K.base)}`, FORMATS.num1],
    [P.hoursAfter, `=${byType('hours', K.latest)}`, FORMATS.num1],
    [P.hoursSaved, `=${res(0)}-${res(1)}`, FORMATS.num1, 'hours-saved'],
    [P.errorsBefore, `=${byType('errors', K.base)}`, FORMATS.thousands],
    [P.errorsAfter, `=${byType('errors', K.latest)}`, FORMATS.thousands],
    [
      P.errorReduction,
      `=IF(${res(3)}>0,(${res(3)}-${res(4)})/${res(3)},"")`,
      FORMATS.pct,
      'error-reduction',
    ],
    [P.capacity, `=${res(2)}*N(${C(IN.weeks)})`, FORMATS.hours, 'capacity'],
    [P.capacityValue, `=${res(6)}*N(${C(IN.hourly)})`, FORMATS.eur, 'capacity-value'],
    [P.capacityCounted, `=${res(7)}*N(${C(IN.redeployed)})`, FORMATS.eur, 'capacity-counted'],
    [P.cashBenefit, `=N(${C(IN.cash)})`, FORMATS.eur, 'cash-benefit'],
    [P.realised, `=${res(8)}+${res(9)}`, FORMATS.eur, 'realised-savings'],
    [P.roi, ifCost(`(${res(10)}-${C(IN.cost)})/${C(IN.cost)}`), FORMATS.pct, 'realised-roi'],
    [
      P.realisation,
      `=IF(N(${C(IN.planned)})>0,${res(10)}/${C(IN.planned)},"")`,
      FORMATS.pct,
      'realisation',
    ],
    [
      P.verdict,
      `=IF(ISNUMBER(${res(11)}),IF(${res(11)}>=N(${C(IN.minRoi)}),${q(VERDICTS.extend, o.lang)},IF(${res(11)}<N(${C(IN.stop)}),${q(VERDICTS.stop, o.lang)},${q(VERDICTS.adjust, o.lang)})),"")`,
      '',
      'verdict',
    ],
  ];
  results.forEach(([label, f, format, name], i) => {
    const strong = name === 'realised-savings' || name === 'realised-roi' || name === 'verdict';
    s.row(RES + i, 1, [
      t(label),
      null,
      {
        ...formula(f, format || undefined, strong ? 'total' : 'output'),
        ...(name ? { name } : {}),
      },
    ]);
  });
  const verdictRef = `C${RES + 13}`;
  s.when(verdictRef, `${verdictRef}=${q(VERDICTS.extend, o.lang)}`, {
    fill: '#C6EFCE',
    bold: true,
  });
  s.when(verdictRef, `${verdictRef}=${q(VERDICTS.adjust, o.lang)}`, {
    fill: '#FFEB9C',
    bold: true,
  });
  s.when(verdictRef, `${verdictRef}=${q(VERDICTS.stop, o.lang)}`, { fill: '#FFC7CE', bold: true });

  // The KPI list, last: baseline, monthly actuals, latest, change, check.
  s.section(LIST - 1, P.kpis, K.counted);
  const months = Array.from({ length: MONTHS }, (_, i) => ({
    fr: `Mois ${i + 1}`,
    en: `Month ${i + 1}`,
  }));
  s.headers(LIST, 1, [
    P.kpi,
    P.type,
    P.unit,
    P.baseline,
    ...months,
    P.latest,
    P.change,
    P.changePct,
    P.check,
    P.counted,
  ]);
  const typeList = Object.values(KPI_TYPES).map(t);
  for (let r = LIST + 1; r <= LIST + KPI_ROWS; r++) {
    const k = e?.kpis[r - LIST - 1];
    const m = rangeA1(r, K.m1, r, K.m1 + MONTHS - 1);
    const base = a1(r, K.base);
    const latest = a1(r, K.latest);
    const nums = rangeA1(r, K.base, r, K.m1 + MONTHS - 1);
    s.row(r, 1, [
      input(k && t(k.name)),
      input(k && t(KPI_TYPES[k.type])),
      input(k && t(k.unit)),
      input(k?.baseline, FORMATS.num1),
      ...Array.from({ length: MONTHS }, (_, i) => input(k?.months[i], FORMATS.num1)),
      formula(`=${lastNumber(r)}`, FORMATS.num1, 'output'),
      formula(
        `=IF(AND(ISNUMBER(${base}),ISNUMBER(${latest})),${latest}-${base},"")`,
        FORMATS.num1,
        'output'
      ),
      formula(
        `=IF(AND(ISNUMBER(${base}),ISNUMBER(${latest})),IF(${base}<>0,(${latest}-${base})/${base},""),"")`,
        FORMATS.pct,
        'output'
      ),
      formula(
        `=IF(SUMPRODUCT(--ISTEXT(${nums}))>0,${q(P.notNumber, o.lang)},IF(AND(COUNT(${m})>0,NOT(ISNUMBER(${base}))),${q(P.noBaseline, o.lang)},""))`,
        undefined,
        'note'
      ),
      formula(
        `=IF(AND(LEN(${a1(r, K.check)})=0,ISNUMBER(${base}),ISNUMBER(${latest})),1,0)`,
        FORMATS.int,
        'note'
      ),
    ]);
  }
  s.validate(rangeA1(LIST + 1, K.type, LIST + KPI_ROWS, K.type), {
    kind: 'list',
    values: typeList,
  });
  s.validate(rangeA1(LIST + 1, K.base, LIST + KPI_ROWS, K.m1 + MONTHS - 1), {
    kind: 'number',
    min: 0,
  });
  s.when(rangeA1(LIST + 1, K.check, LIST + KPI_ROWS, K.check), `LEN(${a1(LIST + 1, K.check)})>0`, {
    color: '#C00000',
    bold: true,
  });

  const spec = s.widths(40, 16, 12, 11, ...Array(MONTHS).fill(9), 10, 10, 10, 22, 9).build();
  const first = LIST + 1;
  const charts: ChartSpec[] = [
    {
      kind: 'bar',
      title: t(P.chart),
      anchor: 'F4',
      size: { cols: 8, rows: 16 },
      series: [
        {
          name: t(P.baseline),
          categories: `A${first}:A${first + 9}`,
          values: `D${first}:D${first + 9}`,
        },
        {
          name: t(P.latest),
          categories: `A${first}:A${first + 9}`,
          values: `${a1(first, K.latest)}:${a1(first + 9, K.latest)}`,
        },
      ],
    },
  ];
  return {
    ...spec,
    charts,
    print: {
      orientation: 'landscape',
      area: trimPrintArea({ ...spec, charts }, rangeA1(1, 1, LIST + KPI_ROWS, K.counted)),
      fitToWidth: true,
      repeatRows: { first: LIST, last: LIST },
    },
    rowHeights: { [LIST]: 30 },
    protect: true,
  };
}
