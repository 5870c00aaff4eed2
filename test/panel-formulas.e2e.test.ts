/**
 * The formulas the panel writes back compute what the panel shows. The write plan for a table is
 * laid into an .xlsx (as each cell reads it in A1), LibreOffice recalculates it (the reference
 * engine, docs/architecture.md), and every score, rank and quadrant is compared with the panel's own ranking:
 * the docs/method.md golden figures, invalid rows left blank, custom weights, the benefit direction, a
 * moved threshold, and a generated portfolio.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { QUADRANTS, type Lang } from '@boussole/core';
import { r1c1ToA1 } from '@boussole/core';
import type { CellValue } from '@boussole/panel/protocol';
import { generatedProjects, methodProjects, projectHeaders } from '../panel/src/demo';
import { DEFAULT_SETTINGS, rankProjects, type Settings } from '../panel/src/ranking';
import { locateTable, parseRows, type ProjectTable } from '../panel/src/table';
import { planWrite } from '../panel/src/write-plan';
import { recalculate } from './libreoffice/recalc';

jest.setTimeout(120_000);

interface Case {
  name: string;
  lang: Lang;
  settings: Settings;
  rows: readonly (readonly CellValue[])[];
}

const INVALID: readonly (readonly CellValue[])[] = [
  ['Blank effort', 9, null, 3, 8],
  ['Text', 'high', 5, 3, 8],
  ['Out of range', 9, 5, 12, 8],
];

const CASES: Case[] = [
  {
    name: 'method-fr',
    lang: 'fr',
    settings: DEFAULT_SETTINGS,
    rows: [...methodProjects('fr'), ...INVALID],
  },
  {
    name: 'custom-en',
    lang: 'en',
    settings: { weights: [0.7, 0.1, 0.1, 0.1], direction: 'cost', threshold: 6 },
    rows: methodProjects('en'),
  },
  {
    name: 'benefit-en',
    lang: 'en',
    settings: { weights: [0.25, 0.25, 0.25, 0.25], direction: 'benefit', threshold: 4.5 },
    rows: methodProjects('en'),
  },
  {
    name: 'portfolio-fr',
    lang: 'fr',
    settings: { weights: [0.35, 0.35, 0.15, 0.15], direction: 'cost', threshold: 5 },
    rows: generatedProjects('fr', 300),
  },
];

/** The sheet as the panel would read it: a title, a blank row, headers on row 3, the rows. */
function tableOf(c: Case): ProjectTable {
  const values: CellValue[][] = [
    ['Portefeuille'],
    [],
    projectHeaders(c.lang),
    ...c.rows.map((r) => [...r]),
  ];
  const table = locateTable([{ sheet: c.name, row: 1, column: 1, values }]);
  if (!table) throw new Error('no table');
  return table;
}

const results = new Map<string, ExcelJS.Worksheet>();

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-panel-'));
  const file = path.join(dir, 'panel.xlsx');
  const wb = new ExcelJS.Workbook();
  for (const c of CASES) {
    const ws = wb.addWorksheet(c.name);
    const table = tableOf(c);
    ws.getCell(1, 1).value = 'Portefeuille';
    projectHeaders(c.lang).forEach((h, i) => (ws.getCell(3, i + 1).value = h));
    c.rows.forEach((line, r) =>
      line.forEach((v, i) => {
        if (v !== null) ws.getCell(4 + r, i + 1).value = v;
      })
    );
    const req = planWrite(table, table.mapping, c.settings, c.lang);
    req.headers.forEach((h, i) => (ws.getCell(req.row, req.column + i).value = h));
    for (let row = req.row + 1; row <= req.row + req.rows; row++) {
      req.formulasR1C1.forEach((f, i) => {
        ws.getCell(row, req.column + i).value = {
          formula: r1c1ToA1(f, row, req.column + i).slice(1),
        } as ExcelJS.CellFormulaValue;
      });
    }
  }
  await wb.xlsx.writeFile(file);
  const [done] = await recalculate([file], path.join(dir, 'out'));
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(done);
  for (const c of CASES) results.set(c.name, back.getWorksheet(c.name) as ExcelJS.Worksheet);
});

/** What a formula cell computed ("" for a blank result). */
function computed(ws: ExcelJS.Worksheet, row: number, column: number): unknown {
  const v = ws.getCell(row, column).value as ExcelJS.CellFormulaValue | null;
  if (v === null || typeof v !== 'object' || !('formula' in v)) {
    throw new Error(`no formula at row ${row}, column ${column}`);
  }
  return v.result ?? '';
}

describe('written formulas, recalculated by LibreOffice', () => {
  it('give the docs/method.md golden scores, ranks and quadrants, and leave invalid rows blank', () => {
    const ws = results.get('method-fr') as ExcelJS.Worksheet;
    const line = (row: number) => [6, 7, 8].map((c) => computed(ws, row, c));
    expect([4, 5, 6, 7].map(line)).toEqual([
      [7.3, 1, QUADRANTS['quick-win'].fr],
      [6.1, 3, QUADRANTS['major-project'].fr],
      [6.1, 3, QUADRANTS['major-project'].fr],
      [7.3, 1, QUADRANTS['quick-win'].fr],
    ]);
    expect([8, 9, 10].map(line)).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: every row matches what the panel shows',
    (_, c) => {
      const ws = results.get(c.name) as ExcelJS.Worksheet;
      const table = tableOf(c);
      const { valid, invalid } = parseRows(table, table.mapping);
      for (const p of rankProjects(valid, c.settings)) {
        expect([p.row, ...[6, 7, 8].map((col) => computed(ws, p.row, col))]).toEqual([
          p.row,
          p.score,
          p.rank,
          QUADRANTS[p.quadrant][c.lang],
        ]);
      }
      for (const r of invalid) expect(computed(ws, r.row, 6)).toBe('');
    }
  );
});
