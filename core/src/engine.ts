/**
 * Runs a catalogue function on raw host arguments: broadcasting of ranges, vector arguments,
 * blanks, coercion and domain checks. Errors are returned as values, never thrown.
 */
import type { FunctionSpec, NumbersParam, Output, ParamSpec } from './catalogue/types';
import { inputError, toNumber } from './coerce';
import { columnwise } from './engine-columns';
import {
  checkBounds,
  coerceScalar,
  defaultOf,
  finish,
  langIndex,
  langOf,
  mayHoldError,
  shapeText,
  type CallContext,
} from './engine-args';
import { blankCell, estimateCells, listsProjects } from './estimate';
import { fail, FnError, isError } from './errors';
import type { Lang } from './i18n';
import {
  clean,
  isBlank,
  toMatrix,
  type Cell,
  type Matrix,
  type RawArg,
  type RawScalar,
} from './values';

export type { CallContext } from './engine-args';

type VectorSpec = NumbersParam & ParamSpec;

const TOTAL_TOLERANCE = 1e-9;

/** The values of a vector, checked; blanks are dropped when the vector has no fixed count. */
function coerceVector(
  cells: readonly RawScalar[],
  p: VectorSpec
): readonly number[] | FnError | undefined {
  const out: number[] = [];
  let blanks = 0;
  for (const v of cells) {
    if (isBlank(v)) {
      blanks++;
      continue;
    }
    const n = (mayHoldError(v) && inputError(v, p.name)) || toNumber(v, p.name);
    if (isError(n)) return n;
    const b = checkBounds(n, p, p.name);
    if (isError(b)) return b;
    out.push(b);
  }
  if (out.length === 0) return undefined;
  if (p.count !== undefined) {
    if (blanks > 0 && cells.length === p.count) return fail('#VALUE!', 'missing', { arg: p.name });
    if (out.length !== p.count || cells.length !== p.count) {
      return fail('#VALUE!', 'count', {
        arg: p.name,
        value: cells.length,
        expected: String(p.count),
      });
    }
  }
  if (p.total) {
    const sum = out.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) < TOTAL_TOLERANCE) return out;
    if (Math.abs(sum - 100) < TOTAL_TOLERANCE * 100) return out.map((x) => x / 100);
    return fail('#NUM!', 'total', { arg: p.name, value: clean(sum) });
  }
  return out;
}

/** A config vector (weights, shares): one row or one column, blank meaning the default. */
function configVector(raw: RawArg, p: VectorSpec): readonly number[] | FnError {
  const m = toMatrix(raw);
  if (m.length > 1 && m[0].length > 1)
    return fail('#VALUE!', 'notVector', { arg: p.name, value: shapeText(m) });
  const v = coerceVector(m.length > 1 ? m.map((r) => r[0]) : m[0], p);
  if (v !== undefined) return v;
  return p.default ?? fail('#VALUE!', 'missing', { arg: p.name });
}

export function evaluate(fn: FunctionSpec, raw: readonly RawArg[], ctx: CallContext): Matrix<Cell> {
  if (fn.params.some((p) => p.column)) return columnwise(fn, raw, ctx);
  const rowsParam = fn.params.findIndex((p) => p.type === 'numbers' && p.role === 'rows');
  return rowsParam >= 0 ? perVector(fn, raw, ctx, rowsParam) : elementwise(fn, raw, ctx);
}

/** Scalar parameters broadcast element by element (equal shapes or 1×1); configs apply to all. */
function elementwise(fn: FunctionSpec, raw: readonly RawArg[], ctx: CallContext): Matrix<Cell> {
  const { params } = fn;
  const n = params.length;
  const mats: (Matrix<RawScalar | RawScalar[]> | undefined)[] = new Array(n);
  const fixed: unknown[] = new Array(n);
  let rows = 1;
  let cols = 1;
  let shapeArg = -1;
  const projects = params.some((p) => p.type === 'estimate') && listsProjects(params, raw);
  for (let i = 0; i < n; i++) {
    const p = params[i];
    if (p.type === 'numbers') {
      const v = configVector(raw[i], p);
      if (isError(v)) return [[v]];
      fixed[i] = v;
      continue;
    }
    const m = p.type === 'estimate' ? estimateCells(toMatrix(raw[i]), projects) : toMatrix(raw[i]);
    if (m.length === 1 && m[0].length === 1) {
      fixed[i] = m[0][0];
      continue;
    }
    if (shapeArg < 0) {
      rows = m.length;
      cols = m[0].length;
      shapeArg = i;
    } else if (m.length !== rows || m[0].length !== cols || m.some((r) => r.length !== cols)) {
      return [
        [
          fail('#VALUE!', 'shape', {
            arg: p.name,
            value: shapeText(m),
            expected: `${rows}×${cols}`,
          }),
        ],
      ];
    }
    mats[i] = m;
  }

  const rowResult = fn.result.kind === 'row';
  const out: Matrix<Cell> = [];
  const args: unknown[] = new Array(n);
  const impl = fn.impl as (a: unknown[], lang: Lang) => Output;
  const langAt = langIndex(params);
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = rowResult ? [] : new Array(cols);
    for (let c = 0; c < cols; c++) {
      let missing = -1;
      let given = 0;
      let cell: Cell | Cell[] | undefined;
      for (let i = 0; i < n; i++) {
        const p = params[i];
        if (p.type === 'numbers') continue;
        const m = mats[i];
        const v = m ? m[r][c] : (fixed[i] as RawScalar);
        if (blankCell(v)) {
          args[i] = undefined;
          if (!p.optional && missing < 0) missing = i;
        } else {
          args[i] = v;
          if (!p.optional) given++;
        }
      }
      if (missing >= 0) {
        cell = given === 0 ? '' : fail('#VALUE!', 'missing', { arg: params[missing].name });
      } else {
        for (let i = 0; i < n && cell === undefined; i++) {
          const p = params[i];
          if (p.type === 'numbers') args[i] = fixed[i];
          else if (args[i] === undefined) args[i] = defaultOf(p, ctx);
          else {
            const v = coerceScalar(args[i] as RawScalar, p);
            if (isError(v)) cell = v;
            else args[i] = v;
          }
        }
        cell ??= finish(impl(args, langOf(langAt, args, ctx)), fn, args);
      }
      if (rowResult) {
        out.push(Array.isArray(cell) ? cell : [cell as Cell]);
      } else {
        line[c] = cell as Cell;
      }
    }
    if (!rowResult) out.push(line);
  }
  return rowResult ? squareRows(out, rowWidth(fn)) : out;
}

/** Row results (BUDGETSPLIT) are at least as wide as their config vector or default. */
function rowWidth(fn: FunctionSpec): number {
  const p = fn.params.find((q): q is VectorSpec => q.type === 'numbers');
  return p?.default?.length ?? 1;
}

/**
 * Every row as wide as the widest (CASHFLOWS rows are years + 1 wide): a blank or failed element
 * fills its whole row and shorter results end in blanks, so the spill keeps its shape.
 */
function squareRows(rows: Cell[][], min: number): Cell[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), min);
  return rows.map((r) => {
    if (r.length === width) return r;
    const single = r.length === 1 && (r[0] === '' || isError(r[0]));
    return single
      ? new Array<Cell>(width).fill(r[0])
      : [...r, ...new Array<Cell>(width - r.length).fill('')];
  });
}

/**
 * Functions whose data is a whole range (NPS, MATURITY, WEIGHTEDSCORE): one row or one column is one
 * vector; a larger matrix is one vector per row (WEIGHTEDSCORE: per column when the weights match
 * the row count instead of the column count, or when a square matrix has a column of weights).
 */
function perVector(
  fn: FunctionSpec,
  raw: readonly RawArg[],
  ctx: CallContext,
  dataIndex: number
): Matrix<Cell> {
  const { params } = fn;
  const n = params.length;
  const args: unknown[] = new Array(n);
  let width: number | undefined;
  let configIsColumn = false;
  for (let i = 0; i < n; i++) {
    if (i === dataIndex) continue;
    const p = params[i];
    if (p.type === 'numbers') {
      const v = configVector(raw[i], p);
      if (isError(v)) return [[v]];
      args[i] = v;
      width = v.length;
      configIsColumn = toMatrix(raw[i]).length > 1;
      continue;
    }
    const m = toMatrix(raw[i]);
    if (m.length !== 1 || m[0].length !== 1) {
      return [[fail('#VALUE!', 'shape', { arg: p.name, value: shapeText(m), expected: '1×1' })]];
    }
    const v = m[0][0];
    args[i] = isBlank(v) ? defaultOf(p, ctx) : coerceScalar(v, p);
    if (args[i] === undefined) return [[fail('#VALUE!', 'missing', { arg: p.name })]];
    if (isError(args[i])) return [[args[i] as FnError]];
  }

  const dataParam = params[dataIndex] as VectorSpec;
  const p: VectorSpec = width !== undefined ? { ...dataParam, count: width } : dataParam;
  const m = toMatrix(raw[dataIndex]);
  const rows = m.length;
  const cols = m[0].length;
  let vectors: RawScalar[][];
  let byColumn = false;
  if (rows === 1) vectors = [m[0]];
  else if (cols === 1) vectors = [m.map((r) => r[0])];
  // Criteria run along the weights: a column of weights means criteria in rows (decisive when square).
  else if (width !== undefined && width === rows && (width !== cols || configIsColumn)) {
    byColumn = true;
    vectors = m[0].map((_, c) => m.map((r) => r[c]));
  } else vectors = m;

  const impl = fn.impl as (a: unknown[], lang: Lang) => Output;
  const lang = langOf(langIndex(params), args, ctx);
  const results = vectors.map((cells): Cell => {
    const v = coerceVector(cells, p);
    if (v === undefined) return '';
    if (isError(v)) return v;
    const a = args.slice();
    a[dataIndex] = v;
    return finish(impl(a, lang), fn, a) as Cell;
  });
  return byColumn ? [results] : results.map((x) => [x]);
}
