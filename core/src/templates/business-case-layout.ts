/** Where the business-case sheet puts things, shared by its two builder files. */
import { columnLetter } from './a1';

export const MAX_YEARS = 10;
/** Run-cost lines: six named ones and room for more. */
export const LINE_ROWS = 200;

/** Rows of the inputs; column B low, C likely, D high, E PERT mean, F check. */
export const R = {
  savings: 6,
  cost: 7,
  run: 8,
  years: 9,
  rate: 10,
  useCase: 11,
  lines: 12,
  fix: 13,
};
/** Rows of the flow table; column B is year 0, C..L years 1..10, M the ramp check. */
export const F = { year: 16, ramp: 17, adopt: 18, df: 19, sav: 20, run: 21, net: 22, cum: 23 };
export const F2 = { disc: 24, dcum: 25, pay: 26, dpay: 27 };
export const RES = 29;
export const SCEN = 38;
export const TORN = 46;
export const BENCH = 51;
export const LINES = 57;
export const BT = { col: 14, row: 5 }; // benchmark table, N5
export const LAST_COL = 13;

export const yearCol = (t: number) => 2 + t; // year t in column B + t
export const YEARS = Array.from({ length: MAX_YEARS }, (_, i) => i + 1);

/** The column of the last year, "L". */
export const LAST_YEAR = columnLetter(yearCol(MAX_YEARS));
