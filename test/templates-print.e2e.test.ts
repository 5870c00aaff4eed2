/**
 * The generated workbook printed by LibreOffice: far fewer pages than the 44 it took before print
 * setup, and the native charts of issue 11 and the portfolio frontier drawn on their pages (the DrawingML parts the cli adds).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { COLORS, TEMPLATE_IDS, type TemplateId } from '@boussole/core';
import { buildWorkbook, writeWorkbook } from '../cli/src/workbook';
import { printToPdf, recalculate, sofficePath } from './libreoffice/recalc';

const CHARTED: TemplateId[] = ['priority-scoring', 'maturity', 'kpi-dashboard', 'portfolio'];
/**
 * The 12 sheets printed on 44 pages before page setup. With it, the 15 sheets take 16: each print
 * area stops PRINT_ROOM_ROWS rows below the last filled row instead of printing a 200-row list's
 * empty rows (docs/templates.md "Print"). One page of margin.
 */
const MAX_PAGES = 17;

const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const maybe = sofficePath() && hasPoppler ? describe : describe.skip;

const pages = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** Page `n` as RGB pixels (a binary PPM from pdftoppm). */
function pixels(pdf: string, n: number): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', '60', '-f', String(n), '-l', String(n), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    rgb: ppm.subarray(header[0].length),
  };
}

/**
 * Pixels of the charts' navy right of the sheet's table: the table's right edge is where its
 * longest navy run (the header row) ends; the charts sit beside the table.
 */
function navyRightOfTable(pdf: string, page: number): number {
  const p = pixels(pdf, page);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(COLORS.navy.slice(i, i + 2), 16));
  const navy = (x: number, y: number) => {
    const o = (y * p.width + x) * 3;
    return Math.abs(p.rgb[o] - r) + Math.abs(p.rgb[o + 1] - g) + Math.abs(p.rgb[o + 2] - b) < 60;
  };
  let edge = 0;
  let longest = 0;
  for (let y = 0; y < p.height; y++)
    for (let x = 0, run = 0; x < p.width; x++) {
      run = navy(x, y) ? run + 1 : 0;
      if (run > longest) [longest, edge] = [run, x];
    }
  let n = 0;
  for (let y = 0; y < p.height; y++) for (let x = edge + 4; x < p.width; x++) if (navy(x, y)) n++;
  return n;
}

maybe('printing with LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-print-'));
  jest.setTimeout(300_000);

  test('the whole workbook prints on far fewer than 44 pages', async () => {
    const file = path.join(dir, 'all.xlsx');
    await writeWorkbook(file, { lang: 'fr', examples: true });
    const [pdf] = await printToPdf([file], path.join(dir, 'pdf'));
    const n = pages(pdf);
    expect(n).toBeGreaterThanOrEqual(TEMPLATE_IDS.length);
    expect(n).toBeLessThanOrEqual(MAX_PAGES);
  });

  test('the four charts are drawn on their pages, and survive a LibreOffice round trip', async () => {
    const file = path.join(dir, 'charts.xlsx');
    await writeWorkbook(file, { lang: 'en', examples: true, only: CHARTED });
    // Each charted sheet alone, with and without the chart parts: its chart is on its first page.
    const files = await Promise.all(
      CHARTED.map(async (id) => {
        const charted = path.join(dir, `${id}.xlsx`);
        await writeWorkbook(charted, { lang: 'en', examples: true, only: [id] });
        const bare = path.join(dir, `${id}-bare.xlsx`);
        await buildWorkbook({ lang: 'en', examples: true, only: [id] }).xlsx.writeFile(bare);
        return [charted, bare];
      })
    );
    const pdfs = await printToPdf(files.flat(), path.join(dir, 'pdf'));
    CHARTED.forEach((id, i) => {
      // The two files differ only by the chart parts (a reference block's navy headers may sit
      // right of the table in both): the chart adds navy.
      const [charted, bare] = [pdfs[2 * i], pdfs[2 * i + 1]].map((f) => navyRightOfTable(f, 1));
      expect({ id, chartAddsNavy: charted - bare > 20 }).toEqual({ id, chartAddsNavy: true });
    });
    // LibreOffice read the parts as charts: it writes them back as charts of the same kinds.
    const [again] = await recalculate([file], path.join(dir, 'again'));
    const zip = await JSZip.loadAsync(readFileSync(again));
    const kinds = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map(
          async (f) => /<c:(scatter|radar|bar)Chart>/.exec(await zip.file(f)!.async('string'))?.[1]
        )
    );
    expect(kinds.sort()).toEqual(['bar', 'radar', 'scatter', 'scatter']);
  });
});
