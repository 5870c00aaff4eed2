/** docs/method.md §10: one row per manual process; annual cost = hours × cost × weeks, freed capacity. */
import { WEEKS_PER_YEAR } from '../method/calculators';
import { EXAMPLE_PROCESSES, VARIABILITY } from '../method/process-audit';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { FORM_ROWS, ifFilled, q, TOTAL, yesNo } from './common';
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
};
const WEEKS = a1(3, 2, true);
const HEADER = 5;
const FIRST = HEADER + 1;
const LAST = HEADER + FORM_ROWS;

export function processAudit(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('process-audit', o);
  const [yes, no] = yesNo(o.lang);
  const levels = [VARIABILITY.low, VARIABILITY.medium, VARIABILITY.high].map((t) => s.t(t));
  s.intro({
    fr: "Une ligne par processus manuel : remplissez les cellules jaunes. Le coût annuel d'un problème est le plafond de ce que sa résolution peut coûter.",
    en: 'One row per manual process: fill in the yellow cells. The annual cost of a problem is the ceiling for what fixing it may cost.',
  });
  s.row(3, 1, [
    s.t({ fr: 'Semaines travaillées par an', en: 'Working weeks per year' }),
    input(WEEKS_PER_YEAR),
  ]);
  s.headers(HEADER, 1, [
    { fr: 'Processus', en: 'Process' },
    { fr: 'Durée hebdomadaire (h)', en: 'Weekly duration (h)' },
    { fr: 'Coût horaire moyen (€)', en: 'Average hourly cost (€)' },
    { fr: 'Coût annuel (€)', en: 'Annual cost (€)' },
    { fr: 'Variabilité de la qualité', en: 'Quality variability' },
    { fr: "Potentiel d'automatisation", en: 'Automation potential' },
    { fr: 'Heures gagnées par semaine (estimation)', en: 'Weekly hours saved (estimate)' },
    { fr: 'Capacité libérée (h/an)', en: 'Freed capacity (h/year)' },
    { fr: 'Valeur de la capacité libérée (€)', en: 'Value of freed capacity (€)' },
    { fr: 'Rang (coût annuel)', en: 'Rank (annual cost)' },
  ]);
  const examples = s.examples ? EXAMPLE_PROCESSES : [];
  const saved = [8, 6];
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const p = examples[i];
    const ref = (c: number) => a1(r, c);
    s.row(r, 1, [
      input(p && s.t(p.name)),
      input(p?.weeklyHours, FORMATS.num1),
      input(p?.hourlyCost, FORMATS.eur),
      {
        ...formula(
          ifFilled([ref(C.hours), ref(C.rate)], `${ref(C.hours)}*${ref(C.rate)}*${WEEKS}`),
          FORMATS.eur
        ),
        name: `cost-${i + 1}`,
      },
      input(p && s.t(VARIABILITY[p.variability])),
      input(p && (p.automatable ? yes : no)),
      input(p ? saved[i] : undefined, FORMATS.num1),
      {
        ...formula(ifFilled([ref(C.saved)], `${ref(C.saved)}*${WEEKS}`), FORMATS.hours),
        name: `capacity-${i + 1}`,
      },
      formula(
        ifFilled([ref(C.capacity), ref(C.rate)], `${ref(C.capacity)}*${ref(C.rate)}`),
        FORMATS.eur
      ),
      formula(
        ifFilled(
          [ref(C.cost)],
          `RANK(${ref(C.cost)},${rangeA1(FIRST, C.cost, LAST, C.cost, true)},0)`
        ),
        FORMATS.int
      ),
    ]);
  }
  const total = LAST + 1;
  const sum = (c: number) => formula(`=SUM(${rangeA1(FIRST, c, LAST, c)})`, undefined, 'total');
  s.row(total, 1, [
    { value: s.t(TOTAL), style: 'total' },
    { style: 'total' },
    { style: 'total' },
    { ...sum(C.cost), format: FORMATS.eur, name: 'cost-total' },
    { style: 'total' },
    { style: 'total' },
    { ...sum(C.saved), format: FORMATS.num1 },
    { ...sum(C.capacity), format: FORMATS.hours },
    { ...sum(C.value), format: FORMATS.eur },
    { style: 'total' },
  ]);

  const col = (c: number) => rangeA1(FIRST, c, LAST, c);
  s.validate(a1(3, 2), { kind: 'number', min: 1, max: 53, whole: true });
  s.validate(rangeA1(FIRST, C.hours, LAST, C.rate), { kind: 'number', min: 0 });
  s.validate(col(C.saved), { kind: 'number', min: 0 });
  s.validate(col(C.variability), { kind: 'list', values: levels });
  s.validate(col(C.automatable), { kind: 'list', values: [yes, no] });
  s.scale(col(C.cost), { color: COLORS.white }, { color: COLORS.scaleLow });
  const v = a1(FIRST, C.variability);
  s.when(col(C.variability), `=${v}=${q(VARIABILITY.high, o.lang)}`, BAD);
  s.when(col(C.variability), `=${v}=${q(VARIABILITY.medium, o.lang)}`, WATCH);
  s.when(col(C.automatable), `=${a1(FIRST, C.automatable)}="${yes}"`, GOOD);
  return s.widths(34, 13, 13, 14, 14, 14, 16, 14, 16, 11).freeze(HEADER).build();
}
