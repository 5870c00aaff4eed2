/** Functions over whole columns (FUND): one problem over every row (docs/architecture.md). */
import type { FunctionSpec, Output } from './catalogue/types';
import {
  coerceScalar,
  defaultOf,
  finish,
  langIndex,
  langOf,
  shapeText,
  type CallContext,
} from './engine-args';
import { fail, type FnError, isError } from './errors';
import type { Lang } from './i18n';
import { isBlank, toMatrix, type Cell, type Matrix, type RawArg, type RawScalar } from './values';

/**
 * Functions over whole columns (FUND): one problem over every row, a result column as long. A blank
 * row stays blank; a row with a blank required cell or a bad cell gets that error and is left out
 * of the problem; an error of the whole problem fills every other row.
 */
export function columnwise(
  fn: FunctionSpec,
  raw: readonly RawArg[],
  ctx: CallContext
): Matrix<Cell> {
  const { params } = fn;
  const n = params.length;
  const columns: (readonly RawScalar[])[] = new Array(n);
  const args: unknown[] = new Array(n);
  let rows = -1;
  let shapeArg = -1;
  for (let i = 0; i < n; i++) {
    const p = params[i];
    const m = toMatrix(raw[i]);
    if (p.column) {
      if (m.length > 1 && m[0].length > 1)
        return [[fail('#VALUE!', 'notVector', { arg: p.name, value: shapeText(m) })]];
      const cells = m.length > 1 ? m.map((r) => r[0]) : m[0];
      if (p.optional && cells.length === 1 && isBlank(cells[0])) continue;
      if (rows < 0) [rows, shapeArg] = [cells.length, i];
      else if (cells.length !== rows) {
        const expected = `${rows}×1 (${params[shapeArg].name})`;
        return [[fail('#VALUE!', 'shape', { arg: p.name, value: `${cells.length}×1`, expected })]];
      }
      columns[i] = cells;
      continue;
    }
    if (m.length !== 1 || m[0].length !== 1)
      return [[fail('#VALUE!', 'shape', { arg: p.name, value: shapeText(m), expected: '1×1' })]];
    const v = m[0][0];
    args[i] = isBlank(v) ? defaultOf(p, ctx) : coerceScalar(v, p);
    if (args[i] === undefined) return [[fail('#VALUE!', 'missing', { arg: p.name })]];
    if (isError(args[i])) return [[args[i] as FnError]];
  }

  const out: Cell[] = new Array(rows);
  const valid: number[] = [];
  const values: unknown[][] = params.map(() => []);
  for (let r = 0; r < rows; r++) {
    let given = 0;
    let missing = -1;
    for (let i = 0; i < n; i++) {
      if (!params[i].column) continue;
      const v = columns[i]?.[r];
      if (!isBlank(v)) given++;
      else if (!params[i].optional && missing < 0) missing = i;
    }
    let cell: Cell | undefined;
    if (given === 0) cell = '';
    else if (missing >= 0) cell = fail('#VALUE!', 'missing', { arg: params[missing].name });
    for (let i = 0; i < n && cell === undefined; i++) {
      const p = params[i];
      if (!p.column) continue;
      const v = columns[i]?.[r];
      const c = isBlank(v) ? defaultOf(p, ctx) : coerceScalar(v as RawScalar, p);
      if (isError(c)) cell = c;
      else values[i].push(c);
    }
    if (cell !== undefined) {
      out[r] = cell;
      // Values of this row already pushed for earlier columns are taken back.
      for (let i = 0; i < n; i++) if (values[i].length > valid.length) values[i].pop();
    } else valid.push(r);
  }
  if (valid.length > 0) {
    for (let i = 0; i < n; i++) if (params[i].column) args[i] = values[i];
    const impl = fn.impl as (a: unknown[], lang: Lang) => Output;
    const result = impl(args, langOf(langIndex(params), args, ctx));
    valid.forEach((r, k) => {
      out[r] =
        isError(result) || typeof result !== 'object'
          ? (finish(result, fn, args) as Cell)
          : (finish(result[k], fn, args) as Cell);
    });
  }
  return out.map((c) => [c]);
}
