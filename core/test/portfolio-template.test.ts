/** The portfolio sheet as a spec: 200 rows, nothing below the list, FR/EN, names, an unlocked Funded column. */
import { buildTemplate, parseCell, parseRange, type SheetSpec } from '../src';
import { FORM_ROWS } from '../src/templates/common';
import { ENVELOPE_WORDS, EXAMPLE_PORTFOLIO, STATUS_WORDS } from '../src/templates/portfolio-text';

const lastRow = (spec: SheetSpec) => Math.max(...spec.cells.map((c) => parseCell(c.ref).row));
const fr = buildTemplate('portfolio', { lang: 'fr', examples: true });
const en = buildTemplate('portfolio', { lang: 'en', examples: true });
const header = (spec: SheetSpec, text: string) => spec.cells.find((c) => c.value === text);

test(`the register has ${FORM_ROWS} input rows and is the last thing on the sheet`, () => {
  const names = fr.cells.filter((c) => c.ref.startsWith('A') && c.style === 'input');
  const rows = names.map((c) => parseCell(c.ref).row);
  expect(rows.length).toBe(FORM_ROWS);
  expect(Math.max(...rows)).toBe(lastRow(fr));
  // The list prints its example rows then rows of room, up to its running value; the frontier
  // chart and its budget line's label on a page of their own (docs/templates.md "Print").
  const [area, chartArea] = [fr.print!.area, ...fr.print!.moreAreas!].map(parseRange);
  const chart = fr.charts![0];
  const at = parseCell(chart.anchor);
  const examples = names.filter((c) => c.value !== undefined).map((c) => parseCell(c.ref).row);
  expect(examples.length).toBeGreaterThan(0);
  expect(area.bottom).toBeGreaterThan(Math.max(...examples));
  expect(area.bottom).toBeLessThan(lastRow(fr));
  expect(area.right).toBe(at.col - 2);
  expect(chartArea).toEqual({
    top: at.row,
    left: at.col,
    bottom: at.row + chart.size.rows,
    right: at.col + chart.size.cols - 1,
  });
  expect(fr.protect).toBe(true);
});

test('the frontier chart beside the list: running value by running cost, and the budget line', () => {
  for (const spec of [fr, en]) {
    expect(spec.charts!.map((c) => c.kind)).toEqual(['scatter']);
    const [walk, budget] = spec.charts![0].series;
    const cost = header(spec, spec.lang === 'fr' ? 'Coût cumulé' : 'Running cost')!;
    const value = header(spec, spec.lang === 'fr' ? 'Valeur cumulée' : 'Running value')!;
    // The walk reads the list's two running columns over its 200 rows.
    const col = (ref: string) => parseCell(ref).col;
    expect(parseRange(walk.categories)).toMatchObject({
      left: col(cost.ref),
      top: 24,
      bottom: 223,
    });
    expect(parseRange(walk.values)).toMatchObject({ left: col(value.ref), top: 24, bottom: 223 });
    // Beside the list: right of its last column, from its header row.
    const at = parseCell(spec.charts![0].anchor);
    expect(at.col).toBeGreaterThan(col(value.ref));
    expect(at.row).toBe(parseCell(value.ref).row);
    // The budget line's x ends are formulas on the budget cell.
    const x = parseRange(budget.categories);
    const cells = new Map(spec.cells.map((c) => [c.ref, c]));
    for (let r = x.top; r <= x.bottom; r++)
      expect(cells.get(`${String.fromCharCode(64 + x.left)}${r}`)?.formula).toMatch(/\$C\$5/);
  }
});

test('the example is the six projects A–F with budget 100', () => {
  const budget = fr.names!.find((n) => n.name === 'Portfolio_Budget')!;
  expect(fr.cells.find((c) => c.ref === budget.ref)?.value).toBe(EXAMPLE_PORTFOLIO.budget);
  const first = parseCell(header(en, 'Project')!.ref).row + 1;
  const costs = [0, 1, 2, 3, 4, 5, 6].map(
    (i) => en.cells.find((c) => c.ref === `B${first + i}`)?.value
  );
  expect(costs).toEqual([20, 25, 45, 15, 5, 20, undefined]);
  const shares = en.names!.find((n) => n.name === 'Portfolio_Shares')!;
  const { top, bottom } = parseRange(shares.ref);
  expect(bottom - top).toBe(2);
});

test('the Funded column is empty, unlocked, and headed in each language', () => {
  const fundedFr = header(fr, 'Financé (Boussole)')!;
  const fundedEn = header(en, 'Funded (Boussole)')!;
  expect(fundedFr.ref).toBe(fundedEn.ref);
  const col = fundedEn.ref.replace(/\d+/, '');
  const row = parseCell(fundedEn.ref).row;
  const below = en.cells.filter((c) => c.ref.startsWith(col) && parseCell(c.ref).row > row);
  expect(below.length).toBe(FORM_ROWS);
  expect(below.filter((c) => c.value !== undefined || c.formula)).toEqual([]);
  expect(en.unlocked).toContain(`${col}${row + 1}:${col}${row + FORM_ROWS}`);
});

test('French and English differ in words, not in layout; lists use each language', () => {
  expect(fr.cells.map((c) => c.ref)).toEqual(en.cells.map((c) => c.ref));
  const skeleton = (s: SheetSpec) =>
    s.cells.map((c) => c.formula?.replace(/"(?:[^"]|"")*"/g, '""'));
  expect(skeleton(fr)).toEqual(skeleton(en));
  for (const [spec, lang] of [
    [fr, 'fr'],
    [en, 'en'],
  ] as const) {
    const lists = spec.validations.filter((v) => v.rule.kind === 'list');
    const values = lists.map((v) => (v.rule.kind === 'list' ? [...v.rule.values] : []));
    expect(values).toContainEqual(Object.values(ENVELOPE_WORDS).map((w) => w[lang]));
    expect(values).toContainEqual(Object.values(STATUS_WORDS).map((w) => w[lang]));
    expect(lists.every((v) => v.prompt && v.error)).toBe(true);
  }
  expect(fr.cells.filter((c) => c.formula && c.style === 'input')).toEqual([]);
});

test('the simple rule is labelled as such in both languages', () => {
  expect(header(en, 'The simple rule (best value per € first)')).toBeDefined();
  expect(header(fr, 'La règle simple (meilleure valeur par € d’abord)')).toBeDefined();
});
