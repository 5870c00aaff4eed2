/**
 * The Portfolio view's server functions as deployed (dist/sheets/Code.js in node:vm, call-counting
 * Apps Script fake): the register read, the Funded column in the same number of calls whatever
 * the rows, conflicts, literal text, the budget and date as the header's note.
 */
import {
  SHEETS_CALLS,
  type ColumnWrite,
  type ReadResult,
  type WriteResult,
} from '@boussole/panel/protocol';
import { locatePortfolio } from '../../panel/src/portfolio/table';
import { codeText, loadCode, viaJson, type LoadedScript } from './code-js';

const code = codeText();
const NOTE = 'Budget 100 — 2026-12-02';

/** Sheets "Notes" (active) and "Portfolio": a title, the header on row 2, n projects. */
function script(n: number, extra: unknown[][] = []): LoadedScript {
  const rows = Array.from({ length: n }, (_, i) => [`P${i + 1}`, 10 + (i % 7), 5 + (i % 3)]);
  const s = loadCode(
    {
      sheets: {
        Notes: [['Memo']],
        Portfolio: [['Register'], ['Project', 'Cost', 'Value'], ...rows, ...extra],
      },
    },
    code
  );
  s.world.sheet('Portfolio').maxRows = Math.max(1000, n + 3);
  s.world.select('Notes', 'A1');
  s.world.log.reset();
  return s;
}

const request = (n: number, extra: Partial<ColumnWrite> = {}): ColumnWrite => ({
  sheet: 'Portfolio',
  row: 2,
  column: 4,
  header: 'Funded',
  note: NOTE,
  values: Array.from({ length: n }, (_, i) => (i % 2 ? 'No' : 'Yes')),
  overwrite: false,
  ...extra,
});

const writeColumn = (s: LoadedScript, req: ColumnWrite) =>
  viaJson(s.run<WriteResult>(SHEETS_CALLS.writeColumn, viaJson(req)));

describe('Sheets bridge, Portfolio view (server side, in Code.js)', () => {
  it('declares the two portfolio functions at top level', () => {
    for (const name of [SHEETS_CALLS.readPortfolio, SHEETS_CALLS.writeColumn])
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('reads the register sheet after the active sheet', () => {
    const s = script(5);
    const read = viaJson(s.run<ReadResult>(SHEETS_CALLS.readPortfolio));
    expect(read.blocks.map((b) => b.sheet)).toEqual(['Notes', 'Portfolio']);
    const table = locatePortfolio(read.blocks);
    expect(table).toMatchObject({ sheet: 'Portfolio', headerRow: 2 });
    expect(table?.rows).toHaveLength(5);
  });

  it('writes 10 and 10 000 rows with the same number of calls, the note on the header', () => {
    const counts = [10, 10000].map((n) => {
      const s = script(n);
      expect(writeColumn(s, request(n))).toEqual({ status: 'written', address: `D2:D${n + 2}` });
      const sheet = s.world.sheet('Portfolio');
      expect(sheet.values(`D2:D4`)).toEqual([['Funded'], ['Yes'], ['No']]);
      expect(sheet.values(`D${n + 2}:D${n + 2}`)).toEqual([[n % 2 ? 'Yes' : 'No']]);
      expect(sheet.cell(2, 4).note).toBe(NOTE);
      return s.world.log.documentCalls();
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it('refuses non-empty cells unless overwrite, then replaces them and the note', () => {
    const s = script(4);
    writeColumn(s, request(4));
    const again = request(4, { note: 'Budget 80', values: [0, 0, 1, 1] });
    // Its own header is no conflict; the four values under it are.
    expect(writeColumn(s, again)).toEqual({
      status: 'conflict',
      cells: ['D3', 'D4', 'D5', 'D6'],
      count: 4,
    });
    expect(s.world.sheet('Portfolio').values('D3:D3')).toEqual([['Yes']]);
    expect(writeColumn(s, { ...again, overwrite: true }).status).toBe('written');
    expect(s.world.sheet('Portfolio').values('D3:D6')).toEqual([[0], [0], [1], [1]]);
    expect(s.world.sheet('Portfolio').cell(2, 4).note).toBe('Budget 80');
  });

  it('keeps formula-like text as text', () => {
    const s = script(3);
    const values = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)'];
    writeColumn(s, request(3, { header: '-Funded', values }));
    const sheet = s.world.sheet('Portfolio');
    expect(sheet.formulas('D2:D5')).toEqual([[''], [''], [''], ['']]);
    expect(sheet.values('D2:D5')).toEqual([['-Funded'], ...values.map((v) => [v])]);
  });

  it('rejects a malformed request before touching the sheet', () => {
    const s = script(2);
    const bad = { ...request(2), values: [{ f: '=1' }] };
    expect(() => s.run(SHEETS_CALLS.writeColumn, bad)).toThrow();
    expect(s.world.sheet('Portfolio').values('D2:D2')).toEqual([['']]);
  });
});
