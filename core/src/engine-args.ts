/**
 * What every way of running a function shares (docs/architecture.md): the call context, the
 * coercion of one argument cell, defaults, bounds, and the finishing of a result.
 */
import type {
  EstimateParam,
  FunctionSpec,
  NumberParam,
  NumbersParam,
  Output,
  ParamSpec,
} from './catalogue/types';
import { inputError, toCode, toLang, toLevel, toNumber } from './coerce';
import { coerceEstimate } from './estimate';
import { fail, FnError, isError, showValue } from './errors';
import type { Lang } from './i18n';
import { clean, type Cell, type Matrix, type RawScalar } from './values';

export interface CallContext {
  /** The language used when a lang argument is omitted: the host's display language. */
  lang: Lang;
}

/** Bounds checked before the function runs; each message says the bound that was broken. */
export function checkBounds(
  n: number,
  p: NumberParam | NumbersParam | EstimateParam,
  arg: string
): number | FnError {
  const { min } = p;
  const max = 'max' in p ? p.max : undefined;
  const gt = 'gt' in p ? p.gt : undefined;
  if (gt !== undefined && !(n > gt)) return fail('#NUM!', 'positive', { arg, value: n, min: gt });
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    if (min !== undefined && max !== undefined)
      return fail('#NUM!', 'range', { arg, value: n, min, max });
    return min !== undefined
      ? fail('#NUM!', 'nonNegative', { arg, value: n, min })
      : fail('#NUM!', 'atMost', { arg, value: n, max });
  }
  if ('integer' in p && p.integer && !Number.isInteger(n))
    return fail('#NUM!', 'integer', { arg, value: n });
  return n;
}

/** A cheap test before the full one: error cells are objects, or text starting with "#". */
export const mayHoldError = (v: RawScalar): boolean =>
  typeof v === 'object' || (typeof v === 'string' && v.charCodeAt(0) === 35);

/** One cell of a scalar parameter (or the three cells of an estimate), known not to be blank. */
export function coerceScalar(v: RawScalar | readonly RawScalar[], p: ParamSpec): unknown {
  if (Array.isArray(v))
    return p.type === 'estimate' ? coerceEstimate(v, p.name, (x) => coerceScalar(x, p)) : undefined;
  const held = mayHoldError(v as RawScalar) && inputError(v, p.name);
  if (held) return held;
  switch (p.type) {
    case 'estimate':
    case 'number': {
      const n = toNumber(v, p.name);
      return isError(n) ? n : checkBounds(n, p, p.name);
    }
    case 'level':
      return toLevel(v, p.name);
    case 'lang':
      return toLang(v, p.name);
    case 'code':
      return toCode(v, p.name, p.codes, p.aliases);
    default:
      return fail('#VALUE!', 'notNumber', { arg: p.name, value: v });
  }
}

export function defaultOf(p: ParamSpec, ctx: CallContext): unknown {
  return p.type === 'lang' ? ctx.lang : 'default' in p ? p.default : undefined;
}

export const shapeText = (m: Matrix<unknown>): string => `${m.length}×${m[0]?.length ?? 0}`;

/**
 * A result as the host gets it: rounded first, then checked, since rounding 1.7976931348623157e308
 * to 15 digits overflows; a non-finite result names the function and its arguments.
 */
export function finish(out: Output, fn: FunctionSpec, args: readonly unknown[]): Cell | Cell[] {
  if (typeof out === 'number') {
    const x = Number.isFinite(out) ? clean(out) : out;
    if (Number.isFinite(x)) return x;
    const given = fn.params.map((p, i) => `${p.name} = ${showValue(args[i])}`).join(', ');
    return fail('#NUM!', 'notFinite', { arg: fn.id, expected: given });
  }
  if (typeof out === 'string' || isError(out)) return out;
  return out.map((x) => finish(x, fn, args) as Cell);
}

/** Where the lang parameter is (-1 without one), found once per call rather than per element. */
export const langIndex = (params: readonly ParamSpec[]): number =>
  params.findIndex((p) => p.type === 'lang');

export const langOf = (at: number, args: unknown[], ctx: CallContext): Lang =>
  at >= 0 ? (args[at] as Lang) : ctx.lang;
