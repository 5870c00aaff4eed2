/**
 * The reference tables of the AI Act register, drawn beside it (to the right, so the register can
 * grow downwards): the company's size and turnover, Art. 5 practices, Annex III points, duties by
 * category and role, the dated calendar, Art. 99 fines, Art. 50 cases and Art. 6(3). Every date in
 * them points at the calendar, so one cell changes when the law moves (docs/ai-act.md).
 */
import type { Text } from '../i18n';
import {
  AI_ACT_AS_OF,
  AI_ACT_CATEGORIES,
  AI_ACT_FINES,
  AI_ACT_MILESTONES,
  AI_ACT_ROLES,
  AI_ACT_SOURCE,
  ANNEX_III,
  annexIIIBasis,
  ART_50,
  ART_6_3_CONDITIONS,
  ART_6_3_OVERRIDE,
  DATE_STATUSES,
  dutiesText,
  FINE_TIERS,
  fineTierOf,
  isoSerial,
  MILESTONE_IDS,
  PROHIBITED_PRACTICES,
  practiceBasis,
  ROLE_LABELS,
  type AiActCategory,
  type MilestoneId,
} from '../method/aiact';
import { YES_NO } from '../method/checklists';
import { a1, rangeA1 } from './a1';
import { formula, input, type SheetBuilder } from './builder';
import { q } from './common';
import { dateFormat, FORMATS } from './styles';

export const CATEGORY_ORDER: readonly AiActCategory[] = [
  'unacceptable',
  'high',
  'limited',
  'minimal',
];

/** Where the register's formulas find what they look up. */
export interface ReferenceRefs {
  sme: string;
  turnover: string;
  practiceLabels: string;
  practiceBasis: string;
  practiceDates: string;
  pointLabels: string;
  pointBasis: string;
  pointExtra: string;
  categoryLabels: string;
  roles: string;
  duties: string;
  fineAmounts: string;
  fineShares: string;
  date: Readonly<Record<MilestoneId, string>>;
}

const NO: Text = YES_NO[1];
/** What a reference cell holds when there is nothing to say (lookups skip it). */
export const NOTHING = '—';
const WIDTH = 5;

/** The label a user picks for a practice: "(f) Emotion recognition at work…". */
export const practiceChoice = (i: number): Text => {
  const p = PROHIBITED_PRACTICES[i];
  const prefix = p.letter ? `(${p.letter}) ` : '';
  return { fr: prefix + p.label.fr, en: prefix + p.label.en };
};

/** The label a user picks for an Annex III point: "4(a) Recruitment and selection". */
export const pointChoice = (i: number): Text => {
  const p = ANNEX_III[i];
  return { fr: `${p.point} ${p.label.fr}`, en: `${p.point} ${p.label.en}` };
};

export function drawReference(s: SheetBuilder, top: number, left: number): ReferenceRefs {
  const L = s.lang;
  const last = left + WIDTH - 1;
  const col = (i: number) => left + i;
  let row = top;
  const title = (text: Text, headers: readonly Text[]) => {
    s.section(row++, text, last, left);
    if (headers.length) s.headers(row++, left, headers);
  };
  const dateCell = (f: string): ReturnType<typeof formula> => formula(f, dateFormat(L));

  // The calendar first in the code (its cells are what the other tables point at), drawn after
  // the company block.
  const company = row;
  row += 4;
  const calendarTop = row;
  const date = {} as Record<MilestoneId, string>;
  MILESTONE_IDS.forEach((id, i) => (date[id] = a1(calendarTop + 2 + i, col(1), true)));

  // Company: size and turnover decide the fine ceilings (Art. 99(6)).
  row = company;
  title({ fr: 'Votre entreprise', en: 'Your company' }, []);
  const sme = a1(row, col(1), true);
  s.row(row++, left, [
    s.t({ fr: 'PME ou start-up ? (Oui/Non)', en: 'SME or start-up? (Yes/No)' }),
    input(s.ex(YES_NO[0][L])),
  ]);
  const turnover = a1(row, col(1), true);
  const t = a1(row, col(1));
  s.row(row++, left, [
    s.t({ fr: "Chiffre d'affaires mondial annuel (€)", en: 'Worldwide annual turnover (€)' }),
    input(s.ex(5_000_000), FORMATS.eur),
    formula(
      `=IF(${t}="",${q({ fr: 'Saisir le CA pour les amendes', en: 'Enter the turnover for the fines' }, L)},IF(ISNUMBER(${t}),IF(${t}<0,${q({ fr: 'Le CA doit être ≥ 0', en: 'Turnover must be ≥ 0' }, L)},"OK"),${q({ fr: 'Un nombre, en €', en: 'A number, in €' }, L)}))`,
      undefined,
      'note'
    ),
  ]);

  row = calendarTop;
  title(
    {
      fr: `Calendrier, tel que modifié en 2026 (à jour au ${AI_ACT_AS_OF})`,
      en: `Calendar, as amended in 2026 (as of ${AI_ACT_AS_OF})`,
    },
    [
      { fr: "Ce qui s'applique", en: 'What applies' },
      { fr: 'À partir du', en: 'From' },
      { fr: "Avant l'amendement", en: 'Before the amendment' },
      { fr: 'Statut', en: 'Status' },
      { fr: 'Source', en: 'Source' },
    ]
  );
  for (const id of MILESTONE_IDS) {
    const m = AI_ACT_MILESTONES[id];
    s.row(row++, left, [
      s.t(m.what),
      { value: isoSerial(m.from), format: dateFormat(L) },
      m.before ? { value: isoSerial(m.before), format: dateFormat(L) } : NOTHING,
      s.t(DATE_STATUSES[m.status]),
      s.t(m.source),
    ]);
  }
  s.row(row++, left, [
    { value: `${s.t(AI_ACT_SOURCE.regulation)}, ${s.t(AI_ACT_SOURCE.amendment)}`, style: 'note' },
  ]);
  row++;

  // Art. 5 practices: the first line "No" is what a non-prohibited use answers.
  title({ fr: 'Pratiques interdites (art. 5)', en: 'Prohibited practices (Art. 5)' }, [
    { fr: 'Réponse possible', en: 'Possible answer' },
    { fr: 'Base légale', en: 'Legal basis' },
    { fr: 'À partir du', en: 'From' },
  ]);
  const pTop = row;
  s.row(row++, left, [s.t(NO), NOTHING, NOTHING]);
  PROHIBITED_PRACTICES.forEach((p, i) =>
    s.row(row++, left, [
      s.t(practiceChoice(i)),
      practiceBasis(p),
      dateCell(`=${date[p.milestone]}`),
    ])
  );
  const pBottom = row - 1;
  row++;

  title({ fr: 'Haut risque, annexe III', en: 'High risk, Annex III' }, [
    { fr: 'Réponse possible', en: 'Possible answer' },
    { fr: 'Base légale', en: 'Legal basis' },
    { fr: 'Domaine', en: 'Area' },
    { fr: 'En plus pour le déployeur', en: 'Extra for the deployer' },
  ]);
  const aTop = row;
  s.row(row++, left, [s.t(NO), NOTHING, NOTHING, NOTHING]);
  ANNEX_III.forEach((p, i) =>
    s.row(row++, left, [
      s.t(pointChoice(i)),
      s.t(annexIIIBasis(p.point)),
      s.t(p.area),
      p.deployerExtra ? s.t(p.deployerExtra) : NOTHING,
    ])
  );
  const aBottom = row - 1;
  row++;

  title({ fr: 'Obligations par catégorie et rôle', en: 'Duties by category and role' }, [
    { fr: 'Catégorie', en: 'Category' },
    ...AI_ACT_ROLES.map((r) => ROLE_LABELS[r]),
    { fr: 'Amende max. : montant (€)', en: 'Max fine: amount (€)' },
    { fr: 'Amende max. : part du CA', en: 'Max fine: share of turnover' },
  ]);
  const rolesRow = row - 1;
  const dTop = row;
  const finesTop = dTop + CATEGORY_ORDER.length + 2;
  const fineRow = (c: AiActCategory): number | null => {
    const tier = fineTierOf(c);
    return tier === null ? null : finesTop + 1 + FINE_TIERS.indexOf(tier);
  };
  for (const c of CATEGORY_ORDER) {
    const f = fineRow(c);
    s.row(row++, left, [
      s.t(AI_ACT_CATEGORIES[c].label),
      ...AI_ACT_ROLES.map((r) => dutiesText(c, r, L)),
      f === null ? 0 : formula(`=${a1(f, col(1))}`, FORMATS.eur),
      f === null ? 0 : formula(`=${a1(f, col(2))}`, FORMATS.pct),
    ]);
  }
  const dBottom = row - 1;
  row++;

  title({ fr: 'Amendes maximales (art. 99)', en: 'Maximum fines (Art. 99)' }, [
    { fr: 'Manquement', en: 'Breach' },
    { fr: 'Montant fixe (€)', en: 'Fixed amount (€)' },
    { fr: 'Part du CA', en: 'Share of turnover' },
    {
      fr: 'Plafond pour vous (PME : le plus bas ; sinon le plus élevé)',
      en: 'Your ceiling (SME: the lower; else the higher)',
    },
    { fr: 'Base légale', en: 'Legal basis' },
  ]);
  FINE_TIERS.forEach((tier, i) => {
    const f = AI_ACT_FINES[tier];
    const [amount, share] = [a1(row, col(1)), a1(row, col(2))];
    s.row(row++, left, [
      s.t(f.breach),
      { value: f.amountEur, format: FORMATS.eur },
      { value: f.turnoverShare, format: FORMATS.pct },
      {
        ...formula(
          `=IF(NOT(ISNUMBER(${turnover})),"",IF(${sme}=${q(YES_NO[0], L)},MIN(${amount},${share}*${turnover}),MAX(${amount},${share}*${turnover})))`,
          FORMATS.eur,
          'output'
        ),
        name: `fine-ceiling-${i + 1}`,
      },
      f.basis,
    ]);
  });
  row++;

  title({ fr: 'Transparence (art. 50)', en: 'Transparency (Art. 50)' }, [
    { fr: 'Cas', en: 'Case' },
    { fr: 'Base légale', en: 'Legal basis' },
    { fr: 'Qui fait quoi', en: 'Who does what' },
  ]);
  for (const c of Object.values(ART_50)) s.row(row++, left, [s.t(c.label), c.basis, s.t(c.duty)]);
  row++;

  title({ fr: 'Exemption de l’art. 6(3)', en: 'The Art. 6(3) exemption' }, []);
  for (const c of ART_6_3_CONDITIONS) s.row(row++, left, [s.t(c)]);
  s.row(row++, left, [{ value: s.t(ART_6_3_OVERRIDE), style: 'note' }]);

  const range = (r1: number, c: number, r2: number) => rangeA1(r1, col(c), r2, col(c), true);
  return {
    sme,
    turnover,
    practiceLabels: range(pTop, 0, pBottom),
    practiceBasis: range(pTop, 1, pBottom),
    practiceDates: range(pTop, 2, pBottom),
    pointLabels: range(aTop, 0, aBottom),
    pointBasis: range(aTop, 1, aBottom),
    pointExtra: range(aTop, 3, aBottom),
    categoryLabels: range(dTop, 0, dBottom),
    roles: rangeA1(rolesRow, col(1), rolesRow, col(2), true),
    duties: rangeA1(dTop, col(1), dBottom, col(2), true),
    fineAmounts: range(dTop, 3, dBottom),
    fineShares: range(dTop, 4, dBottom),
    date,
  };
}
