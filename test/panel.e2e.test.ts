/**
 * The panel in Chromium, as shipped: dist/excel/taskpane.html served from 127.0.0.1 and opened
 * outside Office, where it runs in preview mode on the in-memory demo workbook. Every request that
 * is not to the local server is aborted (office.js from the CDN included, so the preview path is
 * the one taken). Also writes the README screenshots docs/panel-fr.png and docs/panel-en.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cellText, typeCell } from './support/preview';
import { startSite, type LocalSite } from '../scripts/bench/browser';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'excel');
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://x","y")';

jest.setTimeout(60_000);

let site: LocalSite;

beforeAll(async () => {
  site = await startSite(DIST, 'taskpane.html');
});

afterAll(() => site?.close());

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
  blocked: string[];
}

async function open(lang: 'fr' | 'en'): Promise<Opened> {
  const { context, blocked } = await site.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/taskpane.html?lang=${lang}`);
  await page.locator('.bp-table tbody tr').first().waitFor();
  return { page, dialogs, errors, blocked };
}

/** The ranked list as [rank, project, score, quadrant] rows, as the user reads them. */
const ranking = (page: Page): Promise<string[][]> =>
  page
    .locator('.bp-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        ['.bp-rank', '.bp-name-text', '.bp-score', '.bp-tag'].map(
          (s) => r.querySelector(s)?.textContent ?? ''
        )
      )
    );

/** Types into a panel control, then waits for the refresh it schedules (once per frame). */
async function typeIn(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).fill(text);
  await page.locator('.bp-panel:not([data-pending])').waitFor();
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('panel preview page', () => {
  it('opens with the demo portfolio read and scored (7.3 / 6.1 / 6.1 / 7.3)', async () => {
    const { page, errors, blocked } = await open('en');
    expect(await ranking(page)).toEqual([
      ['1', 'Invoice automation', '7.3', 'Quick win'],
      ['1', 'Predictive marketing', '7.3', 'Quick win'],
      ['3', 'HR recruitment assistant', '6.1', 'Major project'],
      ['3', 'Supply-chain optimisation', '6.1', 'Major project'],
    ]);
    await expect(page.locator('.bp-source').textContent()).resolves.toBe(
      '"Priority scoring", rows 4 to 7: 4 projects read.'
    );
    expect(await page.locator('.bp-matrix .bp-dot').count()).toBe(4);
    expect(errors).toEqual([]);
    // Nothing but the local server was asked for, and only office.js was refused.
    expect(blocked.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    await page.close();
  });

  it('re-ranks live when a weight changes, and refuses weights that do not total 100 %', async () => {
    const { page } = await open('en');
    await typeIn(page, 'Impact weight (%)', '70');
    await expect(page.locator('.bp-total').textContent()).resolves.toContain('must reach 100 %');
    expect(await page.locator('.bp-table').count()).toBe(0);
    expect(await button(page, 'Write to the sheet').isDisabled()).toBe(true);
    await typeIn(page, 'Effort weight (%)', '10');
    await typeIn(page, 'Risk weight (%)', '10');
    await expect(page.locator('.bp-total').textContent()).resolves.toBe('Total: 100 %');
    expect((await ranking(page)).map((r) => [r[1], r[2]])).toEqual([
      ['Supply-chain optimisation', '8.5'],
      ['Invoice automation', '8.3'],
      ['Predictive marketing', '7.7'],
      ['HR recruitment assistant', '6.8'],
    ]);
    expect(await page.getByLabel('Weight preset').inputValue()).toBe('custom');
    await page.getByLabel('Weight preset').selectOption('method');
    await page.locator('.bp-panel:not([data-pending])').waitFor();
    expect((await ranking(page))[0][2]).toBe('7.3');
    await page.close();
  });

  it('lists invalid rows with their sheet row number and reason', async () => {
    const { page } = await open('en');
    await typeCell(page, 'C5', 'abc');
    await typeCell(page, 'D6', '12');
    await button(page, 'Read table').click();
    await page.locator('.bp-invalid').waitFor();
    expect(await page.locator('.bp-invalid h2').textContent()).toBe('2 rows not scored');
    expect(await page.locator('.bp-invalid li').allTextContents()).toEqual([
      'Row 5 · HR recruitment assistant — Effort: "abc" is not a number',
      'Row 6 · Supply-chain optimisation — Risk: 12 is outside 0 to 10',
    ]);
    expect((await ranking(page)).map((r) => r[1])).toEqual([
      'Invoice automation',
      'Predictive marketing',
    ]);
    await page.close();
  });

  it('shows names that look like HTML or a formula as plain text, and never writes them', async () => {
    const { page, dialogs } = await open('en');
    await typeCell(page, 'A4', XSS);
    await typeCell(page, 'A5', FORMULA_NAME);
    await button(page, 'Read table').click();
    await page.locator(`.bp-name-text:text-is(${JSON.stringify(XSS)})`).waitFor();
    const names = (await ranking(page)).map((r) => r[1]);
    expect(names).toEqual(expect.arrayContaining([XSS, FORMULA_NAME]));
    await page.locator('.bp-dot title').first().waitFor({ state: 'attached' });
    await button(page, 'Write to the sheet').click();
    await page.locator('.bp-status.bp-ok').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await cellText(page, 'A4')).toBe(XSS);
    const written = await page
      .locator('td.bp-formula')
      .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
    expect(written.join('\n')).not.toMatch(/HYPERLINK|img/);
    await page.close();
  });

  it('writes score, rank and quadrant back as live formulas, asking before replacing cells', async () => {
    const { page } = await open('fr');
    const cell = (a: string) => cellText(page, a);
    // A note of the user's where a result would go: asked, then left alone.
    await typeCell(page, 'G5', 'à garder');
    await button(page, 'Écrire dans la feuille').click();
    await expect(page.locator('.bp-status').textContent()).resolves.toBe(
      '1 cellule non vide serait remplacée (G5). Remplacer ?'
    );
    await button(page, 'Annuler').click();
    expect(await cell('G5')).toBe('à garder');
    expect(await cell('F4')).toBe('');

    await typeCell(page, 'G5', '');
    await button(page, 'Écrire dans la feuille').click();
    await expect(page.locator('.bp-status').textContent()).resolves.toBe(
      'Formules écrites en F3:H7.'
    );
    expect(await cell('F3')).toBe('Score (Boussole)');
    expect(await cell('F4')).toBe(
      '=IF(OR(COUNT(B4,C4,D4,E4)<4,MIN(B4,C4,D4,E4)<0,MAX(B4,C4,D4,E4)>10),"",ROUND(0.4*B4+0.3*(10-C4)+0.2*(10-D4)+0.1*E4,6))'
    );
    expect(await cell('G7')).toBe('=IF(F7="","",RANK(F7,$F$4:$F$7,0))');
    expect(await cell('H5')).toContain('"Projet structurant"');
    expect(await page.locator('td.bp-formula').count()).toBe(12);

    // Its own columns again: the panel asks, and nothing changes until the user says so.
    await typeIn(page, 'Seuil des quadrants', '7');
    await button(page, 'Écrire dans la feuille').click();
    await expect(page.locator('.bp-status').textContent()).resolves.toBe(
      'Les colonnes Boussole (F3:H7) contiennent déjà des résultats (15 cellules). Les remplacer par des formules à ces réglages ?'
    );
    expect(await cell('H4')).toContain('B4>5');
    await button(page, 'Annuler').click();
    expect(await cell('H4')).toContain('B4>5');
    await button(page, 'Écrire dans la feuille').click();
    // A setting changed while the question is open: the replacement uses what is on screen.
    await typeIn(page, 'Seuil des quadrants', '7,5');
    await button(page, 'Remplacer').click();
    await expect(page.locator('.bp-status').textContent()).resolves.toBe(
      'Formules écrites en F3:H7.'
    );
    expect(await cell('H4')).toContain('B4>7.5');

    await button(page, 'Graphique dans la feuille').click();
    await expect(page.locator('.bp-status').textContent()).resolves.toBe(
      'Graphique inséré dans « Score de priorisation ».'
    );
    await page.close();
  });

  it('loads the generated 1 000-project portfolio, and offers the template on an empty workbook', async () => {
    const { page } = await open('en');
    await page.getByLabel('Demo data').selectOption('portfolio');
    await page.locator('.bp-source:text("1,000 projects read")').waitFor();
    // The first 50, as a virtual list too: the rows in view are drawn, the list is 50 long.
    expect(await page.locator('.bp-table').getAttribute('aria-rowcount')).toBe('51');
    expect(await page.locator('.bp-table tbody tr:not(.bp-spacer)').count()).toBeLessThan(50);
    await page.getByRole('button', { name: /^Show all [\d,]+ projects$/ }).click();
    // The whole list, drawn as a virtual list (only the rows in view are in the document).
    expect(Number(await page.locator('.bp-table').getAttribute('aria-rowcount'))).toBeGreaterThan(
      980
    );
    expect(await page.locator('.bp-invalid li').count()).toBeGreaterThan(5);

    await page.getByLabel('Demo data').selectOption('empty');
    await page.locator('.bp-notice').waitFor();
    expect(await page.getByLabel('Demo data').inputValue()).toBe('empty');
    await button(page, 'Insert the "Priority scoring" template').click();
    await page.locator('.bp-table').waitFor();
    await expect(page.locator('.bp-status').textContent()).resolves.toBe(
      'Sheet "Priority scoring" created.'
    );
    expect((await ranking(page)).length).toBe(4);
    await page.close();
  });

  it('draws the grid rows its box shows, the others when the user scrolls to them', async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/taskpane.html?lang=en&demo=portfolio`);
    await page.locator('.bp-source:text("1,000 projects read")').waitFor();
    const rows = () => page.locator('.bp-cells tbody tr').count();
    const first = await rows();
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(40);
    await page.locator('.bp-sheet').evaluate((el) => el.scrollBy(0, 200));
    await page.waitForFunction(`document.querySelectorAll('.bp-cells tbody tr').length === 40`);
    expect(await rows()).toBe(40);
    // The cells drawn late behave as the others: typing reaches the workbook.
    await typeCell(page, 'B35', '7');
    await expect(page.locator('.bp-fx-cell').textContent()).resolves.toBe('C35');
    await page.close();
  });

  it('opens on the demo the address names (?demo=portfolio)', async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/taskpane.html?lang=en&demo=portfolio`);
    await page.locator('.bp-source:text("1,000 projects read")').waitFor();
    expect(await page.getByLabel('Demo data').inputValue()).toBe('portfolio');
    await page.close();
  });

  it('is usable from the keyboard and every control has a label', async () => {
    const { page } = await open('en');
    const unlabelled = await page
      .locator('.bp-panel select, .bp-panel input, .bp-panel button')
      .evaluateAll((controls) =>
        controls
          .filter((c) => {
            const el = c as HTMLInputElement;
            return !(el.labels?.length || el.getAttribute('aria-label') || el.textContent?.trim());
          })
          .map((c) => c.outerHTML)
      );
    expect(unlabelled).toEqual([]);
    // Tab from the top reaches every control, in reading order.
    await page.locator('[data-key="lang"]').focus();
    const order: string[] = [];
    for (let i = 0; i < 40 && !order.includes('chart'); i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
      if (key && !order.includes(key)) order.push(key);
    }
    expect(order).toEqual([
      'view-ranking',
      'view-portfolio',
      'read',
      'columns',
      'preset',
      'w-impact',
      'w-effort',
      'w-risk',
      'w-alignment',
      'direction',
      'threshold',
      'write',
      'chart',
    ]);
    // A change that rebuilds the panel keeps the focus where it was.
    await page.locator('[data-key="columns"]').press('Enter');
    await page.locator('[data-key="col-alignment"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-key'))
    ).resolves.toBe('col-alignment');
    await page.locator('[data-key="write"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.bp-status.bp-ok').waitFor();
    await page.close();
  });

  it.each(['fr', 'en'] as const)('screenshot docs/panel-%s.png', async (lang) => {
    const { page } = await open(lang);
    // After a write, so the picture shows the live formulas landing right of the table.
    await button(page, lang === 'fr' ? 'Écrire dans la feuille' : 'Write to the sheet').click();
    await page.locator('.bp-status.bp-ok').waitFor();
    await page.locator('[data-cell="F4"]').focus();
    await expect(page.locator('.bp-fx-content').textContent()).resolves.toMatch(/^=IF\(OR\(COUNT/);
    await page.screenshot({ path: path.join(ROOT, 'docs', `panel-${lang}.png`), fullPage: true });
    await page.close();
  });
});
