/**
 * docs/method.md §13: the 30/60/90-day roadmap, one step a week dated from a start date, owner and
 * status; right of it, the 6, 9 and 12-month milestones and the governance roles.
 */
import type { Text } from '../i18n';
import { GOVERNANCE_ROLES, MILESTONES, ROADMAP_WEEKS } from '../method/roadmap';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { CHECK, checkFormula, checkLooks, inputLegend, listHelp, listRule } from './checks';
import { COMMENT, OWNER, PROGRESS, q, STATUS } from './common';
import { BAD, dateFormat, dateSerial, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = {
  week: 1,
  phase: 2,
  step: 3,
  start: 4,
  end: 5,
  owner: 6,
  status: 7,
  comment: 8,
  check: 9,
};
/** Milestones and roles, right of the weekly list. */
const SIDE = C.check + 2;
const START_ROW = 3;
const HEADER = 5;
const FIRST = HEADER + 1;

const WEEKS_PER_PHASE = 4;

/** The phase of week `week` (1-based), named by the days its weeks cover: "Days 57–84 (weeks 9–12)". */
function phaseOf(week: number): Text {
  const p = Math.floor((week - 1) / WEEKS_PER_PHASE);
  const [w1, w2] = [p * WEEKS_PER_PHASE + 1, (p + 1) * WEEKS_PER_PHASE];
  const [d1, d2] = [(w1 - 1) * 7 + 1, w2 * 7];
  return {
    fr: `Jours ${d1}–${d2} (semaines ${w1}–${w2})`,
    en: `Days ${d1}–${d2} (weeks ${w1}–${w2})`,
  };
}

const START: Text = { fr: 'Date de début', en: 'Start date' };
const DATE_EXPECTED: Text = {
  fr: 'Date de début : une date est attendue',
  en: 'Start date: a date is expected',
};

/**
 * `months` calendar months after the date in `start`, on the same day or the month's last day
 * when it is shorter (31 August + 6 months = end of February), as EDATE does in every host.
 */
function addMonths(start: string, months: number): string {
  const [y, m] = [`YEAR(${start})`, `MONTH(${start})`];
  return `DATE(${y},${m}+${months},MIN(DAY(${start}),DAY(DATE(${y},${m}+${months + 1},0))))`;
}

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
    s.t(START),
    input(s.ex(EXAMPLE_START), date),
    formula(
      `=IF(AND(${start}<>"",NOT(ISNUMBER(${start}))),${q(DATE_EXPECTED, o.lang)},"")`,
      undefined,
      'note'
    ),
  ]);
  inputLegend(s, START_ROW, C.owner);
  // Dates only from a real date: a start typed as text leaves them blank, not #VALUE!.
  const dated = (expr: string) => `=IF(ISNUMBER(${start}),${expr},"")`;
  const statuses = Object.values(PROGRESS).map((t) => s.t(t));
  s.headers(HEADER, 1, [
    { fr: 'Semaine', en: 'Week' },
    { fr: 'Phase', en: 'Phase' },
    { fr: 'Étape', en: 'Step' },
    { fr: 'Début', en: 'Start' },
    { fr: 'Fin', en: 'End' },
    OWNER,
    STATUS,
    COMMENT,
    CHECK,
  ]);
  const last = FIRST + ROADMAP_WEEKS.length - 1;
  ROADMAP_WEEKS.forEach((step, i) => {
    const r = FIRST + i;
    const week = i + 1;
    s.row(r, 1, [
      { value: week, format: FORMATS.int, style: 'label' },
      s.t(phaseOf(week)),
      s.t(step),
      { ...formula(dated(`${start}+(${a1(r, C.week)}-1)*7`), date), name: `start-${week}` },
      { ...formula(dated(`${a1(r, C.start)}+6`), date), name: `end-${week}` },
      input(s.examples ? s.t(GOVERNANCE_ROLES[EXAMPLE_OWNERS[i]]) : undefined),
      input(s.examples ? s.t(exampleStatus(week)) : undefined),
      input(),
      {
        ...formula(
          checkFormula(
            [a1(r, C.owner), a1(r, C.status)],
            [listRule(a1(r, C.status), STATUS, statuses, o.lang)]
          )
        ),
        name: `check-${week}`,
      },
    ]);
  });

  let row = HEADER;
  s.row(row++, SIDE, [s.t({ fr: 'Au-delà des 90 jours', en: 'Beyond the 90 days' }), '', ''], {
    style: 'section',
  });
  s.headers(row++, SIDE, [
    { fr: 'Jalon', en: 'Milestone' },
    { fr: 'Date', en: 'Date' },
    { fr: 'Objectif', en: 'Goal' },
  ]);
  for (const m of MILESTONES) {
    s.row(row++, SIDE, [
      s.t({ fr: `${m.months} mois`, en: `${m.months} months` }),
      { ...formula(dated(addMonths(start, m.months)), date), name: `milestone-${m.months}` },
      s.t(m.label),
    ]);
  }
  row++;
  s.row(row++, SIDE, [s.t({ fr: 'Rôles de gouvernance', en: 'Governance roles' }), '', ''], {
    style: 'section',
  });
  s.column(
    row,
    SIDE,
    GOVERNANCE_ROLES.map((t) => s.t(t))
  );

  const statusRange = rangeA1(FIRST, C.status, last, C.status);
  const st = `$${a1(FIRST, C.status)}`;
  s.validate(
    a1(START_ROW, 2),
    { kind: 'number', min: 0 },
    {
      prompt: {
        title: s.t(START),
        text: s.t({ fr: 'Une date, ex. 05/01/2026.', en: 'A date, e.g. 5 Jan 2026.' }),
      },
      error: {
        title: s.t({ fr: 'Valeur refusée', en: 'Value refused' }),
        text: s.t(DATE_EXPECTED),
      },
    }
  );
  s.validate(statusRange, { kind: 'list', values: statuses }, listHelp(STATUS, o.lang));
  s.when(statusRange, `=${st}=${q(PROGRESS.done, o.lang)}`, GOOD);
  s.when(statusRange, `=${st}=${q(PROGRESS.doing, o.lang)}`, WATCH);
  s.when(statusRange, `=${st}=${q(PROGRESS.blocked, o.lang)}`, BAD);
  checkLooks(s, rangeA1(FIRST, C.check, last, C.check), a1(FIRST, C.check));
  // Columns as wide as their values in both languages (the week's column also holds the start
  // date's label; the step, up to 88 characters, prints cut at any width): the sheet prints one
  // page wide at about 60 % (docs/templates.md "Print").
  return s.widths(13, 27, 66, 11, 11, 20, 12, 16, 14, 3, 22, 11, 12).freeze(HEADER).build();
}
