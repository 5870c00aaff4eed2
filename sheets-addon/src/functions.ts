/**
 * The one entry point of every generated AI_<ID> wrapper: runs the catalogue function and turns its
 * matrix into what Sheets shows (DESIGN.md "Errors"): a single cell gets the value or a thrown Error
 * whose message starts with the code; an array keeps its shape, failing elements as "<code> <message>".
 */
import { dateSerial, evaluate, getFunction, isError, type RawArg } from '@boussole/core';
import { functionLang } from './locale';

export type SheetsResult = number | string | (number | string)[][];

const DAY_MS = 86_400_000;

/**
 * Sheets hands a date cell to a custom function as a Date, Excel as its serial number: both
 * surfaces must answer alike, so a Date becomes the serial the spreadsheet itself would show
 * (=A1*1), read from its wall-clock fields in the script's time zone.
 */
function serial(d: Date): number {
  const time =
    ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds();
  return dateSerial(d.getFullYear(), d.getMonth() + 1, d.getDate()) + time / DAY_MS;
}

const fromCell = (v: unknown): unknown => (v instanceof Date ? serial(v) : v);

function fromSheets(arg: unknown): RawArg {
  const v = Array.isArray(arg)
    ? arg.map((row: unknown) => (Array.isArray(row) ? row.map(fromCell) : fromCell(row)))
    : fromCell(arg);
  return v as RawArg;
}

export function callFunction(id: string, args: readonly unknown[]): SheetsResult {
  const fn = getFunction(id);
  // Only generated wrappers call this, with catalogue ids; a miss is a build fault.
  if (!fn) throw new Error(`#NAME? AI_${id}`);
  const lang = functionLang();
  const out = evaluate(fn, args.map(fromSheets), { lang });
  if (out.length === 1 && out[0].length === 1) {
    const cell = out[0][0];
    if (isError(cell)) throw new Error(cell.text(lang));
    return cell;
  }
  return out.map((row) => row.map((cell) => (isError(cell) ? cell.text(lang) : cell)));
}
