/**
 * The three template renderers against their typed fakes: round trips (Excel ≤ 3 syncs, Apps Script
 * a constant number of calls whatever the rows), name clashes, and text that stays text.
 */
import ExcelJS from 'exceljs';
import {
  buildTemplate,
  LANGS,
  STYLES,
  TEMPLATE_IDS,
  type SheetSpec,
  type TemplateId,
} from '@boussole/core';
import { drawSheet } from '../../cli/src/render-xlsx';
import { drawSpec as drawExcel } from '../../excel-addin/src/render-template';
import { insertTemplate as insertExcel } from '../../excel-addin/src/templates';
import { drawSpec as drawSheets } from '../../sheets-addon/src/render-template';
import { insertTemplate as insertSheets } from '../../sheets-addon/src/templates';
import { FakeWorkbook, installFakeExcel } from '../fakes/excel';
import { FakeSheetsWorld, TEMPLATE_CALLS_CEILING } from '../fakes/sheets';

const CASES = TEMPLATE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const));

/** A label starting with "=" put into a real template, to see each host keep it as text. */
function withFormulaLikeLabel(id: TemplateId): SheetSpec {
  const spec = buildTemplate(id, { lang: 'en', examples: true });
  const cells = spec.cells.map((c) =>
    c.ref === 'A1' ? { ...c, value: '=HYPERLINK("http://x","y")' } : c
  );
  return { ...spec, cells };
}

describe('Office.js renderer', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  test.each(CASES)('%s (%s) inserts in at most 3 round trips', async (id, lang) => {
    const wb = new FakeWorkbook();
    restore = installFakeExcel(wb);
    const spec = buildTemplate(id, { lang, examples: true });
    const name = await insertExcel(id, { lang, examples: true });
    expect(name).toBe(spec.name);
    expect(wb.roundTrips).toBeLessThanOrEqual(3);
    const sheet = wb.sheet(name);
    expect(wb.active).toBe(sheet);
    for (const c of spec.cells) {
      if (c.formula) expect(sheet.formula(c.ref)).toBe(c.formula);
      else if (c.value !== undefined) expect(sheet.value(c.ref)).toBe(c.value);
      if (c.format) expect(sheet.numberFormat(c.ref)).toBe(c.format);
    }
    expect(sheet.frozen.rows).toBe(spec.frozenRows);
    expect(sheet.validations).toHaveLength(spec.validations.length);
    expect(sheet.conditionalFormats).toHaveLength(spec.conditionalFormats.length);
    expect(sheet.merges).toHaveLength(spec.merges.length);
  });

  test('a name clash gets "(2)" and the existing sheet is left as it was', async () => {
    const wb = new FakeWorkbook({ sheets: ['Budget', 'Budget (2)'] });
    restore = installFakeExcel(wb);
    wb.sheet('Budget').seed('A1', [['mine']]);
    expect(await insertExcel('budget', { lang: 'en' })).toBe('Budget (3)');
    expect(wb.sheet('Budget').value('A1')).toBe('mine');
    expect(wb.sheet('Budget').cells.size).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Budget', 'Budget (2)', 'Budget (3)']);
  });

  test('the blank form takes as many round trips as the filled one, and is formula-ready', async () => {
    const trips: number[] = [];
    for (const examples of [false, true]) {
      const wb = new FakeWorkbook();
      restore = installFakeExcel(wb);
      await insertExcel('priority-scoring', { lang: 'fr', examples });
      trips.push(wb.roundTrips);
      expect(wb.sheet('Score de priorisation').formula('F6')).toMatch(/^=IF\(/);
      restore();
    }
    expect(trips[0]).toBe(trips[1]);
  });

  test('formula-like text stays text', async () => {
    const wb = new FakeWorkbook();
    restore = installFakeExcel(wb);
    await Excel.run(async (context) => {
      drawExcel(context.workbook.worksheets.add('T'), withFormulaLikeLabel('budget'));
      await context.sync();
    });
    expect(wb.sheet('T').formula('A1')).toBeUndefined();
    expect(wb.sheet('T').value('A1')).toBe('=HYPERLINK("http://x","y")');
  });

  test('bad ids and options are refused before touching the workbook', async () => {
    const wb = new FakeWorkbook();
    restore = installFakeExcel(wb);
    await expect(insertExcel('nope', { lang: 'en' })).rejects.toThrow(/Unknown template: nope/);
    await expect(insertExcel('budget', { lang: 'de' as 'en' })).rejects.toThrow();
    expect(wb.runs).toBe(0);
  });
});

describe('Apps Script renderer', () => {
  const g = global as unknown as {
    SpreadsheetApp?: unknown;
    Charts?: unknown;
    HtmlService?: unknown;
  };
  afterEach(() => {
    delete g.SpreadsheetApp;
    delete g.Charts;
    delete g.HtmlService;
  });

  function insert(world: FakeSheetsWorld, id: string, examples: boolean, lang: 'fr' | 'en' = 'en') {
    Object.assign(g, {
      SpreadsheetApp: world.app,
      Charts: world.globals().Charts,
      HtmlService: world.html,
    });
    world.log.reset();
    const name = insertSheets(id, { lang, examples });
    return { name, calls: world.log.documentCalls(), range: world.log.total('Range.') };
  }

  test.each(CASES)('%s (%s): a constant, small number of batched calls', (id, lang) => {
    const spec = buildTemplate(id, { lang, examples: true });
    const filled = insert(new FakeSheetsWorld(), id, true, lang);
    const blank = insert(new FakeSheetsWorld(), id, false, lang);
    expect(filled.name).toBe(spec.name);
    expect(filled.calls).toBe(blank.calls);
    expect(filled.calls).toBeLessThanOrEqual(TEMPLATE_CALLS_CEILING);
    // Range calls: the whole-block matrices, one merge per merged area.
    expect(filled.range).toBeLessThanOrEqual(12 + spec.merges.length);
  });

  test.each(CASES)('%s (%s) draws what the spec says', (id, lang) => {
    const world = new FakeSheetsWorld();
    const spec = buildTemplate(id, { lang, examples: true });
    const { name } = insert(world, id, true, lang);
    const sheet = world.sheet(name);
    for (const c of spec.cells) {
      const cell = sheet.peek(...rc(c.ref));
      if (c.formula) expect(cell.formula).toBe(c.formula);
      else if (c.value !== undefined) expect(cell.value).toBe(c.value);
      if (c.format) expect(cell.numberFormat).toBe(c.format);
      // The one text-style matrix carries every look's colour, weight, slant and size.
      const look = c.style ? STYLES[c.style] : {};
      expect([cell.fontColor, cell.fontWeight, cell.fontStyle, cell.fontSize]).toEqual([
        look.color,
        look.bold ? 'bold' : 'normal',
        look.italic ? 'italic' : 'normal',
        look.size ?? 10,
      ]);
      expect(cell.background ?? null).toBe(look.fill ?? null);
    }
    expect(sheet.frozenRows).toBe(spec.frozenRows);
    expect(sheet.conditionalRules).toHaveLength(spec.conditionalFormats.length);
    expect(sheet.merges).toHaveLength(spec.merges.length);
  });

  test('a name clash gets "(2)" and the existing sheet is left as it was', () => {
    const world = new FakeSheetsWorld({ sheets: { Sheet1: [], 'Process audit': [['mine']] } });
    expect(insert(world, 'process-audit', false).name).toBe('Process audit (2)');
    expect(world.sheet('Process audit').peek(1, 1).value).toBe('mine');
    expect(world.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Process audit',
      'Process audit (2)',
    ]);
  });

  test('formula-like text stays text', () => {
    const world = new FakeSheetsWorld();
    Object.assign(g, {
      SpreadsheetApp: world.app,
      Charts: world.globals().Charts,
      HtmlService: world.html,
    });
    const sheet = world.spreadsheet.insertSheet('T') as unknown as Parameters<typeof drawSheets>[0];
    drawSheets(sheet, withFormulaLikeLabel('budget'));
    const a1 = world.sheet('T').peek(1, 1);
    expect(a1.formula).toBe('');
    expect(a1.value).toBe('=HYPERLINK("http://x","y")');
  });
});

describe('ExcelJS renderer', () => {
  test('a name clash gets "(2)"; text stays text; validations and formats land', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').getCell('A1').value = 'mine';
    const ws = drawSheet(wb, withFormulaLikeLabel('budget'));
    expect(ws.name).toBe('Budget (2)');
    expect(wb.getWorksheet('Budget')!.getCell('A1').value).toBe('mine');
    expect(ws.getCell('A1').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('B7').value).toEqual({
      formula: 'IF(AND(ISNUMBER(B5),ISNUMBER(B6)),B5*B6,"")',
    });
    expect(ws.getCell('B6').numFmt).toBe('0.0%');
    expect(ws.getCell('B22').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
    });
    // A round trip through the file keeps the formula a formula and the text a text.
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.getWorksheet('Budget (2)')!.getCell('A1').value).toBe('=HYPERLINK("http://x","y")');
    expect(back.getWorksheet('Budget (2)')!.getCell('B7').formula).toBe(
      'IF(AND(ISNUMBER(B5),ISNUMBER(B6)),B5*B6,"")'
    );
  });
});

function rc(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}
