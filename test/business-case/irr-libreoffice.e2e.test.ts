/**
 * AI.IRR against the spreadsheet's own IRR: the flows AI.CASHFLOWS spills are written to an .xlsx
 * beside =IRR(...) of them, LibreOffice recalculates, and both rates agree to 1e-7.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { CATALOGUE, evaluate, type RawArg } from '@boussole/core';
import { recalculate, sofficePath } from '../libreoffice/recalc';

jest.setTimeout(120_000);

const fn = (id: string) => {
  const f = CATALOGUE.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};
const run = (id: string, args: RawArg[]) => evaluate(fn(id), args, { lang: 'en' });

const GOLDEN: RawArg[][] = [
  [25000, 10000, 3, 0.2, [[0.5, 1, 1]]],
  [60000, 20000, 3, 0.3, [[0.5, 1, 1]]],
  [1000, 10000, 3],
  [40000, 15000, 5, 0.25, [[0.2, 0.6, 0.9]]],
];

const RANDOM: RawArg[][] = fc.sample(
  fc
    .tuple(
      fc.integer({ min: 2000, max: 300000 }),
      fc.integer({ min: 1000, max: 200000 }),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 0, max: 40 }),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 })
    )
    .map(([s, c, years, run, ramp]): RawArg[] => [
      s,
      c,
      years,
      run / 100,
      [ramp.map((r) => r / 100)],
    ])
    .filter((args) => {
      const flows = run('CASHFLOWS', args)[0] as number[];
      return (
        flows.slice(1).some((f) => f > 0) &&
        flows.reduce((a, b) => a + b, 0) > -0.9 * (args[1] as number)
      );
    }),
  { numRuns: 40, seed: 12 }
);

const describeLo = sofficePath() ? describe : describe.skip;

describeLo('AI.IRR agrees with LibreOffice IRR on the AI.CASHFLOWS flows', () => {
  test('golden and random cases to 1e-7', async () => {
    const cases = [...GOLDEN, ...RANDOM];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('IRR');
    cases.forEach((args, i) => {
      const flows = run('CASHFLOWS', args)[0] as number[];
      const row = ws.getRow(i + 1);
      flows.forEach((f, j) => (row.getCell(j + 2).value = f));
      const last = ws.getRow(i + 1).getCell(flows.length + 1).address;
      const flowsRef = `B${i + 1}:${last}`;
      // LibreOffice's Newton search from the default guess (10 %) fails on deep losses: then −50 %.
      row.getCell(1).value = {
        formula: `IFERROR(IRR(${flowsRef}),IRR(${flowsRef},-0.5))`,
        result: undefined,
      } as ExcelJS.CellValue;
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'boussole-irr-'));
    const file = path.join(dir, 'irr.xlsx');
    await wb.xlsx.writeFile(file);
    const [out] = await recalculate([file], path.join(dir, 'out'));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const sheet = back.getWorksheet('IRR');
    if (!sheet) throw new Error('sheet IRR missing');
    cases.forEach((args, i) => {
      const lo = (sheet.getRow(i + 1).getCell(1).value as { result: number }).result;
      const ours = run('IRR', args)[0][0];
      expect(typeof lo).toBe('number');
      expect(Math.abs((ours as number) - lo)).toBeLessThan(1e-7);
    });
    expect(run('IRR', GOLDEN[0])[0][0]).toBeCloseTo(1.4044, 4);
  });
});
