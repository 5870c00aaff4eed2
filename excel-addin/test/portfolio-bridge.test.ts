/**
 * The Excel bridge's PortfolioHost against the typed Office.js fake: where the register is read
 * from, the Funded column's syncs whatever the row count, conflicts, literal text, and the header
 * note as a comment (ExcelApi 1.10) or, on 1.8, as the header's second line.
 */
import type { ColumnWrite } from '@boussole/panel/protocol';
import { locatePortfolio } from '../../panel/src/portfolio/table';
import { canWriteColumn } from '../../panel/src/portfolio/write-back';
import { FakeWorkbook, installFakeExcel, installFakeOffice } from '../../test/fakes/excel';
import { createExcelBridge } from '../src/bridge';

const HEADERS = ['Projet', 'Coût', 'Valeur'];
const NOTE = 'Budget 100 — 2026-12-02';

/** A "Portefeuille" sheet: the header on row 2 and `n` projects under it. */
function workbook(n: number): FakeWorkbook {
  const wb = new FakeWorkbook({ sheets: ['Notes', 'Portefeuille'] });
  const rows = Array.from({ length: n }, (_, i) => [`P${i + 1}`, 10 + (i % 7), 5 + (i % 3)]);
  wb.sheet('Portefeuille').seed('A1', [['Registre'], HEADERS, ...rows]);
  return wb;
}

const write = (n: number, extra: Partial<ColumnWrite> = {}): ColumnWrite => ({
  sheet: 'Portefeuille',
  row: 2,
  column: 4,
  header: 'Financé',
  note: NOTE,
  values: Array.from({ length: n }, (_, i) => (i % 2 ? 0 : 1)),
  overwrite: false,
  ...extra,
});

const restores: (() => void)[] = [];
afterEach(() => restores.splice(0).forEach((r) => r()));

function install(wb: FakeWorkbook, excelApi = '1.10') {
  restores.push(installFakeExcel(wb), installFakeOffice(excelApi));
  return createExcelBridge();
}

async function trips<T>(wb: FakeWorkbook, call: () => Promise<T>): Promise<[T, number]> {
  const before = wb.roundTrips;
  const result = await call();
  return [result, wb.roundTrips - before];
}

describe('Excel bridge, Portfolio view', () => {
  it('has the capability, so the view offers the write', () => {
    expect(canWriteColumn(createExcelBridge())).toBe(true);
  });

  it('reads the register sheet when the active sheet holds no register', async () => {
    const wb = workbook(4);
    wb.sheet('Notes').seed('A1', [['Mémo']]);
    const read = await install(wb).readPortfolio();
    expect(read.blocks.map((b) => b.sheet)).toEqual(['Notes', 'Portefeuille']);
    const table = locatePortfolio(read.blocks);
    expect(table).toMatchObject({ sheet: 'Portefeuille', headerRow: 2 });
    expect(table?.rows).toHaveLength(4);
  });

  it('writes 10 and 10 000 rows in the same 3 syncs, the note as a comment', async () => {
    for (const n of [10, 10000]) {
      const wb = workbook(n);
      const bridge = install(wb);
      const [result, count] = await trips(wb, () => bridge.writeColumn(write(n)));
      expect(result).toEqual({ status: 'written', address: `D2:D${n + 2}` });
      expect(count).toBe(3);
      const sheet = wb.sheet('Portefeuille');
      expect(sheet.value('D2')).toBe('Financé');
      expect([sheet.value('D3'), sheet.value('D4'), sheet.value(`D${n + 2}`)]).toEqual([
        1,
        0,
        n % 2 ? 1 : 0,
      ]);
      expect(sheet.comment('D2')).toBe(NOTE);
      restores.splice(0).forEach((r) => r());
    }
  });

  it('asks before rewriting its own column, then replaces values and comment in 1 sync', async () => {
    const wb = workbook(10);
    const bridge = install(wb);
    await bridge.writeColumn(write(10));
    const again = write(10, { note: 'Budget 80 — 2026-12-03', values: Array(10).fill(0) });
    // Its own header is no conflict; the values under it are.
    expect(await bridge.writeColumn(again)).toMatchObject({ status: 'conflict', count: 10 });
    const [result, count] = await trips(wb, () =>
      bridge.writeColumn({ ...again, overwrite: true })
    );
    expect(result.status).toBe('written');
    expect(count).toBe(1);
    expect(wb.sheet('Portefeuille').comment('D2')).toBe('Budget 80 — 2026-12-03');
    expect(wb.sheet('Portefeuille').value('D3')).toBe(0);
  });

  it('refuses to write over non-empty cells unless asked, and lists them', async () => {
    const wb = workbook(20);
    wb.sheet('Portefeuille').seed('D5', [['gardé'], [7]]);
    const bridge = install(wb);
    const [result, count] = await trips(wb, () => bridge.writeColumn(write(20)));
    expect(result).toEqual({ status: 'conflict', cells: ['D5', 'D6'], count: 2 });
    expect(count).toBe(1);
    expect(wb.sheet('Portefeuille').value('D3')).toBe('');
    expect(wb.sheet('Portefeuille').comment('D2')).toBeUndefined();

    const done = await bridge.writeColumn(write(20, { overwrite: true }));
    expect(done.status).toBe('written');
    expect(wb.sheet('Portefeuille').value('D5')).toBe(1);
  });

  it('keeps formula-like words as text', async () => {
    const wb = workbook(3);
    const bridge = install(wb);
    const values = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)'];
    await bridge.writeColumn(write(3, { header: '-Financé', values }));
    const sheet = wb.sheet('Portefeuille');
    expect(sheet.formula('D2')).toBeUndefined();
    expect(sheet.value('D2')).toBe('-Financé');
    values.forEach((v, i) => {
      expect(sheet.formula(`D${i + 3}`)).toBeUndefined();
      expect(sheet.value(`D${i + 3}`)).toBe(v);
    });
  });

  it('on ExcelApi 1.8 puts the note under the header text, found again on the next read', async () => {
    const wb = workbook(10);
    const bridge = install(wb, '1.8');
    const [, count] = await trips(wb, () => bridge.writeColumn(write(10)));
    expect(count).toBe(2);
    const sheet = wb.sheet('Portefeuille');
    expect(sheet.value('D2')).toBe(`Financé\n${NOTE}`);
    expect(sheet.comment('D2')).toBeUndefined();
    expect(sheet.readLayer(1, 3, 'wrapText')).toBe(true);
    const table = locatePortfolio((await bridge.readPortfolio()).blocks);
    expect(table?.columns.funded).toBe(3);
    // A second write replaces the old note rather than piling notes up.
    const again = write(10, { header: `Financé\n${NOTE}`, note: 'Budget 80', overwrite: true });
    expect((await bridge.writeColumn(again)).status).toBe('written');
    expect(sheet.value('D2')).toBe('Financé\nBudget 80');
  });
});
