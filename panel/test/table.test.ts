import type { SheetBlock } from '@boussole/panel/protocol';
import { cellProblem, locateTable, parseRows, projectCount } from '../src/table';

const HEADERS = ['Projet', 'Impact', 'Effort', 'Risque', 'Alignement stratégique'];

/** A sheet like the template: a weights block above, the project table lower down. */
const templateLike: SheetBlock = {
  sheet: 'Score de priorisation',
  row: 1,
  column: 1,
  values: [
    ['Pondérations', null, null, null, null, null],
    ['Impact', 0.4, null, null, null, null],
    ['Effort', 0.3, null, null, null, null],
    [null, null, null, null, null, null],
    [...HEADERS, 'Commentaire'],
    ['Automatisation des factures', 9, 5, 3, 8, 'ok'],
    ['Assistant RH', 7, 6, 4, 9, null],
    [null, null, null, null, null, null],
    ['Notes', 'below the table', null, null, null, null],
  ],
};

describe('locateTable', () => {
  it('finds the header row under a weights block and stops at the first blank row', () => {
    const t = locateTable([templateLike]);
    expect(t).toMatchObject({
      sheet: 'Score de priorisation',
      headerRow: 5,
      firstColumn: 1,
      lastColumn: 6,
      headers: [...HEADERS, 'Commentaire'],
      mapping: { name: 0, impact: 1, effort: 2, risk: 3, alignment: 4 },
    });
    expect(t?.rows).toHaveLength(2);
  });

  it('ends at the first row whose recognised columns are blank, whatever formulas show beside', () => {
    const t = locateTable([
      {
        sheet: 'S',
        row: 1,
        column: 1,
        values: [
          [...HEADERS, 'Score'],
          ['A', 1, 2, 3, 4, 6.5],
          ['', '', null, '', '', 0],
          ['', '', null, '', '', 0],
        ],
      },
    ]);
    expect(t?.rows).toEqual([['A', 1, 2, 3, 4, 6.5]]);
  });

  it('keeps sheet positions when the block does not start at A1', () => {
    const t = locateTable([
      {
        sheet: 'S',
        row: 10,
        column: 3,
        values: [
          ['Project', 'Impact', 'Effort', 'Risk', 'Strategic alignment'],
          ['A', 1, 2, 3, 4],
        ],
      },
    ]);
    expect(t).toMatchObject({ headerRow: 10, firstColumn: 3, lastColumn: 7 });
  });

  it('tries blocks in order and skips those without a table', () => {
    const noise: SheetBlock = {
      sheet: 'Sel',
      row: 1,
      column: 1,
      values: [
        ['a', 'b'],
        [1, 2],
      ],
    };
    expect(locateTable([noise, templateLike])?.sheet).toBe('Score de priorisation');
    expect(locateTable([noise])).toBeUndefined();
    expect(locateTable([])).toBeUndefined();
  });
});

describe('blank rows inside the table', () => {
  const block = (rows: (string | number | null)[][]): SheetBlock => ({
    sheet: 'S',
    row: 1,
    column: 1,
    values: [HEADERS, ...rows],
  });

  it('reads past them, lists their sheet rows and keeps the rows below', () => {
    const t = locateTable([
      block([
        ['A', 9, 5, 3, 8],
        [null, null, null, null, null],
        ['', '', '', '', ''],
        ['B', 7, 6, 4, 9],
        [null, null, null, null, null],
        ['C', 'high', 6, 4, 9],
      ]),
    ]);
    if (!t) throw new Error('no table');
    expect(t.blankRows).toEqual([3, 4, 6]);
    expect(projectCount(t)).toBe(3);
    const { valid, invalid } = parseRows(t, t.mapping);
    expect(valid.map((p) => [p.row, p.name])).toEqual([
      [2, 'A'],
      [5, 'B'],
    ]);
    expect(invalid.map((p) => [p.row, p.name])).toEqual([[7, 'C']]);
  });

  it('ends at a gap after which no row holds a score (notes under the table)', () => {
    const t = locateTable([
      block([
        ['A', 9, 5, 3, 8],
        [null, null, null, null, null],
        ['Notes', 'see below', null, null, null],
        ['B', 7, 6, 4, 9],
      ]),
    ]);
    expect(t?.rows).toHaveLength(1);
    expect(t?.blankRows).toEqual([]);
  });

  it('does not count trailing blank rows', () => {
    const t = locateTable([
      block([
        ['A', 9, 5, 3, 8],
        [null, null, null, null, null],
      ]),
    ]);
    expect(t?.blankRows).toEqual([]);
    expect(t?.rows).toHaveLength(1);
  });
});

describe('parseRows', () => {
  it('lists every invalid row with its sheet row number and reason; none is dropped', () => {
    const block: SheetBlock = {
      sheet: 'S',
      row: 1,
      column: 1,
      values: [
        HEADERS,
        ['Valid', 9, 5, 3, 8],
        ['Blank effort', 9, '', 3, 8],
        ['Text', 'high', 5, 3, 8],
        ['Numeric text', '7,5', 5, 3, 8],
        ['Out of range', 9, 5, 12, -1],
        [null, 1, 2, 3, 4],
      ],
    };
    const t = locateTable([block]);
    if (!t) throw new Error('no table');
    const { valid, invalid } = parseRows(t, t.mapping);
    expect(valid.map((p) => [p.row, p.name])).toEqual([
      [2, 'Valid'],
      [7, ''],
    ]);
    expect(invalid).toEqual([
      {
        row: 3,
        name: 'Blank effort',
        problems: [{ criterion: 'effort', problem: 'blank', value: '' }],
      },
      { row: 4, name: 'Text', problems: [{ criterion: 'impact', problem: 'text', value: 'high' }] },
      {
        row: 5,
        name: 'Numeric text',
        problems: [{ criterion: 'impact', problem: 'numericText', value: '7,5' }],
      },
      {
        row: 6,
        name: 'Out of range',
        problems: [
          { criterion: 'risk', problem: 'range', value: '12' },
          { criterion: 'alignment', problem: 'range', value: '-1' },
        ],
      },
    ]);
    expect(valid.length + invalid.length).toBe(t.rows.length);
  });

  it('keeps names as plain text, whatever they look like', () => {
    const names = ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>'];
    const block: SheetBlock = {
      sheet: 'S',
      row: 1,
      column: 1,
      values: [HEADERS, ...names.map((n) => [n, 5, 5, 5, 5])],
    };
    const t = locateTable([block]);
    if (!t) throw new Error('no table');
    expect(parseRows(t, t.mapping).valid.map((p) => p.name)).toEqual(names);
  });

  it('reads a remapped column', () => {
    const t = locateTable([templateLike]);
    if (!t) throw new Error('no table');
    const { valid } = parseRows(t, { ...t.mapping, alignment: 1 });
    expect(valid[0].scores.alignment).toBe(9);
  });

  it.each([
    [0, undefined],
    [10, undefined],
    [5.5, undefined],
    [10.01, 'range'],
    [Number.NaN, 'range'],
    [null, 'blank'],
    ['  ', 'blank'],
    [true, 'text'],
  ])('cellProblem(%p) = %p', (v, problem) => {
    expect(cellProblem(v)).toBe(problem);
  });
});
