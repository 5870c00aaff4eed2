/**
 * The check column of the AI Act register: the first missing or contradictory answer of a row, in
 * the sheet's language, or "OK" (blank for an empty row).
 */
import type { Lang, Text } from '../i18n';
import { ANNEX_III } from '../method/aiact';
import { q } from './common';

/** The cells of one register row, and lookups the formulas share. */
export interface RowRefs {
  first: string;
  lastQuestion: string;
  owner: string;
  status: string;
  name: string;
  practice: string;
  annexI: string;
  point: string;
  narrow: string;
  profiles: string;
  interacts: string;
  generates: string;
  deepfake: string;
  emotion: string;
  /** Position of the answer in the practice list (1 = "No"); 0 when not in it. */
  pIdx: string;
  /** Position of the answer in the Annex III list (1 = "No"); 0 when not in it. */
  aIdx: string;
  /** 1 provider, 2 deployer, 0 neither. */
  roleIdx: string;
}

const MESSAGES = {
  name: { fr: "Nommer le cas d'usage", en: 'Name the use case' },
  role: {
    fr: 'Choisir le rôle : fournisseur ou déployeur',
    en: 'Choose the role: provider or deployer',
  },
  practice: {
    fr: 'Question 1 : Non, ou une pratique de la liste',
    en: 'Question 1: No, or a practice from the list',
  },
  annexI: { fr: 'Question 2 : Oui ou Non', en: 'Question 2: Yes or No' },
  point: {
    fr: 'Question 3 : Non, ou un point de la liste',
    en: 'Question 3: No, or a point from the list',
  },
  exemption: {
    fr: 'Usage de l’annexe III : répondre aux questions 4 et 5',
    en: 'Annex III use: answer questions 4 and 5',
  },
  narrowOnly: {
    fr: 'La question 4 ne vaut que pour un usage de l’annexe III',
    en: 'Question 4 only applies to an Annex III use',
  },
  transparency: {
    fr: 'Questions 6 à 9 : Oui ou Non',
    en: 'Questions 6 to 9: Yes or No',
  },
  deepfake: {
    fr: 'Un hypertrucage est un contenu généré : Oui à la question 7',
    en: 'A deep fake is generated content: Yes to question 7',
  },
  emotion: {
    fr: 'Reconnaissance des émotions : haut risque, annexe III 1(b) ou 1(c) ; interdite au travail (art. 5(1)(f))',
    en: 'Emotion recognition is high risk, Annex III 1(b) or 1(c); prohibited at work (Art. 5(1)(f))',
  },
} as const satisfies Record<string, Text>;

/** Position of an Annex III point in the answer list (after "No"). */
const pointIndex = (point: string): number => ANNEX_III.findIndex((p) => p.point === point) + 2;

export function checkFormula(x: RowRefs, lang: Lang, YES: string, NO: string): string {
  const m = (k: keyof typeof MESSAGES) => q(MESSAGES[k], lang);
  const yesNo = (c: string) => `OR(${c}=${YES},${c}=${NO})`;
  const isA3 = `${x.aIdx}>1`;
  const transparencyRange = `${x.interacts}:${x.emotion}`;
  const answered = `COUNTIF(${transparencyRange},${YES})+COUNTIF(${transparencyRange},${NO})`;
  const emotionPoint = `OR(${x.aIdx}=${pointIndex('1(b)')},${x.aIdx}=${pointIndex('1(c)')})`;
  const rules: [string, string][] = [
    [`${x.name}=""`, m('name')],
    [`${x.roleIdx}=0`, m('role')],
    [`${x.pIdx}=0`, m('practice')],
    [`NOT(${yesNo(x.annexI)})`, m('annexI')],
    [`${x.aIdx}=0`, m('point')],
    [`AND(${isA3},OR(NOT(${yesNo(x.narrow)}),NOT(${yesNo(x.profiles)})))`, m('exemption')],
    [`AND(NOT(${isA3}),${x.narrow}=${YES})`, m('narrowOnly')],
    [`${answered}<4`, m('transparency')],
    [`AND(${x.deepfake}=${YES},${x.generates}<>${YES})`, m('deepfake')],
    [`AND(${x.emotion}=${YES},${x.pIdx}<=1,NOT(${emotionPoint}))`, m('emotion')],
  ];
  const body = rules.reduceRight((rest, [test, msg]) => `IF(${test},${msg},${rest})`, '"OK"');
  return `=IF(COUNTA(${x.first}:${x.lastQuestion},${x.owner}:${x.status})=0,"",${body})`;
}
