/**
 * Three-point (low, likely, high) estimates as function arguments (docs/business-case.md): how a
 * range is read as estimates, and an estimate checked. The engine calls these for 'estimate'
 * parameters; everything else about them (broadcasting, blanks, errors) is the engine's.
 */
import type { ParamSpec } from './catalogue/types';
import { fail, isError } from './errors';
import { isBlank, toMatrix, type Matrix, type RawArg, type RawScalar } from './values';

/** Three numbers in order; `number` reads and bounds-checks one cell as the parameter would. */
export function coerceEstimate(
  cells: readonly RawScalar[],
  arg: string,
  number: (v: RawScalar) => unknown
): unknown {
  const out: number[] = [];
  for (const v of cells) {
    if (isBlank(v)) return fail('#VALUE!', 'missing', { arg });
    const n = number(v);
    if (isError(n)) return n;
    out.push(n as number);
  }
  if (out[0] > out[1] || out[1] > out[2]) return fail('#NUM!', 'order', { arg, value: out });
  return out;
}
/**
 * An estimate argument as cells of its own: one row of three cells is one estimate, and so is one
 * column of three unless another argument lists several projects (then it is three projects' single
 * numbers); three columns are one estimate per row; any other range broadcasts as single numbers.
 */
export function estimateCells(
  m: Matrix<RawScalar>,
  projects: boolean
): Matrix<RawScalar | RawScalar[]> {
  const rows = m.length;
  const cols = m[0].length;
  if (rows === 1 && cols === 3) return [[m[0]]];
  if (rows === 3 && cols === 1 && !projects) return [[m.map((r) => r[0])]];
  return cols === 3 ? m.map((r) => [r]) : m;
}

const estimateColumn = (p: ParamSpec, m: Matrix<RawScalar>): boolean =>
  p.type === 'estimate' && m.length === 3 && m[0].length === 1;

/** Whether an argument other than a config vector or a three-cell estimate column has several rows. */
export const listsProjects = (params: readonly ParamSpec[], raw: readonly RawArg[]): boolean =>
  params.some((p, i) => {
    if (p.type === 'numbers') return false;
    const m = toMatrix(raw[i]);
    return m.length > 1 && !estimateColumn(p, m);
  });

export const blankCell = (v: RawScalar | readonly RawScalar[]): boolean =>
  Array.isArray(v) ? v.every(isBlank) : isBlank(v);
