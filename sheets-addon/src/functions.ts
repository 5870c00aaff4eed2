/**
 * The one entry point of every generated AI_<ID> wrapper: runs the catalogue function and turns its
 * matrix into what Sheets shows (docs/architecture.md "Contracts"): a single cell gets the value or a thrown Error
 * whose message starts with the code; an array keeps its shape, failing elements as "<code> <message>".
 */
import { dateSerial, evaluate, getFunction, isError, type RawArg } from '@boussole/core';
import { functionLang } from './lang';

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

/**
 * Date cells become serials in place: Apps Script hands every call fresh arrays that nothing else
 * holds, so a 100 000-row range is converted without copying a row (most have no Date at all).
 */
function fromSheets(arg: unknown): RawArg {
  if (!Array.isArray(arg)) return (arg instanceof Date ? serial(arg) : arg) as RawArg;
  for (let r = 0; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (row instanceof Date) arg[r] = serial(row);
    else if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        const v: unknown = row[c];
        if (v instanceof Date) row[c] = serial(v);
      }
    }
  }
  return arg as RawArg;
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
  // evaluate returns a fresh matrix: failing elements become their text in place, no copy.
  for (const row of out) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isError(cell)) row[c] = cell.text(lang);
    }
  }
  return out as (number | string)[][];
}
