/**
 * The AI Act screening register (docs/ai-act.md): one row per AI use case, the role and yes/no
 * questions in the regulation's order — Art. 5, Annex I, Annex III with Art. 6(3) and profiling,
 * Art. 50 — give the category, the legal basis, the duties for that role, the date they apply
 * from, the days left and the Art. 99 fine ceiling. Reference tables sit to the right.
 */
import type { Text } from '../i18n';
import {
  AI_ACT_CATEGORIES,
  ANNEX_I,
  ANNEX_III,
  EXEMPT_PROVIDER_DUTY,
  PROHIBITED_PRACTICES,
  ROLE_LABELS,
  type AiActCategory,
} from '../method/aiact';
import { YES_NO } from '../method/checklists';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder, type Entry } from './builder';
import { OWNER, PROGRESS, q, STATUS } from './common';
import { AI_ACT_EXAMPLES, type AiActExample } from './ai-act-examples';
import { drawReference, NOTHING, pointChoice, practiceChoice } from './ai-act-reference';
import { checkFormula, type RowRefs } from './ai-act-check';
import { NOT_IN_LIST, QUESTION_HELP, type Question } from './ai-act-help';
import { LINE_PT } from './layout';
import { BAD, dateFormat, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec, ValidationRule } from './types';

const C = {
  name: 1,
  role: 2,
  practice: 3,
  annexI: 4,
  point: 5,
  narrow: 6,
  profiles: 7,
  interacts: 8,
  generates: 9,
  deepfake: 10,
  emotion: 11,
  category: 12,
  basis: 13,
  from: 14,
  days: 15,
  fine: 16,
  owner: 17,
  status: 18,
  check: 19,
  // Hundreds of characters, printed cut at any width: right of the check, on screen only.
  duties: 20,
};
const REFERENCE_COL = C.duties + 2;
const HEADER = 4;
const FIRST = HEADER + 1;
/** Room for the register to grow; nothing sits below it. */
export const AI_ACT_ROWS = 200;
const LAST = HEADER + AI_ACT_ROWS;
/**
 * Register widths in characters, each fitting its values in both languages (names and the picked
 * practice or point print cut, their code first), runs of equal widths so Apps Script sets each run
 * in one call; the register, printed up to its check, fits one page wide at about 60 % of full size
 * (docs/templates.md "Print"). Then the duties (on screen), a spacer and the reference tables.
 */
// prettier-ignore
const WIDTHS = [18, 13, 13, 11, 11, 11, 11, 11, 11, 11, 11, 13, 17, 11, 9, 13, 12, 11, 11, 60, 2, 50, 40, 40, 40, 40];

const HEADERS: readonly Text[] = [
  { fr: "Cas d'usage de l'IA", en: 'AI use case' },
  { fr: 'Rôle : fournisseur / déployeur', en: 'Role: provider / deployer' },
  { fr: '1. Pratique interdite ? (art. 5)', en: '1. Prohibited practice? (Art. 5)' },
  { fr: '2. Produit de l’annexe I ?', en: '2. Annex I product?' },
  { fr: '3. Domaine et point de l’annexe III ?', en: '3. Annex III area and point?' },
  {
    fr: '4. Tâche étroite ou préalable ? (art. 6(3))',
    en: '4. Narrow or preparatory task? (Art. 6(3))',
  },
  { fr: '5. Établit un profil des personnes ?', en: '5. Profiles people?' },
  { fr: '6. Interagit avec des personnes ?', en: '6. Interacts with people?' },
  { fr: '7. Génère du contenu ?', en: '7. Generates content?' },
  { fr: '8. Contenu truqué (deep fake) ?', en: '8. Deep fake?' },
  { fr: '9. Détecte émotions ou biométrie ?', en: '9. Emotions or biometric sorting?' },
  { fr: 'Catégorie', en: 'Category' },
  { fr: 'Base légale', en: 'Legal basis' },
  { fr: "S'applique à partir du", en: 'Applies from' },
  { fr: 'Jours restants (0 = déjà)', en: 'Days left (0 = already)' },
  { fr: 'Amende max. (€)', en: 'Max fine (€)' },
  OWNER,
  STATUS,
  { fr: 'Contrôle', en: 'Check' },
  { fr: 'Obligations pour ce rôle', en: 'Duties for this role' },
];

export function aiAct(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('ai-act', o);
  const L = o.lang;
  const [YES, NO] = [q(YES_NO[0], L), q(YES_NO[1], L)];
  const label = (c: AiActCategory) => q(AI_ACT_CATEGORIES[c].label, L);
  s.intro({
    fr: "Une ligne par usage de l'IA : le rôle, puis les questions dans l'ordre du règlement (Oui/Non, ou un choix dans la liste). Catégorie, base légale, obligations, date et amende se déduisent. Aide au tri, pas un avis juridique.",
    en: 'One row per AI use: the role, then the questions in the order of the regulation (Yes/No, or a choice from the list). Category, legal basis, duties, date and fine follow. A screening aid, not legal advice.',
  });
  s.headers(HEADER, 1, HEADERS);
  const ref = drawReference(s, HEADER, REFERENCE_COL);

  const examples = s.examples ? AI_ACT_EXAMPLES : [];
  for (let r = FIRST; r <= LAST; r++) {
    const at = (c: number) => a1(r, c);
    const x: RowRefs = {
      first: at(C.name),
      lastQuestion: at(C.emotion),
      owner: at(C.owner),
      status: at(C.status),
      name: at(C.name),
      practice: at(C.practice),
      annexI: at(C.annexI),
      point: at(C.point),
      narrow: at(C.narrow),
      profiles: at(C.profiles),
      interacts: at(C.interacts),
      deepfake: at(C.deepfake),
      generates: at(C.generates),
      emotion: at(C.emotion),
      pIdx: `IFERROR(MATCH(${at(C.practice)},${ref.practiceLabels},0),0)`,
      aIdx: `IFERROR(MATCH(${at(C.point)},${ref.pointLabels},0),0)`,
      roleIdx: `IFERROR(MATCH(${at(C.role)},${ref.roles},0),0)`,
    };
    const isPro = `${x.pIdx}>1`;
    const isA3 = `${x.aIdx}>1`;
    const exempt = `AND(${isA3},${x.narrow}=${YES},${x.profiles}<>${YES})`;
    const high = `OR(${x.annexI}=${YES},AND(${isA3},NOT(${exempt})))`;
    const yes = (c: string) => `${c}=${YES}`;
    const transparency = `OR(${[x.interacts, x.generates, x.deepfake, x.emotion].map(yes).join(',')})`;
    const category = at(C.category);
    const fromCell = at(C.from);
    const i = r - FIRST;
    const named = (name: string, init: ReturnType<typeof formula>) =>
      i < AI_ACT_EXAMPLES.length ? { ...init, name: `${name}-${i + 1}` } : init;

    // "Annex I", then the Annex III point (and Art. 6(3) when it exempts), then the Art. 50 cases,
    // each led by ", " so that one MID drops the first separator.
    const art50 = (
      [
        [x.interacts, 'Art. 50(1)'],
        [x.generates, 'Art. 50(2)'],
        [x.emotion, 'Art. 50(3)'],
        [x.deepfake, 'Art. 50(4)'],
      ] as const
    )
      .map(([c, b]) => `IF(${yes(c)},", ${b}","")`)
      .join('&');
    const parts =
      `IF(${yes(x.annexI)},", "&${q(ANNEX_I.basis, L)},"")` +
      `&IF(${isA3},", "&INDEX(${ref.pointBasis},${x.aIdx})&IF(${exempt}," → Art. 6(3)",""),"")&${art50}`;
    const basis = `IF(${isPro},INDEX(${ref.practiceBasis},${x.pIdx}),IF(${parts}="","Art. 4",MID(${parts},3,300)))`;

    const duties =
      `INDEX(${ref.duties},MATCH(${category},${ref.categoryLabels},0),${x.roleIdx})` +
      `&IF(AND(${exempt},${x.roleIdx}=1),"; "&${q(EXEMPT_PROVIDER_DUTY, L)},"")` +
      `&IF(AND(${category}=${label('high')},${x.roleIdx}=2,${isA3}),IF(INDEX(${ref.pointExtra},${x.aIdx})="${NOTHING}","","; "&INDEX(${ref.pointExtra},${x.aIdx})),"")`;

    const from = `IF(${isPro},INDEX(${ref.practiceDates},${x.pIdx}),IF(${category}=${label('high')},IF(AND(${isA3},NOT(${exempt})),${ref.date['annex-iii']},${ref.date['annex-i']}),IF(${category}=${label('limited')},${ref.date.transparency},${ref.date['literacy-prohibitions']})))`;

    const fineOf = (col: string) => `INDEX(${col},MATCH(${category},${ref.categoryLabels},0))`;
    const fine = `IF(OR(${category}="",NOT(ISNUMBER(${ref.turnover}))),"",IF(${ref.sme}=${YES},MIN(${fineOf(ref.fineAmounts)},${fineOf(ref.fineShares)}*${ref.turnover}),MAX(${fineOf(ref.fineAmounts)},${fineOf(ref.fineShares)}*${ref.turnover})))`;

    const e = examples[i];
    s.row(r, 1, [
      ...(e ? exampleInputs(e, s) : new Array<Entry>(C.emotion).fill(input())),
      named(
        'category',
        formula(
          `=IF(${x.name}="","",IF(${isPro},${label('unacceptable')},IF(${high},${label('high')},IF(${transparency},${label('limited')},${label('minimal')}))))`
        )
      ),
      named('basis', formula(`=IF(${category}="","",${basis})`)),
      named('from', formula(`=IF(${category}="","",${from})`, dateFormat(L))),
      formula(`=IF(${fromCell}="","",MAX(0,${fromCell}-TODAY()))`, FORMATS.int),
      named('fine', formula(`=${fine}`, FORMATS.eur)),
      input(e && s.t(e.owner)),
      input(e && s.t(e.status)),
      named('check', formula(checkFormula(x, L, YES, NO), undefined, 'note')),
      named('duties', formula(`=IF(OR(${category}="",${x.roleIdx}=0),"",${duties})`)),
    ]);
  }

  const col = (c: number) => rangeA1(FIRST, c, LAST, c);
  // Each question says what it asks when selected, and a value off the list is refused.
  const ask = (q: Question, c: number, rule: ValidationRule) =>
    s.validate(col(c), rule, {
      prompt: { title: s.t(QUESTION_HELP[q].title), text: s.t(QUESTION_HELP[q].text) },
      error: { title: 'Boussole', text: s.t(NOT_IN_LIST) },
    });
  const yesNo: ValidationRule = { kind: 'list', values: YES_NO.map((t) => s.t(t)) };
  ask('role', C.role, { kind: 'list', values: Object.values(ROLE_LABELS).map((t) => s.t(t)) });
  ask('practice', C.practice, { kind: 'range', source: ref.practiceLabels });
  ask('annexI', C.annexI, yesNo);
  ask('point', C.point, { kind: 'range', source: ref.pointLabels });
  for (const q of ['narrow', 'profiles', 'interacts', 'generates', 'deepfake', 'emotion'] as const)
    ask(q, C[q], yesNo);
  s.validate(col(C.status), { kind: 'list', values: Object.values(PROGRESS).map((t) => s.t(t)) });
  s.validate(ref.sme, { kind: 'list', values: YES_NO.map((t) => s.t(t)) });

  const c0 = `$${a1(FIRST, C.category)}`;
  s.when(col(C.category), `=OR(${c0}=${label('unacceptable')},${c0}=${label('high')})`, BAD);
  s.when(col(C.category), `=${c0}=${label('limited')}`, WATCH);
  s.when(col(C.category), `=${c0}=${label('minimal')}`, GOOD);
  const k0 = a1(FIRST, C.check);
  s.when(col(C.check), `=AND(${k0}<>"",${k0}<>"OK")`, WATCH);
  return (
    s
      .widths(...WIDTHS)
      .freeze(HEADER)
      // The register prints up to its check (one page wide, its header on every page); the duties
      // and the reference tables stay on screen (docs/templates.md "Print").
      .print({
        orientation: 'landscape',
        area: rangeA1(1, 1, LAST, C.check),
        repeatRows: { first: HEADER, last: HEADER },
        fitToWidth: true,
      })
      // The questions wrap on up to six lines in their 11-character columns.
      .rowHeight(HEADER, 6 * LINE_PT + 3)
      .name('AIA_SME', ref.sme.replace(/\$/g, ''))
      .name('AIA_Turnover', ref.turnover.replace(/\$/g, ''))
      .name('AIA_Register', rangeA1(FIRST, 1, LAST, C.duties))
      .build()
  );
}

function exampleInputs(e: AiActExample, s: SheetBuilder): Entry[] {
  const yn = (b: boolean | undefined) =>
    input(b === undefined ? undefined : s.t(YES_NO[b ? 0 : 1]));
  const practice = PROHIBITED_PRACTICES.findIndex((p) => p.code === e.practice);
  const point = ANNEX_III.findIndex((p) => p.point === e.point);
  return [
    input(s.t(e.name)),
    input(s.t(ROLE_LABELS[e.role])),
    input(s.t(practice >= 0 ? practiceChoice(practice) : YES_NO[1])),
    yn(e.annexI),
    input(s.t(point >= 0 ? pointChoice(point) : YES_NO[1])),
    yn(e.narrowTask),
    yn(e.profiles),
    yn(e.interacts),
    yn(e.generates),
    yn(e.deepfake),
    yn(e.emotion),
  ];
}
