import { ERROR_CODES, fail, FnError, type ErrorCode } from './errors';
import { fold, langFromTag, type Lang } from './i18n';
import { ownLookup } from './lookup';

/**
 * Spaces that spreadsheets and French number formats use between digit groups; a line break or tab
 * inside a number is no digit group (docs/functions.md "Inputs").
 */
const SPACES = /[ \u00a0\u202f\u2009]+/g;
const CURRENCY = /^(€|\$|£|eur|usd|gbp|chf)|(€|\$|£|eur|usd|gbp|chf)$/i;

/**
 * Reads numeric text as finance users type it: "10 000 €", "1,5", "40 %", "(1 200)", "1 234,56".
 * Returns "ambiguous" when one separator followed by exactly three digits could be a thousands
 * or a decimal separator ("1,500", "2.250"), and undefined when the text is no number.
 */
export function parseNumberText(text: string): number | 'ambiguous' | undefined {
  let s = text.trim().replace(SPACES, ' ');
  if (/\s/.test(s.replace(/ /g, ''))) return undefined;
  let sign = 1;
  let scale = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1].trim();
  }
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  // One currency at most, before or after the sign: "€5$" is no amount.
  const before = s;
  s = s.replace(CURRENCY, '').trim();
  const currency = s !== before;
  if (/^[-+\u2212]/.test(s)) {
    // "(-5 000)" has two signs.
    if (paren) return undefined;
    if (s[0] !== '+') sign = -sign;
    s = s.slice(1).trim();
  }
  if (!currency) s = s.replace(CURRENCY, '').trim();
  const n = parseUnsigned(s);
  if (n === undefined || n === 'ambiguous') return n;
  return sign * n * scale;
}

function parseUnsigned(s: string): number | 'ambiguous' | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return Number(s);
  // Spaces group thousands, so either mark is then the decimal one.
  const spaced = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(s);
  if (spaced) return Number(`${spaced[1].replace(/ /g, '')}.${spaced[2] ?? '0'}`);
  if (s.includes(' ')) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const [dec, grp] = lastDot > lastComma ? ['.', ','] : [',', '.'];
    const m = new RegExp(`^(\\d{1,3}(?:\\${grp}\\d{3})*)\\${dec}(\\d+)$`).exec(s);
    return m ? Number(`${m[1].split(grp).join('')}.${m[2]}`) : undefined;
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (!sep) return undefined;
  const parts = s.split(sep);
  if (parts.length > 2) {
    const grouped = parts.slice(1).every((p) => /^\d{3}$/.test(p)) && /^\d{1,3}$/.test(parts[0]);
    return grouped ? Number(parts.join('')) : undefined;
  }
  const [int, frac] = parts;
  if (!/^\d*$/.test(int) || !/^\d+$/.test(frac)) return undefined;
  if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(int)) return 'ambiguous';
  return Number(`${int || '0'}.${frac}`);
}

/** Error texts a cell may show ("#N/A", "#SPILL!", "#GETTING_DATA"…). */
const ERROR_TEXT = /^#(?:N\/A|DIV\/0!|[A-Z]+[!?]|GETTING_DATA)$/;

/**
 * The code of an error cell passed in (Excel's CustomFunctions.Error, an error cell value, or the
 * error text itself); codes Boussole cannot return (#REF!, #NAME?, #SPILL!…) become #VALUE!.
 */
export function inputErrorCode(v: unknown): { code: ErrorCode; shown: string } | undefined {
  let text: unknown;
  if (typeof v === 'string') text = v;
  else if (typeof v === 'object' && v !== null && !(v instanceof Date) && !Array.isArray(v)) {
    const o = v as { code?: unknown; type?: unknown; basicValue?: unknown };
    text = typeof o.code === 'string' ? o.code : o.type === 'Error' ? o.basicValue : undefined;
  }
  if (typeof text !== 'string' || !ERROR_TEXT.test(text)) return undefined;
  const code = (ERROR_CODES as readonly string[]).includes(text) ? (text as ErrorCode) : '#VALUE!';
  return { code, shown: text };
}

/** An error cell in an input: that element's result is its own error, naming the argument. */
export function inputError(v: unknown, arg: string): FnError | undefined {
  const e = inputErrorCode(v);
  return e && fail(e.code, 'inputError', { arg, expected: e.shown });
}

/** A cell as a number, or the error that names the argument. Blank cells are handled before. */
export function toNumber(v: unknown, arg: string): number | FnError {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : fail('#NUM!', 'tooLarge', { arg, value: v });
  }
  if (typeof v === 'string') {
    const n = parseNumberText(v);
    // "1e999" and digit strings beyond 1.8e308 read as Infinity.
    if (typeof n === 'number')
      return Number.isFinite(n) ? n : fail('#NUM!', 'tooLarge', { arg, value: v });
    return fail('#VALUE!', n === 'ambiguous' ? 'ambiguous' : 'notNumber', { arg, value: v });
  }
  return fail('#VALUE!', 'notNumber', { arg, value: v });
}

/** Risk levels: 1–3, or low/medium/high, faible/moyen/élevé (case and accents ignored). */
const LEVEL_WORDS: Record<string, 1 | 2 | 3> = {
  low: 1,
  faible: 1,
  medium: 2,
  moyen: 2,
  moyenne: 2,
  high: 3,
  eleve: 3,
  elevee: 3,
};

const LEVELS_ACCEPTED = '1, 2, 3, low, medium, high, faible, moyen, élevé';

/** A level: a word from the list, else a number that must be 1, 2 or 3 (#NUM! otherwise). */
export function toLevel(v: unknown, arg: string): 1 | 2 | 3 | FnError {
  if (typeof v === 'string') {
    const word = ownLookup(LEVEL_WORDS, fold(v));
    if (word) return word;
  }
  const n = typeof v === 'string' || typeof v === 'number' ? toNumber(v, arg) : undefined;
  if (n === 1 || n === 2 || n === 3) return n;
  if (typeof n === 'number' || (n !== undefined && n.code === '#NUM!'))
    return fail('#NUM!', 'level', { arg, value: v, expected: LEVELS_ACCEPTED });
  return fail('#N/A', 'unknownCode', { arg, value: v, expected: LEVELS_ACCEPTED });
}

export function toLang(v: unknown, arg: string): Lang | FnError {
  return langFromTag(v) ?? fail('#N/A', 'unknownCode', { arg, value: v, expected: '"fr", "en"' });
}

const codeKey = (s: string): string => fold(s).replace(/[\s_'’-]+/g, '-');
const codeIndexes = new WeakMap<readonly string[], Map<string, string>>();

/** A code from a fixed list, matched without case, accents or "_"/"-"/space differences. */
export function toCode<C extends string>(
  v: unknown,
  arg: string,
  codes: readonly C[],
  aliases: Readonly<Record<string, C>> = {}
): C | FnError {
  if (typeof v !== 'string') return fail('#VALUE!', 'notText', { arg, value: v });
  let index = codeIndexes.get(codes);
  if (!index) {
    index = new Map<string, string>([...codes.map((c) => [codeKey(c), c] as const)]);
    codeIndexes.set(codes, index);
  }
  const key = codeKey(v);
  const hit = (index.get(key) as C | undefined) ?? ownLookup(aliases, key);
  return hit ?? fail('#N/A', 'unknownCode', { arg, value: v, expected: codes.join(', ') });
}
