/** The business-case and pilot-tracking sheets as specs: room to grow, nothing below a list, FR/EN. */
import { buildTemplate, parseCell, parseRange, PRINT_ROOM_ROWS, type SheetSpec } from '../src';
import { LINE_ROWS } from '../src/templates/business-case';
import { KPI_ROWS } from '../src/templates/pilot-tracking';

const lastRow = (spec: SheetSpec) => Math.max(...spec.cells.map((c) => parseCell(c.ref).row));
const named = (spec: SheetSpec, name: string) => spec.cells.find((c) => c.name === name);

describe.each([
  ['business-case', LINE_ROWS, 'A'],
  ['pilot-tracking', KPI_ROWS, 'A'],
] as const)('%s', (id, rows, col) => {
  const fr = buildTemplate(id, { lang: 'fr', examples: true });
  const en = buildTemplate(id, { lang: 'en', examples: true });

  test(`the list has ${rows} input rows and is the last thing on the sheet`, () => {
    expect(rows).toBeGreaterThanOrEqual(200);
    const inputs = fr.cells.filter((c) => c.ref.startsWith(col) && c.style === 'input');
    const rowsOf = inputs.map((c) => parseCell(c.ref).row);
    expect(rowsOf.length).toBeGreaterThanOrEqual(rows);
    expect(Math.max(...rowsOf)).toBe(lastRow(fr));
  });

  test('charts, print setup, protection and header heights are set, inside the sheet', () => {
    expect(fr.charts?.length).toBeGreaterThan(0);
    expect(fr.protect).toBe(true);
    expect(fr.print?.fitToWidth).toBe(true);
    // The print area covers every typed cell and chart with room below (PRINT_ROOM_ROWS), and
    // leaves the list's other empty rows out (docs/templates.md "Print").
    const bottom = parseRange(fr.print!.area).bottom;
    const typed = fr.cells.filter((c) => c.formula === undefined && (c.value ?? '') !== '');
    const charts = (fr.charts ?? []).map((c) => parseCell(c.anchor).row + c.size.rows - 1);
    const content = Math.max(...typed.map((c) => parseCell(c.ref).row), ...charts);
    expect(bottom).toBe(content + PRINT_ROOM_ROWS);
    expect(bottom).toBeLessThan(lastRow(fr));
    for (const chart of fr.charts ?? [])
      for (const series of chart.series)
        expect(parseRange(series.values).bottom).toBeLessThanOrEqual(lastRow(fr));
  });

  test('French and English differ in text, not in formulas or layout', () => {
    expect(fr.cells.map((c) => c.ref)).toEqual(en.cells.map((c) => c.ref));
    const texts = (s: SheetSpec) =>
      s.cells.filter((c) => typeof c.value === 'string').map((c) => c.value);
    expect(texts(fr)).not.toEqual(texts(en));
    const skeleton = (s: SheetSpec) =>
      s.cells.map((c) => c.formula?.replace(/"(?:[^"]|"")*"/g, '""'));
    expect(skeleton(fr)).toEqual(skeleton(en));
  });

  test('every formula cell is locked (not styled as an input)', () => {
    expect(fr.cells.filter((c) => c.formula && c.style === 'input')).toEqual([]);
  });
});

test('the golden figures sit in named formula cells', () => {
  const bc = buildTemplate('business-case', { lang: 'en', examples: true });
  for (const n of [
    'npv-likely',
    'npv-pessimistic',
    'npv-optimistic',
    'npv-pert',
    'irr',
    'tornado-savings-low',
    'tornado-cost-high',
  ])
    expect(named(bc, n)?.formula).toMatch(/^=/);
  const pt = buildTemplate('pilot-tracking', { lang: 'fr', examples: true });
  for (const n of ['realised-savings', 'realised-roi', 'realisation', 'verdict'])
    expect(named(pt, n)?.formula).toMatch(/^=/);
  expect(named(pt, 'verdict')?.formula).toContain('"Étendre"');
});
