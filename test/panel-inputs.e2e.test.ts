/**
 * The panel's checks and layout in Chromium (preview page as shipped): blank rows read past and
 * said, units refused on the threshold, the weight at fault named, remap warnings, no horizontal
 * scroll at Excel's task-pane widths, quadrant colours at 4.5:1, the whole ranking as a virtual list.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cellText, typeCell } from './support/preview';
import { startSite, type LocalSite } from '../scripts/bench/browser';

const DIST = path.resolve(__dirname, '..', 'dist', 'excel');

jest.setTimeout(60_000);

let site: LocalSite;
beforeAll(async () => {
  site = await startSite(DIST, 'taskpane.html');
});
afterAll(() => site?.close());

async function open(lang: 'fr' | 'en', width = 1280, demo = ''): Promise<Page> {
  const { context } = await site.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.origin}/taskpane.html?lang=${lang}${demo}`);
  await page.locator('.bp-panel[data-projects-read]').waitFor();
  return page;
}

/** Waits until the refresh scheduled by the last keystroke has run. */
const settled = (page: Page) => page.locator('.bp-panel:not([data-pending])').waitFor();

const read = async (page: Page, label: string) => {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.locator('.bp-panel[data-projects-read]:not([data-pending])').waitFor();
};

describe('panel input checks', () => {
  it('reads past a blank row inside the table and says which rows were skipped', async () => {
    const page = await open('en');
    // Row 5 emptied: the two projects below it are still read.
    for (const c of ['A', 'B', 'C', 'D', 'E']) await typeCell(page, `${c}5`, '');
    await read(page, 'Read table');
    expect(await page.locator('.bp-source').textContent()).toBe(
      '"Priority scoring", rows 4 to 7: 3 projects read.'
    );
    expect(await page.locator('.bp-skipped').textContent()).toBe(
      '1 blank row inside the table, skipped (Row 5).'
    );
    expect(await page.locator('.bp-table tbody tr').count()).toBe(3);
    await page.close();
  });

  it('commits a grid cell when the user leaves it, and Enter moves down as in a spreadsheet', async () => {
    const page = await open('en');
    const b4 = page.locator('[data-cell="B4"]');
    await b4.fill('2');
    // The formula bar follows the typing.
    await expect(page.locator('.bp-fx-content').textContent()).resolves.toBe('2');
    await b4.press('Enter');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-cell'))
    ).resolves.toBe('B5');
    await expect(cellText(page, 'B4')).resolves.toBe('2');
    await read(page, 'Read table');
    // Invoice automation's impact 9 → 2: it leaves the top of the ranking.
    const top = await page.locator('.bp-table tbody tr .bp-name-text').first().textContent();
    expect(top).not.toBe('Invoice automation');
    // A cell holds one line: Shift+Enter moves down too, no line break enters the cell.
    await page.locator('[data-cell="B6"]').fill('7');
    await page.locator('[data-cell="B6"]').press('Shift+Enter');
    await expect(cellText(page, 'B6')).resolves.toBe('7');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-cell'))
    ).resolves.toBe('B7');
    await page.close();
  });

  it.each([
    ['en', '5 %', 'The threshold is a score from 0 to 10, with no unit (no %, no €).'],
    ['en', '5 €', 'The threshold is a score from 0 to 10, with no unit (no %, no €).'],
    ['fr', '5 %', 'Le seuil est une note de 0 à 10, sans unité (ni %, ni €).'],
    ['en', '12', 'The threshold is a number from 0 to 10.'],
  ] as const)('%s: refuses the threshold %j', async (lang, typed, message) => {
    const page = await open(lang);
    const label = lang === 'fr' ? 'Seuil des quadrants' : 'Quadrant threshold';
    await page.getByLabel(label).fill(typed);
    await settled(page);
    expect(await page.locator('.bp-results .bp-error').textContent()).toBe(message);
    expect(await page.locator('.bp-table').count()).toBe(0);
    await page.close();
  });

  it.each([
    ['en', 'Total: ? — each weight is a number from 0 to 100: Effort is not.'],
    ['fr', 'Total : ? — chaque pondération est un nombre de 0 à 100 : Effort ne l’est pas.'],
  ] as const)('%s: names the weight out of 0–100', async (lang, message) => {
    const page = await open(lang);
    await page.locator('[data-key="w-effort"]').fill('abc');
    await settled(page);
    expect(await page.locator('.bp-total').textContent()).toBe(message);
    await page.locator('[data-key="w-risk"]').fill('150');
    await settled(page);
    expect(await page.locator('.bp-total').textContent()).toMatch(
      /Effort, (Risk are|Risque ne le sont) /
    );
    await page.close();
  });

  it.each([
    [
      'en',
      'Warning: column C is chosen for Effort and Risk.',
      'Warning: column B, chosen for the project, holds a score, not a name.',
    ],
    [
      'fr',
      'Attention : la colonne C est choisie pour Effort et Risque.',
      'Attention : la colonne B choisie pour le projet contient une note, pas un nom.',
    ],
  ] as const)(
    '%s: warns when a remap reads one column twice or a name from a score',
    async (lang, shared, nameIsScore) => {
      const page = await open(lang);
      await page.locator('[data-key="columns"]').click();
      await page.locator('[data-key="col-risk"]').selectOption({ index: 3 });
      expect(await page.locator('.bp-warning').allTextContents()).toEqual([shared]);
      await page.locator('[data-key="col-risk"]').selectOption({ index: 4 });
      await page.locator('[data-key="col-impact"]').selectOption({ index: 0 });
      await page.locator('[data-key="col-name"]').selectOption({ index: 2 });
      expect(await page.locator('.bp-warning').allTextContents()).toEqual([nameIsScore]);
      await page.close();
    }
  );
});

describe('panel layout and colours', () => {
  it.each([320, 350])('has no horizontal scroll in any section at %d px', async (width) => {
    const page = await open('fr', width, '&demo=portfolio');
    await page.locator('[data-key="columns"]').click();
    await page.locator('[data-key="col-risk"]').selectOption({ index: 3 });
    await page.getByRole('button', { name: /^Afficher les/ }).click();
    const overflowing = await page
      .locator('.bp-panel, .bp-panel *')
      .evaluateAll((els) =>
        els
          .filter(
            (el) =>
              el.scrollWidth > el.clientWidth + 1 &&
              ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
          )
          .map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`)
      );
    expect(overflowing).toEqual([]);
    const panel = await page
      .locator('.bp-panel')
      .evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(panel[0]).toBeLessThanOrEqual(width);
    expect(panel[0]).toBeLessThanOrEqual(panel[1]);
    const wide = await page
      .locator('.bp-panel .bp-section')
      .evaluateAll(
        (els) =>
          els.filter(
            (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
          ).length
      );
    expect(wide).toBe(0);
    await page.close();
  });

  it.each(['excel', 'sheets'])(
    '%s: every quadrant colour reaches 4.5:1 on white, both ways',
    async (host) => {
      const page = await open('en');
      if (host === 'sheets')
        await page.evaluate(
          () =>
            document
              .querySelector('.bp-root')
              ?.classList.replace('bp-host-excel', 'bp-host-sheets') ||
            document.querySelector('.bp-root')?.classList.add('bp-host-sheets')
        );
      const colours = await page.evaluate(() =>
        ['quick-win', 'major-project', 'fill-in', 'avoid'].map((q) => {
          const el = document.createElement('span');
          el.className = `bp-tag bp-q-${q}`;
          document.querySelector('.bp-panel')?.append(el);
          const c = getComputedStyle(el).color;
          const bg = getComputedStyle(
            document.querySelector('.bp-panel') as Element
          ).backgroundColor;
          el.remove();
          return [q, c, bg];
        })
      );
      const lum = (css: string) => {
        const [r, g, b] = (css.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
          const x = Number(v) / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      for (const [q, colour, bg] of colours) {
        expect([q, bg]).toEqual([q, 'rgb(255, 255, 255)']);
        expect([q, ratio(colour, bg)]).toEqual([q, expect.any(Number)]);
        expect(ratio(colour, bg)).toBeGreaterThanOrEqual(4.5);
      }
      await page.close();
    }
  );
});

describe('panel on 1 000 projects', () => {
  it('draws the whole ranking as a virtual list that follows the scroll', async () => {
    const page = await open('en', 1280, '&demo=portfolio');
    await page.getByRole('button', { name: /^Show all [\d,]+ projects$/ }).click();
    const table = page.locator('.bp-table');
    const total = Number(await table.getAttribute('aria-rowcount')) - 1;
    expect(total).toBeGreaterThan(980);
    const drawn = await page.locator('.bp-table tbody tr:not(.bp-spacer)').count();
    expect(drawn).toBeLessThan(60);
    // The list keeps the full height: scrolled to the end, the last ranked row is drawn.
    await page.locator('.bp-virtual').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(
      (n) => document.querySelector(`.bp-table tr[aria-rowindex="${n + 1}"]`) !== null,
      total
    );
    // Fewer dots than projects: one per position, capped.
    const dots = await page.locator('.bp-matrix .bp-dot').count();
    expect(dots).toBeGreaterThan(10);
    expect(dots).toBeLessThanOrEqual(400);
    await page.close();
  });
});
