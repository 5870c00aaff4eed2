/**
 * The one entry point of every generated AI_<ID> wrapper: runs the catalogue function and turns its
 * matrix into what Sheets shows (DESIGN.md "Errors"): a single cell gets the value or a thrown Error
 * whose message starts with the code; an array keeps its shape, failing elements as "<code> <message>".
 */
import { evaluate, getFunction, isError, type RawArg } from '@boussole/core';
import { functionLang } from './locale';

export type SheetsResult = number | string | (number | string)[][];

export function callFunction(id: string, args: readonly RawArg[]): SheetsResult {
  const fn = getFunction(id);
  // Only generated wrappers call this, with catalogue ids; a miss is a build fault.
  if (!fn) throw new Error(`#NAME? AI_${id}`);
  const lang = functionLang();
  const out = evaluate(fn, args, { lang });
  if (out.length === 1 && out[0].length === 1) {
    const cell = out[0][0];
    if (isError(cell)) throw new Error(cell.text(lang));
    return cell;
  }
  return out.map((row) => row.map((cell) => (isError(cell) ? cell.text(lang) : cell)));
}
