/**
 * docs/method.md §13: the 30/60/90-day roadmap, one step a week dated from a start date, owner and
 * status; then the 6, 9 and 12-month milestones and the governance roles.
 */
import type { Text } from '../i18n';
import { GOVERNANCE_ROLES, MILESTONES, ROADMAP_WEEKS } from '../method/roadmap';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { COMMENT, ifFilled, OWNER, PROGRESS, q, STATUS } from './common';
import { BAD, dateFormat, dateSerial, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = { week: 1, phase: 2, step: 3, start: 4, end: 5, owner: 6, status: 7, comment: 8 };
const START_ROW = 3;
const HEADER = 5;
const FIRST = HEADER + 1;

const PHASES: readonly Text[] = [
  { fr: 'Jours 1–30', en: 'Days 1–30' },
  { fr: 'Jours 31–60', en: 'Days 31–60' },
  { fr: 'Jours 61–90', en: 'Days 61–90' },
];

/** Example: a start on Monday 5 January 2026, the first three weeks done, the fourth under way. */
export const EXAMPLE_START = dateSerial(2026, 1, 5);
const EXAMPLE_OWNERS = [2, 2, 0, 2, 1, 3, 2, 2, 1, 0, 2, 2];
const exampleStatus = (week: number): Text =>
  week <= 3 ? PROGRESS.done : week === 4 ? PROGRESS.doing : PROGRESS.todo;

export function roadmap90(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('roadmap-90', o);
  const date = dateFormat(o.lang);
  const start = a1(START_ROW, 2, true);
  s.intro({
    fr: 'Saisissez la date de début : les 12 semaines et les jalons se datent seuls. Un responsable et un statut par étape.',
    en: 'Enter the start date: the 12 weeks and the milestones date themselves. One owner and one status per step.',
  });
  s.row(START_ROW, 1, [
    s.t({ fr: 'Date de début', en: 'Start date' }),
    input(s.ex(EXAMPLE_START), date),
  ]);
  s.headers(HEADER, 1, [
    { fr: 'Semaine', en: 'Week' },
    { fr: 'Phase', en: 'Phase' },
    { fr: 'Étape', en: 'Step' },
    { fr: 'Début', en: 'Start' },
    { fr: 'Fin', en: 'End' },
    OWNER,
    STATUS,
    COMMENT,
  ]);
  const last = FIRST + ROADMAP_WEEKS.length - 1;
  ROADMAP_WEEKS.forEach((step, i) => {
    const r = FIRST + i;
    const week = i + 1;
    s.row(r, 1, [
      { value: week, format: FORMATS.int, style: 'label' },
      s.t(PHASES[Math.floor(i / 4)]),
      s.t(step),
      {
        ...formula(ifFilled([start], `${start}+(${a1(r, C.week)}-1)*7`), date),
        name: `start-${week}`,
      },
      { ...formula(ifFilled([a1(r, C.start)], `${a1(r, C.start)}+6`), date), name: `end-${week}` },
      input(s.examples ? s.t(GOVERNANCE_ROLES[EXAMPLE_OWNERS[i]]) : undefined),
      input(s.examples ? s.t(exampleStatus(week)) : undefined),
      input(),
    ]);
  });

  let row = last + 2;
  s.section(row++, { fr: 'Au-delà des 90 jours', en: 'Beyond the 90 days' }, C.comment);
  s.headers(row++, 1, [
    { fr: 'Jalon', en: 'Milestone' },
    { fr: 'Date', en: 'Date' },
    { fr: 'Objectif', en: 'Goal' },
  ]);
  for (const m of MILESTONES) {
    s.row(row++, 1, [
      s.t({ fr: `${m.months} mois`, en: `${m.months} months` }),
      {
        ...formula(
          ifFilled([start], `DATE(YEAR(${start}),MONTH(${start})+${m.months},DAY(${start}))`),
          date
        ),
        name: `milestone-${m.months}`,
      },
      s.t(m.label),
    ]);
  }
  row++;
  s.section(row++, { fr: 'Rôles de gouvernance', en: 'Governance roles' }, C.comment);
  s.column(
    row,
    1,
    GOVERNANCE_ROLES.map((t) => s.t(t))
  );

  const statuses = rangeA1(FIRST, C.status, last, C.status);
  const st = `$${a1(FIRST, C.status)}`;
  s.validate(a1(START_ROW, 2), { kind: 'number', min: 0 });
  s.validate(statuses, { kind: 'list', values: Object.values(PROGRESS).map((t) => s.t(t)) });
  s.when(statuses, `=${st}=${q(PROGRESS.done, o.lang)}`, GOOD);
  s.when(statuses, `=${st}=${q(PROGRESS.doing, o.lang)}`, WATCH);
  s.when(statuses, `=${st}=${q(PROGRESS.blocked, o.lang)}`, BAD);
  return s.widths(14, 13, 70, 12, 12, 22, 13, 30).freeze(HEADER).build();
}
