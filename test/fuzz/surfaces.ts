/**
 * The two shipped function surfaces loaded as their hosts load them, and their results brought to
 * one comparable form:
 * - dist/excel/functions.js in node:vm with a fake `CustomFunctions` (associate, Error, ErrorCode)
 *   and, for the display language, `Office.context.displayLanguage`;
 * - dist/sheets/Code.js in node:vm with the fake Apps Script globals, called as a custom function.
 * Excel errors are `CustomFunctions.Error {code, message}` (returned per element or thrown); Sheets
 * errors are a thrown Error "<code> <message>" for a single cell, "<code> <message>" text in arrays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Lang } from '@boussole/core';
import { callAs, FakeSheetsWorld, loadAppsScript } from '../fakes/sheets';
import type { MakeDate } from './cells';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The build under test: dist/, or another build's folder in BOUSSOLE_DIST. */
export const DIST = process.env.BOUSSOLE_DIST ?? path.join(ROOT, 'dist');
export const FUNCTIONS_JS = path.join(DIST, 'excel', 'functions.js');
export const CODE_JS = path.join(DIST, 'sheets', 'Code.js');

export const ERROR_CODES = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A'] as const;
export type Code = (typeof ERROR_CODES)[number];

/** One result element in host-neutral form. */
export type Norm = number | string | { error: Code; message: string | undefined };

/** A failure that is not a coded spreadsheet error: what the suites must never see. */
export class Uncoded extends Error {}

// ---------------------------------------------------------------------------------------------
// Excel

/** The runtime's CustomFunctions.Error: a code from ErrorCode and an optional message. */
export class FakeCustomFunctionsError extends Error {
  readonly customMessage: string | undefined;
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
    this.customMessage = message;
  }
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

export type ExcelFunction = (...args: unknown[]) => unknown;

/** Loads functions.js as Excel does and returns what it associated, by id. */
export function loadExcelFunctions(lang: Lang, file = FUNCTIONS_JS): Map<string, ExcelFunction> {
  const associated = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    associate(idOrMap: string | Record<string, ExcelFunction>, fn?: ExcelFunction) {
      if (typeof idOrMap === 'string') {
        if (typeof fn !== 'function') throw new Error(`associate(${idOrMap}) without a function`);
        associated.set(idOrMap.toUpperCase(), fn);
      } else for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode,
  };
  const displayLanguage = lang === 'fr' ? 'fr-FR' : 'en-US';
  const Office = {
    context: { displayLanguage, contentLanguage: displayLanguage },
    onReady: () => Promise.resolve({ host: null, platform: null }),
  };
  const context = vm.createContext({ CustomFunctions, Office, console });
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: 'functions.js' });
  return associated;
}

function normExcelElement(v: unknown, where: string): Norm {
  if (v instanceof FakeCustomFunctionsError) {
    if (!(ERROR_CODES as readonly string[]).includes(v.code))
      throw new Uncoded(`${where}: CustomFunctions.Error with code ${v.code}`);
    return { error: v.code as Code, message: v.customMessage };
  }
  return normValue(v, where);
}

function normValue(v: unknown, where: string): number | string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Uncoded(`${where}: ${v}`);
    return Object.is(v, -0) ? 0 : v;
  }
  if (typeof v === 'string') return v;
  throw new Uncoded(`${where}: ${v === undefined ? 'undefined' : JSON.stringify(v)} (${typeof v})`);
}

/** An Excel call's result: a matrix (the metadata declares dimensionality "matrix"). */
export function callExcel(fn: ExcelFunction, args: unknown[]): Norm[][] {
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError) return [[normExcelElement(e, 'thrown')]];
    throw new Uncoded(`Excel threw ${describe(e)}`);
  }
  if (out instanceof FakeCustomFunctionsError) return [[normExcelElement(out, 'returned')]];
  if (
    !Array.isArray(out) ||
    out.length === 0 ||
    !out.every((r) => Array.isArray(r) && r.length > 0)
  )
    throw new Uncoded(`Excel returned ${describe(out)}, not a matrix`);
  const width = (out[0] as unknown[]).length;
  if (out.some((r) => (r as unknown[]).length !== width))
    throw new Uncoded('Excel returned a ragged matrix');
  return out.map((r, i) => (r as unknown[]).map((v, j) => normExcelElement(v, `[${i}][${j}]`)));
}

// ---------------------------------------------------------------------------------------------
// Sheets

export interface SheetsSurface {
  world: FakeSheetsWorld;
  context: vm.Context;
  /** A local-midnight Date of the script's realm, as Sheets passes date cells. */
  makeDate: MakeDate;
}

export function loadSheets(lang: Lang, file = CODE_JS): SheetsSurface {
  const world = new FakeSheetsWorld({
    userLocale: lang,
    spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US',
  });
  const context = loadAppsScript(readFileSync(file, 'utf8'), world);
  const makeDate = vm.runInContext('(y, m, d) => new Date(y, m, d)', context) as MakeDate;
  return { world, context, makeDate };
}

const CODED = /^(#VALUE!|#NUM!|#DIV\/0!|#N\/A) (.+)$/s;

function normSheetsElement(v: unknown, where: string): Norm {
  if (typeof v === 'string') {
    const m = CODED.exec(v);
    if (m) return { error: m[1] as Code, message: m[2] };
  }
  return normValue(v, where);
}

/** A Sheets call's result: a scalar becomes 1×1; a thrown Error must start with a code. */
export function callSheets(s: SheetsSurface, id: string, args: unknown[]): Norm[][] {
  let out: unknown;
  try {
    out = callAs(s.context, s.world, 'CUSTOM_FUNCTION', `AI_${id}`, ...args);
  } catch (e) {
    const message = (e as { message?: unknown })?.message;
    const m = typeof message === 'string' ? CODED.exec(message) : null;
    if (!m) throw new Uncoded(`Sheets threw ${describe(e)}`);
    return [[{ error: m[1] as Code, message: m[2] }]];
  }
  if (!Array.isArray(out)) return [[normSheetsElement(out, 'scalar')]];
  if (out.length === 0 || !out.every((r) => Array.isArray(r) && r.length > 0))
    throw new Uncoded(`Sheets returned ${describe(out)}, not a matrix`);
  return out.map((r, i) => (r as unknown[]).map((v, j) => normSheetsElement(v, `[${i}][${j}]`)));
}

function describe(v: unknown): string {
  if (v && typeof v === 'object' && 'stack' in v)
    return String((v as Error).stack)
      .split('\n')
      .slice(0, 3)
      .join(' | ');
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
