/**
 * The rules every template holds to (docs/templates.md): room to grow, nothing below a list, a
 * check column per list, validation messages in the sheet's language, guidance on scores.
 */
import { buildTemplate, LANGS, parseCell, type SheetSpec, type TemplateId } from '../src';
import { KPIS } from '../src/method/kpis';

const spec = (id: TemplateId, lang: 'fr' | 'en' = 'en', examples = false): SheetSpec =>
  buildTemplate(id, { lang, examples });
const named = (s: SheetSpec, prefix: string) =>
  s.cells.filter((c) => c.name !== undefined && new RegExp(`^${prefix}-\\d+$`).test(c.name));
const rowOf = (ref: string) => parseCell(ref).row;
/** The method's first templates (ai-act and the later ones hold to the rules in their own tests). */
const OURS: readonly TemplateId[] = [
  'process-audit',
  'calculators',
  'priority-scoring',
  'kpi-dashboard',
  'risk-matrix',
  'roadmap-90',
  'checklists',
  'vendor-matrix',
  'maturity',
  'budget',
  'use-cases',
];
const LISTS: readonly TemplateId[] = [
  'process-audit',
  'calculators',
  'priority-scoring',
  'kpi-dashboard',
  'risk-matrix',
];

describe.each(LANGS)('template rules (%s)', (lang) => {
  test.each(LISTS)('%s has 200 list rows, each with a check', (id) => {
    const checks = named(spec(id, lang), 'check');
    expect(checks.length).toBeGreaterThanOrEqual(200);
    const rows = checks.map((c) => rowOf(c.ref));
    expect(Math.max(...rows) - Math.min(...rows) + 1).toBe(checks.length);
  });

  test.each([...LISTS, 'vendor-matrix', 'roadmap-90'] as TemplateId[])(
    '%s: nothing below its list',
    (id) => {
      const s = spec(id, lang, true);
      const last = Math.max(...named(s, 'check').map((c) => rowOf(c.ref)));
      const below = s.cells.filter((c) => rowOf(c.ref) > last).map((c) => c.ref);
      expect(below).toEqual([]);
    }
  );

  test('vendor matrix: at least 10 vendors × 12 criteria', () => {
    const s = spec('vendor-matrix', lang);
    expect(named(s, 'check').length).toBeGreaterThanOrEqual(10);
    const sample = s.cells.find((c) => c.name === 'total-1')!.formula!;
    expect(sample).toMatch(/SUMPRODUCT\(\$B\$4:\$M\$4,B7:M7\)/);
  });

  test.each(OURS)('%s: every validation has an input message and an error text', (id) => {
    const other = spec(id, lang === 'fr' ? 'en' : 'fr');
    spec(id, lang).validations.forEach((v, i) => {
      expect({ range: v.range, prompt: !!v.prompt?.text, error: !!v.error?.text }).toEqual({
        range: v.range,
        prompt: true,
        error: true,
      });
      // In the sheet's language: the other language's text differs.
      expect(v.error!.text).not.toBe(other.validations[i].error!.text);
    });
  });

  test.each(OURS)('%s: a legend says which cells are inputs', (id) => {
    const legend = spec(id, lang).cells.find(
      (c) => c.style === 'input' && /^(Jaune|Yellow)/.test(String(c.value))
    );
    expect(legend).toBeDefined();
  });

  test.each([
    ['priority-scoring', ['0 =', '5 =', '10 =']],
    ['vendor-matrix', ['0 =', '5 =', '10 =']],
    ['maturity', ['1 =', '3 =', '5 =']],
  ] as const)('%s says what its scores mean', (id, marks) => {
    const texts = spec(id, lang)
      .cells.map((c) => String(c.value ?? ''))
      .join('\n');
    for (const m of marks) expect(texts).toContain(m);
  });

  test('roadmap phases name the days of their own weeks', () => {
    const s = spec('roadmap-90', lang);
    for (let w = 1; w <= 12; w++) {
      const row = rowOf(s.cells.find((c) => c.name === `start-${w}`)!.ref);
      const label = String(s.cells.find((c) => c.ref === `B${row}`)!.value);
      const [d1, d2, w1, w2] = (label.match(/\d+/g) ?? []).map(Number);
      expect({
        w,
        label,
        ok: w >= w1 && w <= w2 && d1 === (w1 - 1) * 7 + 1 && d2 === w2 * 7,
      }).toEqual({
        w,
        label,
        ok: true,
      });
    }
    const six = s.cells.find((c) => c.name === 'milestone-6')!.formula!;
    // Month arithmetic clamps to the month's last day (DATE(y, m + 7, 0)), as EDATE does.
    expect(six).toContain('MIN(DAY(');
    expect(six).toContain('+7,0)');
  });

  test('KPI dashboard: every method KPI with a model computes its current value', () => {
    const s = spec('kpi-dashboard', lang, true);
    KPIS.forEach((k, i) => {
      const current = s.cells.find((c) => c.name === `current-${i + 1}`)!;
      expect(current.formula).toBeDefined();
      expect(current.value).toBeUndefined();
      if (k.model) expect(current.formula).toMatch(/\(\w+\d+-\w+\d+\)/);
    });
  });

  test('check cells are blank for blank rows and computed cells wait for OK', () => {
    for (const id of LISTS) {
      const s = spec(id, lang);
      for (const c of named(s, 'check').slice(0, 3)) expect(c.formula).toMatch(/^=IF\(COUNTA\(/);
    }
    const cost = spec('process-audit', lang).cells.find((c) => c.name === 'cost-1')!.formula!;
    expect(cost.startsWith('=IF(K6="OK",')).toBe(true);
  });
});
