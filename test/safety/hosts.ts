/**
 * The formula-injection payloads and each host's view of a cell, for the safety suites: the three
 * template renderers (Office.js, Apps Script, ExcelJS) draw a spec into their fakes or a workbook,
 * and what a cell holds is read back the same way everywhere: its text, or its formula.
 */
import ExcelJS from 'exceljs';
import { parseCell, type SheetSpec } from '@boussole/core';
import { drawSheet } from '../../cli/src/render-xlsx';
import { drawSpec as drawExcel } from '../../excel-addin/src/render-template';
import { drawSpec as drawSheets } from '../../sheets-addon/src/render-template';
import { FakeWorkbook, installFakeExcel } from '../fakes/excel';
import { FakeRange, FakeSheetsWorld } from '../fakes/sheets';

/** Text a user or a label may hold that a host would read as a formula if written naively. */
export const PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2',
  '@SUM(A1)',
  '=1+1',
  "=cmd|' /C calc'!A0",
  '-',
  '+A1*2',
  '@',
] as const;

/** A small sheet of payload labels beside a real formula and a number. */
export function payloadSpec(name = 'Payloads'): SheetSpec {
  return {
    id: 'priority-scoring',
    lang: 'en',
    name,
    cells: [
      ...PAYLOADS.map((value, i) => ({ ref: `A${i + 1}`, value, style: 'label' as const })),
      { ref: 'B1', formula: '=1+1' },
      { ref: 'B2', value: 5, format: '0.0' },
    ],
    widths: [20, 10],
    frozenRows: 0,
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}

/** What one cell holds once drawn: a formula, or a constant. */
export type Held = { formula: string } | { value: string | number | boolean };

export interface Drawn {
  host: string;
  at(ref: string): Held;
}

export async function drawnByOfficeJs(spec: SheetSpec): Promise<Drawn> {
  const workbook = new FakeWorkbook();
  const restore = installFakeExcel(workbook);
  try {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.add(spec.name);
      drawExcel(sheet, spec);
      await context.sync();
    });
  } finally {
    restore();
  }
  const sheet = workbook.sheet(spec.name);
  return {
    host: 'Office.js',
    at: (ref) => {
      const f = sheet.formula(ref);
      return f === undefined ? { value: sheet.value(ref) } : { formula: f };
    },
  };
}

export interface DrawnBySheets extends Drawn {
  /** The raw value setValues/setValue received for a cell (before Sheets parsed it). */
  written(ref: string): unknown;
}

/**
 * The Sheets fake stores "=…" as a formula and strips a leading "'"; real Sheets also parses typed
 * "+…", "-…", so what setValues received is recorded to check that such text was made literal.
 * Works for Code.js in node:vm too: it calls the same fake classes.
 */
export function recordSetValues(): { written(row: number, col: number): unknown; stop(): void } {
  const raw = new Map<string, unknown>();
  const proto = FakeRange.prototype as unknown as { setValues: (v: unknown[][]) => unknown };
  const setValues = proto.setValues;
  proto.setValues = function (this: FakeRange, values: unknown[][]) {
    values.forEach((line, r) =>
      line.forEach((v, c) => raw.set(`${this.row + r},${this.col + c}`, v))
    );
    return setValues.call(this, values);
  };
  return {
    written: (row, col) => raw.get(`${row},${col}`),
    stop: () => (proto.setValues = setValues),
  };
}

export function drawnByAppsScript(spec: SheetSpec): DrawnBySheets {
  const world = new FakeSheetsWorld();
  const g = global as unknown as { SpreadsheetApp?: unknown; Charts?: unknown };
  const previous = [g.SpreadsheetApp, g.Charts];
  Object.assign(g, { SpreadsheetApp: world.app, Charts: world.globals().Charts });
  const rec = recordSetValues();
  try {
    drawSheets(
      world.spreadsheet.insertSheet(spec.name) as unknown as Parameters<typeof drawSheets>[0],
      spec
    );
  } finally {
    rec.stop();
    [g.SpreadsheetApp, g.Charts] = previous;
  }
  const sheet = world.sheet(spec.name);
  return {
    host: 'Apps Script',
    at: (ref) => {
      const { row, col } = parseCell(ref);
      const c = sheet.peek(row, col);
      return c.formula ? { formula: c.formula } : { value: c.value as string | number | boolean };
    },
    written: (ref) => {
      const { row, col } = parseCell(ref);
      return rec.written(row, col);
    },
  };
}

/** ExcelJS keeps a string value as text whatever it starts with; formulas are {formula}. */
export function heldByExcelJs(cell: ExcelJS.Cell): Held {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in v)
    return { formula: `=${(v as { formula: string }).formula}` };
  if (v && typeof v === 'object' && 'sharedFormula' in v) return { formula: 'shared' };
  if (v && typeof v === 'object' && 'richText' in v)
    return { value: (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('') };
  return { value: v as string | number | boolean };
}

export function drawnByExcelJs(spec: SheetSpec): Drawn & { workbook: ExcelJS.Workbook } {
  const workbook = new ExcelJS.Workbook();
  const ws = drawSheet(workbook, spec);
  return { host: 'ExcelJS', workbook, at: (ref) => heldByExcelJs(ws.getCell(ref)) };
}
