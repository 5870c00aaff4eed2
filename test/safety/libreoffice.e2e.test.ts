/**
 * Formula-like text written by the ExcelJS renderer stays text once a spreadsheet engine has opened
 * and recalculated the file: LibreOffice (the reference engine, docs/architecture.md) converts the .xlsx with
 * forced recalculation and the result is read back. Payload labels and every template's labels
 * (both languages, with examples) must come back as the same strings, formulas as formulas.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildTemplate, TEMPLATE_IDS, type SheetSpec } from '@boussole/core';
import { drawSheet } from '../../cli/src/render-xlsx';
import { writeWorkbook } from '../../cli/src/workbook';
import { recalculate } from '../libreoffice/recalc';
import { heldByExcelJs, payloadSpec, PAYLOADS } from './hosts';

jest.setTimeout(180_000);

const out = mkdtempSync(path.join(tmpdir(), 'boussole-safety-'));

async function recalculated(files: string[]): Promise<ExcelJS.Workbook[]> {
  const done = await recalculate(files, path.join(out, 'recalculated'));
  return Promise.all(
    done.map(async (f) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb;
    })
  );
}

function expectAsSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const c of spec.cells) {
    const held = heldByExcelJs(ws.getCell(c.ref));
    const where = `${ws.name}!${c.ref}`;
    if (typeof c.value === 'string')
      expect({ where, held }).toEqual({ where, held: { value: c.value } });
    if (c.formula !== undefined)
      expect({ where, formula: 'formula' in held }).toEqual({ where, formula: true });
  }
}

let payloads: ExcelJS.Workbook;
let fr: ExcelJS.Workbook;
let en: ExcelJS.Workbook;

beforeAll(async () => {
  const payloadFile = path.join(out, 'payloads.xlsx');
  const wb = new ExcelJS.Workbook();
  drawSheet(wb, payloadSpec());
  await wb.xlsx.writeFile(payloadFile);
  const frFile = path.join(out, 'templates-fr.xlsx');
  const enFile = path.join(out, 'templates-en.xlsx');
  await writeWorkbook(frFile, { lang: 'fr', examples: true });
  await writeWorkbook(enFile, { lang: 'en', examples: true });
  // One soffice run for the three files (about a second each).
  [payloads, fr, en] = await recalculated([payloadFile, frFile, enFile]);
});

test('payload labels come back as the same text, and the real formula is computed', () => {
  const ws = payloads.getWorksheet('Payloads');
  if (!ws) throw new Error('no Payloads sheet after recalculation');
  PAYLOADS.forEach((text, i) => {
    const ref = `A${i + 1}`;
    expect({ ref, held: heldByExcelJs(ws.getCell(ref)) }).toEqual({ ref, held: { value: text } });
  });
  const b1 = ws.getCell('B1').value as { formula?: string; result?: unknown };
  expect(b1.formula).toBe('1+1');
  expect(b1.result).toBe(2);
});

describe.each([
  ['fr', () => fr],
  ['en', () => en],
] as const)('every template (%s, with examples)', (lang, book) => {
  test.each([...TEMPLATE_IDS])('%s: labels stay text, formulas stay formulas', (id) => {
    const spec = buildTemplate(id, { lang, examples: true });
    const ws = book().getWorksheet(spec.name);
    if (!ws) throw new Error(`no sheet ${spec.name} after recalculation`);
    expectAsSpec(ws, spec);
  });
});
