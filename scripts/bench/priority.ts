/**
 * priority_100k_ms: one array call of AI_PRIORITY on 100 000 rows through the Sheets surface: the
 * shipped dist/sheets/Code.js in node:vm with the fake Apps Script globals, called as Sheets calls
 * a custom function (AuthMode.CUSTOM_FUNCTION). Median of several runs after warm-ups.
 *
 * node:vm detail that matters here: in a contextified global every lookup of a global name
 * (Number, Array, Math …) goes through V8 interceptors, ~45× slower than in a normal global
 * (measured: 1e6 `Number(i)` take 2 ms in the main realm, 93 ms in a vm context). Apps Script has
 * an ordinary global, so the figure binds the standard built-ins as locals of the script (the
 * script text is unchanged) and reports the unbound vm time beside it, for the record.
 */
import vm from 'node:vm';
import { priority } from '@boussole/core';
import { FakeSheetsWorld, loadAppsScript } from '../../test/fakes/sheets';
import { DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { seeded, timeMedian } from './stats';

export const ROWS = 100_000;
const RUNS = 9;
const WARMUP = 3;

/** Standard built-ins a script may use; bound as parameters they resolve like ordinary globals. */
const BUILTINS = [
  'Object',
  'Function',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Symbol',
  'Math',
  'JSON',
  'Date',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Promise',
  'Reflect',
  'Proxy',
  'parseFloat',
  'parseInt',
  'isNaN',
  'isFinite',
  'Intl',
].join(',');

/** Four 100 000 × 1 columns of scores 0–10 with one decimal, as Sheets passes a range. */
export function portfolioColumns(rows: number, seed = 7): number[][][] {
  const rnd = seeded(seed);
  return [0, 1, 2, 3].map(() => Array.from({ length: rows }, () => [Math.round(rnd() * 100) / 10]));
}

export type Fn = (...args: unknown[]) => unknown;

/** A top-level function of Code.js loaded in node:vm, as a plain script or with built-ins bound. */
export function loadSheetsFunction(
  code: string,
  world: FakeSheetsWorld,
  name: string,
  bindBuiltins = true
): Fn {
  if (!bindBuiltins) return (loadAppsScript(code, world) as Record<string, Fn>)[name];
  const context = vm.createContext({ ...world.globals() });
  const make = vm.runInContext(
    `(function (${BUILTINS}) {\n${code}\n;return ${name};\n})`,
    context,
    {
      filename: 'Code.js',
    }
  ) as Fn;
  return (vm.runInContext(`(make) => make(${BUILTINS})`, context) as (m: Fn) => Fn)(make);
}

export function asCustomFunction(world: FakeSheetsWorld, f: Fn): Fn {
  return (...args) => {
    world.authMode = 'CUSTOM_FUNCTION';
    try {
      return f(...args);
    } finally {
      world.authMode = 'FULL';
    }
  };
}

/** The figure only counts if the call is right: every sampled row scored as core scores it. */
function check(out: unknown, cols: number[][][]): void {
  if (!Array.isArray(out) || out.length !== ROWS)
    throw new Error(
      `AI_PRIORITY returned ${Array.isArray(out) ? out.length : typeof out} rows, not ${ROWS}`
    );
  for (let r = 0; r < ROWS; r += 997) {
    const want = priority(cols[0][r][0], cols[1][r][0], cols[2][r][0], cols[3][r][0]);
    const got = (out[r] as unknown[] | undefined)?.[0];
    if (typeof got !== 'number' || Math.abs(got - want) > 1e-9)
      throw new Error(`AI_PRIORITY row ${r + 1}: got ${String(got)}, expected ${want}`);
  }
}

async function time(bindBuiltins: boolean, cols: number[][][]) {
  const world = new FakeSheetsWorld({ userLocale: 'en' });
  const run = asCustomFunction(
    world,
    loadSheetsFunction(readDist(DIST_FILES.codeJs), world, 'AI_PRIORITY', bindBuiltins)
  );
  check(run(...cols), cols);
  return timeMedian(() => run(...cols), RUNS, WARMUP);
}

export async function priority100kMs(): Promise<Record<string, Measured>> {
  const cols = portfolioColumns(ROWS);
  const bound = await time(true, cols);
  const raw = await time(false, cols);
  const samples = (s: number[]) => s.map((x) => x.toFixed(0)).join(', ');
  return {
    priority_100k_ms: {
      value: bound.median,
      note: `median of ${RUNS} runs after ${WARMUP} warm-ups: ${samples(bound.samples)} ms`,
    },
    priority_100k_vm_global_ms: {
      value: raw.median,
      note: `same call with every built-in looked up through the vm's contextified global: ${samples(raw.samples)} ms`,
    },
  };
}
