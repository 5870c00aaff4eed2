import {
  evaluate,
  getFunction,
  isError,
  type Cell,
  type FnError,
  type Lang,
  type Matrix,
  type RawArg,
} from '../src';

/** Calls a catalogue function as a host would, with French as the display language by default. */
export function call(id: string, args: readonly RawArg[], lang: Lang = 'fr'): Matrix<Cell> {
  const fn = getFunction(id);
  if (!fn) throw new Error(`no function ${id}`);
  return evaluate(fn, args, { lang });
}

/** The single result of a one-cell call. */
export function call1(id: string, args: readonly RawArg[], lang: Lang = 'fr'): Cell {
  const out = call(id, args, lang);
  expect(out).toHaveLength(1);
  expect(out[0]).toHaveLength(1);
  return out[0][0];
}

export function expectError(v: Cell, code: FnError['code'], arg: string): FnError {
  if (!isError(v)) throw new Error(`expected ${code} naming ${arg}, got ${JSON.stringify(v)}`);
  expect(v.code).toBe(code);
  expect(v.message('en')).toContain(arg);
  expect(v.message('fr')).toContain(arg);
  return v;
}
