/** Pieces several templates share: form sizes, yes/no, blank-unless-filled formulas. */
import type { Lang, Text } from '../i18n';
import { YES_NO } from '../method/checklists';
import { formulaText } from '../formulas';

/** Input rows of a blank form (projects, processes, risks…). */
export const FORM_ROWS = 200;

export const yesNo = (lang: Lang): [string, string] => [YES_NO[0][lang], YES_NO[1][lang]];

/** `expr` (with or without its "="), blank while any of `refs` is blank. */
export function ifFilled(refs: readonly string[], expr: string): string {
  const blank = refs.map((r) => `${r}=""`);
  const test = blank.length === 1 ? blank[0] : `OR(${blank.join(',')})`;
  return `=IF(${test},"",${expr.replace(/^=/, '')})`;
}

/** A quoted text constant in the sheet's language, for use inside a formula. */
export const q = (text: Text, lang: Lang): string => formulaText(text[lang]);

export const TOTAL: Text = { fr: 'Total', en: 'Total' };
export const COMMENT: Text = { fr: 'Commentaire', en: 'Comment' };
export const OWNER: Text = { fr: 'Responsable', en: 'Owner' };
export const STATUS: Text = { fr: 'Statut', en: 'Status' };
export const MUST_TOTAL_100: Text = {
  fr: 'Le total doit faire 100 %',
  en: 'The total must be 100 %',
};

/** What a total is called in its check: "Weights total 110 %…", "Shares total 90 %…". */
export const WEIGHTS_TOTAL: Text = { fr: 'Les poids font', en: 'Weights total' };
export const SHARES_TOTAL: Text = { fr: 'Les parts font', en: 'Shares total' };

/** "Weights total 110 %: the total must be 100 %", as a formula expression over the cell `total`. */
export function totalMessage(total: string, lang: Lang, what: Text = WEIGHTS_TOTAL): string {
  const must = MUST_TOTAL_100[lang].replace(/^L/, 'l').replace(/^T/, 't');
  const tail = lang === 'fr' ? ` % : ${must}` : ` %: ${must}`;
  return `${formulaText(`${what[lang]} `)}&ROUND(${total}*100,1)&${formulaText(tail)}`;
}

/** The check beside a total of weights or shares: blank at 100 % (to 6 decimals), else the message. */
export const totalNote = (total: string, lang: Lang, what: Text = WEIGHTS_TOTAL): string =>
  `=IF(ROUND(${total},6)=1,"",${totalMessage(total, lang, what)})`;

/** The condition that colours such a total when it is not 100 %. */
export const totalOff = (total: string): string => `=ROUND(${total},6)<>1`;

/** Progress of a step or an action. */
export const PROGRESS = {
  todo: { fr: 'À faire', en: 'To do' },
  doing: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Fait', en: 'Done' },
  blocked: { fr: 'Bloqué', en: 'Blocked' },
} as const satisfies Record<string, Text>;
