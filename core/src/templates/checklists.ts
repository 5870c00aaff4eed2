/**
 * docs/method.md §13: the eight checklists as yes/no answers, each with a verdict: GO only when every
 * item is yes, NO GO as soon as one is no, "to complete" while answers are missing. A summary first.
 */
import type { Text } from '../i18n';
import { CHECKLISTS } from '../method/checklists';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { inputLegend, listHelp } from './checks';
import { yesNo } from './common';
import { formulaText } from '../formulas';
import { BAD, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = { number: 1, item: 2, answer: 3, comment: 4 };
const SUMMARY = 4;

export const TO_COMPLETE: Text = { fr: 'À compléter', en: 'To complete' };

/**
 * Example answers (true = yes, false = no, null = not answered yet), per checklist: a mix of GO,
 * NO GO and to-complete verdicts.
 */
export const EXAMPLE_ANSWERS: readonly (readonly (boolean | null)[])[] = [
  [true, true, true, true, true],
  [true, true, true, true, true, false, true],
  [true, true, false, true, true],
  [true, true, true, true, true, true],
  [true, true, true, null, null],
  [true, true, true, true, true],
  [true, true, true, true, true],
  [true, true, true, true, true, true, true, true],
];

export function checklists(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('checklists', o);
  const [yes, no] = yesNo(o.lang);
  s.intro({
    fr: 'Répondez Oui ou Non à chaque point. Une checklist dit GO seulement quand tous ses points sont Oui.',
    en: 'Answer Yes or No to each item. A checklist says GO only when every item is Yes.',
  });
  inputLegend(s, 3, 3);
  s.headers(SUMMARY, 1, [
    { fr: 'N°', en: 'No.' },
    { fr: 'Checklist', en: 'Checklist' },
    { fr: 'Verdict', en: 'Verdict' },
    { fr: 'Réponses Oui', en: 'Yes answers' },
  ]);

  let row = SUMMARY + CHECKLISTS.length + 2;
  CHECKLISTS.forEach((list, n) => {
    const head = row;
    const first = head + 1;
    const last = head + list.items.length;
    const answers = rangeA1(first, C.answer, last, C.answer);
    const verdict = a1(head, C.answer);
    s.row(head, 1, [
      { value: n + 1, style: 'section' },
      { value: s.t(list.title), style: 'section' },
      {
        ...formula(
          `=IF(COUNTA(${answers})=0,"",IF(COUNTIF(${answers},"${no}")>0,"NO GO",IF(COUNTIF(${answers},"${yes}")=${list.items.length},"GO",${formulaText(s.t(TO_COMPLETE))})))`,
          undefined,
          'section'
        ),
        name: `verdict-${n + 1}`,
      },
      { style: 'section' },
    ]);
    list.items.forEach((item, i) => {
      const a = s.examples ? EXAMPLE_ANSWERS[n][i] : null;
      s.row(first + i, 1, [
        i + 1,
        s.t(item),
        input(a === null ? undefined : a ? yes : no),
        input(),
      ]);
    });
    s.validate(
      answers,
      { kind: 'list', values: [yes, no] },
      listHelp({ fr: 'Réponse', en: 'Answer' }, o.lang)
    );
    s.row(SUMMARY + 1 + n, 1, [
      n + 1,
      s.t(list.title),
      formula(`=${verdict}`),
      formula(`=COUNTIF(${answers},"${yes}")&" / ${list.items.length}"`),
    ]);
    row = last + 2;
  });

  // One rule per verdict over the whole column: answers (Yes/No) never equal a verdict.
  const column = rangeA1(SUMMARY + 1, C.answer, row - 2, C.answer);
  const top = `$${a1(SUMMARY + 1, C.answer)}`;
  s.when(column, `=${top}="GO"`, GOOD);
  s.when(column, `=${top}="NO GO"`, BAD);
  s.when(column, `=${top}=${formulaText(s.t(TO_COMPLETE))}`, WATCH);
  return s.widths(6, 80, 14, 30).freeze(SUMMARY).build();
}
