/**
 * Numbers as the panel's two languages write them, without Intl.NumberFormat: the first
 * NumberFormat a page creates loads the locale data and costs tens of milliseconds, the largest
 * single cost of opening the panel (docs/performance.md). The output is Intl's for fr-FR and
 * en-GB (panel/test/number-format.test.ts compares them): French groups digits with a narrow no-break
 * space and writes a decimal comma, English a comma and a decimal point; rounding is half away
 * from zero on the number's shortest decimal form, as ICU rounds.
 */
import type { Lang } from '@boussole/core';

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  fr: { group: '\u202f', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** x ≥ 0 rounded to `decimals` digits: integer and fraction digits, undefined from 1e21 up. */
function rounded(x: number, decimals: number): { int: string; frac: string } | undefined {
  let s = String(x);
  const e = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (e) {
    const exp = Number(e[3]);
    if (exp > 0) return undefined;
    s = `0.${'0'.repeat(-exp - 1)}${e[1]}${e[2] ?? ''}`;
  }
  const [int, frac = ''] = s.split('.');
  if (frac.length <= decimals) return { int, frac };
  const digits = [...int, ...frac.slice(0, decimals)].map(Number);
  if (Number(frac[decimals]) >= 5) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) digits.unshift(1);
    else digits[i]++;
  }
  const all = digits.join('');
  return { int: all.slice(0, all.length - decimals), frac: all.slice(all.length - decimals) };
}

/** Numbers as the language writes them: 7,3 in French, 7.3 in English. */
export function formatNumber(x: number, lang: Lang, decimals = 0, minDecimals = decimals): string {
  const parts = Number.isFinite(x) ? rounded(Math.abs(x), decimals) : undefined;
  if (!parts) {
    // Infinite, NaN or beyond 1e21: never in the panel's figures; Intl writes them.
    return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: decimals,
    }).format(x);
  }
  const { group, decimal } = SEPARATORS[lang];
  const frac = parts.frac.replace(/0+$/, '').padEnd(minDecimals, '0');
  const int = parts.int.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return sign + int + (frac ? decimal + frac : '');
}
