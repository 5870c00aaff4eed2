/**
 * The Sheets bridge's server side, run as deployed: dist/sheets/Code.js in node:vm with the
 * call-counting Apps Script fake. One top-level function per user action, a constant number of
 * batched range calls whatever the number of rows, conflicts reported, names kept as text.
 */
import {
  SHEETS_CALLS,
  type InsertResult,
  type ReadResult,
  type WriteResult,
} from '@boussole/panel/protocol';
import { DEFAULT_SETTINGS } from '../../panel/src/ranking';
import { locateTable, parseRows, type ProjectTable } from '../../panel/src/table';
import { planChart, planWrite } from '../../panel/src/write-plan';
import { codeText, loadCode, type LoadedScript } from './code-js';

const code = codeText();
const HEADERS = ['Projet', 'Impact', 'Effort', 'Risque', 'Alignement stratégique'];
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://x","y")';

/** A spreadsheet with sheet "Portefeuille": a title, the header on row 3, n projects. */
function script(n: number, names: string[] = []): LoadedScript {
  const rows = Array.from({ length: n }, (_, i) => [
    names[i] === undefined ? `Projet ${i + 1}` : `'${names[i]}`,
    (i % 10) + 0.5,
    5,
    3,
    8,
  ]);
  const s = loadCode(
    { sheets: { Portefeuille: [['Portefeuille IA'], [], HEADERS, ...rows] } },
    code
  );
  // A real sheet grows to hold its data; the fake starts at 1 000 rows.
  s.world.sheet('Portefeuille').maxRows = Math.max(1000, n + 3);
  s.world.select('Portefeuille', 'A1');
  s.world.log.reset();
  return s;
}

/** Range calls that move data or formats (the batched kind the budget counts). */
const rangeCalls = (s: LoadedScript): number => s.world.log.total('Range.');

function read(s: LoadedScript): ProjectTable {
  const table = locateTable(s.run<ReadResult>(SHEETS_CALLS.readTable).blocks);
  if (!table) throw new Error('no table');
  return table;
}

describe('Sheets bridge (server side, in Code.js)', () => {
  it('declares one top-level function per bridge method', () => {
    for (const name of Object.values(SHEETS_CALLS)) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('reads with the same number of calls for 10 and 10 000 rows', () => {
    const counts = [10, 10000].map((n) => {
      const s = script(n);
      const table = read(s);
      expect(table).toMatchObject({ sheet: 'Portefeuille', headerRow: 3 });
      expect(table.rows).toHaveLength(n);
      return s.world.log.total();
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('prefers a multi-cell selection, then the active sheet, then the priority-scoring sheet', () => {
    const s = loadCode(
      {
        sheets: {
          Notes: [
            [
              'Project',
              'Impact',
              'Effort',
              'Risk',
              'Strategic alignment',
              '',
              '',
              'Project',
              'Impact',
              'Effort',
              'Risk',
              'Strategic alignment',
            ],
            ['N', 1, 2, 3, 4, '', '', 'S', 1, 2, 3, 4],
          ],
          'Score de priorisation': [[], HEADERS, ['P', 1, 2, 3, 4]],
        },
      },
      code
    );
    s.world.select('Notes', 'H1:L2');
    expect(locateTable(s.run<ReadResult>(SHEETS_CALLS.readTable).blocks)?.firstColumn).toBe(8);
    s.world.select('Notes', 'B2');
    expect(locateTable(s.run<ReadResult>(SHEETS_CALLS.readTable).blocks)?.firstColumn).toBe(1);
    s.world.select('Notes', 'A:L');
    const blocks = s.run<ReadResult>(SHEETS_CALLS.readTable).blocks;
    expect(blocks[0].values).toHaveLength(2); // a whole-column selection reads the used rows only
    expect(blocks.map((b) => b.sheet)).toEqual(['Notes', 'Notes', 'Score de priorisation']);
  });

  it('writes live formulas with the same number of batched calls for 10 and 10 000 rows', () => {
    const counts = [10, 10000].map((n) => {
      const s = script(n);
      const table = read(s);
      s.world.log.reset();
      const req = planWrite(table, table.mapping, DEFAULT_SETTINGS, 'fr');
      expect(s.run<WriteResult>(SHEETS_CALLS.writeResults, req)).toEqual({
        status: 'written',
        address: `F3:H${3 + n}`,
      });
      const sheet = s.world.sheet('Portefeuille');
      expect(sheet.dump('F3:H4')).toEqual([
        ['Score (Boussole)', 'Rang (Boussole)', 'Quadrant (Boussole)'],
        [
          '=IF(OR(COUNT(B4,C4,D4,E4)<4,MIN(B4,C4,D4,E4)<0,MAX(B4,C4,D4,E4)>10),"",ROUND(0.4*B4+0.3*(10-C4)+0.2*(10-D4)+0.1*E4,6))',
          `=IF(F4="","",RANK(F4,$F$4:$F$${3 + n},0))`,
          '=IF(F4="","",IF(B4>5,IF(C4>5,"Projet structurant","Priorité immédiate"),IF(C4>5,"À éviter","Opportunité secondaire")))',
        ],
      ]);
      expect(sheet.formulas(`G${3 + n}`)).toEqual([
        [`=IF(F${3 + n}="","",RANK(F${3 + n},$F$4:$F$${3 + n},0))`],
      ]);
      return rangeCalls(s);
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('reports non-empty cells (formulas included) and writes nothing until told to replace them', () => {
    const s = script(4);
    const table = read(s);
    const req = planWrite(table, table.mapping, DEFAULT_SETTINGS, 'en');
    s.run(SHEETS_CALLS.writeResults, req);
    const sheet = s.world.sheet('Portefeuille');
    // Formula cells read as "" in the fake, as a blank-showing formula does in Sheets.
    expect(s.run<WriteResult>(SHEETS_CALLS.writeResults, req)).toEqual({
      status: 'conflict',
      count: 15,
      cells: ['F3', 'G3', 'H3', 'F4', 'G4', 'H4', 'F5', 'G5'],
    });
    s.world
      .sheet('Portefeuille')
      .getRange('G6')
      .setValues([['keep me']]);
    const other = planWrite(table, table.mapping, { ...DEFAULT_SETTINGS, threshold: 7 }, 'en');
    expect(s.run<WriteResult>(SHEETS_CALLS.writeResults, other)).toMatchObject({
      status: 'conflict',
    });
    expect(sheet.dump('G6')).toEqual([['keep me']]);
    expect(
      s.run<WriteResult>(SHEETS_CALLS.writeResults, { ...other, overwrite: true })
    ).toMatchObject({
      status: 'written',
    });
    expect(sheet.formulas('H4')[0][0]).toContain('B4>7');
  });

  it('adds columns when the results would fall off the grid', () => {
    const wide = [...Array.from({ length: 21 }, (_, i) => `Note ${i}`), ...HEADERS];
    const s = loadCode(
      { sheets: { Large: [wide, [...Array(21).fill('x'), 'P', 1, 2, 3, 4]] } },
      code
    );
    const table = read(s);
    expect(table.lastColumn).toBe(26);
    const req = planWrite(table, table.mapping, DEFAULT_SETTINGS, 'en');
    expect(s.run<WriteResult>(SHEETS_CALLS.writeResults, req)).toEqual({
      status: 'written',
      address: 'AA1:AC2',
    });
  });

  it('refuses a malformed request', () => {
    const s = script(2);
    expect(() => s.run(SHEETS_CALLS.writeResults, { sheet: 'Portefeuille', row: 0 })).toThrow();
  });

  it('keeps names that look like formulas or HTML as text, read and after a write', () => {
    const s = script(3, [FORMULA_NAME, XSS]);
    const table = read(s);
    expect(
      parseRows(table, table.mapping)
        .valid.map((p) => p.name)
        .slice(0, 2)
    ).toEqual([FORMULA_NAME, XSS]);
    s.run(SHEETS_CALLS.writeResults, planWrite(table, table.mapping, DEFAULT_SETTINGS, 'fr'));
    const sheet = s.world.sheet('Portefeuille');
    expect(sheet.formulas('A4:A5')).toEqual([[''], ['']]);
    expect(sheet.values('A4:A5')).toEqual([[FORMULA_NAME], [XSS]]);
    expect(JSON.stringify(sheet.formulas())).not.toMatch(/HYPERLINK|img/);
  });

  it('draws the scatter chart over the live columns with a constant number of calls', () => {
    const counts = [10, 10000].map((n) => {
      const s = script(n);
      const table = read(s);
      s.world.log.reset();
      s.run(
        SHEETS_CALLS.drawChart,
        planChart(table, table.mapping, { title: 'T', xTitle: 'X', yTitle: 'Y' })
      );
      const [chart] = s.world.sheet('Portefeuille').charts;
      expect(chart.type).toBe('SCATTER');
      expect(chart.ranges.map((r) => r.getA1Notation())).toEqual([`C4:C${3 + n}`, `B4:B${3 + n}`]);
      expect(chart.position).toEqual([3, 10, 0, 0]);
      expect(chart.options).toMatchObject({
        title: 'T',
        hAxis: { title: 'X' },
        vAxis: { title: 'Y' },
      });
      return s.world.log.total();
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('inserts the priority-scoring template and reads it back in the same call', () => {
    const s = loadCode({ sheets: { Sheet1: [] } }, code);
    const result = s.run<InsertResult>(SHEETS_CALLS.insertScoringSheet, {
      lang: 'en',
      examples: true,
    });
    expect(result.sheet).toBe('Priority scoring');
    const table = locateTable(result.blocks);
    expect(table?.sheet).toBe('Priority scoring');
    expect(table?.rows).toHaveLength(4);
  });
});
