/**
 * The portfolio sheet, written by the cli renderer and recalculated by LibreOffice: the simple
 * rule's totals of docs/method.md ("Portfolio funding") come out of formula cells in both
 * languages, envelope totals follow the rows funded, and hostile rows are flagged and left out.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildTemplate, LANGS, type Lang } from '@boussole/core';
import { buildWorkbook } from '../cli/src/workbook';
import { errorCells } from './libreoffice/read';
import { recalculate, sofficePath } from './libreoffice/recalc';

jest.setTimeout(180_000);

/** Rows 24–29 hold A–F; C's cost typed as text, a 7th row with an unknown envelope, A and B funded. */
const HOSTILE: Record<string, string | number> = {
  B26: 'lots',
  A30: 'G',
  B30: 1,
  C30: 100,
  D30: 'marketing',
  L24: 1,
  L25: 1,
};
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  if (!sofficePath()) throw new Error('LibreOffice is missing: run npm run setup:e2e');
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-pf-'));
  mkdirSync(path.join(dir, 'in'));
  const files: string[] = [];
  for (const lang of LANGS)
    for (const variant of ['examples', 'blank', 'hostile'] as const) {
      const wb = buildWorkbook({ lang, examples: variant !== 'blank', only: ['portfolio'] });
      if (variant === 'hostile') {
        const ws = wb.getWorksheet(buildTemplate('portfolio', { lang }).name)!;
        for (const [ref, v] of Object.entries(HOSTILE)) ws.getCell(ref).value = v;
      }
      const file = path.join(dir, 'in', `${lang}-${variant}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
  for (const out of await recalculate(files, path.join(dir, 'out'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    books.set(path.basename(out, '.xlsx'), wb);
  }
});

const SHEET = Object.fromEntries(
  LANGS.map((lang) => [lang, buildTemplate('portfolio', { lang }).name])
) as Record<Lang, string>;

/** The recalculated result of a cell, asserting it holds a formula. */
function result(lang: Lang, variant: string, ref: string): unknown {
  const ws = books.get(`${lang}-${variant}`)!.getWorksheet(SHEET[lang])!;
  const v = ws.getCell(ref).value as { formula?: string; result?: unknown } | null;
  expect(v && typeof v === 'object' && 'formula' in v).toBe(true);
  return v!.result ?? '';
}
const namedRef = (name: string) =>
  buildTemplate('portfolio', { lang: 'en' }).cells.find((c) => c.name === name)!.ref;

const errorsIn = (lang: Lang, variant: string): string[] =>
  books.get(`${lang}-${variant}`)!.worksheets.flatMap((ws) => errorCells(ws));

describe.each(LANGS)('portfolio in LibreOffice (%s)', (lang) => {
  test('no error cell in the blank, example and hostile sheets', () => {
    for (const v of ['blank', 'examples', 'hostile'])
      expect({ v, errors: errorsIn(lang, v) }).toEqual({ v, errors: [] });
  });

  test('example: the simple rule funds E, A, D, C for cost 85 and value 132', () => {
    expect(result(lang, 'examples', namedRef('greedy-cost'))).toBe(85);
    expect(result(lang, 'examples', namedRef('greedy-value'))).toBe(132);
    // Column K, rows A–F: A, C, D, E in; B (no longer fits) and F skipped.
    // (ExcelJS reads a 0 result back as no result: compare with 1.)
    expect([24, 25, 26, 27, 28, 29].map((r) => result(lang, 'examples', `K${r}`) === 1)).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
    ]);
    // Envelope totals: pilots 40 (E, A, D), scaling 45 (C), innovation 0; caps 50/30/20.
    expect(['D8', 'D9', 'D10', 'D11'].map((r) => Number(result(lang, 'examples', r)))).toEqual([
      40, 45, 0, 85,
    ]);
    expect(['C8', 'C9', 'C10'].map((r) => result(lang, 'examples', r))).toEqual([50, 30, 20]);
    // The scaling envelope is over its cap and says so; the Funded column is empty.
    expect(String(result(lang, 'examples', 'F9'))).not.toBe('');
    expect(Number(result(lang, 'examples', 'E11'))).toBe(0);
  });

  test('hostile rows are flagged and left out; the Funded column feeds its totals', () => {
    expect(String(result(lang, 'hostile', 'H26'))).not.toMatch(/^(OK)?$/);
    expect(String(result(lang, 'hostile', 'H30'))).not.toMatch(/^(OK)?$/);
    expect(result(lang, 'hostile', namedRef('flagged'))).toBe(2);
    // Without C and G: E, A, D, B, F = cost 85, value 120.
    expect(result(lang, 'hostile', namedRef('greedy-cost'))).toBe(85);
    expect(result(lang, 'hostile', namedRef('greedy-value'))).toBe(120);
    expect(result(lang, 'hostile', 'D8')).toBe(65);
    expect(result(lang, 'hostile', 'E8')).toBe(45);
  });

  test("the frontier chart's cells: the walk ends at the simple rule's totals, the budget line at the budget", () => {
    for (const [variant, value] of [
      ['examples', 132],
      ['hostile', 120],
    ] as const) {
      // Columns O and P: running cost and value along the walk (rows 24–223), never decreasing.
      const walk = Array.from({ length: 200 }, (_, i) =>
        ['O', 'P'].map((c) => Number(result(lang, variant, `${c}${24 + i}`)))
      );
      expect(walk[walk.length - 1]).toEqual([85, value]);
      for (let i = 1; i < walk.length; i++) {
        expect(walk[i][0]).toBeGreaterThanOrEqual(walk[i - 1][0]);
        expect(walk[i][1]).toBeGreaterThanOrEqual(walk[i - 1][1]);
      }
      // The budget line under the chart (R42:S43): x = 100 from 0 up to the largest value.
      expect(['R42', 'S42', 'R43', 'S43'].map((r) => Number(result(lang, variant, r)))).toEqual([
        100,
        0,
        100,
        value,
      ]);
    }
  });

  test('the blank sheet shows no figure', () => {
    expect(Number(result(lang, 'blank', namedRef('greedy-cost')))).toBe(0);
    expect(result(lang, 'blank', 'H24')).toBe('');
    expect(result(lang, 'blank', 'K24')).toBe('');
  });
});
