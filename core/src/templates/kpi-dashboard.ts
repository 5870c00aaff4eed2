/**
 * docs/method.md §11: KPIs by North Star and scorecard perspective, with target, current and previous
 * values, attainment, trend and a status colour; summaries by North Star and by perspective.
 */
import type { Text } from '../i18n';
import {
  KPI_STATUSES,
  KPI_WATCH_FROM,
  KPIS,
  NORTH_STARS,
  PERSPECTIVES,
  type Kpi,
} from '../method/kpis';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Init } from './builder';
import { COMMENT, FORM_ROWS, q } from './common';
import { BAD, COLORS, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = {
  name: 1,
  star: 2,
  perspective: 3,
  unit: 4,
  better: 5,
  target: 6,
  current: 7,
  previous: 8,
  trend: 9,
  attainment: 10,
  status: 11,
  comment: 12,
};
const HEADER = 4;
const FIRST = HEADER + 1;
const LAST = HEADER + FORM_ROWS;

const HIGHER: Text = { fr: 'Plus haut', en: 'Higher' };
const LOWER: Text = { fr: 'Plus bas', en: 'Lower' };
const TRENDS = {
  up: { fr: 'En amélioration', en: 'Improving' },
  down: { fr: 'En dégradation', en: 'Worsening' },
  flat: { fr: 'Stable', en: 'Stable' },
} as const satisfies Record<string, Text>;

/** Example target, current and previous values, by KPI position (worked figures of docs/method.md). */
const EXAMPLES: readonly (readonly [number, number, number] | undefined)[] = [
  [1, 1.5, 1.2], // ROI 150 %
  [12, 4.8, 6], // payback 4.8 months
  [20_000, 15_600, 12_000], // avoided costs
  [300, 312, 250], // freed capacity 312 h
  [8, 8, 6], // time saved 8 h/week
  [0.02, 0.021, 0.04], // error rate
  [10, 12, 15], // processing time
  [0.8, 0.75, 0.6], // adoption rate
  [30, 35, 20], // employee NPS
  [40, 50, 45], // customer NPS 50
  [0.8, 0.7, 0.72], // trust index
  [2, 1, 3], // incidents
  [1, 1, 0.9], // compliance
];

const formatOf = (k: Kpi | undefined): string | undefined =>
  k === undefined
    ? undefined
    : k.unit.en === '%'
      ? FORMATS.pct1
      : k.unit.en === '€'
        ? FORMATS.eur
        : undefined;

export function kpiDashboard(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('kpi-dashboard', o);
  const L = o.lang;
  s.intro({
    fr: 'Fixez une cible et saisissez la valeur actuelle (et la précédente pour la tendance). Statut : atteint dès 100 % de la cible, à surveiller dès 90 %. Revoir les cibles chaque trimestre.',
    en: 'Set a target and enter the current value (and the previous one for the trend). Status: on track from 100 % of target, watch from 90 %. Review targets every quarter.',
  });
  s.headers(HEADER, 1, [
    { fr: 'KPI', en: 'KPI' },
    { fr: 'Étoile du Nord', en: 'North Star' },
    { fr: 'Perspective', en: 'Perspective' },
    { fr: 'Unité', en: 'Unit' },
    { fr: 'Meilleur si', en: 'Better when' },
    { fr: 'Cible', en: 'Target' },
    { fr: 'Valeur actuelle', en: 'Current value' },
    { fr: 'Valeur précédente', en: 'Previous value' },
    { fr: 'Tendance', en: 'Trend' },
    { fr: 'Atteinte de la cible', en: 'Target attainment' },
    { fr: 'Statut', en: 'Status' },
    COMMENT,
  ]);
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const k: Kpi | undefined = KPIS[i];
    const e = s.examples ? EXAMPLES[i] : undefined;
    const ref = (c: number) => a1(r, c);
    const [target, current, previous, better, attainment] = [
      C.target,
      C.current,
      C.previous,
      C.better,
      C.attainment,
    ].map(ref);
    const fmt = formatOf(k);
    const fixed = (text: Text | undefined): Init => (k ? { value: text && s.t(text) } : input());
    s.row(r, 1, [
      fixed(k?.name),
      fixed(k && NORTH_STARS[k.star]),
      fixed(k && PERSPECTIVES[k.perspective]),
      fixed(k?.unit),
      fixed(k && (k.direction === 'higher' ? HIGHER : LOWER)),
      input(e?.[0], fmt),
      input(e?.[1], fmt),
      input(e?.[2], fmt),
      formula(
        `=IF(OR(${current}="",${previous}=""),"",IF(${current}=${previous},${q(TRENDS.flat, L)},IF((${current}>${previous})=(${better}=${q(HIGHER, L)}),${q(TRENDS.up, L)},${q(TRENDS.down, L)})))`
      ),
      {
        ...formula(
          `=IF(OR(${target}="",${current}=""),"",IF(${better}=${q(LOWER, L)},IF(${current}<=0,1,${target}/${current}),IF(${target}=0,"",${current}/${target})))`,
          FORMATS.pct
        ),
        name: `attainment-${i + 1}`,
      },
      {
        ...formula(
          `=IF(${attainment}="","",IF(${attainment}>=1,${q(KPI_STATUSES.onTrack, L)},IF(${attainment}>=${KPI_WATCH_FROM},${q(KPI_STATUSES.watch, L)},${q(KPI_STATUSES.offTrack, L)})))`
        ),
        name: `status-${i + 1}`,
      },
      input(),
    ]);
  }
  const col = (c: number) => rangeA1(FIRST, c, LAST, c, true);
  s.validate(rangeA1(FIRST, C.star, LAST, C.star), {
    kind: 'list',
    values: Object.values(NORTH_STARS).map((t) => s.t(t)),
  });
  s.validate(rangeA1(FIRST, C.perspective, LAST, C.perspective), {
    kind: 'list',
    values: Object.values(PERSPECTIVES).map((t) => s.t(t)),
  });
  s.validate(rangeA1(FIRST, C.better, LAST, C.better), {
    kind: 'list',
    values: [s.t(HIGHER), s.t(LOWER)],
  });
  const statuses = rangeA1(FIRST, C.status, LAST, C.status);
  const st = a1(FIRST, C.status);
  s.when(statuses, `=${st}=${q(KPI_STATUSES.onTrack, L)}`, GOOD);
  s.when(statuses, `=${st}=${q(KPI_STATUSES.watch, L)}`, WATCH);
  s.when(statuses, `=${st}=${q(KPI_STATUSES.offTrack, L)}`, BAD);

  // Summaries: how many KPIs of each North Star and perspective are on track, to watch, off track.
  let row = LAST + 2;
  const summary = (title: Text, groups: readonly Text[], groupCol: number): void => {
    s.section(row++, title, C.comment);
    s.headers(row++, 1, [
      title,
      { fr: 'KPI suivis', en: 'KPIs tracked' },
      KPI_STATUSES.onTrack,
      KPI_STATUSES.watch,
      KPI_STATUSES.offTrack,
    ]);
    for (const g of groups) {
      const count = (status: Text) =>
        `COUNTIFS(${col(groupCol)},${a1(row, 1, false)},${col(C.status)},${q(status, L)})`;
      s.row(row, 1, [
        s.t(g),
        formula(`=SUM(${rangeA1(row, 3, row, 5)})`, FORMATS.int, 'output'),
        formula(`=${count(KPI_STATUSES.onTrack)}`, FORMATS.int),
        formula(`=${count(KPI_STATUSES.watch)}`, FORMATS.int),
        formula(`=${count(KPI_STATUSES.offTrack)}`, FORMATS.int),
      ]);
      row++;
    }
    row++;
  };
  summary({ fr: 'Étoile du Nord', en: 'North Star' }, Object.values(NORTH_STARS), C.star);
  summary(
    { fr: 'Perspective du tableau de bord prospectif', en: 'Balanced scorecard perspective' },
    Object.values(PERSPECTIVES),
    C.perspective
  );

  // The first KPIs of the list: a bar per KPI stays readable up to about this many.
  const charted = Math.min(LAST, FIRST + KPI_CHART_ROWS - 1);
  s.chart({
    kind: 'bar',
    title: s.t({ fr: 'Atteinte de la cible', en: 'Target attainment' }),
    anchor: a1(HEADER, C.comment + 2),
    size: { cols: 7, rows: 20 },
    series: [
      {
        name: s.t({ fr: 'Atteinte', en: 'Attainment' }),
        categories: rangeA1(FIRST, C.name, charted, C.name),
        values: rangeA1(FIRST, C.attainment, charted, C.attainment),
        color: COLORS.navy,
      },
    ],
    y: { min: 0, format: FORMATS.pct },
  });
  return s.widths(30, 16, 24, 11, 12, 12, 13, 13, 16, 13, 13, 30).freeze(HEADER).build();
}

/** KPIs the attainment chart shows, from the top of the list. */
export const KPI_CHART_ROWS = 15;
