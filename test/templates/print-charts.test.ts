/**
 * Print setup, protection, named ranges, validation messages and charts, as each renderer draws
 * them: the Office.js and Apps Script fakes record what was set, the .xlsx is read back as a zip.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import {
  buildTemplate,
  LANGS,
  parseRange,
  printAreas,
  printBlock,
  PRINT_ROOM_ROWS,
  TEMPLATE_IDS,
  unlockedRanges,
  type Lang,
  type SheetSpec,
  type TemplateId,
} from '@boussole/core';
import { insertTemplate as insertExcel } from '../../excel-addin/src/templates';
import { createExcelBridge } from '../../excel-addin/src/bridge';
import { drawSpec as drawSheets } from '../../sheets-addon/src/render-template';
import { insertTemplate as insertSheets } from '../../sheets-addon/src/templates';
import { drawSheet } from '../../cli/src/render-xlsx';
import { workbookBuffer } from '../../cli/src/workbook';
import { formatAddress, FakeWorkbook, installFakeExcel } from '../fakes/excel';
import { FakeSheetsWorld, TEMPLATE_CALLS_CEILING } from '../fakes/sheets';
import { CHECK } from '../../core/src/templates/checks';
import { fitScale } from './print-scale';

const CHARTED = {
  'priority-scoring': 'scatter',
  maturity: 'radar',
  'kpi-dashboard': 'bar',
  portfolio: 'scatter',
} as const;

/** A spec with messages on its first validation, as content templates give them. */
function withMessages(spec: SheetSpec): SheetSpec {
  const [first, ...rest] = spec.validations;
  return {
    ...spec,
    validations: [
      {
        ...first,
        prompt: { title: 'Impact', text: 'A score from 0 to 10.' },
        error: { title: 'Impact', text: 'Impact must be 0–10.' },
      },
      ...rest,
    ],
  };
}

describe('every template has a print setup, row heights and protection', () => {
  test.each(TEMPLATE_IDS)('%s', (id) => {
    const spec = buildTemplate(id, { lang: 'en', examples: true });
    const area = parseRange(spec.print!.area);
    const block = printBlock(spec);
    // A template may leave reference columns at its right out (ai-act prints its register only).
    expect(area).toMatchObject({ top: 1, left: 1 });
    expect(area.right).toBeLessThanOrEqual(block.cols);
    // Every typed cell and chart prints, then PRINT_ROOM_ROWS rows of room (or up to the block's
    // end); below that only empty list rows (formulas showing "") are left out.
    let content = 1;
    for (const c of spec.cells) {
      const p = parseRange(c.ref);
      if (p.left > area.right || c.formula !== undefined || (c.value ?? '') === '') continue;
      content = Math.max(content, p.top);
    }
    for (const c of spec.charts ?? []) {
      const at = parseRange(c.anchor);
      if (at.left <= area.right) content = Math.max(content, at.top + c.size.rows - 1);
    }
    expect(area.bottom).toBe(Math.min(block.rows, content + PRINT_ROOM_ROWS));
    // Further areas (a reference block's page) sit right of the first, inside the block.
    for (const more of (spec.print!.moreAreas ?? []).map(parseRange)) {
      expect(more.left).toBeGreaterThan(area.right);
      expect(more.right).toBeLessThanOrEqual(block.cols);
    }
    expect(spec.print!.fitToWidth).toBe(true);
    if (spec.frozenRows > 0)
      expect(spec.print!.repeatRows).toEqual({ first: spec.frozenRows, last: spec.frozenRows });
    expect(spec.protect).toBe(true);
    // Each input cell is inside an unlocked range; no formula cell is.
    const unlocked = unlockedRanges(spec).map(parseRange);
    const inside = (ref: string) =>
      unlocked.some((a) => {
        const p = parseRange(ref);
        return p.top >= a.top && p.bottom <= a.bottom && p.left >= a.left && p.right <= a.right;
      });
    for (const c of spec.cells) {
      if (c.style === 'input') expect(inside(c.ref)).toBe(true);
      else if (c.formula && !(spec.unlocked ?? []).length) expect(inside(c.ref)).toBe(false);
    }
    // Wrapped header rows are taller than one line.
    const headerRow = spec.cells.find((c) => c.style === 'header' && String(c.value).length > 20);
    if (headerRow)
      expect(spec.rowHeights![Number(/\d+/.exec(headerRow.ref)![0])]).toBeGreaterThan(15);
  });

  test('the charts of issue 11 read their own sheet, inside the print area', () => {
    for (const [id, kind] of Object.entries(CHARTED)) {
      const spec = buildTemplate(id as keyof typeof CHARTED, { lang: 'fr', examples: true });
      expect(spec.charts!.map((c) => c.kind)).toEqual([kind]);
      // The chart prints: it lies inside one of the sheet's print ranges.
      const chart = parseRange(spec.charts![0].anchor);
      const printed = printAreas(spec.print!)
        .map(parseRange)
        .some(
          (a) =>
            chart.top >= a.top &&
            chart.top <= a.bottom &&
            chart.left >= a.left &&
            chart.left <= a.right
        );
      expect({ id, printed }).toEqual({ id, printed: true });
      const filled = new Set(spec.cells.map((c) => c.ref));
      for (const s of spec.charts![0].series) {
        // Every series range starts on a cell of the spec (no chart of empty space).
        const a = parseRange(s.values);
        expect(
          filled.has(formatAddress({ row: a.top - 1, col: a.left - 1, rows: 1, cols: 1 }))
        ).toBe(true);
      }
    }
  });
});

/**
 * The sheets made readable in print (docs/templates.md "Print"), with the scale each printed at
 * before: columns sized to their values, long text and reference blocks off the list's page.
 */
const READABLE = {
  'kpi-dashboard': 0.33,
  'ai-act': 0.36,
  maturity: 0.46,
  portfolio: 0.48,
  'roadmap-90': 0.51,
  calculators: 0.54,
} as const;

describe.each(
  Object.entries(READABLE).flatMap(([id, before]) => LANGS.map((l) => [id, l, before]))
)('%s (%s) prints one page wide at 60 %% of full size or more (%s before)', (id, lang) => {
  test('scale from the printed columns’ widths', () => {
    const spec = buildTemplate(id as TemplateId, { lang: lang as Lang, examples: true });
    expect(fitScale(spec)).toBeGreaterThanOrEqual(0.6);
  });
});

describe.each(LANGS)('the AI Act register prints up to its check (%s)', (lang) => {
  const spec = buildTemplate('ai-act', { lang, examples: true });
  // The first example row's named outputs.
  const column = (name: string) => parseRange(spec.cells.find((c) => c.name === name)!.ref).left;

  test('every question and outcome prints; the duties, cut at any width, stay on screen', () => {
    const area = parseRange(spec.print!.area);
    expect(area.right).toBe(column('check-1'));
    expect(column('duties-1')).toBe(area.right + 1);
    // The register's name still covers every column, the duties included.
    const register = parseRange(spec.names!.find((n) => n.name === 'AIA_Register')!.ref);
    expect(register.right).toBe(column('duties-1'));
  });
});

describe.each(LANGS)('the KPI dashboard prints readable (%s)', (lang) => {
  const spec = buildTemplate('kpi-dashboard', { lang, examples: true });
  const [list, reference] = printAreas(spec.print!).map(parseRange);

  test('the list prints every column up to its check; the reference block and chart on their own page', () => {
    const check = parseRange(
      spec.cells.find((c) => c.style === 'header' && c.value === CHECK[lang])!.ref
    );
    expect(list.left).toBe(1);
    expect(list.right).toBe(check.left);
    // Every reference cell (right of the list) and the chart lie inside the second range.
    expect(reference).toBeDefined();
    for (const c of spec.cells) {
      const p = parseRange(c.ref);
      if (p.left <= list.right + 1 || p.top < reference.top) continue;
      expect({
        ref: c.ref,
        inside:
          p.left >= reference.left && p.right <= reference.right && p.bottom <= reference.bottom,
      }).toEqual({ ref: c.ref, inside: true });
    }
    const chart = spec.charts![0];
    const at = parseRange(chart.anchor);
    expect(at.left + chart.size.cols - 1).toBeLessThanOrEqual(reference.right);
    expect(at.top + chart.size.rows - 1).toBeLessThanOrEqual(reference.bottom);
  });
});

describe('Office.js', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  test.each(TEMPLATE_IDS)(
    '%s: page layout, names, charts and protection in ≤ 3 syncs',
    async (id) => {
      const wb = new FakeWorkbook();
      restore = installFakeExcel(wb);
      const spec = buildTemplate(id, { lang: 'fr', examples: true });
      const sheet = wb.sheet(await insertExcel(id, { lang: 'fr', examples: true }));
      expect(wb.roundTrips).toBeLessThanOrEqual(3);
      const p = spec.print!;
      expect(sheet.pageLayout).toMatchObject({
        orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        printArea: printAreas(p).join(','),
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        footer: { left: '&A', right: '&P / &N' },
      });
      if (p.repeatRows)
        expect(sheet.pageLayout.printTitleRows).toBe(
          `$${p.repeatRows.first}:$${p.repeatRows.last}`
        );
      expect(sheet.protection).toBeDefined();
      for (const c of spec.cells.filter((x) => x.style === 'input' || x.formula)) {
        const r = parseRange(c.ref);
        const locked = sheet.locked(r.top - 1, r.left - 1);
        if (c.style === 'input') expect(locked).toBe(false);
        else if (!(spec.unlocked ?? []).length) expect(locked).toBe(true);
      }
      for (const n of spec.names ?? [])
        expect(sheet.names.get(n.name)).toBe(n.ref.includes(':') ? n.ref : `${n.ref}`);
      expect(sheet.charts).toHaveLength(spec.charts?.length ?? 0);
      spec.charts?.forEach((c, i) => {
        const drawn = sheet.charts[i];
        expect(drawn.title.text).toBe(c.title);
        expect(drawn.series.map((s) => [s.xValues, s.values])).toEqual(
          c.series.map((s) => [
            `${quoted(sheet.name)}!${s.categories}`,
            `${quoted(sheet.name)}!${s.values}`,
          ])
        );
        expect(drawn.position?.start).toBe(c.anchor);
      });
      for (const [row, pt] of Object.entries(spec.rowHeights ?? {}))
        expect(sheet.rowHeights.get(Number(row) - 1)).toBe(pt);
    }
  );

  test('the panel still writes its columns on the protected priority sheet; a locked cell refuses', async () => {
    const wb = new FakeWorkbook();
    restore = installFakeExcel(wb);
    const name = await insertExcel('priority-scoring', { lang: 'en', examples: true });
    const bridge = createExcelBridge();
    const write = (row: number, column: number) =>
      bridge.writeResults({
        sheet: name,
        row,
        column,
        headers: ['Score (Boussole)', 'Rank (Boussole)', 'Quadrant (Boussole)'],
        formulasR1C1: ['=RC2*2', '=RC2*3', '=RC2*4'],
        rows: 20,
        numberFormats: ['0.00', null, null],
        overwrite: true,
      });
    expect(await write(5, 6)).toMatchObject({ status: 'written' });
    expect(wb.sheet(name).formula('F6')).toBe('=$B6*2');
    // Over the title and the weights (formulas and labels): Excel refuses, as on a real protected sheet.
    await expect(write(1, 1)).rejects.toThrow(/locked/);
  });
});

const quoted = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name}'`);

describe('Apps Script', () => {
  const g = global as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.SpreadsheetApp;
    delete g.Charts;
    delete g.HtmlService;
  });

  function world(): FakeSheetsWorld {
    const w = new FakeSheetsWorld();
    Object.assign(g, { SpreadsheetApp: w.app, Charts: w.globals().Charts, HtmlService: w.html });
    return w;
  }

  test.each(Object.keys(CHARTED))(
    '%s: chart, names, warning-only protection, a bounded number of calls',
    (id) => {
      const w = world();
      const spec = buildTemplate(id as keyof typeof CHARTED, { lang: 'en', examples: true });
      w.log.reset();
      const name = insertSheets(id, { lang: 'en', examples: true });
      expect(w.log.documentCalls()).toBeLessThanOrEqual(TEMPLATE_CALLS_CEILING);
      const sheet = w.sheet(name);
      expect(sheet.charts).toHaveLength(1);
      const chart = sheet.charts[0];
      expect(chart.type).toBe(CHARTED[id as keyof typeof CHARTED].toUpperCase());
      const first = spec.charts![0].series[0];
      expect(chart.ranges.map((r) => [r.row, r.col, r.rows])).toEqual([
        [
          parseRange(first.categories).top,
          parseRange(first.categories).left,
          parseRange(first.categories).bottom - parseRange(first.categories).top + 1,
        ],
        [
          parseRange(first.values).top,
          parseRange(first.values).left,
          parseRange(first.values).bottom - parseRange(first.values).top + 1,
        ],
      ]);
      expect(sheet.protection?.warningOnly).toBe(true);
      expect(sheet.protection?.unprotected).toHaveLength(unlockedRanges(spec).length);
    }
  );

  test('a second copy gets its own named ranges', () => {
    const w = world();
    insertSheets('priority-scoring', { lang: 'en' });
    const second = insertSheets('priority-scoring', { lang: 'en' });
    expect(second).toBe('Priority scoring (2)');
    expect([...w.rawSpreadsheet.namedRanges.keys()].sort()).toEqual([
      'Priority_Threshold',
      'Priority_Threshold_2',
      'Priority_Weights',
      'Priority_Weights_2',
    ]);
  });

  test('validation messages become the help text', () => {
    const w = world();
    const sheet = w.spreadsheet.insertSheet('T') as unknown as Parameters<typeof drawSheets>[0];
    const spec = withMessages(buildTemplate('priority-scoring', { lang: 'en' }));
    drawSheets(sheet, spec, { name: 'T' });
    const at = parseRange(spec.validations[0].range);
    const rule = w.sheet('T').peek(at.top, at.left).validation as { helpText: string } | undefined;
    expect(rule?.helpText).toBe('Impact : A score from 0 to 10. — Impact must be 0–10.');
  });
});

describe('.xlsx (ExcelJS and the DrawingML parts)', () => {
  let zip: JSZip;
  let names: string[];
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await workbookBuffer({ lang: 'en', examples: true }));
    names = TEMPLATE_IDS.map((id) => buildTemplate(id, { lang: 'en' }).name);
    // Building the 15-sheet workbook takes seconds on a loaded machine.
  }, 60_000);
  const read = (part: string) => zip.file(part)!.async('string');

  test('one chart part per chart, declared, related and well-formed', async () => {
    const types = await read('[Content_Types].xml');
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    const expected = TEMPLATE_IDS.reduce(
      (n, id) => n + (buildTemplate(id, { lang: 'en', examples: true }).charts?.length ?? 0),
      0
    );
    expect(charts).toHaveLength(expected);
    for (const part of charts) {
      expect(types).toContain(`PartName="/${part}"`);
      const xml = await read(part);
      wellFormed(xml);
      expect(xml).toMatch(/<c:(scatterChart|radarChart|barChart|lineChart)>/);
    }
    for (const [id, kind] of Object.entries(CHARTED)) {
      const index = TEMPLATE_IDS.indexOf(id as (typeof TEMPLATE_IDS)[number]) + 1;
      const sheetXml = await read(`xl/worksheets/sheet${index}.xml`);
      const rid = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)![1];
      const rels = await read(`xl/worksheets/_rels/sheet${index}.xml.rels`);
      const drawing = new RegExp(
        `Id="${rid}"[^>]*Target="\\.\\./drawings/(drawing\\d+\\.xml)"`
      ).exec(rels)![1];
      const drawingRels = await read(`xl/drawings/_rels/${drawing}.rels`);
      const chart = /Target="\.\.\/charts\/(chart\d+\.xml)"/.exec(drawingRels)![1];
      const xml = await read(`xl/charts/${chart}`);
      expect(xml).toContain(`<c:${kind === 'bar' ? 'bar' : kind}Chart>`);
      // The series read the sheet's own cells.
      expect(xml).toContain(`<c:f>&apos;`.replace('&apos;', "'") + names[index - 1]);
      wellFormed(await read(`xl/drawings/${drawing}`));
    }
  });

  test('print setup, footer, protection and defined names are in the file', async () => {
    const book = await read('xl/workbook.xml');
    expect(book).toContain('<definedName name="Priority_Threshold">');
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Priority scoring&apos;!\$5:\$5</
    );
    for (let i = 1; i <= TEMPLATE_IDS.length; i++) {
      const xml = await read(`xl/worksheets/sheet${i}.xml`);
      expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
      expect(xml).toContain('<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter>');
      expect(xml).toMatch(/<sheetProtection sheet="1"/);
      // One print area name per sheet (Excel and LibreOffice print only the last of duplicates),
      // listing every range with absolute corners: LibreOffice ignores one written "$A1:$T47".
      const areas = [
        ...book.matchAll(
          new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${i - 1}">([^<]*)<`, 'g')
        ),
      ].map((m) => m[1]);
      expect(areas).toHaveLength(1);
      const spec = buildTemplate(TEMPLATE_IDS[i - 1], { lang: 'en', examples: true });
      expect(areas[0].split(',').map((r) => r.replace(/^.*!/, '').replace(/\$/g, ''))).toEqual(
        printAreas(spec.print!)
      );
      expect(areas[0]).toMatch(/^([^,]*!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,?)+$/);
    }
  });

  test('input cells are unlocked and validation messages land', async () => {
    const wb = new ExcelJS.Workbook();
    const spec = withMessages(buildTemplate('priority-scoring', { lang: 'en' }));
    drawSheet(wb, spec);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = back.getWorksheet(spec.name)!;
    expect(ws.getCell('B6').protection).toMatchObject({ locked: false });
    expect(ws.getCell('A1').protection?.locked).not.toBe(false);
    const at = spec.validations[0].range.split(':')[0];
    expect(ws.getCell(at).dataValidation).toMatchObject({
      showInputMessage: true,
      promptTitle: 'Impact',
      prompt: 'A score from 0 to 10.',
      errorTitle: 'Impact',
      error: 'Impact must be 0–10.',
    });
  });
});

function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(xml).close();
  expect(error).toBeUndefined();
}
