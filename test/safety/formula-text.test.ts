/**
 * Text never becomes a formula (docs/architecture.md "Contracts"): labels and names starting
 * with = + - @ stay text in what every renderer draws (Office.js, Apps Script, ExcelJS) and in
 * what both panel bridges write back (Excel through Office.js, Sheets through Code.js's server
 * functions called by the sidebar's real bridge). Checked on a payload sheet, on every template in
 * both languages, and on a project table whose names are payloads.
 */
import {
  buildTemplate,
  literalText,
  looksLikeFormula,
  TEMPLATE_IDS,
  type Lang,
  type SheetSpec,
} from '@boussole/core';
import type { WriteRequest } from '@boussole/panel/protocol';
import { createExcelBridge } from '../../excel-addin/src/bridge';
import { withFake } from '../../scripts/bench/excel-syncs';
import { planFromBridge, portfolio } from '../../scripts/bench/portfolio';
import { sheetsBridge } from '../../scripts/bench/sheets-calls';
import { FakeWorkbook } from '../fakes/excel';
import { FakeSheetsWorld } from '../fakes/sheets';
import { CODE_JS } from '../support/surfaces';
import {
  drawnByAppsScript,
  drawnByExcelJs,
  drawnByOfficeJs,
  PAYLOADS,
  payloadSpec,
  recordSetValues,
  type Drawn,
} from './hosts';
import { read } from './shipped';

const LANGS: readonly Lang[] = ['fr', 'en'];

/** Every cell of the spec is drawn as it says: text as the same text, formulas as formulas. */
function expectAsSpec(drawn: Drawn, spec: SheetSpec): void {
  for (const c of spec.cells) {
    const held = drawn.at(c.ref);
    const where = `${drawn.host} ${spec.name}!${c.ref}`;
    if (c.formula !== undefined)
      expect({ where, held }).toEqual({ where, held: { formula: c.formula } });
    else if (c.value !== undefined)
      expect({ where, held }).toEqual({ where, held: { value: c.value } });
  }
}

const textCells = (spec: SheetSpec) => spec.cells.filter((c) => typeof c.value === 'string');

describe('renderers draw formula-like text as text', () => {
  const spec = payloadSpec();

  test('Office.js renderer (excel-addin drawSpec)', async () => {
    expectAsSpec(await drawnByOfficeJs(spec), spec);
  });

  test('Apps Script renderer (sheets-addon drawSpec), written through literalText', () => {
    const drawn = drawnByAppsScript(spec);
    expectAsSpec(drawn, spec);
    for (const c of textCells(spec)) {
      const text = c.value as string;
      expect({ ref: c.ref, written: drawn.written(c.ref) }).toEqual({
        ref: c.ref,
        written: looksLikeFormula(text) ? `'${text}` : text,
      });
    }
  });

  test('ExcelJS renderer (cli drawSheet), stored as plain strings without apostrophe', () => {
    expectAsSpec(drawnByExcelJs(spec), spec);
  });
});

describe.each(LANGS)(
  'every template (%s, with examples): text stays text in each renderer',
  (lang) => {
    const specs = TEMPLATE_IDS.map((id) => buildTemplate(id, { lang, examples: true }));

    test.each(specs.map((s) => [s.id, s] as const))('%s', async (_id, spec) => {
      expectAsSpec(await drawnByOfficeJs(spec), spec);
      expectAsSpec(drawnByAppsScript(spec), spec);
      expectAsSpec(drawnByExcelJs(spec), spec);
    });
  }
);

// ---------------------------------------------------------------------------------------------
// Panel write-back

const NAMES = (i: number): string => PAYLOADS[i % PAYLOADS.length];
/** Cells as a user would have typed the names: text (a host keeps them text behind an apostrophe). */
const typed = (rows: unknown[][]) =>
  rows.map((line) => line.map((v) => (typeof v === 'string' ? literalText(v) : v)));

/** A write request carrying formula-like header text as is (what a modified client could send). */
const rawHeaders = (sheet: string): WriteRequest => ({
  sheet,
  row: 3,
  column: 8,
  headers: ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'],
  formulasR1C1: ['=1', '=2', '=3', '=4'],
  rows: 2,
  numberFormats: [null, null, null, null],
  overwrite: true,
});

/** Header cells hold the header text; names keep theirs; formulas only under the headers. */
function expectWriteBack(
  at: (row: number, col: number) => { formula?: string; value?: unknown },
  req: WriteRequest,
  count: number
): void {
  req.headers.forEach((h, i) => {
    const text = h.startsWith("'") ? h.slice(1) : h;
    expect({ col: req.column + i, cell: at(req.row, req.column + i) }).toEqual({
      col: req.column + i,
      cell: { value: text },
    });
  });
  for (let i = 0; i < count; i++) {
    expect({ row: 4 + i, cell: at(4 + i, 1) }).toEqual({ row: 4 + i, cell: { value: NAMES(i) } });
    for (let c = 0; c < req.headers.length; c++)
      expect(at(4 + i, req.column + c).formula).toMatch(/^=/);
  }
}

describe('panel write-back through the Excel bridge', () => {
  const COUNT = 12;
  const p = portfolio(COUNT, 'en', NAMES);

  async function run(plan: (sheet: string) => Promise<WriteRequest> | WriteRequest) {
    const workbook = new FakeWorkbook({ sheets: [p.sheet] });
    workbook.sheet(p.sheet).seed('A1', typed(p.rows) as never);
    workbook.select(p.sheet, 'A1');
    const req = await withFake(workbook, 'en', async () => {
      const bridge = createExcelBridge();
      const r = await plan(p.sheet);
      const result = await bridge.writeResults(r);
      expect(result.status).toBe('written');
      return r;
    });
    const sheet = workbook.sheet(p.sheet);
    const at = (row: number, col: number) => {
      const ref = `${String.fromCharCode(64 + col)}${row}`;
      const f = sheet.formula(ref);
      return f === undefined ? { value: sheet.value(ref) } : { formula: f };
    };
    return { req, at };
  }

  test('names that look like formulas stay text; only the planned columns get formulas', async () => {
    const { req, at } = await run(() => planFromBridge(createExcelBridge(), 'en'));
    expectWriteBack(at, req, COUNT);
  });

  test('header text that looks like a formula is written as text', async () => {
    const { req, at } = await run(rawHeaders);
    expectWriteBack(at, req, 2);
  });
});

describe('panel write-back through the Sheets bridge (Code.js server functions)', () => {
  const COUNT = 12;
  const p = portfolio(COUNT, 'en', NAMES);

  async function run(plan: 'panel' | 'raw') {
    const world = new FakeSheetsWorld({ userLocale: 'en', sheets: { [p.sheet]: typed(p.rows) } });
    world.select(p.sheet, 'A1');
    const { bridge, restore } = sheetsBridge(world, read(CODE_JS));
    const rec = recordSetValues();
    try {
      const req = plan === 'panel' ? await planFromBridge(bridge, 'en') : rawHeaders(p.sheet);
      const result = await bridge.writeResults(req);
      expect(result.status).toBe('written');
      const sheet = world.sheet(p.sheet);
      const at = (row: number, col: number) => {
        const c = sheet.peek(row, col);
        return c.formula ? { formula: c.formula } : { value: c.value };
      };
      // Real Sheets parses typed "+1" and "-2" too: such header text must arrive made literal.
      req.headers.forEach((h, i) =>
        expect({ header: h, written: rec.written(req.row, req.column + i) }).toEqual({
          header: h,
          written: literalText(h),
        })
      );
      return { req, at };
    } finally {
      rec.stop();
      restore();
    }
  }

  test('names that look like formulas stay text; only the planned columns get formulas', async () => {
    const { req, at } = await run('panel');
    expectWriteBack(at, req, COUNT);
  });

  test('header text that looks like a formula is written as text', async () => {
    const { req, at } = await run('raw');
    expectWriteBack(at, req, 2);
  });
});
