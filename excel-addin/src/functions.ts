/**
 * The `=AI.*` custom functions. Bundled as a classic script (dist/excel/functions.js): Excel loads
 * ES modules too late and shows #VALUE! (docs/architecture.md). It needs only the global `CustomFunctions`,
 * and registers every catalogue function when it runs. Each call goes through core's `evaluate`,
 * so Excel answers exactly as core does; errors become `CustomFunctions.Error` element by element.
 * The metadata allows error cells in (allowErrorForDataTypeAny): they arrive as
 * `CustomFunctions.Error` elements, which core reads by their code (docs/excel.md).
 */
import {
  CATALOGUE,
  evaluate,
  isError,
  type Cell,
  type ErrorCode,
  type FunctionSpec,
  type Lang,
  type RawArg,
} from '@boussole/core';
import { hostLang } from './lang';

/** Core's error codes as CustomFunctions.ErrorCode member names. */
const EXCEL_CODES: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  '#VALUE!': 'invalidValue',
  '#NUM!': 'invalidNumber',
  '#DIV/0!': 'divisionByZero',
  '#N/A': 'notAvailable',
  '#NULL!': 'nullReference',
};

/** One result element as Excel takes it: numbers and text as is, errors as CustomFunctions.Error. */
function toExcel(cell: Cell, lang: Lang): number | string | CustomFunctions.Error {
  if (!isError(cell)) return cell;
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode[EXCEL_CODES[cell.code]],
    cell.message(lang)
  );
}

/** The Excel implementation of one catalogue function (every parameter and result is a matrix). */
export function excelFunction(fn: FunctionSpec): (...args: RawArg[]) => unknown[][] {
  const arity = fn.params.length;
  return (...args) => {
    const lang = hostLang();
    // Omitted optional arguments arrive as null, which core reads as blank → default.
    const result = evaluate(fn, args.slice(0, arity), { lang });
    return result.map((row) => row.map((cell) => toExcel(cell, lang)));
  };
}

if (typeof CustomFunctions !== 'undefined') {
  for (const fn of CATALOGUE) CustomFunctions.associate(fn.id, excelFunction(fn));
}
