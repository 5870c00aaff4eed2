/**
 * The two shipped function surfaces loaded as their hosts load them, and their results brought to
 * one comparable form (used by the Excel/Sheets parity test and the cross-surface fuzz suite):
 * - dist/excel/functions.js with the fake custom-functions runtime (../fakes/custom-functions);
 * - dist/sheets/Code.js in node:vm with the fake Apps Script globals, called as a custom function.
 * Excel errors are `CustomFunctions.Error {code, message}` (returned per element or thrown); Sheets
 * errors are a thrown Error "<code> <message>" for a single cell, "<code> <message>" text in arrays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Lang } from '@boussole/core';
import {
  FakeCustomFunctionsError,
  loadExcelFunctions,
  type ExcelFunction,
} from '../fakes/custom-functions';
import { callAs, FakeSheetsWorld, loadAppsScript } from '../fakes/sheets';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The build under test: dist/, or another build's folder in BOUSSOLE_DIST. */
export const DIST = process.env.BOUSSOLE_DIST ?? path.join(ROOT, 'dist');
export const FUNCTIONS_JS = path.join(DIST, 'excel', 'functions.js');
export const CODE_JS = path.join(DIST, 'sheets', 'Code.js');

/** The codes core gives (its own four, and those an error cell passes on); any other is wrong. */
export const CODES = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A', '#NULL!'] as const;
export type Code = (typeof CODES)[number];

/** One result element in host-neutral form. */
export type Norm = number | string | { error: Code; message: string | undefined };

export const isErrorNorm = (n: Norm): n is Extract<Norm, object> => typeof n === 'object';

/** A failure that is not a coded spreadsheet error: what the suites must never see. */
export class Uncoded extends Error {}

// ---------------------------------------------------------------------------------------------
// Excel

/** functions.js as Excel loads it in that display language: the associated functions by id. */
export function loadExcel(lang: Lang, file = FUNCTIONS_JS): Map<string, ExcelFunction> {
  return loadExcelFunctions(file, { displayLanguage: lang === 'fr' ? 'fr-FR' : 'en-US' }).functions;
}

function normExcelElement(v: unknown, where: string): Norm {
  if (v instanceof FakeCustomFunctionsError) {
    if (!(CODES as readonly string[]).includes(v.code))
      throw new Uncoded(`${where}: CustomFunctions.Error with code ${v.code}`);
    return { error: v.code as Code, message: v.message };
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

/**
 * Sheets passes a date cell as a Date at midnight in the script's time zone, made by the script's
 * own realm (`instanceof Date` must hold there, as in Apps Script).
 */
export type MakeDate = (year: number, month: number, day: number) => Date;

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

const CODED = /^(#VALUE!|#NUM!|#DIV\/0!|#N\/A|#NULL!) (.+)$/s;

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
