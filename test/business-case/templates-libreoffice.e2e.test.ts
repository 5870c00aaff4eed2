/**
 * The business-case and pilot-tracking sheets, written by the cli renderer and recalculated by
 * LibreOffice: each golden figure of docs/method.md §14–15 comes out of a FORMULA cell, in both
 * languages; hostile input is flagged and left out while the results still compute.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildTemplate,
  cashFlows,
  irr,
  npv,
  pertMean,
  LANGS,
  type Lang,
  type TemplateId,
} from '@boussole/core';
import { EXAMPLE_CASE } from '../../core/src/templates/business-case';
import { EXAMPLE_PILOT } from '../../core/src/templates/pilot-tracking';
import { VERDICTS } from '../../core/src/templates/pilot-tracking-text';
import { buildWorkbook } from '../../cli/src/workbook';
import { recalculate, sofficePath } from '../libreoffice/recalc';

jest.setTimeout(180_000);

const IDS: TemplateId[] = ['business-case', 'pilot-tracking'];
const books = new Map<string, ExcelJS.Workbook>();

/** Hostile edits per template: cell → value typed by a careless user. */
const HOSTILE: Record<string, Record<string, string | number>> = {
  'business-case': { B58: 'ten', C59: 'lots', B60: 12, C60: 100, D17: 'full' },
  'pilot-tracking': { D36: 'n/a', E36: 5, B36: 'Heures/semaine', F37: 'x', B37: 'Erreurs' },
};

beforeAll(async () => {
  if (!sofficePath()) throw new Error('LibreOffice is missing: run npm run setup:e2e');
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-bc-'));
  const files: string[] = [];
  mkdirSync(path.join(dir, 'in'));
  for (const lang of LANGS) {
    for (const variant of ['examples', 'blank', 'hostile'] as const) {
      const wb = buildWorkbook({ lang, examples: variant !== 'blank', only: IDS });
      if (variant === 'hostile') {
        for (const id of IDS) {
          const ws = wb.getWorksheet(buildTemplate(id, { lang }).name)!;
          for (const [ref, v] of Object.entries(HOSTILE[id])) ws.getCell(ref).value = v;
        }
      }
      const file = path.join(dir, 'in', `${lang}-${variant}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
  }
  for (const out of await recalculate(files, path.join(dir, 'out'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    books.set(path.basename(out, '.xlsx'), wb);
  }
});

interface Read {
  formula?: string;
  result: unknown;
}
function read(lang: Lang, variant: string, id: TemplateId, name: string): Read {
  const spec = buildTemplate(id, { lang, examples: variant !== 'blank' });
  const cell = spec.cells.find((c) => c.name === name);
  if (!cell) throw new Error(`${id} has no cell named ${name}`);
  const ws = books.get(`${lang}-${variant}`)!.getWorksheet(spec.name)!;
  const v = ws.getCell(cell.ref).value as { formula?: string; result?: unknown } | null;
  expect(v && typeof v === 'object' && 'formula' in v).toBe(true);
  return { formula: v!.formula, result: v!.result };
}

const errorsIn = (lang: Lang, variant: string): string[] => {
  const out: string[] = [];
  for (const ws of books.get(`${lang}-${variant}`)!.worksheets)
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const r = (c.value as { result?: unknown } | null)?.result;
        if (r && typeof r === 'object' && 'error' in r) out.push(`${ws.name}!${c.address}`);
      })
    );
  return out;
};

describe.each(LANGS)('LibreOffice (%s)', (lang) => {
  test('no error cell in the blank, example and hostile sheets', () => {
    for (const v of ['blank', 'examples', 'hostile'])
      expect({ v, errors: errorsIn(lang, v) }).toEqual({ v, errors: [] });
  });

  test('business case: §14 golden figures from formulas', () => {
    const g = (name: string) => read(lang, 'examples', 'business-case', name).result as number;
    const { savings, cost, runRate, years, discount, ramp } = EXAMPLE_CASE;
    const flows = cashFlows(savings[1], cost[1], years, runRate, ramp);
    expect(g('npv-likely')).toBeCloseTo(37699.16, 2);
    expect(g('npv-flows')).toBeCloseTo(npv(flows, discount), 6);
    expect(g('npv-pessimistic')).toBeCloseTo(19551.39, 2);
    expect(g('npv-optimistic')).toBeCloseTo(72442.01, 2);
    expect(g('npv-pert')).toBeCloseTo(40465.0, 2);
    const pertFlows = cashFlows(pertMean(savings), pertMean(cost), years, runRate, ramp);
    expect(g('npv-pert')).toBeCloseTo(npv(pertFlows, discount), 6);
    expect(g('irr')).toBeCloseTo(1.4044, 4);
    expect(Math.abs(g('irr') - irr(flows)!)).toBeLessThan(1e-7);
    expect(g('tornado-savings-low')).toBeCloseTo(27128.49, 2);
    expect(g('tornado-savings-high')).toBeCloseTo(69411.17, 2);
    expect(g('tornado-cost-low')).toBeCloseTo(40730.0, 2);
    expect(g('tornado-cost-high')).toBeCloseTo(30122.06, 2);
    expect(g('payback')).toBeCloseTo(10000 / 10500, 9);
    expect(g('roi')).toBe(1.5);
    expect(read(lang, 'examples', 'business-case', 'benchmark-verdict').result).toBe(
      lang === 'fr' ? 'Dans le repère' : 'Within the benchmark'
    );
  });

  test('pilot tracking: §15 golden figures from formulas', () => {
    const g = (name: string) => read(lang, 'examples', 'pilot-tracking', name).result;
    expect(g('hours-saved')).toBe(14);
    expect(g('error-reduction')).toBeCloseTo(0.7, 12);
    expect(g('realised-savings')).toBe(29120);
    expect(g('realised-roi')).toBeCloseTo(2.64, 12);
    expect(g('realisation')).toBeCloseTo(29120 / EXAMPLE_PILOT.planned, 12);
    expect(Math.round((g('realisation') as number) * 100)).toBe(116);
    expect(g('verdict')).toBe(VERDICTS.extend[lang]);
  });

  test('blank sheets compute nothing and show no figure', () => {
    // ExcelJS reads an empty text result as undefined.
    expect(read(lang, 'blank', 'business-case', 'npv-likely').result ?? '').toBe('');
    expect(read(lang, 'blank', 'pilot-tracking', 'verdict').result ?? '').toBe('');
  });

  test('hostile input is flagged, left out, and the results still compute', () => {
    const bc = books
      .get(`${lang}-hostile`)!
      .getWorksheet(buildTemplate('business-case', { lang }).name)!;
    const res = (ref: string) => (bc.getCell(ref).value as { result?: unknown }).result;
    expect(String(res('E58'))).not.toBe('');
    expect(String(res('E59'))).not.toBe('');
    // The one valid line (12 × 100 €) replaces cost × run rate: likely NPV moves accordingly.
    const flows = cashFlows(25000, 10000, 3, 0.12, [0.5, 1, 1]);
    expect(read(lang, 'hostile', 'business-case', 'npv-likely').result).toBeCloseTo(
      npv(flows, 0.08),
      6
    );
    const pt = books
      .get(`${lang}-hostile`)!
      .getWorksheet(buildTemplate('pilot-tracking', { lang }).name)!;
    const check = (ref: string) => (pt.getCell(ref).value as { result?: unknown }).result;
    expect(String(check('N36'))).not.toBe('');
    expect(String(check('N37'))).not.toBe('');
    expect(read(lang, 'hostile', 'pilot-tracking', 'realised-savings').result).toBe(29120);
  });
});
