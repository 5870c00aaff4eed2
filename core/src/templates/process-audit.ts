/** docs/method.md §10: one row per manual process; annual cost = hours × cost × weeks, freed capacity. */
import type { Text } from '../i18n';
import { WEEKS_PER_YEAR } from '../method/calculators';
import { EXAMPLE_PROCESSES, VARIABILITY } from '../method/process-audit';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import {
  CHECK,
  checkFormula,
  checkLooks,
  FLAGGED,
  flaggedCount,
  inputLegend,
  listHelp,
  listRule,
  numberHelp,
  numberRules,
  whenOk,
} from './checks';
import { FORM_ROWS, q, TOTAL, yesNo } from './common';
import { BAD, COLORS, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = {
  name: 1,
  hours: 2,
  rate: 3,
  cost: 4,
  variability: 5,
  automatable: 6,
  saved: 7,
  capacity: 8,
  value: 9,
  rank: 10,
  check: 11,
};
const WEEKS_ROW = 3;
const WEEKS = a1(WEEKS_ROW, 2, true);
/** Totals sit above the list, so typing down never reaches them. */
const TOTAL_ROW = 4;
const HEADER = 5;
const FIRST = HEADER + 1;
const LAST = HEADER + FORM_ROWS;

const LABELS = {
  name: { fr: 'Processus', en: 'Process' },
  hours: { fr: 'Durée hebdomadaire (h)', en: 'Weekly duration (h)' },
  rate: { fr: 'Coût horaire moyen (€)', en: 'Average hourly cost (€)' },
  variability: { fr: 'Variabilité de la qualité', en: 'Quality variability' },
  automatable: { fr: "Potentiel d'automatisation", en: 'Automation potential' },
  saved: { fr: 'Heures gagnées par semaine (estimation)', en: 'Weekly hours saved (estimate)' },
  weeks: { fr: 'Semaines travaillées par an', en: 'Working weeks per year' },
} as const satisfies Record<string, Text>;
/** Short names used in check messages. */
const SHORT = {
  name: LABELS.name,
  hours: { fr: 'Durée hebdomadaire', en: 'Weekly duration' },
  rate: { fr: 'Coût horaire', en: 'Hourly cost' },
  saved: { fr: 'Heures gagnées', en: 'Hours saved' },
} as const satisfies Record<string, Text>;
const NAME_EXPECTED: Text = {
  fr: 'Processus : un nom est attendu',
  en: 'Process: a name is expected',
};
const SAVED_TOO_HIGH: Text = {
  fr: 'Heures gagnées : plus que la durée hebdomadaire',
  en: 'Hours saved: more than the weekly duration',
};

export function processAudit(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('process-audit', o);
  const L = o.lang;
  const [yes, no] = yesNo(L);
  const levels = [VARIABILITY.low, VARIABILITY.medium, VARIABILITY.high].map((t) => s.t(t));
  s.intro({
    fr: "Une ligne par processus manuel (200 lignes) : remplissez les cellules jaunes. Le coût annuel d'un problème est le plafond de ce que sa résolution peut coûter. Une ligne mal remplie est signalée dans la colonne Vérification et laissée hors des totaux.",
    en: 'One row per manual process (200 rows): fill in the yellow cells. The annual cost of a problem is the ceiling for what fixing it may cost. A row filled in wrongly is flagged in the Check column and left out of the totals.',
  });
  s.row(WEEKS_ROW, 1, [s.t(LABELS.weeks), input(WEEKS_PER_YEAR)]);
  inputLegend(s, WEEKS_ROW, C.value);
  s.headers(HEADER, 1, [
    LABELS.name,
    LABELS.hours,
    LABELS.rate,
    { fr: 'Coût annuel (€)', en: 'Annual cost (€)' },
    LABELS.variability,
    LABELS.automatable,
    LABELS.saved,
    { fr: 'Capacité libérée (h/an)', en: 'Freed capacity (h/year)' },
    { fr: 'Valeur de la capacité libérée (€)', en: 'Value of freed capacity (€)' },
    { fr: 'Rang (coût annuel)', en: 'Rank (annual cost)' },
    CHECK,
  ]);
  const examples = s.examples ? EXAMPLE_PROCESSES : [];
  const costs = rangeA1(FIRST, C.cost, LAST, C.cost, true);
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const p = examples[i];
    const ref = (c: number) => a1(r, c);
    const check = ref(C.check);
    const rules = [
      ...numberRules(WEEKS, LABELS.weeks, L, { min: 1, max: 53 }),
      { bad: `${ref(C.name)}=""`, message: q(NAME_EXPECTED, L) },
      ...numberRules(ref(C.hours), SHORT.hours, L, { min: 0 }),
      ...numberRules(ref(C.rate), SHORT.rate, L, { min: 0 }),
      ...numberRules(ref(C.saved), SHORT.saved, L, { min: 0, optional: true }),
      {
        bad: `AND(${ref(C.saved)}<>"",${ref(C.saved)}>${ref(C.hours)})`,
        message: q(SAVED_TOO_HIGH, L),
      },
      listRule(ref(C.variability), LABELS.variability, levels, L),
      listRule(ref(C.automatable), LABELS.automatable, [yes, no], L),
    ];
    const inputs = [rangeA1(r, C.name, r, C.rate), rangeA1(r, C.variability, r, C.saved)];
    s.row(r, 1, [
      input(p && s.t(p.name)),
      input(p?.weeklyHours, FORMATS.num1),
      input(p?.hourlyCost, FORMATS.eur),
      {
        ...formula(whenOk(check, `${ref(C.hours)}*${ref(C.rate)}*${WEEKS}`), FORMATS.eur),
        name: `cost-${i + 1}`,
      },
      input(p && s.t(VARIABILITY[p.variability])),
      input(p && (p.automatable ? yes : no)),
      input(p?.weeklySaved, FORMATS.num1),
      {
        ...formula(
          whenOk(check, `IF(${ref(C.saved)}="","",${ref(C.saved)}*${WEEKS})`),
          FORMATS.hours
        ),
        name: `capacity-${i + 1}`,
      },
      formula(
        whenOk(check, `IF(${ref(C.saved)}="","",${ref(C.saved)}*${WEEKS}*${ref(C.rate)})`),
        FORMATS.eur
      ),
      {
        ...formula(whenOk(check, `RANK(${ref(C.cost)},${costs},0)`), FORMATS.int),
        name: `rank-${i + 1}`,
      },
      { ...formula(checkFormula(inputs, rules)), name: `check-${i + 1}` },
    ]);
  }
  const sum = (c: number) => formula(`=SUM(${rangeA1(FIRST, c, LAST, c)})`, undefined, 'total');
  const checks = rangeA1(FIRST, C.check, LAST, C.check);
  s.row(TOTAL_ROW, 1, [
    { value: s.t(TOTAL), style: 'total' },
    { style: 'total' },
    { style: 'total' },
    { ...sum(C.cost), format: FORMATS.eur, name: 'cost-total' },
    { style: 'total' },
    { style: 'total' },
    { ...sum(C.saved), format: FORMATS.num1 },
    { ...sum(C.capacity), format: FORMATS.hours, name: 'capacity-total' },
    { ...sum(C.value), format: FORMATS.eur },
    { value: s.t(FLAGGED), style: 'total' },
    { ...formula(flaggedCount(checks), FORMATS.int, 'total'), name: 'flagged' },
  ]);

  const col = (c: number) => rangeA1(FIRST, c, LAST, c);
  s.validate(
    a1(WEEKS_ROW, 2),
    { kind: 'number', min: 1, max: 53, whole: true },
    numberHelp(LABELS.weeks, L, 1, 53)
  );
  s.validate(col(C.hours), { kind: 'number', min: 0 }, numberHelp(LABELS.hours, L, 0));
  s.validate(col(C.rate), { kind: 'number', min: 0 }, numberHelp(LABELS.rate, L, 0));
  s.validate(col(C.saved), { kind: 'number', min: 0 }, numberHelp(LABELS.saved, L, 0));
  s.validate(col(C.variability), { kind: 'list', values: levels }, listHelp(LABELS.variability, L));
  s.validate(
    col(C.automatable),
    { kind: 'list', values: [yes, no] },
    listHelp(LABELS.automatable, L)
  );
  s.scale(col(C.cost), { color: COLORS.white }, { color: COLORS.scaleLow });
  const v = a1(FIRST, C.variability);
  s.when(col(C.variability), `=${v}=${q(VARIABILITY.high, L)}`, BAD);
  s.when(col(C.variability), `=${v}=${q(VARIABILITY.medium, L)}`, WATCH);
  s.when(col(C.automatable), `=${a1(FIRST, C.automatable)}="${yes}"`, GOOD);
  checkLooks(s, checks, a1(FIRST, C.check));
  return s.widths(34, 13, 13, 14, 14, 14, 16, 14, 16, 13, 40).freeze(HEADER).build();
}
