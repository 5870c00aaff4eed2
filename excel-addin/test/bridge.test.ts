/**
 * The Excel HostBridge against the typed Office.js fake: round trips per user action, what lands
 * in the sheet, conflicts, and names that look like formulas or HTML staying text.
 */
import { DEFAULT_SETTINGS } from '../../panel/src/ranking';
import { locateTable, parseRows, type ProjectTable } from '../../panel/src/table';
import { planChart, planWrite } from '../../panel/src/write-plan';
import { FakeWorkbook, installFakeExcel } from '../../test/fakes/excel';
import { createExcelBridge } from '../src/bridge';

const HEADERS = ['Projet', 'Impact', 'Effort', 'Risque', 'Alignement stratégique'];
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://x","y")';

/** A sheet "Portefeuille" with a title row, the header on row 3 and `n` projects under it. */
function workbook(n: number, names: string[] = []): FakeWorkbook {
  const wb = new FakeWorkbook({ sheets: ['Portefeuille'] });
  const rows = Array.from({ length: n }, (_, i) => [
    // A leading apostrophe is how a text cell holding "=…" exists in Excel.
    names[i] === undefined ? `Projet ${i + 1}` : `'${names[i]}`,
    (i % 10) + 0.5,
    5,
    3,
    8,
  ]);
  wb.sheet('Portefeuille').seed('A1', [['Portefeuille IA'], [], HEADERS, ...rows]);
  return wb;
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

async function readWith(wb: FakeWorkbook): Promise<ProjectTable> {
  restore = installFakeExcel(wb);
  const table = locateTable((await createExcelBridge().readTable()).blocks);
  if (!table) throw new Error('no table');
  return table;
}

/** Round trips of one bridge call. */
async function trips<T>(wb: FakeWorkbook, call: () => Promise<T>): Promise<[T, number]> {
  const before = wb.roundTrips;
  const result = await call();
  return [result, wb.roundTrips - before];
}

describe('Excel bridge', () => {
  it('reads the table in at most 3 syncs, the same for 10 and 10 000 rows', async () => {
    for (const n of [10, 10000]) {
      const wb = workbook(n);
      restore = installFakeExcel(wb);
      const [read, count] = await trips(wb, () => createExcelBridge().readTable());
      expect(count).toBeLessThanOrEqual(3);
      expect(count).toBe(2);
      const table = locateTable(read.blocks);
      expect(table).toMatchObject({ sheet: 'Portefeuille', headerRow: 3, firstColumn: 1 });
      expect(table?.rows).toHaveLength(n);
      restore();
    }
  });

  it('prefers a multi-cell selection, then the active sheet, then the priority-scoring sheet', async () => {
    const wb = new FakeWorkbook({ sheets: ['Notes', 'Priority scoring'] });
    wb.sheet('Notes').seed('A1', [
      ['Project', 'Impact', 'Effort', 'Risk', 'Strategic alignment'],
      ['N', 1, 2, 3, 4],
    ]);
    wb.sheet('Notes').seed('H1', [
      ['Project', 'Impact', 'Effort', 'Risk', 'Strategic alignment'],
      ['S', 1, 2, 3, 4],
    ]);
    wb.sheet('Priority scoring').seed('A5', [HEADERS, ['P', 1, 2, 3, 4]]);
    restore = installFakeExcel(wb);
    const bridge = createExcelBridge();

    wb.select('Notes', 'H1:L2');
    let t = locateTable((await bridge.readTable()).blocks);
    expect([t?.sheet, t?.firstColumn]).toEqual(['Notes', 8]);

    wb.select('Notes', 'B2');
    t = locateTable((await bridge.readTable()).blocks);
    expect([t?.sheet, t?.firstColumn]).toEqual(['Notes', 1]);

    wb.sheet('Notes').seed('A1', [['x', 'y', 'z', 'w', 'v']]);
    wb.sheet('Notes').seed('H1', [['x', 'y', 'z', 'w', 'v']]);
    const blocks = (await bridge.readTable()).blocks;
    expect(blocks.map((b) => b.sheet)).toEqual(['Notes', 'Priority scoring']);
    expect(locateTable(blocks)).toMatchObject({ sheet: 'Priority scoring', headerRow: 5 });
  });

  it('reads an empty workbook as no block', async () => {
    restore = installFakeExcel(new FakeWorkbook());
    expect((await createExcelBridge().readTable()).blocks).toEqual([]);
  });

  it('writes live formulas right of the table in at most 3 syncs, the same for 10 and 10 000 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 10000]) {
      const wb = workbook(n);
      const table = await readWith(wb);
      const req = planWrite(table, table.mapping, DEFAULT_SETTINGS, 'fr');
      const [result, count] = await trips(wb, () => createExcelBridge().writeResults(req));
      expect(result).toEqual({ status: 'written', address: `F3:H${3 + n}` });
      counts.push(count);
      const sheet = wb.sheet('Portefeuille');
      expect([sheet.value('F3'), sheet.value('G3'), sheet.value('H3')]).toEqual([
        'Score (Boussole)',
        'Rang (Boussole)',
        'Quadrant (Boussole)',
      ]);
      expect(sheet.formula(`F${3 + n}`)).toBe(
        `=IF(OR(COUNT(B${3 + n},C${3 + n},D${3 + n},E${3 + n})<4,MIN(B${3 + n},C${3 + n},D${3 + n},E${3 + n})<0,MAX(B${3 + n},C${3 + n},D${3 + n},E${3 + n})>10),"",ROUND(0.4*B${3 + n}+0.3*(10-C${3 + n})+0.2*(10-D${3 + n})+0.1*E${3 + n},6))`
      );
      expect(sheet.formula('G4')).toBe(`=IF(F4="","",RANK(F4,$F$4:$F$${3 + n},0))`);
      expect(sheet.formula('H4')).toMatch(/^=IF\(F4="","",IF\(B4>5,/);
      expect(sheet.numberFormat('F4')).toBe('0.0');
      expect(sheet.numberFormat('G4')).toBe('0');
      restore?.();
    }
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });

  it('reports non-empty cells and writes nothing until told to replace them', async () => {
    const wb = workbook(4);
    wb.sheet('Portefeuille').seed('G6', [['keep me']]);
    const table = await readWith(wb);
    const bridge = createExcelBridge();
    const req = planWrite(table, table.mapping, DEFAULT_SETTINGS, 'en');
    expect(await bridge.writeResults(req)).toEqual({ status: 'conflict', cells: ['G6'], count: 1 });
    expect(wb.sheet('Portefeuille').value('G6')).toBe('keep me');
    expect(wb.sheet('Portefeuille').formula('F4')).toBeUndefined();

    const [replaced, count] = await trips(wb, () =>
      bridge.writeResults({ ...req, overwrite: true })
    );
    expect(replaced).toMatchObject({ status: 'written' });
    expect(count).toBe(1);
    expect(wb.sheet('Portefeuille').formula('G6')).toBe('=IF(F6="","",RANK(F6,$F$4:$F$7,0))');
  });

  it('detects its own formulas as non-empty on a second write, even when they show ""', async () => {
    const wb = new FakeWorkbook({ sheets: ['Portefeuille'], evaluate: () => '' });
    wb.sheet('Portefeuille').seed('A1', [HEADERS, ['A', 1, 2, 3, 4]]);
    const table = await readWith(wb);
    const req = planWrite(table, table.mapping, DEFAULT_SETTINGS, 'fr');
    await createExcelBridge().writeResults(req);
    const again = await createExcelBridge().writeResults(req);
    expect(again).toMatchObject({ status: 'conflict', count: 6 });
  });

  it('keeps project names that look like formulas or HTML as text, shown and written', async () => {
    const wb = workbook(3, [FORMULA_NAME, XSS]);
    const table = await readWith(wb);
    const { valid } = parseRows(table, table.mapping);
    expect(valid.map((p) => p.name).slice(0, 2)).toEqual([FORMULA_NAME, XSS]);
    await createExcelBridge().writeResults(planWrite(table, table.mapping, DEFAULT_SETTINGS, 'fr'));
    const sheet = wb.sheet('Portefeuille');
    expect(sheet.formula('A4')).toBeUndefined();
    expect(sheet.value('A4')).toBe(FORMULA_NAME);
    expect(sheet.value('A5')).toBe(XSS);
    for (const [, f] of sheet.formulas()) {
      expect(f).not.toContain('HYPERLINK');
      expect(f).not.toContain('img');
    }
  });

  it('draws the impact/effort scatter over the live columns in one sync', async () => {
    const wb = workbook(4);
    const table = await readWith(wb);
    const req = planChart(table, table.mapping, {
      title: 'Impact / effort',
      xTitle: 'Effort',
      yTitle: 'Impact',
    });
    const [, count] = await trips(wb, () => createExcelBridge().drawChart(req));
    expect(count).toBe(1);
    const [chart] = wb.sheet('Portefeuille').charts;
    expect(chart).toMatchObject({
      type: 'XYScatter',
      title: { text: 'Impact / effort' },
      legend: { visible: false },
      series: [{ xValues: 'Portefeuille!C4:C7', values: 'Portefeuille!B4:B7' }],
      axes: {
        categoryAxis: { title: { text: 'Effort' }, minimum: 0, maximum: 10 },
        valueAxis: { title: { text: 'Impact' }, minimum: 0, maximum: 10 },
      },
      position: { start: 'J3' },
    });
  });

  it('inserts the priority-scoring template and reads it back; the panel finds its table', async () => {
    const wb = new FakeWorkbook({ sheets: ['Score de priorisation'] });
    restore = installFakeExcel(wb);
    const result = await createExcelBridge().insertScoringSheet({ lang: 'fr', examples: true });
    expect(result.sheet).toBe('Score de priorisation (2)');
    const table = locateTable(result.blocks);
    expect(table).toMatchObject({ sheet: 'Score de priorisation (2)', headerRow: 5 });
    expect(table?.rows).toHaveLength(4);
    expect(
      parseRows(table as ProjectTable, (table as ProjectTable).mapping).valid.map((p) => p.name)
    ).toEqual([
      'Automatisation des factures',
      'Assistant RH pour le recrutement',
      'Optimisation de la chaîne logistique',
      'Marketing prédictif',
    ]);
  });
});
