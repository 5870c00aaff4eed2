/**
 * The Sheets code path end to end: dist/sheets/Sidebar.html in Chromium, its google.script.run
 * calls carried to dist/sheets/Code.js running in node:vm on the fake Apps Script world. One server
 * call per user action; the same panel as in Excel, in the Sheets style.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startSite, type LocalSite } from '../scripts/bench/browser';
import { loadCode, type LoadedScript } from '../sheets-addon/test/code-js';
import { SHEETS_CALLS } from '@boussole/panel/protocol';

const DIST = path.resolve(__dirname, '..', 'dist', 'sheets');
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://x","y")';

jest.setTimeout(60_000);

let site: LocalSite;

beforeAll(async () => {
  site = await startSite(DIST, 'Sidebar.html');
});

afterAll(() => site?.close());

/** google.script.run in the page, each call handed to the test through an exposed function. */
const FAKE_RUN = `
  (() => {
    const runner = (ok, fail) => new Proxy({}, {
      get: (_, name) => {
        if (name === 'withSuccessHandler') return (f) => runner(f, fail);
        if (name === 'withFailureHandler') return (f) => runner(ok, f);
        return (...args) => {
          window.__serverCall(String(name), JSON.stringify(args)).then(
            (text) => { const r = JSON.parse(text); r.ok ? ok && ok(r.value) : fail && fail(new Error(r.error)); }
          );
        };
      },
    });
    window.google = { script: { run: runner() } };
  })();
`;

interface Sidebar {
  page: Page;
  script: LoadedScript;
  calls: string[];
  dialogs: string[];
}

async function openSidebar(
  names: string[],
  more: Record<string, unknown[][]> = {}
): Promise<Sidebar> {
  const rows = names.map((n, i) => [
    `'${n}`,
    [9, 7, 10, 8][i % 4],
    [5, 6, 9, 4][i % 4],
    [3, 4, 6, 2][i % 4],
    [8, 9, 10, 7][i % 4],
  ]);
  const script = loadCode({
    sheets: {
      Portefeuille: [
        ['Portefeuille IA'],
        [],
        ['Project', 'Impact', 'Effort', 'Risk', 'Strategic alignment'],
        ...rows,
      ],
      ...more,
    },
  });
  script.world.select('Portefeuille', 'A1');
  const calls: string[] = [];
  const dialogs: string[] = [];
  const { context } = await site.newContext();
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__serverCall', (name: string, args: string) => {
    calls.push(name);
    try {
      // Through JSON, as google.script.run serialises arguments and results.
      const value = script.run(name, ...(JSON.parse(args) as unknown[]));
      return JSON.stringify({ ok: true, value: value ?? null });
    } catch (e) {
      return JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
  await page.addInitScript(FAKE_RUN);
  await page.setViewportSize({ width: 300, height: 1200 });
  // As showPanel serves it to an English-speaking user: the page's lang attribute set to the
  // menus' language (sheets-addon/src/dialogs.ts; sheets-addon/test/addon.test.ts checks it).
  await page.route('**/Sidebar.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<html lang="fr">', '<html lang="en">');
    await route.fulfill({ response, body });
  });
  await page.goto(`${site.origin}/Sidebar.html`);
  await page.locator('.bp-table tbody tr').first().waitFor();
  return { page, script, calls, dialogs };
}

const METHOD = [
  'Invoice automation',
  'HR recruitment assistant',
  'Supply-chain optimisation',
  'Predictive marketing',
];

describe('Sheets sidebar over Code.js', () => {
  it('opens, reads with one server call and ranks the demo projects 7.3 / 6.1 / 6.1 / 7.3', async () => {
    const { page, calls } = await openSidebar(METHOD);
    expect(calls).toEqual([SHEETS_CALLS.readTable]);
    expect(await page.locator('.bp-root').getAttribute('class')).toContain('bp-host-sheets');
    const scores = await page
      .locator('.bp-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('.bp-name-text')?.textContent,
          r.querySelector('.bp-score')?.textContent,
        ])
      );
    expect(scores).toEqual([
      ['Invoice automation', '7.3'],
      ['Predictive marketing', '7.3'],
      ['HR recruitment assistant', '6.1'],
      ['Supply-chain optimisation', '6.1'],
    ]);
    await page.screenshot({
      path: path.join(__dirname, '..', 'test-output', 'panel-sheets.png'),
      fullPage: true,
    });
    await page.close();
  });

  it('writes formulas into the sheet with one call per action, asking before replacing', async () => {
    const { page, script, calls } = await openSidebar(METHOD);
    calls.length = 0;
    await page.getByRole('button', { name: 'Write to the sheet' }).click();
    await page.locator('.bp-status.bp-ok').waitFor();
    expect(calls).toEqual([SHEETS_CALLS.writeResults]);
    const sheet = script.world.sheet('Portefeuille');
    expect(sheet.formulas('G4')).toEqual([['=IF(F4="","",RANK(F4,$F$4:$F$7,0))']]);

    await page.getByRole('button', { name: 'Write to the sheet' }).click();
    await page.getByRole('button', { name: 'Replace' }).click();
    await page.locator('.bp-status.bp-ok').waitFor();
    await page.getByRole('button', { name: 'Chart in the sheet' }).click();
    await page.locator('.bp-status.bp-ok:text("Chart")').waitFor();
    expect(calls).toEqual([
      SHEETS_CALLS.writeResults,
      SHEETS_CALLS.writeResults,
      SHEETS_CALLS.writeResults,
      SHEETS_CALLS.drawChart,
    ]);
    expect(sheet.charts).toHaveLength(1);
    await page.close();
  });

  it('shows names that look like HTML or a formula as text and keeps them text in the sheet', async () => {
    const { page, script, dialogs } = await openSidebar([XSS, FORMULA_NAME, 'C', 'D']);
    const names = await page.locator('.bp-name-text').allTextContents();
    expect(names).toEqual(expect.arrayContaining([XSS, FORMULA_NAME]));
    await page.getByRole('button', { name: 'Write to the sheet' }).click();
    await page.locator('.bp-status.bp-ok').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    const sheet = script.world.sheet('Portefeuille');
    expect(sheet.values('A4:A5')).toEqual([[XSS], [FORMULA_NAME]]);
    expect(sheet.formulas('A4:A5')).toEqual([[''], ['']]);
    await page.close();
  });

  it('writes the Funded column with one call, its note on the header, asking before replacing', async () => {
    const register = [
      ['Budget', 100],
      ['Project', 'Cost', 'Value'],
      ["'=A", 40, 50],
      ['B', 30, 20],
      ['C', 50, 60],
    ];
    const { page, script, calls } = await openSidebar(METHOD, { Registre: register });
    script.world.select('Registre', 'A1');
    await page.locator('[data-key="view-portfolio"]').click();
    await page.locator('.bp-answer').waitFor();
    calls.length = 0;
    await page.locator('[data-key="p-write"]').click();
    await page.locator('.bp-portfolio .bp-status.bp-ok').waitFor();
    expect(calls).toEqual([SHEETS_CALLS.writeColumn]);
    const sheet = script.world.sheet('Registre');
    expect(sheet.values('D2:D5')).toEqual([['Funded (Boussole)'], [1], [0], [1]]);
    expect(sheet.cell(2, 4).note).toMatch(/100/);

    await page.locator('[data-key="p-write"]').click();
    await page.locator('[data-key="p-replace"]').click();
    await page.locator('.bp-portfolio .bp-status.bp-ok').waitFor();
    expect(calls).toEqual([
      SHEETS_CALLS.writeColumn,
      SHEETS_CALLS.writeColumn,
      SHEETS_CALLS.writeColumn,
    ]);
    await page.close();
  });
});
