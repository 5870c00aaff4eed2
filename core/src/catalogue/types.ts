import type { FnError } from '../errors';
import type { Lang, Text } from '../i18n';
import type { Level } from '../method/risk';
import type { RawArg, Cell } from '../values';

/** A number argument; the bounds are checked before the function runs and give #NUM!. */
export interface NumberParam {
  type: 'number';
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Values must be strictly greater than this. */
  gt?: number;
  max?: number;
  integer?: boolean;
  default?: number;
}

/**
 * A vector argument that takes a whole range. "rows" vectors are the data (one result per row);
 * a "config" vector (weights, shares) applies to every result.
 */
export interface NumbersParam {
  type: 'numbers';
  role: 'rows' | 'config';
  /** How many values a vector must hold; rows vectors without a count skip blank cells. */
  count?: number;
  /** Values are fractions or percents that must total 1 (or 100). */
  total?: true;
  min?: number;
  max?: number;
  integer?: boolean;
  default?: readonly number[];
}

export interface LevelParam {
  type: 'level';
}
/** Optional language; when blank the host's display language is used. */
export interface LangParam {
  type: 'lang';
}
export interface CodeParam<C extends string = string> {
  type: 'code';
  codes: readonly C[];
  aliases?: Readonly<Record<string, C>>;
  default?: C;
}

/**
 * One number, or a three-point (low, likely, high) estimate: three cells in one row or one column,
 * or a matrix of three columns holding one estimate per row. low ≤ likely ≤ high, else #NUM!.
 */
export interface EstimateParam {
  type: 'estimate';
  min?: number;
  gt?: number;
}

export type ParamType =
  NumberParam | NumbersParam | EstimateParam | LevelParam | LangParam | CodeParam;

export type ParamSpec = ParamType & {
  /** The name users see in autocomplete and in error messages: lower_snake_case, same in FR and EN. */
  name: string;
  help: Text;
  optional?: boolean;
  /**
   * A whole column (FUND): the function solves one problem over all the rows of its column
   * arguments and returns a column as long; the implementation receives one value per valid row.
   */
  column?: true;
};

type ArgValue<P> = P extends NumberParam
  ? number
  : P extends NumbersParam
    ? readonly number[]
    : P extends EstimateParam
      ? number | readonly [number, number, number]
      : P extends LevelParam
        ? Level
        : P extends LangParam
          ? Lang
          : P extends CodeParam<infer C>
            ? C
            : never;

/** The validated argument values an implementation receives, in parameter order. */
export type Args<Ps extends readonly ParamSpec[]> = {
  -readonly [K in keyof Ps]: Ps[K] extends { column: true }
    ? readonly ArgValue<Ps[K]>[]
    : ArgValue<Ps[K]>;
};

export type Output = number | string | FnError | readonly number[];

/**
 * How results are shown: templates and docs format fractions as percentages and dates (a serial
 * of the 1900 date system, as Excel and Sheets count) as dates.
 */
export type ResultKind =
  'number' | 'currency' | 'fraction' | 'months' | 'hours' | 'date' | 'text' | 'row';

export type Category =
  'money' | 'time' | 'quality' | 'prioritisation' | 'risk' | 'maturity' | 'budget';

export interface Example {
  args: readonly RawArg[];
  result: Cell | readonly (readonly Cell[])[];
  lang?: Lang;
}

export interface FunctionSpec {
  /** Upper-case id: Excel shows it as AI.<ID>, Sheets as AI_<ID>. */
  id: string;
  category: Category;
  summary: Text;
  result: { kind: ResultKind; help: Text };
  params: readonly ParamSpec[];
  impl: (args: never[], lang: Lang) => Output;
  examples: readonly Example[];
}

/** Ties an implementation's argument types to its parameter list. */
export function defineFunction<const Ps extends readonly ParamSpec[]>(
  spec: Omit<FunctionSpec, 'params' | 'impl'> & {
    params: Ps;
    impl: (args: Args<Ps>, lang: Lang) => Output;
  }
): FunctionSpec {
  return spec as unknown as FunctionSpec;
}
