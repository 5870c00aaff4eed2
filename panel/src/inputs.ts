/**
 * What the user types in the panel's controls, read and checked: weights in percent, the quadrant
 * threshold on the 0–10 scale, the column mapping. Pure: no DOM, unit-tested.
 */
import { parseNumberText, SCORE_MAX } from '@boussole/core';
import { fieldOf, FIELDS, CRITERION_KEYS, type Field, type Mapping } from './headers';

/** Digits, signs, group and decimal marks only: a unit (%, €, a word) makes no sense on a score. */
const PLAIN_NUMBER = /^[\s\u00a0\u202f\u2009]*[-+\u2212]?[\d\s\u00a0\u202f\u2009.,]+$/;

/** A plain number typed as "7", "7,5", "1 000"; NaN for anything else, units included. */
export function plainNumber(text: string): number {
  if (!PLAIN_NUMBER.test(text)) return NaN;
  const n = parseNumberText(text);
  return typeof n === 'number' ? n : NaN;
}

/** A percent typed as "40", "40 %", "12,5": the fraction, or NaN ("5 €" included). */
export function percent(text: string): number {
  return plainNumber(text.replace(/%[\s\u00a0\u202f]*$/, '')) / 100;
}

/** The threshold on the 0–10 scale, or NaN: "5 %" and "5 €" are refused, not read as 0.05 or 5. */
export function threshold(text: string): number {
  const n = plainNumber(text);
  return n >= 0 && n <= SCORE_MAX ? n : NaN;
}

/** Indexes of the weights (typed in percent) that are not a number from 0 to 100. */
export function badWeights(texts: readonly string[]): number[] {
  return texts.flatMap((text, i) => {
    const w = percent(text);
    return Number.isFinite(w) && w >= 0 && w <= 1 ? [] : [i];
  });
}

export type MappingWarning =
  /** Several fields read the same column. */
  | { kind: 'shared'; column: number; fields: Field[] }
  /** The project name reads a column whose header names a score. */
  | { kind: 'nameIsScore'; column: number };

/** What is suspicious in a column mapping (it stays usable: the user may mean it). */
export function mappingWarnings(mapping: Mapping, headers: readonly string[]): MappingWarning[] {
  const byColumn = new Map<number, Field[]>();
  for (const field of FIELDS) {
    const i = mapping[field];
    if (i !== undefined) byColumn.set(i, [...(byColumn.get(i) ?? []), field]);
  }
  const warnings: MappingWarning[] = [];
  for (const [column, fields] of byColumn)
    if (fields.length > 1) warnings.push({ kind: 'shared', column, fields });
  const name = mapping.name;
  if (name !== undefined && (byColumn.get(name)?.length ?? 0) === 1) {
    const named = fieldOf(headers[name]);
    if (named !== undefined && (CRITERION_KEYS as readonly string[]).includes(named))
      warnings.push({ kind: 'nameIsScore', column: name });
  }
  return warnings;
}

/** Where a write landed, as a key: a later write at the same place replaces the add-in's own cells. */
export const writeKey = (w: { sheet: string; row: number; column: number }): string =>
  `${w.sheet}!${w.row},${w.column}`;

/**
 * Whether a write's conflicting cells are the add-in's own: columns inside the table read (a
 * template's result columns, a previous write read back) or exactly where the last write landed.
 */
export function ownColumns(
  request: { sheet: string; row: number; column: number },
  table: { lastColumn: number } | undefined,
  lastWrite: string | undefined
): boolean {
  return (
    (table !== undefined && request.column <= table.lastColumn) || lastWrite === writeKey(request)
  );
}

/** Whether the text is a number with a unit ("5 %", "5 €"): said as such, not as "not a number". */
export const hasUnit = (text: string): boolean =>
  !PLAIN_NUMBER.test(text) && typeof parseNumberText(text) === 'number';
