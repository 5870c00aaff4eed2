/**
 * Every template, both languages, written to .xlsx by the cli renderer and recalculated by
 * LibreOffice headless (the reference engine: neither Excel nor the add-in is involved). No cell may
 * hold an error, and each golden figure of docs/method.md must come out of a FORMULA cell.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  budgetSplit,
  buildTemplate,
  capacity,
  capacityValue,
  checklistVerdict,
  dateSerial,
  DIMENSIONS,
  EXAMPLE_PROCESSES,
  EXAMPLE_PROJECTS,
  EXAMPLE_VENDORS,
  errorCost,
  errorReduction,
  KPI_STATUSES,
  kpiAttainment,
  kpiStatus,
  LEVELS,
  LANGS,
  MATURITY_LEVELS,
  maturityLevel,
  netBenefit,
  nps,
  payback,
  pilotBudget,
  priority,
  processCost,
  quadrant,
  QUADRANTS,
  RESPONSES,
  riskCell,
  riskResponse,
  roi,
  SIZE_CLASSES,
  sizeClass,
  TEMPLATE_IDS,
  timeSaved,
  VENDOR_CRITERIA,
  weakestDimension,
  weightedScore,
  type Lang,
  type Level,
  type TemplateId,
} from '@boussole/core';
import { EXAMPLE_ANSWERS, TO_COMPLETE } from '../core/src/templates/checklists';
import { EXAMPLE_MATURITY } from '../core/src/templates/maturity';
import { EXAMPLE_START } from '../core/src/templates/roadmap-90';
import { writeWorkbook } from '../cli/src/workbook';
import { PROCESS_COSTS, PROJECT_SCORES, VENDOR_TOTALS } from '../core/test/fixtures/golden';
import { recalculate, sofficePath } from './libreoffice/recalc';
import { errorCells, read, serial, type Read, type Result } from './libreoffice/read';

jest.setTimeout(180_000);

const books = new Map<string, ExcelJS.Workbook>();
const key = (lang: Lang, examples: boolean) => `${lang}-${examples ? 'examples' : 'blank'}`;

beforeAll(async () => {
  if (!sofficePath())
    throw new Error(
      'LibreOffice is missing: run npm run setup:e2e (installs libreoffice-calc-nogui)'
    );
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-templates-'));
  const files: string[] = [];
  for (const lang of LANGS) {
    for (const examples of [true, false]) {
      const file = path.join(dir, 'in', `${key(lang, examples)}.xlsx`);
      await writeWorkbook(file, { lang, examples });
      files.push(file);
    }
  }
  // One LibreOffice process for all four workbooks.
  const outputs = await recalculate(files, path.join(dir, 'out'));
  for (const out of outputs) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    books.set(path.basename(out, '.xlsx'), wb);
  }
});

function sheetOf(lang: Lang, examples: boolean, id: TemplateId): ExcelJS.Worksheet {
  const name = buildTemplate(id, { lang }).name;
  const ws = books.get(key(lang, examples))!.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe.each(LANGS.flatMap((lang) => [true, false].map((examples) => [lang, examples] as const)))(
  'LibreOffice recalculation (%s, examples %s)',
  (lang, examples) => {
    test('every template sheet, in order, with no error cell and every formula kept', () => {
      const wb = books.get(key(lang, examples))!;
      expect(wb.worksheets.map((w) => w.name)).toEqual(
        TEMPLATE_IDS.map((id) => buildTemplate(id, { lang }).name)
      );
      for (const id of TEMPLATE_IDS) {
        const spec = buildTemplate(id, { lang, examples });
        const ws = sheetOf(lang, examples, id);
        const errors = errorCells(ws);
        expect({ id, errors }).toEqual({ id, errors: [] });
        for (const c of spec.cells.filter((x) => x.formula)) {
          expect({ id, ref: c.ref, formula: read(ws.getCell(c.ref)).formula }).toEqual({
            id,
            ref: c.ref,
            formula: c.formula!.slice(1),
          });
        }
      }
    });
  }
);

/** A golden figure: the named cell of a template must be a formula whose result is `expected`. */
interface Golden {
  id: TemplateId;
  name: string;
  expected: number | string;
  date?: boolean;
}

function goldens(lang: Lang, cell: (id: TemplateId, ref: string) => Read): Golden[] {
  const t = (x: { fr: string; en: string }) => x[lang];
  const g: Golden[] = [];
  // §10 process audit: 20 800 / 27 300 / 15 600, and freed capacity 8 h → 416 h, 6 h → 312 h.
  EXAMPLE_PROCESSES.forEach((p, i) => {
    expect(processCost(p.weeklyHours, p.hourlyCost)).toBe(PROCESS_COSTS[i]);
    g.push({ id: 'process-audit', name: `cost-${i + 1}`, expected: PROCESS_COSTS[i] });
  });
  g.push({ id: 'process-audit', name: 'cost-total', expected: 20_800 + 27_300 + 15_600 });
  g.push({ id: 'process-audit', name: 'capacity-1', expected: capacity(8) });
  g.push({ id: 'process-audit', name: 'capacity-2', expected: capacity(6) });
  // §2 calculators.
  g.push({ id: 'calculators', name: 'roi-1', expected: roi(25_000, 10_000) as number }); // 150 %
  g.push({ id: 'calculators', name: 'payback-1', expected: payback(10_000, 25_000) as number }); // 4.8
  g.push({ id: 'calculators', name: 'roi-2', expected: roi(60_000, 20_000) as number }); // 200 %
  g.push({ id: 'calculators', name: 'payback-2', expected: payback(20_000, 60_000) as number }); // 4
  g.push({ id: 'calculators', name: 'net-1', expected: netBenefit(25_000, 10_000, 3, 0.2, 0) });
  g.push({ id: 'calculators', name: 'net-2', expected: netBenefit(60_000, 20_000, 3, 0.4, 0.05) });
  g.push({ id: 'calculators', name: 'capacity', expected: capacity(6) }); // 312 h
  g.push({ id: 'calculators', name: 'capacity-value', expected: capacityValue(6, 50) }); // 15 600 €
  g.push({ id: 'calculators', name: 'time-saved', expected: timeSaved(10, 2) }); // 8 h
  g.push({
    id: 'calculators',
    name: 'error-reduction',
    expected: errorReduction(50, 10) as number,
  }); // 80 %
  g.push({ id: 'calculators', name: 'error-cost', expected: errorCost(0.02, 500_000) }); // 10 000
  g.push({ id: 'calculators', name: 'nps', expected: nps([9, 9, 9, 10, 10, 10, 7, 8, 8, 3]) }); // 50
  // §3–4 priority: 7.3 / 6.1 / 6.1 / 7.3, quadrants.
  EXAMPLE_PROJECTS.forEach((p, i) => {
    expect(priority(p.impact, p.effort, p.risk, p.alignment)).toBeCloseTo(PROJECT_SCORES[i], 12);
    g.push({ id: 'priority-scoring', name: `score-${i + 1}`, expected: PROJECT_SCORES[i] });
    g.push({
      id: 'priority-scoring',
      name: `quadrant-${i + 1}`,
      expected: t(QUADRANTS[quadrant(p.impact, p.effort)]),
    });
  });
  g.push({ id: 'priority-scoring', name: 'rank-1', expected: 1 });
  g.push({ id: 'priority-scoring', name: 'rank-4', expected: 1 });
  g.push({ id: 'priority-scoring', name: 'rank-2', expected: 3 });
  g.push({ id: 'priority-scoring', name: 'rank-3', expected: 3 });
  // §11 KPIs: current values from the calculation models (150 %, 4.8 months, 8 h/week, 80 %,
  // 50); attainment and status from the gap to the sheet's own target, on the KPI's scale.
  g.push({ id: 'kpi-dashboard', name: 'current-1', expected: roi(25_000, 10_000) as number });
  g.push({ id: 'kpi-dashboard', name: 'current-2', expected: payback(10_000, 25_000) as number });
  g.push({ id: 'kpi-dashboard', name: 'current-5', expected: timeSaved(10, 2) });
  g.push({
    id: 'kpi-dashboard',
    name: 'current-7',
    expected: errorReduction(50, 10) as number,
  });
  g.push({
    id: 'kpi-dashboard',
    name: 'current-11',
    expected: nps([9, 9, 9, 10, 10, 10, 7, 8, 8, 3]),
  });
  for (let i = 1; i <= 14; i++) {
    const row = 4 + i;
    const [current, target] = [
      cell('kpi-dashboard', `I${row}`).result as number,
      cell('kpi-dashboard', `J${row}`).result as number,
    ];
    expect(typeof current).toBe('number');
    const dir =
      cell('kpi-dashboard', `E${row}`).result === (lang === 'fr' ? 'Plus bas' : 'Lower')
        ? 'lower'
        : 'higher';
    g.push({
      id: 'kpi-dashboard',
      name: `attainment-${i}`,
      expected: kpiAttainment(target, current, dir) ?? '',
    });
    g.push({
      id: 'kpi-dashboard',
      name: `status-${i}`,
      expected: t(KPI_STATUSES[kpiStatus(target, current, dir)]),
    });
  }
  // §5 risk: cell and response from the impact and probability chosen.
  const level = (text: Result) =>
    Object.entries(LEVELS).find(([, l]) => t(l) === text)![0] as unknown as number as Level;
  for (let i = 1; i <= 5; i++) {
    const [impact, probability] = [
      level(cell('risk-matrix', `C${4 + i}`).result),
      level(cell('risk-matrix', `D${4 + i}`).result),
    ];
    g.push({
      id: 'risk-matrix',
      name: `cell-${i}`,
      expected: riskCell(Number(impact) as Level, Number(probability) as Level),
    });
    g.push({
      id: 'risk-matrix',
      name: `response-${i}`,
      expected: t(RESPONSES[riskResponse(Number(impact) as Level)].label),
    });
  }
  g.push({ id: 'risk-matrix', name: 'map-C2', expected: 'C2 (1)' });
  g.push({ id: 'risk-matrix', name: 'map-C3', expected: 'C3 (0)' });
  // §13 roadmap: weekly steps from Monday 5 January 2026; milestones 6, 9, 12 months on.
  g.push({ id: 'roadmap-90', name: 'start-1', expected: EXAMPLE_START, date: true });
  g.push({ id: 'roadmap-90', name: 'start-12', expected: EXAMPLE_START + 77, date: true });
  g.push({ id: 'roadmap-90', name: 'end-12', expected: EXAMPLE_START + 83, date: true });
  g.push({ id: 'roadmap-90', name: 'milestone-6', expected: dateSerial(2026, 7, 5), date: true });
  g.push({ id: 'roadmap-90', name: 'milestone-12', expected: dateSerial(2027, 1, 5), date: true });
  // §13 checklists: GO only when every item is yes.
  EXAMPLE_ANSWERS.forEach((answers, n) => {
    const v = checklistVerdict(answers);
    g.push({
      id: 'checklists',
      name: `verdict-${n + 1}`,
      expected: v === 'incomplete' ? t(TO_COMPLETE) : v,
    });
  });
  // §9 vendors: 7.8 / 7.05 / 7.35, A wins.
  const weights = VENDOR_CRITERIA.map((c) => c.weight);
  EXAMPLE_VENDORS.forEach((v, i) => {
    expect(weightedScore(v.scores, weights)).toBeCloseTo(VENDOR_TOTALS[i], 12);
    g.push({ id: 'vendor-matrix', name: `total-${i + 1}`, expected: VENDOR_TOTALS[i] });
  });
  g.push({ id: 'vendor-matrix', name: 'winner', expected: t(EXAMPLE_VENDORS[0].name) });
  // §6 maturity: floor of the mean, weakest dimension first.
  const lvl = maturityLevel(EXAMPLE_MATURITY);
  g.push({ id: 'maturity', name: 'level', expected: lvl });
  g.push({ id: 'maturity', name: 'level-name', expected: t(MATURITY_LEVELS[lvl].name) });
  g.push({
    id: 'maturity',
    name: 'weakest',
    expected: t(DIMENSIONS[weakestDimension(EXAMPLE_MATURITY)]),
  });
  g.push({ id: 'maturity', name: 'actions', expected: t(MATURITY_LEVELS[lvl].actions) });
  // §7/§16b AI Act register: test/ai-act-libreoffice.e2e.test.ts.
  // §8 budget: 100 000 → 50 000 / 30 000 / 20 000; first test by size.
  g.push({ id: 'budget', name: 'budget', expected: 100_000 });
  budgetSplit(100_000).forEach((amount, i) =>
    g.push({ id: 'budget', name: `split-${i + 1}`, expected: amount })
  );
  g.push({ id: 'budget', name: 'pilot-budget', expected: pilotBudget(50) });
  g.push({ id: 'budget', name: 'size', expected: t(SIZE_CLASSES[sizeClass(50)].label) });
  g.push({ id: 'budget', name: 'run-low', expected: 40_000 * 0.2 });
  // §12 use cases: an ROI over twice the top of its range is flagged.
  g.push({
    id: 'use-cases',
    name: 'roi-check-marketing',
    expected: lang === 'fr' ? 'ROI illusoire ?' : 'Illusory ROI?',
  });
  g.push({
    id: 'use-cases',
    name: 'roi-check-chatbot',
    expected: lang === 'fr' ? 'Dans la fourchette' : 'Within the range',
  });
  return g;
}

describe.each(LANGS)('golden figures come out of formulas (%s)', (lang) => {
  test('every golden figure of docs/method.md', () => {
    const specs = new Map(
      TEMPLATE_IDS.map((id) => [id, buildTemplate(id, { lang, examples: true })])
    );
    const ref = (id: TemplateId, name: string) => {
      const c = specs.get(id)!.cells.find((x) => x.name === name);
      if (!c) throw new Error(`${id} has no cell named ${name}`);
      return c.ref;
    };
    const cell = (id: TemplateId, at: string) => read(sheetOf(lang, true, id).getCell(at));
    const list = goldens(lang, cell);
    expect(list.length).toBeGreaterThan(80);
    for (const gold of list) {
      const r = cell(gold.id, ref(gold.id, gold.name));
      const got = gold.date ? serial(r.result) : r.result;
      expect({ id: gold.id, name: gold.name, formula: r.formula !== undefined }).toEqual({
        id: gold.id,
        name: gold.name,
        formula: true,
      });
      if (typeof gold.expected === 'number') {
        expect({ id: gold.id, name: gold.name, type: typeof got }).toEqual({
          id: gold.id,
          name: gold.name,
          type: 'number',
        });
        // LibreOffice keeps 15 significant digits.
        expect(Math.abs((got as number) - gold.expected)).toBeLessThan(
          1e-9 * Math.max(1, Math.abs(gold.expected))
        );
      } else {
        expect({ id: gold.id, name: gold.name, got }).toEqual({
          id: gold.id,
          name: gold.name,
          got: gold.expected,
        });
      }
    }
  });
});
