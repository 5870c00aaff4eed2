/**
 * The generated workbook printed by LibreOffice: far fewer pages than the 44 it took before print
 * setup, readable (the first print area of the KPI dashboard, AI Act, maturity and portfolio at 60 %
 * of full size or more, measured on the PDF), and the native charts of issue 11 and the portfolio
 * frontier drawn on their pages (the DrawingML parts the cli adds).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildTemplate, COLORS, printAreas, TEMPLATE_IDS, type TemplateId } from '@boussole/core';
import { writeWorkbook } from '../cli/src/workbook';
import { printToPdf, recalculate, sofficePath } from './libreoffice/recalc';
import { rangeWidthPt } from './templates/print-scale';

const CHARTED: TemplateId[] = ['priority-scoring', 'maturity', 'kpi-dashboard', 'portfolio'];
/**
 * The 12 sheets printed on 44 pages before page setup. With it, the 15 sheets take 18: each print
 * area stops PRINT_ROOM_ROWS rows below the last filled row instead of printing a 200-row list's
 * empty rows, and the KPI dashboard's reference block and chart, and the portfolio's frontier
 * chart, print on a page of their own so their lists keep about two thirds of full size
 * (docs/templates.md "Print"). No page of margin: a further page needs a reason here.
 */
const MAX_PAGES = 18;
/** Rendering resolution of a page, in dots per inch (a point is 1/72 inch). */
const DPI = 60;

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
  const ppm = execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(n), '-l', String(n), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    rgb: ppm.subarray(header[0].length),
  };
}

/**
 * The navy of a page: its longest horizontal run (a table's header row, whose right edge is the
 * table's) and how many navy pixels it holds in all.
 */
function navy(pdf: string, page: number): { run: number; pixels: number } {
  const p = pixels(pdf, page);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(COLORS.navy.slice(i, i + 2), 16));
  const isNavy = (x: number, y: number) => {
    const o = (y * p.width + x) * 3;
    return Math.abs(p.rgb[o] - r) + Math.abs(p.rgb[o + 1] - g) + Math.abs(p.rgb[o + 2] - b) < 60;
  };
  let longest = 0;
  let n = 0;
  for (let y = 0; y < p.height; y++)
    for (let x = 0, run = 0; x < p.width; x++) {
      const hit = isNavy(x, y);
      if (hit) n++;
      run = hit ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
  return { run: longest, pixels: n };
}

/** Navy over every page of a PDF. */
function allNavy(pdf: string): number {
  let n = 0;
  for (let page = 1; page <= pages(pdf); page++) n += navy(pdf, page).pixels;
  return n;
}

/** The same package without its charts: each sheet's <drawing> reference removed. */
async function withoutCharts(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const part of Object.keys(zip.files).filter((f) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(f)
  ))
    zip.file(part, (await zip.file(part)!.async('string')).replace(/<drawing r:id="[^"]+"\/>/, ''));
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
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

  test('the sheets whose header row spans their first print area print it at 60 % of full size or more', async () => {
    // On these, page 1's longest navy run is the list's header row, printed from column A to the
    // first area's last column (docs/templates.md "Print").
    const measured: TemplateId[] = ['kpi-dashboard', 'ai-act', 'maturity', 'portfolio'];
    const files = await Promise.all(
      measured.map(async (id) => {
        const file = path.join(dir, `${id}-scale.xlsx`);
        await writeWorkbook(file, { lang: 'fr', examples: true, only: [id] });
        return file;
      })
    );
    const pdfs = await printToPdf(files, path.join(dir, 'pdf'));
    measured.forEach((id, i) => {
      const printedPt = (navy(pdfs[i], 1).run * 72) / DPI;
      const spec = buildTemplate(id, { lang: 'fr', examples: true });
      const scale = printedPt / rangeWidthPt(spec, printAreas(spec.print!)[0]);
      expect({ id, readable: scale >= 0.6 }).toEqual({ id, readable: true });
    });
    // The KPI reference block and chart, and the portfolio's chart, follow on a page of their own.
    expect(pages(pdfs[0])).toBe(2);
    expect(pages(pdfs[3])).toBe(2);
  });

  test('the four charts are drawn on their pages, and survive a LibreOffice round trip', async () => {
    const file = path.join(dir, 'charts.xlsx');
    await writeWorkbook(file, { lang: 'en', examples: true, only: CHARTED });
    // Each charted sheet alone, with and without the chart parts: its chart is on one of its pages.
    const files = await Promise.all(
      CHARTED.map(async (id) => {
        const charted = path.join(dir, `${id}.xlsx`);
        await writeWorkbook(charted, { lang: 'en', examples: true, only: [id] });
        const bare = path.join(dir, `${id}-bare.xlsx`);
        await withoutCharts(charted, bare);
        return [charted, bare];
      })
    );
    const pdfs = await printToPdf(files.flat(), path.join(dir, 'pdf'));
    CHARTED.forEach((id, i) => {
      // The two files differ only by the chart references (the chart may sit beside a table or
      // below it): the chart's navy series is the difference.
      const [charted, bare] = [pdfs[2 * i], pdfs[2 * i + 1]].map(allNavy);
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
