/**
 * Text the add-in writes into a cell (project names, labels) must never become a formula.
 * Hosts read a leading = + - @ as the start of a formula; a leading apostrophe makes Excel and
 * Sheets keep the rest as plain text and is not shown.
 */
const FORMULA_START = /^[=+\-@]/;

export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/** The value to write through an API that parses input (Office.js values, Sheets setValues). */
export function literalText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
