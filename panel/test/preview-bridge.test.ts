import { buildTemplate, type TemplateOptions } from '@boussole/core';
import { createPreviewBridge } from '../src/preview-bridge';
import { DEFAULT_SETTINGS } from '../src/ranking';
import { locateTable } from '../src/table';
import { planWrite } from '../src/write-plan';

/** What the task pane passes: core's spec (loaded on demand there). */
const scoring = (o: TemplateOptions) => buildTemplate('priority-scoring', o);

describe('preview bridge', () => {
  it('reads the demo sheet, writes formulas in A1, then reports its own cells before replacing them', async () => {
    const bridge = createPreviewBridge(scoring, 'en');
    const t = locateTable((await bridge.readTable()).blocks);
    if (!t) throw new Error('no table');
    const req = planWrite(t, t.mapping, DEFAULT_SETTINGS, 'en');
    expect(await bridge.writeResults(req)).toEqual({ status: 'written', address: 'F3:H7' });
    const sheet = bridge.workbook.activeSheet;
    expect(sheet.cells[2].slice(5)).toEqual([
      'Score (Boussole)',
      'Rank (Boussole)',
      'Quadrant (Boussole)',
    ]);
    expect(sheet.cells[3][6]).toBe('=IF(F4="","",RANK(F4,$F$4:$F$7,0))');
    expect(sheet.formulas.has('3,6')).toBe(true);

    const again = await bridge.writeResults(req);
    expect(again).toEqual({
      status: 'conflict',
      count: 15,
      cells: ['F3', 'G3', 'H3', 'F4', 'G4', 'H4', 'F5', 'G5'],
    });
    expect(await bridge.writeResults({ ...req, overwrite: true })).toMatchObject({
      status: 'written',
    });
  });

  it('types input as a spreadsheet does', async () => {
    const bridge = createPreviewBridge(scoring, 'fr');
    const wb = bridge.workbook;
    wb.type(3, 1, '7,5');
    wb.type(3, 2, '');
    wb.type(3, 0, '=HYPERLINK("http://x","y")');
    expect(wb.activeSheet.cells[3].slice(0, 3)).toEqual(['=HYPERLINK("http://x","y")', 7.5, null]);
    expect(wb.activeSheet.formulas.size).toBe(0);
  });

  it('inserts the template on a new sheet (never over an existing one) and reads it back', async () => {
    const bridge = createPreviewBridge(scoring, 'fr');
    const first = await bridge.insertScoringSheet({ lang: 'fr', examples: true });
    expect(first.sheet).toBe('Score de priorisation (2)');
    // The real template: weights block above, its own formula columns and check column, the four projects.
    expect(locateTable(first.blocks)).toMatchObject({ headerRow: 5, lastColumn: 9 });
    expect(locateTable(first.blocks)?.rows).toHaveLength(4);
    expect(bridge.workbook.activeSheet.formulas.size).toBeGreaterThan(12);
    const empty = await bridge.insertScoringSheet({ lang: 'en' });
    expect(empty.sheet).toBe('Priority scoring');
    expect(locateTable(empty.blocks)?.rows).toHaveLength(0);
    expect(bridge.workbook.sheets.map((s) => s.name)).toEqual([
      'Score de priorisation',
      'Portefeuille',
      'Score de priorisation (2)',
      'Priority scoring',
    ]);
  });
});
