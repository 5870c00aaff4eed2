/**
 * What keeps bad input contained (docs/templates.md): each list has a check column that says, in
 * the sheet's language, what is wrong in a row, or "OK"; formulas compute only for "OK" rows, so
 * a "10 h" typed in a number cell leaves totals and ranks computing over the other rows.
 */
import type { Lang, Text } from '../i18n';
import { formulaText } from '../formulas';
import type { SheetBuilder } from './builder';
import { BAD, GOOD } from './styles';
import type { Message } from './types';

/** What a check cell says when nothing is wrong in its row. */
export const OK = 'OK';

export const CHECK: Text = { fr: 'Vérification', en: 'Check' };

/** One rule of a row's check: `message` (a formula expression) shows when `bad` holds. */
export interface Rule {
  bad: string;
  message: string;
}

const quoted = (text: Text, lang: Lang): string => formulaText(text[lang]);

/** "Weekly duration: a number is expected" / "Durée hebdomadaire : un nombre est attendu". */
export const numberExpected = (label: Text): Text => ({
  fr: `${label.fr} : un nombre est attendu`,
  en: `${label.en}: a number is expected`,
});

/** "Score: a whole number is expected". */
export const wholeExpected = (label: Text): Text => ({
  fr: `${label.fr} : un nombre entier est attendu`,
  en: `${label.en}: a whole number is expected`,
});

/** "Impact must be 0–10" / "Impact doit être entre 0 et 10"; no max: "at least". */
export function outOfRange(label: Text, min: number, max?: number): Text {
  return max === undefined
    ? { fr: `${label.fr} doit être au moins ${min}`, en: `${label.en} must be at least ${min}` }
    : {
        fr: `${label.fr} doit être entre ${min} et ${max}`,
        en: `${label.en} must be ${min}–${max}`,
      };
}

/** "Category: choose a value from the list". */
export const fromList = (label: Text): Text => ({
  fr: `${label.fr} : choisissez une valeur de la liste`,
  en: `${label.en}: choose a value from the list`,
});

/**
 * The rules of a number cell: a number is expected (unless `optional` and blank), then the
 * bounds. Rules run in order inside nested IFs, so text is never compared with a number.
 */
export function numberRules(
  ref: string,
  label: Text,
  lang: Lang,
  bounds: { min?: number; max?: number; optional?: boolean; whole?: boolean } = {}
): Rule[] {
  const { min, max, optional = false, whole = false } = bounds;
  const notNumber = `NOT(ISNUMBER(${ref}))`;
  const rules: Rule[] = [
    {
      bad: optional ? `AND(${ref}<>"",${notNumber})` : notNumber,
      message: quoted(numberExpected(label), lang),
    },
  ];
  const tests = [
    ...(min === undefined ? [] : [`${ref}<${min}`]),
    ...(max === undefined ? [] : [`${ref}>${max}`]),
  ];
  if (tests.length) {
    const out = tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
    rules.push({
      bad: optional ? `AND(${ref}<>"",${out})` : out,
      message: quoted(outOfRange(label, min ?? 0, max), lang),
    });
  }
  if (whole) {
    const notWhole = `${ref}<>INT(${ref})`;
    rules.push({
      bad: optional ? `AND(${ref}<>"",${notWhole})` : notWhole,
      message: quoted(wholeExpected(label), lang),
    });
  }
  return rules;
}

/**
 * The rule of a cell that must hold one of `values` (text typed or pasted past the list); blank
 * passes unless `required`.
 */
export function listRule(
  ref: string,
  label: Text,
  values: readonly string[],
  lang: Lang,
  required = false
): Rule {
  const wrong = `NOT(OR(${values.map((v) => `${ref}=${formulaText(v)}`).join(',')}))`;
  return {
    bad: required ? wrong : `AND(${ref}<>"",${wrong})`,
    message: quoted(fromList(label), lang),
  };
}

/** Blank while every input of the row is blank; else the first broken rule's message, or OK. */
export function checkFormula(inputs: readonly string[], rules: readonly Rule[]): string {
  const body = rules.reduceRight((rest, r) => `IF(${r.bad},${r.message},${rest})`, `"${OK}"`);
  return `=IF(COUNTA(${inputs.join(',')})=0,"",${body})`;
}

/** `expr` while every cell of `refs` holds a number, blank otherwise (text is never computed). */
export function ifNumbers(refs: readonly string[], expr: string): string {
  const tests = refs.map((r) => `ISNUMBER(${r})`);
  return `=IF(${tests.length === 1 ? tests[0] : `AND(${tests.join(',')})`},${expr.replace(/^=/, '')},"")`;
}

/** `expr` for rows whose check says OK, blank otherwise. */
export const whenOk = (check: string, expr: string): string =>
  `=IF(${check}="${OK}",${expr.replace(/^=/, '')},"")`;

/** Green OK, red messages, over a check column whose first cell is `first`. */
export function checkLooks(s: SheetBuilder, range: string, first: string): void {
  s.when(range, `=${first}="${OK}"`, GOOD);
  s.when(range, `=AND(${first}<>"",${first}<>"${OK}")`, BAD);
}

/** How many rows of a check column say something other than OK. */
export const flaggedCount = (checks: string): string =>
  `=SUMPRODUCT((${checks}<>"")*(${checks}<>"${OK}"))`;

export const FLAGGED: Text = { fr: 'Lignes à corriger', en: 'Rows to fix' };

/** Two cells that say which cells are inputs (yellow) and which compute themselves. */
export function inputLegend(s: SheetBuilder, row: number, col: number): void {
  s.row(row, col, [
    { value: s.t({ fr: 'Jaune : à saisir', en: 'Yellow: your input' }), style: 'input' },
    {
      value: s.t({ fr: 'Vert et blanc : calculé', en: 'Green and white: computed' }),
      style: 'output',
    },
  ]);
}

/** Input message and error text of a number validation, in the sheet's language. */
export function numberHelp(
  label: Text,
  lang: Lang,
  min: number,
  max?: number
): { prompt: Message; error: Message } {
  const range = outOfRange(label, min, max)[lang];
  return {
    prompt: {
      title: label[lang],
      text:
        max === undefined
          ? lang === 'fr'
            ? `Un nombre, au moins ${min}.`
            : `A number, at least ${min}.`
          : lang === 'fr'
            ? `Un nombre de ${min} à ${max}.`
            : `A number from ${min} to ${max}.`,
    },
    error: { title: lang === 'fr' ? 'Valeur refusée' : 'Value refused', text: `${range}.` },
  };
}

/** Input message and error text of a list validation. */
export function listHelp(label: Text, lang: Lang): { prompt: Message; error: Message } {
  return {
    prompt: {
      title: label[lang],
      text: lang === 'fr' ? 'Choisissez dans la liste.' : 'Choose from the list.',
    },
    error: {
      title: lang === 'fr' ? 'Valeur refusée' : 'Value refused',
      text: fromList(label)[lang] + '.',
    },
  };
}
