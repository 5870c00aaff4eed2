import { r1c1ToA1 } from '@boussole/core';
import type { SheetBlock } from '@boussole/panel/protocol';
import { DEFAULT_SETTINGS } from '../src/ranking';
import { locateTable, type ProjectTable } from '../src/table';
import { OUTPUT_HEADERS, outputColumn, planChart, planWrite } from '../src/write-plan';

const block = (headers: string[], rows = 4): SheetBlock => ({
  sheet: 'Portefeuille',
  row: 1,
  column: 1,
  values: [
    ['Title'],
    [],
    headers,
    ...Array.from({ length: rows }, (_, i) => [`P${i}`, 9, 5, 3, 8]),
  ],
});

function table(headers: string[], rows?: number): ProjectTable {
  const t = locateTable([block(headers, rows)]);
  if (!t) throw new Error('no table');
  return t;
}

const HEADERS = ['Projet', 'Impact', 'Effort', 'Risque', 'Alignement stratégique'];

/** Formula of column c (0-based) on sheet row `row`, as the sheet shows it. */
const at = (req: ReturnType<typeof planWrite>, c: number, row: number) =>
  r1c1ToA1(req.formulasR1C1[c], row, req.column + c);

describe('planWrite', () => {
  it('writes score, rank and quadrant formulas in new columns right of the table', () => {
    const req = planWrite(table(HEADERS), table(HEADERS).mapping, DEFAULT_SETTINGS, 'fr');
    expect(req).toMatchObject({
      sheet: 'Portefeuille',
      row: 3,
      column: 6,
      rows: 4,
      headers: ['Score (Boussole)', 'Rang (Boussole)', 'Quadrant (Boussole)'],
      numberFormats: ['0.0', '0', null],
      overwrite: false,
    });
    expect(at(req, 0, 4)).toBe(
      '=IF(OR(COUNT(B4,C4,D4,E4)<4,MIN(B4,C4,D4,E4)<0,MAX(B4,C4,D4,E4)>10),"",ROUND(0.4*B4+0.3*(10-C4)+0.2*(10-D4)+0.1*E4,6))'
    );
    expect(at(req, 1, 7)).toBe('=IF(F7="","",RANK(F7,$F$4:$F$7,0))');
    expect(at(req, 2, 5)).toBe(
      '=IF(F5="","",IF(B5>5,IF(C5>5,"Projet structurant","Priorité immédiate"),IF(C5>5,"À éviter","Opportunité secondaire")))'
    );
  });

  it('uses the chosen weights, direction, threshold and language', () => {
    const t = table(HEADERS);
    const req = planWrite(
      t,
      t.mapping,
      { weights: [0.25, 0.25, 0.25, 0.25], direction: 'benefit', threshold: 6.5 },
      'en'
    );
    expect(req.headers).toEqual(['Score (Boussole)', 'Rank (Boussole)', 'Quadrant (Boussole)']);
    expect(at(req, 0, 4)).toContain('ROUND(0.25*B4+0.25*C4+0.25*D4+0.25*E4,6)');
    expect(at(req, 2, 4)).toBe(
      '=IF(F4="","",IF(B4>6.5,IF(10-C4>6.5,"Major project","Quick win"),IF(10-C4>6.5,"Avoid","Fill-in")))'
    );
  });

  it('follows a remapped column', () => {
    const t = table(HEADERS);
    const req = planWrite(t, { ...t.mapping, alignment: 1 }, DEFAULT_SETTINGS, 'fr');
    expect(at(req, 0, 4)).toContain('+0.1*B4,6)');
  });

  it('is the same request for 10 or 10 000 rows but for the row count and rank range', () => {
    const small = planWrite(table(HEADERS, 10), table(HEADERS).mapping, DEFAULT_SETTINGS, 'fr');
    const big = planWrite(table(HEADERS, 10000), table(HEADERS).mapping, DEFAULT_SETTINGS, 'fr');
    expect(big.rows).toBe(10000);
    expect(JSON.stringify(big).length - JSON.stringify(small).length).toBeLessThan(10);
  });

  it('never puts a project name into a formula or a header', () => {
    const t = locateTable([
      {
        sheet: 'S',
        row: 1,
        column: 1,
        values: [HEADERS, ['=HYPERLINK("http://x","y")', 1, 2, 3, 4], ['<img src=x>', 1, 2, 3, 4]],
      },
    ]);
    if (!t) throw new Error('no table');
    const text = JSON.stringify(planWrite(t, t.mapping, DEFAULT_SETTINGS, 'fr'));
    expect(text).not.toContain('HYPERLINK');
    expect(text).not.toContain('img');
  });

  it('names the columns after the add-in, in the language', () => {
    const req = planWrite(table(HEADERS), table(HEADERS).mapping, DEFAULT_SETTINGS, 'en');
    expect(req.headers).toEqual(OUTPUT_HEADERS.map((h) => h.en));
  });
});

describe('outputColumn', () => {
  it('reuses the add-in’s own columns on a second write (in either language)', () => {
    expect(outputColumn(table(HEADERS))).toBe(6);
    expect(
      outputColumn(
        table([...HEADERS, 'Score (Boussole)', 'Rank (Boussole)', 'Quadrant (Boussole)'])
      )
    ).toBe(6);
    expect(outputColumn(table([...HEADERS, 'Commentaire']))).toBe(7);
  });
});

describe('planChart', () => {
  it('draws effort across and impact up over the data rows, right of the results', () => {
    const t = table(HEADERS);
    expect(planChart(t, t.mapping, { title: 'T', xTitle: 'X', yTitle: 'Y' })).toEqual({
      sheet: 'Portefeuille',
      firstRow: 4,
      lastRow: 7,
      xColumn: 3,
      yColumn: 2,
      anchorRow: 3,
      anchorColumn: 10,
      title: 'T',
      xTitle: 'X',
      yTitle: 'Y',
    });
  });
});
