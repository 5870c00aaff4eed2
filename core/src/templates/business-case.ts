/**
 * The business case of one project (docs/method.md, "Business case in ranges"): three-point
 * savings and cost, run costs as a rate or as cost lines, adoption ramp, year-by-year flows, NPV,
 * IRR, payback, scenarios, PERT expected NPV, tornado and the use-case benchmark check.
 * One project per sheet: its flows run across the years and its scenarios and tornado below them,
 * which a one-row-per-project table could not show; insert the sheet again for another project.
 */
import type { Text } from '../i18n';
import { BENCHMARKS } from '../method/benchmarks';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Init } from './builder';
import { q } from './common';
import { FORMATS } from './styles';
import { trimPrintArea } from './layout';
import type { BuildOptions, ChartSpec, SheetSpec } from './types';
import { CHECKS, FLOW_LABELS, L } from './business-case-text';
import { drawFlows } from './business-case-flows';
import {
  BENCH,
  BT,
  F,
  LINES,
  LINE_ROWS,
  MAX_YEARS,
  R,
  RES,
  SCEN,
  TORN,
  LAST_YEAR,
} from './business-case-layout';

export { LINE_ROWS, MAX_YEARS } from './business-case-layout';

/** The example of docs/method.md: golden NPV, IRR, scenarios and tornado come from it. */
export const EXAMPLE_CASE = {
  savings: [20_000, 25_000, 40_000],
  cost: [8_000, 10_000, 15_000],
  runRate: 0.2,
  years: 3,
  discount: 0.08,
  ramp: [0.5, 1, 1],
  useCase: 'hr' as keyof typeof BENCHMARKS,
} as const;

export function businessCase(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('business-case', o);
  const t = (x: Text) => s.t(x);
  const e = s.examples ? EXAMPLE_CASE : undefined;
  s.intro(L.howTo);

  // Inputs.
  s.section(4, L.estimates, 6);
  s.headers(5, 1, [L.input, L.low, L.likely, L.high, L.pertMean, L.check]);
  const $ = (r: number, c: number) => a1(r, c, true);
  const lo = (r: number) => `IF(ISNUMBER(${$(r, 2)}),${$(r, 2)},${$(r, 3)})`;
  const hi = (r: number) => `IF(ISNUMBER(${$(r, 4)}),${$(r, 4)},${$(r, 3)})`;
  const ready = `${$(R.fix, 3)}=0`;
  const when = (expr: string) => `=IF(${ready},${expr},"")`;
  const notNum = (ref: string) => `AND(${ref}<>"",NOT(ISNUMBER(${ref})))`;
  const msg = (k: keyof typeof CHECKS) => q(CHECKS[k], o.lang);

  for (const [row, label, vals] of [
    [R.savings, L.savings, e?.savings],
    [R.cost, L.cost, e?.cost],
  ] as const) {
    const [b, c, d] = [2, 3, 4].map((col) => a1(row, col));
    const positive = row === R.cost ? `,IF(${lo(row)}<=0,${msg('positive')},"")` : ',""';
    s.row(row, 1, [
      t(label),
      input(vals?.[0], FORMATS.eur),
      input(vals?.[1], FORMATS.eur),
      input(vals?.[2], FORMATS.eur),
      formula(when(`(${lo(row)}+4*${c}+${hi(row)})/6`), FORMATS.eur, 'output'),
      formula(
        `=IF(OR(${notNum(b)},${notNum(c)},${notNum(d)}),${msg('number')},IF(${c}="","",IF(OR(${lo(row)}>${c},${c}>${hi(row)}),${msg('order')}${positive})))`,
        undefined,
        'note'
      ),
    ]);
  }
  const single = (row: number, label: Text, value: Init, check: string) =>
    s.row(row, 1, [t(label), null, value, null, null, formula(check, undefined, 'note')]);
  const C = (r: number) => a1(r, 3);
  single(
    R.run,
    L.runRate,
    input(e?.runRate, FORMATS.pct),
    `=IF(${notNum(C(R.run))},${msg('number')},IF(OR(N(${C(R.run)})<0,N(${C(R.run)})>1),${msg('share')},""))`
  );
  single(
    R.years,
    L.years,
    input(e?.years, FORMATS.int),
    `=IF(${notNum(C(R.years))},${msg('number')},IF(${C(R.years)}="","",IF(OR(${C(R.years)}<1,${C(R.years)}>${MAX_YEARS},INT(${C(R.years)})<>${C(R.years)}),${msg('years')},"")))`
  );
  single(
    R.rate,
    L.discount,
    input(e?.discount, FORMATS.pct1),
    `=IF(${notNum(C(R.rate))},${msg('number')},IF(OR(N(${C(R.rate)})<0,N(${C(R.rate)})>1),${msg('share')},""))`
  );
  const benchLabels = rangeA1(BT.row + 1, BT.col, BT.row + 11, BT.col, true);
  single(R.useCase, L.useCase, input(e && t(BENCHMARKS[e.useCase].label)), '=""');
  const lineCost = rangeA1(LINES + 1, 4, LINES + LINE_ROWS, 4, true);
  const lineChecks = rangeA1(LINES + 1, 5, LINES + LINE_ROWS, 5, true);
  s.row(R.lines, 1, [t(L.linesTotal), null, formula(`=SUM(${lineCost})`, FORMATS.eur, 'output')]);
  // Inputs to fix: flagged checks, plus a missing likely savings, cost or horizon.
  s.row(R.fix, 1, [
    t(L.toFix),
    null,
    {
      ...formula(
        `=SUMPRODUCT(--(LEN(F${R.savings}:F${R.rate})>0))+COUNTBLANK(C${R.savings}:C${R.cost})+COUNTBLANK(C${R.years})`,
        FORMATS.int,
        'output'
      ),
      name: 'inputs-to-fix',
    },
  ]);
  s.validate(rangeA1(R.savings, 2, R.cost, 4), { kind: 'number', min: 0 });
  s.validate(`C${R.run}`, { kind: 'number', min: 0, max: 1 });
  s.validate(`C${R.years}`, { kind: 'number', min: 1, max: MAX_YEARS, whole: true });
  s.validate(`C${R.rate}`, { kind: 'number', min: 0, max: 1 });
  s.validate(`C${R.useCase}`, { kind: 'range', source: benchLabels.replace(/\$/g, '') });

  // Run cost of a year for a given one-off cost: the lines when any is filled, else cost × run rate.
  const runOf = (cost: string) =>
    `IF(COUNT(${lineCost})>0,${$(R.lines, 3)},${cost}*N(${$(R.run, 3)}))`;

  const npvOf = drawFlows(s, {
    lang: o.lang,
    ramp: e?.ramp,
    $,
    ready,
    when,
    msg,
    runOf,
  });

  // Scenarios and PERT expected value.
  s.section(SCEN - 2, L.scenarios, 6);
  s.headers(SCEN - 1, 1, [L.scenario, L.savingsShort, L.costShort, L.npvShort]);
  const S = R.savings;
  const Cc = R.cost;
  const scen: [Text, string, string, string][] = [
    [L.pessimistic, lo(S), hi(Cc), 'npv-pessimistic'],
    [L.likelyCase, $(S, 3), $(Cc, 3), 'npv-likely'],
    [L.optimistic, hi(S), lo(Cc), 'npv-optimistic'],
    [L.pert, $(S, 5), $(Cc, 5), 'npv-pert'],
  ];
  scen.forEach(([label, sv, cost, name], i) => {
    const r = SCEN + i;
    s.row(r, 1, [
      t(label),
      formula(when(sv), FORMATS.eur, 'output'),
      formula(when(cost), FORMATS.eur, 'output'),
      { ...formula(npvOf(`B${r}`, `C${r}`), FORMATS.eur, 'total'), name },
    ]);
  });

  // Tornado: each input at its low and high, the other at likely.
  s.section(TORN - 2, L.tornado, 6);
  s.headers(TORN - 1, 1, [L.input, L.atLow, L.atHigh, L.swing]);
  const torn: [Text, (v: string) => string, string, string, string][] = [
    [L.savings, (v) => npvOf(v, $(Cc, 3)), lo(S), hi(S), 'tornado-savings'],
    [L.cost, (v) => npvOf($(S, 3), v), lo(Cc), hi(Cc), 'tornado-cost'],
  ];
  torn.forEach(([label, npv, low, high, name], i) => {
    const r = TORN + i;
    s.row(r, 1, [
      t(label),
      { ...formula(npv(low), FORMATS.eur, 'output'), name: `${name}-low` },
      { ...formula(npv(high), FORMATS.eur, 'output'), name: `${name}-high` },
      formula(when(`ABS(C${r}-B${r})`), FORMATS.eur, 'output'),
    ]);
  });

  // Benchmark check against the use-case table (N:R).
  s.section(BENCH - 1, L.benchmark, 6);
  const match = `MATCH(${$(R.useCase, 3)},${benchLabels},0)`;
  const roiAt = (col: number) =>
    `INDEX(${rangeA1(BT.row + 1, col, BT.row + 11, col, true)},${match})`;
  const known = `AND(${ready},ISNUMBER(${match}))`;
  s.row(BENCH, 1, [
    t(L.benchLow),
    null,
    formula(`=IF(${known},${roiAt(BT.col + 3)},"")`, FORMATS.pct, 'output'),
  ]);
  s.row(BENCH + 1, 1, [
    t(L.benchHigh),
    null,
    formula(`=IF(${known},${roiAt(BT.col + 4)},"")`, FORMATS.pct, 'output'),
  ]);
  s.row(BENCH + 2, 1, [
    t(L.verdict),
    null,
    {
      ...formula(
        `=IF(AND(${known},ISNUMBER(C${RES + 5})),IF(C${RES + 5}>C${BENCH + 1},${q(L.illusory, o.lang)},IF(C${RES + 5}<C${BENCH},${q(L.below, o.lang)},${q(L.within, o.lang)})),"")`,
        undefined,
        'total'
      ),
      name: 'benchmark-verdict',
    },
  ]);
  s.headers(BT.row, BT.col, [L.useCase, L.budgetMin, L.budgetMax, L.roiMin, L.roiMax]);
  Object.values(BENCHMARKS).forEach((b, i) =>
    s.row(
      BT.row + 1 + i,
      BT.col,
      [t(b.label), b.budget_min, b.budget_max, b.roi_min, b.roi_max].map((v, k): Init => ({
        value: v,
        format: k === 0 ? undefined : k < 3 ? FORMATS.eur : FORMATS.pct,
      }))
    )
  );

  // Run-cost lines, last: the list grows downwards with nothing below it.
  s.section(LINES - 1, L.lines, 6);
  s.headers(LINES, 1, [L.line, L.quantity, L.unitCost, L.yearly, L.check]);
  for (let r = LINES + 1; r <= LINES + LINE_ROWS; r++) {
    const i = r - LINES - 1;
    const [b, c] = [`B${r}`, `C${r}`];
    s.row(r, 1, [
      input(L.lineNames[i] && t(L.lineNames[i])),
      input(undefined, FORMATS.thousands),
      input(undefined, FORMATS.eur),
      formula(
        `=IF(AND(ISNUMBER(${b}),ISNUMBER(${c})),IF(AND(${b}>=0,${c}>=0),${b}*${c},""),"")`,
        FORMATS.eur,
        'output'
      ),
      formula(
        `=IF(OR(${notNum(b)},${notNum(c)}),${msg('number')},IF(OR(N(${b})<0,N(${c})<0),${msg('negative')},""))`,
        undefined,
        'note'
      ),
    ]);
  }
  s.validate(rangeA1(LINES + 1, 2, LINES + LINE_ROWS, 3), { kind: 'number', min: 0 });
  s.when(lineChecks.replace(/\$/g, ''), `LEN(E${LINES + 1})>0`, { color: '#C00000', bold: true });
  s.when(`F${R.savings}:F${R.rate}`, `LEN(F${R.savings})>0`, { color: '#C00000', bold: true });
  s.when(`C${BENCH + 2}`, `C${RES + 5}>C${BENCH + 1}`, { color: '#C00000', bold: true });

  const spec = s
    .freeze(0)
    .widths(38, 13, 13, 13, 13, 13, 11, 11, 11, 11, 11, 11, 26, 34, 12, 12, 10, 10)
    .build();
  const last = LINES + LINE_ROWS;
  const charts: ChartSpec[] = [
    {
      kind: 'column',
      title: t(L.cumChart),
      anchor: `H${RES}`,
      size: { cols: 6, rows: 14 },
      series: [
        {
          name: t(FLOW_LABELS.cum),
          categories: `B${F.year}:${LAST_YEAR}${F.year}`,
          values: `B${F.cum}:${LAST_YEAR}${F.cum}`,
        },
      ],
    },
    {
      kind: 'bar',
      title: t(L.tornado),
      anchor: `H${TORN - 2}`,
      size: { cols: 6, rows: 10 },
      series: [
        {
          name: t(L.atLow),
          categories: `A${TORN}:A${TORN + 1}`,
          values: `B${TORN}:B${TORN + 1}`,
        },
        {
          name: t(L.atHigh),
          categories: `A${TORN}:A${TORN + 1}`,
          values: `C${TORN}:C${TORN + 1}`,
        },
      ],
    },
  ];
  return {
    ...spec,
    charts,
    print: {
      orientation: 'landscape',
      area: trimPrintArea({ ...spec, charts }, `A1:R${last}`),
      fitToWidth: true,
      repeatRows: { first: 1, last: 1 },
    },
    rowHeights: Object.fromEntries([5, SCEN - 1, TORN - 1, LINES, BT.row].map((r) => [r, 30])),
    protect: true,
  };
}
