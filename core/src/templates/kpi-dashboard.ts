/**
 * docs/method.md §11: KPIs by North Star and scorecard perspective. The user types each KPI's inputs
 * (savings and cost, hours before and after…) and its calculation model gives the current value;
 * the gap to target, on the KPI's own scale, gives the attainment and the status colour.
 * Summaries and the models' reference sit right of the list, so it has room for 200 KPIs.
 */
import type { Text } from '../i18n';
import {
  KPI_MODELS,
  KPI_STATUSES,
  KPI_WATCH_FROM,
  KPIS,
  NORTH_STARS,
  PERSPECTIVES,
  type Kpi,
  type KpiModel,
} from '../method/kpis';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Init } from './builder';
import {
  CHECK,
  checkFormula,
  checkLooks,
  inputLegend,
  listHelp,
  listRule,
  numberRules,
  whenOk,
  type Rule,
} from './checks';
import { COMMENT, q } from './common';
import { C, FIRST, HEADER, LABELS, LAST, MODELS } from './kpi-dashboard-layout';
import {
  attainmentChart,
  kpiReference,
  REFERENCE_WIDTHS,
  referenceArea,
} from './kpi-dashboard-reference';
import { BAD, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const HIGHER: Text = { fr: 'Plus haut', en: 'Higher' };
const LOWER: Text = { fr: 'Plus bas', en: 'Lower' };
const TRENDS = {
  up: { fr: 'En amélioration', en: 'Improving' },
  down: { fr: 'En dégradation', en: 'Worsening' },
  flat: { fr: 'Stable', en: 'Stable' },
} as const satisfies Record<string, Text>;
const ABOVE_ZERO = (label: Text): Text => ({
  fr: `${label.fr} doit être au-dessus de 0`,
  en: `${label.en} must be above 0`,
});

/** Example inputs by KPI position: A, B, target, previous value (docs/method.md's worked figures). */
const EXAMPLES: readonly (readonly [number, number | undefined, number, number] | undefined)[] = [
  [25_000, 10_000, 1, 1.2], // ROI → 150 %
  [25_000, 10_000, 12, 6], // payback → 4.8 months
  [15_600, undefined, 20_000, 12_000], // avoided costs
  [312, undefined, 300, 250], // freed capacity
  [10, 2, 8, 6], // time saved → 8 h/week
  [0.021, undefined, 0.02, 0.04], // error rate
  [50, 10, 0.75, 0.6], // error reduction → 80 %
  [12, undefined, 10, 15], // processing time
  [6, 8, 0.8, 0.6], // adoption 6 teams of 8
  [0.5, 0.15, 30, 20], // employee NPS 35
  [0.6, 0.1, 40, 45], // customer NPS → 50
  [0.7, undefined, 0.8, 0.72], // trust index
  [1, undefined, 2, 3], // incidents
  [1, undefined, 1, 0.9], // compliance
];

/**
 * List column widths in characters: each fits its values in both languages (the headers wrap), so
 * the list, printed without its free-text comment, fits one page wide at about two thirds of full
 * size (docs/templates.md "Print").
 */
const WIDTHS: Record<keyof typeof C, number> = {
  name: 20,
  star: 9,
  perspective: 22,
  unit: 10,
  better: 10,
  model: 14,
  // Inputs, current value, target and previous value: one width, set by Apps Script in one call.
  a: 12,
  b: 12,
  current: 12,
  target: 12,
  previous: 12,
  trend: 14,
  // "attainment" whole on a header line.
  gap: 12,
  attainment: 12,
  // Also holds the inputs legend above the header.
  status: 16,
  // The comment, not printed, as wide as the check: one Apps Script call for both.
  check: 28,
  comment: 28,
};

const formatOf = (k: Kpi | undefined): string | undefined =>
  k === undefined
    ? undefined
    : k.unit.en === '%'
      ? FORMATS.pct1
      : k.unit.en === '€'
        ? FORMATS.eur
        : undefined;

/** Inputs A and B in euros for ROI and payback, as shares for NPS, else in the KPI's unit. */
const inputFormat = (k: Kpi | undefined): string | undefined =>
  k?.model === 'roi' || k?.model === 'payback'
    ? FORMATS.eur
    : k?.model === 'nps'
      ? FORMATS.pct
      : k?.model === undefined
        ? formatOf(k)
        : undefined;

export function kpiDashboard(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('kpi-dashboard', o);
  const L = o.lang;
  const model = (m: KpiModel) => q(KPI_MODELS[m].label, L);
  s.intro({
    fr: 'Saisissez les données A et B de chaque KPI : son modèle de calcul (tableau à droite) donne la valeur actuelle. Statut selon l’écart à la cible dans l’unité du KPI : atteint dès 0, à surveiller jusqu’à 10 % de la cible. Revoir les cibles chaque trimestre.',
    en: "Type each KPI's inputs A and B: its calculation model (table on the right) gives the current value. Status from the gap to target in the KPI's unit: on track from 0, watch within 10 % of the target. Review targets every quarter.",
  });
  inputLegend(s, 3, C.status);
  s.headers(HEADER, 1, [
    { fr: 'KPI', en: 'KPI' },
    { fr: 'Étoile du Nord', en: 'North Star' },
    { fr: 'Perspective', en: 'Perspective' },
    { fr: 'Unité', en: 'Unit' },
    LABELS.better,
    LABELS.model,
    LABELS.a,
    LABELS.b,
    { fr: 'Valeur actuelle (calculée)', en: 'Current value (computed)' },
    LABELS.target,
    LABELS.previous,
    { fr: 'Tendance', en: 'Trend' },
    { fr: 'Écart à la cible', en: 'Gap to target' },
    { fr: 'Atteinte de la cible', en: 'Target attainment' },
    { fr: 'Statut', en: 'Status' },
    CHECK,
    COMMENT,
  ]);
  const watchBand = Math.round((1 - KPI_WATCH_FROM) * 1e6) / 1e6;
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const k: Kpi | undefined = KPIS[i];
    const e = s.examples ? EXAMPLES[i] : undefined;
    const ref = (c: number) => a1(r, c);
    const [A, B, M, cur, target, prev, better, gap, check] = [
      C.a,
      C.b,
      C.model,
      C.current,
      C.target,
      C.previous,
      C.better,
      C.gap,
      C.check,
    ].map(ref);
    const fmt = formatOf(k);
    const fixed = (text: Text | undefined): Init => (k ? { value: text && s.t(text) } : input());
    // One rule for "better when": Lower means lower, anything else (blank too) higher.
    const sign = `IF(${better}=${q(LOWER, L)},-1,1)`;
    const is = (...ms: KpiModel[]) =>
      ms.length === 1
        ? `${M}=${model(ms[0])}`
        : `OR(${ms.map((m) => `${M}=${model(m)}`).join(',')})`;
    const rules: Rule[] = [
      listRule(better, LABELS.better, [s.t(HIGHER), s.t(LOWER)], L),
      listRule(
        M,
        LABELS.model,
        MODELS.map((m) => s.t(KPI_MODELS[m].label)),
        L
      ),
      ...numberRules(A, LABELS.a, L),
      {
        bad: `AND(${M}<>"",NOT(${is('typed')}),NOT(ISNUMBER(${B})))`,
        message: numberRules(B, LABELS.b, L)[0].message,
      },
      { bad: `AND(${is('payback', 'reduction')},${A}<=0)`, message: q(ABOVE_ZERO(LABELS.a), L) },
      { bad: `AND(${is('roi', 'share')},${B}<=0)`, message: q(ABOVE_ZERO(LABELS.b), L) },
      ...numberRules(target, LABELS.target, L, { optional: true }),
      ...numberRules(prev, LABELS.previous, L, { optional: true }),
    ];
    const value =
      `IF(${is('roi')},(${A}-${B})/${B},IF(${is('payback')},${B}/(${A}/12),` +
      `IF(${is('difference')},${A}-${B},IF(${is('reduction')},(${A}-${B})/${A},` +
      `IF(${is('nps')},ROUND((${A}-${B})*100,6),IF(${is('share')},${A}/${B},${A}))))))`;
    s.row(r, 1, [
      fixed(k?.name),
      fixed(k && NORTH_STARS[k.star]),
      fixed(k && PERSPECTIVES[k.perspective]),
      fixed(k?.unit),
      fixed(k && (k.direction === 'higher' ? HIGHER : LOWER)),
      fixed(k && KPI_MODELS[k.model ?? 'typed'].label),
      input(e?.[0], inputFormat(k)),
      input(e?.[1], inputFormat(k)),
      { ...formula(whenOk(check, value), fmt, 'output'), name: `current-${i + 1}` },
      input(e?.[2], fmt),
      input(e?.[3], fmt),
      formula(
        `=IF(OR(${cur}="",${prev}=""),"",IF(${cur}=${prev},${q(TRENDS.flat, L)},IF((${cur}-${prev})*${sign}>0,${q(TRENDS.up, L)},${q(TRENDS.down, L)})))`
      ),
      {
        ...formula(`=IF(OR(${cur}="",${target}=""),"",(${cur}-${target})*${sign})`, fmt),
        name: `gap-${i + 1}`,
      },
      {
        ...formula(`=IF(OR(${gap}="",${target}=0),"",1+${gap}/ABS(${target}))`, FORMATS.pct),
        name: `attainment-${i + 1}`,
      },
      {
        ...formula(
          `=IF(${gap}="","",IF(${gap}>=0,${q(KPI_STATUSES.onTrack, L)},IF(${gap}>=-${watchBand}*ABS(${target}),${q(KPI_STATUSES.watch, L)},${q(KPI_STATUSES.offTrack, L)})))`
        ),
        name: `status-${i + 1}`,
      },
      {
        ...formula(
          checkFormula([rangeA1(r, C.a, r, C.b), rangeA1(r, C.target, r, C.previous)], rules)
        ),
        name: `check-${i + 1}`,
      },
      input(),
    ]);
  }
  const listOf = (c: number, label: Text, values: string[]) =>
    s.validate(rangeA1(FIRST, c, LAST, c), { kind: 'list', values }, listHelp(label, L));
  listOf(
    C.star,
    { fr: 'Étoile du Nord', en: 'North Star' },
    Object.values(NORTH_STARS).map((t) => s.t(t))
  );
  listOf(
    C.perspective,
    { fr: 'Perspective', en: 'Perspective' },
    Object.values(PERSPECTIVES).map((t) => s.t(t))
  );
  listOf(C.better, LABELS.better, [s.t(HIGHER), s.t(LOWER)]);
  listOf(
    C.model,
    LABELS.model,
    MODELS.map((m) => s.t(KPI_MODELS[m].label))
  );
  const statuses = rangeA1(FIRST, C.status, LAST, C.status);
  const st = a1(FIRST, C.status);
  s.when(statuses, `=${st}=${q(KPI_STATUSES.onTrack, L)}`, GOOD);
  s.when(statuses, `=${st}=${q(KPI_STATUSES.watch, L)}`, WATCH);
  s.when(statuses, `=${st}=${q(KPI_STATUSES.offTrack, L)}`, BAD);
  checkLooks(s, rangeA1(FIRST, C.check, LAST, C.check), a1(FIRST, C.check));

  kpiReference(s);
  attainmentChart(s);
  // In column order, whatever the order of C's keys.
  const listWidths = (Object.keys(C) as (keyof typeof C)[])
    .sort((a, b) => C[a] - C[b])
    .map((k) => WIDTHS[k]);
  return (
    s
      .widths(...listWidths, 3, ...REFERENCE_WIDTHS)
      .freeze(HEADER)
      // The comment prints clipped at any width: the list prints without it, one page wide.
      .print({ area: rangeA1(1, 1, LAST, C.check), moreAreas: [referenceArea()] })
      .build()
  );
}
