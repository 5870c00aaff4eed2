import type { Lang } from './i18n';

/**
 * The spreadsheet error codes Boussole returns (docs/functions.md): its own four, and #NULL! passed
 * on from an error cell in an input. Excel takes #REF! and #NAME? as custom-function inputs but cannot
 * return them, so those become #VALUE! naming the error.
 */
export type ErrorCode = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A' | '#NULL!';

/** Every ErrorCode, for hosts and tests that read a code back from text. */
export const ERROR_CODES: readonly ErrorCode[] = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A', '#NULL!'];

/** Why an argument was refused; each reason has a message in both languages. */
export type Reason =
  | 'notNumber'
  | 'ambiguous'
  | 'notText'
  | 'missing'
  | 'positive'
  | 'nonNegative'
  | 'range'
  | 'integer'
  | 'total'
  | 'neverPaysBack'
  | 'divZero'
  | 'unknownCode'
  | 'shape'
  | 'notVector'
  | 'count'
  | 'atMost'
  | 'tooLarge'
  | 'level'
  | 'inputError'
  | 'notFinite'
  | 'order'
  | 'noRate'
  | 'mustOverBudget'
  | 'conflict';

export interface ErrorDetail {
  /** The parameter name as the function signature shows it, e.g. "project_cost". */
  arg: string;
  /** The offending value, shown as the user typed it. */
  value?: unknown;
  min?: number;
  max?: number;
  expected?: string;
}

const MESSAGES: Record<Reason, Record<Lang, (d: ErrorDetail, v: string) => string>> = {
  notNumber: {
    en: (d, v) => `${d.arg}: ${v} is not a number`,
    fr: (d, v) => `${d.arg} : ${v} n'est pas un nombre`,
  },
  ambiguous: {
    en: (d, v) =>
      `${d.arg}: ${v} is ambiguous (thousands or decimal separator?); type the number without separators or with a space for thousands`,
    fr: (d, v) =>
      `${d.arg} : ${v} est ambigu (séparateur de milliers ou décimal ?) ; saisissez le nombre sans séparateur ou avec une espace pour les milliers`,
  },
  notText: {
    en: (d, v) => `${d.arg}: ${v} is not a text code`,
    fr: (d, v) => `${d.arg} : ${v} n'est pas un code texte`,
  },
  missing: {
    en: (d) => `${d.arg} is missing`,
    fr: (d) => `${d.arg} est manquant`,
  },
  positive: {
    en: (d, v) => `${d.arg} must be greater than ${d.min ?? 0} (got ${v})`,
    fr: (d, v) => `${d.arg} doit être supérieur à ${d.min ?? 0} (reçu ${v})`,
  },
  nonNegative: {
    en: (d, v) => `${d.arg} must be ${d.min ?? 0} or more (got ${v})`,
    fr: (d, v) =>
      d.min === undefined || d.min === 0
        ? `${d.arg} doit être positif ou nul (reçu ${v})`
        : `${d.arg} doit être supérieur ou égal à ${d.min} (reçu ${v})`,
  },
  atMost: {
    en: (d, v) => `${d.arg} must be at most ${d.max} (got ${v})`,
    fr: (d, v) => `${d.arg} doit être au plus ${d.max} (reçu ${v})`,
  },
  tooLarge: {
    en: (d, v) => `${d.arg}: ${v} is too large to compute with`,
    fr: (d, v) => `${d.arg} : ${v} est trop grand pour être calculé`,
  },
  level: {
    en: (d, v) => `${d.arg} must be 1, 2 or 3 (got ${v}); accepted: ${d.expected}`,
    fr: (d, v) => `${d.arg} doit valoir 1, 2 ou 3 (reçu ${v}) ; accepté : ${d.expected}`,
  },
  inputError: {
    en: (d) => `${d.arg}: the cell holds the error ${d.expected}`,
    fr: (d) => `${d.arg} : la cellule contient l'erreur ${d.expected}`,
  },
  range: {
    en: (d, v) => `${d.arg} must be between ${d.min} and ${d.max} (got ${v})`,
    fr: (d, v) => `${d.arg} doit être compris entre ${d.min} et ${d.max} (reçu ${v})`,
  },
  integer: {
    en: (d, v) => `${d.arg} must be a whole number (got ${v})`,
    fr: (d, v) => `${d.arg} doit être un nombre entier (reçu ${v})`,
  },
  total: {
    en: (d, v) => `${d.arg} must total 100 % (got ${v})`,
    fr: (d, v) => `${d.arg} doit totaliser 100 % (reçu ${v})`,
  },
  neverPaysBack: {
    en: (d, v) =>
      `${d.arg} must be greater than 0, otherwise the project never pays back (got ${v})`,
    fr: (d, v) =>
      `${d.arg} doit être supérieur à 0, sinon le projet n'est jamais rentabilisé (reçu ${v})`,
  },
  divZero: {
    en: (d) => `${d.arg} is 0: there is nothing to reduce`,
    fr: (d) => `${d.arg} vaut 0 : il n'y a rien à réduire`,
  },
  unknownCode: {
    en: (d, v) => `${d.arg}: unknown code ${v}; expected one of ${d.expected}`,
    fr: (d, v) => `${d.arg} : code inconnu ${v} ; attendu : ${d.expected}`,
  },
  shape: {
    en: (d, v) =>
      `${d.arg}: a range of ${v} does not match the other ranges (${d.expected}); use ranges of the same size, or single cells`,
    fr: (d, v) =>
      `${d.arg} : une plage de ${v} ne correspond pas aux autres plages (${d.expected}) ; utilisez des plages de même taille, ou des cellules seules`,
  },
  notVector: {
    en: (d, v) => `${d.arg}: expected one row or one column (got ${v})`,
    fr: (d, v) => `${d.arg} : une ligne ou une colonne attendue (reçu ${v})`,
  },
  count: {
    en: (d, v) => `${d.arg}: expected ${d.expected} values (got ${v})`,
    fr: (d, v) => `${d.arg} : ${d.expected} valeurs attendues (reçu ${v})`,
  },
  order: {
    en: (d, v) => `${d.arg}: a (low, likely, high) estimate needs low ≤ likely ≤ high (got ${v})`,
    fr: (d, v) =>
      `${d.arg} : une estimation (basse, probable, haute) exige basse ≤ probable ≤ haute (reçu ${v})`,
  },
  noRate: {
    en: (d, v) =>
      `${d.arg}: the cash flows ${v} never change sign, so no rate of return zeroes them`,
    fr: (d, v) =>
      `${d.arg} : les flux ${v} ne changent jamais de signe, aucun taux de rendement ne les annule`,
  },
  notFinite: {
    en: (d) => `${d.arg}: the result is too large to compute (${d.expected})`,
    fr: (d) => `${d.arg} : le résultat est trop grand pour être calculé (${d.expected})`,
  },
  mustOverBudget: {
    en: (d, v) => `${d.arg}: the must-do projects alone cost ${v}, more than ${d.max}`,
    fr: (d, v) => `${d.arg} : les projets obligatoires coûtent à eux seuls ${v}, plus que ${d.max}`,
  },
  conflict: {
    en: (d, v) =>
      `${d.arg}: project ${v} is both forced in and forced out (must, never, requires, excludes)`,
    fr: (d, v) =>
      `${d.arg} : le projet ${v} est à la fois imposé et écarté (obligatoire, exclu, requiert, exclut)`,
  },
};

/** How many characters of a bad text a message quotes: a 1 MB cell must not make a 1 MB message. */
export const QUOTE_MAX = 40;

/** The first QUOTE_MAX characters of a text, then "…" when there was more (never half a pair). */
export function cut(s: string): string {
  if (s.length <= QUOTE_MAX) return s;
  const end = /[\ud800-\udbff]/.test(s[QUOTE_MAX - 1]) ? QUOTE_MAX - 1 : QUOTE_MAX;
  return `${s.slice(0, end)}…`;
}

/** Shows a value as the user would recognise it in a message: text quoted, numbers as typed. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '(blank)';
  if (typeof v === 'string') return JSON.stringify(cut(v));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? 'Invalid date' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  if (Array.isArray(v)) return cut(`[${v.slice(0, QUOTE_MAX).map(showValue).join(', ')}]`);
  return cut(String(v));
}

/**
 * An error returned as a value, never thrown: each host turns it into its own error form.
 * It keeps the reason and detail so that the message is worded in the caller's language.
 */
export class FnError {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    readonly detail: ErrorDetail
  ) {}

  message(lang: Lang): string {
    return MESSAGES[this.reason][lang](this.detail, showValue(this.detail.value));
  }

  /** The Sheets in-array form: "<code> <message>". */
  text(lang: Lang): string {
    return `${this.code} ${this.message(lang)}`;
  }
}

export function isError(v: unknown): v is FnError {
  return v instanceof FnError;
}

export const fail = (code: ErrorCode, reason: Reason, detail: ErrorDetail): FnError =>
  new FnError(code, reason, detail);
