/**
 * Every list template typed into by program with realistic and hostile data (200 rows, text in
 * number cells, out-of-range scores, blank rows in the middle), written to .xlsx by the cli
 * renderer and recalculated by LibreOffice: every row computed or flagged, no error cell, totals
 * right. Golden figures are held by templates-libreoffice.e2e.test.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildTemplate, LANGS, type Lang } from '@boussole/core';
import { drawSheet } from '../cli/src/render-xlsx';
import { addCharts, type SheetCharts } from '../cli/src/xlsx-charts';
import { recalculate, sofficePath } from './libreoffice/recalc';
import { errorCells } from './libreoffice/read';
import { SCENARIOS } from './templates/hostile';
import { Sheet, sheetName } from './templates/hostile/scenario';

jest.setTimeout(240_000);

const books = new Map<Lang, ExcelJS.Workbook>();

beforeAll(async () => {
  if (!sofficePath()) throw new Error('LibreOffice is missing: run npm run setup:e2e');
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-hostile-'));
  const files: string[] = [];
  for (const lang of LANGS) {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    // The file as the cli writes it: charts added and quoted sheet names fixed (cli/src/workbook.ts).
    const parts: SheetCharts[] = [];
    for (const s of SCENARIOS) {
      const spec = buildTemplate(s.id, { lang });
      const ws = drawSheet(wb, { ...spec, name: sheetName(s, spec) });
      parts.push({
        part: `xl/worksheets/sheet${ws.id}.xml`,
        sheet: ws.name,
        charts: spec.charts ?? [],
      });
      s.type((ref, value) => {
        ws.getCell(ref).value = value;
      }, spec);
    }
    const file = path.join(dir, 'in', `${lang}.xlsx`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await addCharts(Buffer.from(await wb.xlsx.writeBuffer()), parts));
    files.push(file);
  }
  const outputs = await recalculate(files, path.join(dir, 'out'));
  for (const out of outputs) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    books.set(path.basename(out, '.xlsx') as Lang, wb);
  }
});

describe.each(LANGS)('hostile data (%s)', (lang) => {
  test.each(SCENARIOS.map((s) => [`${s.id} ${s.variant ?? ''}`, s] as const))(
    '%s',
    (_, scenario) => {
      const spec = buildTemplate(scenario.id, { lang });
      const ws = books.get(lang)!.getWorksheet(sheetName(scenario, spec));
      if (!ws) throw new Error(`no sheet ${sheetName(scenario, spec)}`);
      expect(errorCells(ws)).toEqual([]);
      scenario.verify(new Sheet(ws, spec, lang));
    }
  );
});
