/**
 * The Portfolio view in Chromium (preview page as shipped), on the A–F register of docs/method.md: the exact
 * answer beside the simple rule, a budget change re-funding, the envelope case explained, a
 * requires chain kept, the Funded column written into the workbook, in French and English.
 * Also writes the screenshots docs/portfolio-fr.png and docs/portfolio-en.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cellText, typeCell } from './support/preview';
import { startSite, type LocalSite } from '../scripts/bench/browser';

const ROOT = path.resolve(__dirname, '..');
jest.setTimeout(60_000);

let site: LocalSite;
beforeAll(async () => {
  site = await startSite(path.join(ROOT, 'dist', 'excel'), 'taskpane.html');
});
afterAll(() => site?.close());

async function open(lang: 'fr' | 'en'): Promise<Page> {
  const { context } = await site.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${site.origin}/taskpane.html?lang=${lang}`);
  await page.locator('.bp-panel[data-projects-read]').waitFor();
  await page.locator('[data-key="view-portfolio"]').click();
  await page.locator('.bp-answer').waitFor();
  return page;
}

const settled = (page: Page) => page.locator('.bp-panel:not([data-pending])').waitFor();
const text = (page: Page, selector: string) => page.locator(selector).textContent();

const FR = {
  A: 'A · Automatisation des factures',
  B: 'B · Assistant RH',
  C: 'C · Optimisation logistique',
  D: 'D · Marketing prédictif',
  E: 'E · Chatbot client',
  F: 'F · Exploration IA générative',
};
const EN = {
  A: 'A · Invoice automation',
  B: 'B · HR assistant',
  C: 'C · Supply-chain optimisation',
  D: 'D · Predictive marketing',
  E: 'E · Customer chatbot',
  F: 'F · Generative-AI exploration',
};

describe('Portfolio view', () => {
  it('opens on the register answering A, B, C, E: 95 k€, 140 beside the simple rule’s 132 (EN)', async () => {
    const page = await open('en');
    expect(await text(page, '.bp-answer')).toBe(
      `Fund ${EN.A}, ${EN.B}, ${EN.C}, ${EN.E}: 95 k€, value 140.`
    );
    expect(await text(page, '.bp-greedy')).toBe(
      'The simple rule (best value per euro first) reaches 132 for 85 k€: the optimum gains +8.'
    );
    expect(await page.locator('.bp-out li').allTextContents()).toEqual([
      `${EN.D} — over the budget`,
      `${EN.F} — over the budget`,
    ]);
    expect(await page.locator('.bp-frontier path').count()).toBe(1);
    await page.close();
  });

  it('re-funds when the budget changes, and explains the full envelope (FR)', async () => {
    const page = await open('fr');
    expect(await text(page, '.bp-answer')).toBe(
      `Financer ${FR.A}, ${FR.B}, ${FR.C}, ${FR.E} : 95 k€, valeur 140.`
    );
    await page.getByLabel('Budget total').fill('50');
    await settled(page);
    expect(await text(page, '.bp-answer')).toBe(
      `Financer ${FR.A}, ${FR.B}, ${FR.E} : 50 k€, valeur 80.`
    );
    await page.getByLabel('Budget total').fill('100');
    await page.getByLabel('Répartir en enveloppes (50/30/20)').check();
    await page.locator('.bp-answer').waitFor();
    await settled(page);
    expect(await text(page, '.bp-answer')).toBe(
      `Financer ${FR.A}, ${FR.B}, ${FR.E}, ${FR.F} : 70 k€, valeur 98.`
    );
    expect(await page.locator('.bp-out li').allTextContents()).toContain(
      `${FR.C} — enveloppe Passage à l’échelle pleine`
    );
    // Shares that do not total 100 % are refused with the total.
    await page.getByLabel('Part Pilotes (%)').fill('60');
    await settled(page);
    expect(await text(page, '.bp-portfolio-results .bp-error')).toBe(
      'Les parts des enveloppes doivent faire 100 % (ici 110 %).'
    );
    await page.close();
  });

  it('keeps a requires chain: C needs F, F needs E (EN)', async () => {
    const page = await open('en');
    await typeCell(page, 'F7', EN.F);
    await typeCell(page, 'F10', EN.E);
    await page.locator('[data-key="p-read"]').click();
    await page.locator('.bp-answer').waitFor();
    expect(await text(page, '.bp-answer')).toBe(
      `Fund ${EN.A}, ${EN.C}, ${EN.E}, ${EN.F}: 90 k€, value 128.`
    );
    expect(await page.locator('.bp-out li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^B · HR assistant — /)])
    );
    await page.close();
  });

  it('an AI Act column forces a prohibited use out with its reason and lists high-risk duties (EN)', async () => {
    const page = await open('en');
    await typeCell(page, 'I4', 'AI Act');
    await typeCell(page, 'I5', 'emotion-workplace');
    await typeCell(page, 'I6', 'recruitment');
    await page.locator('[data-key="p-read"]').click();
    await page.locator('.bp-answer').waitFor();
    expect(await page.locator('.bp-out li').allTextContents()).toContain(
      `${EN.A} — Prohibited AI practice (Art. 5(1)(f)): this project cannot be funded`
    );
    expect(await page.locator('.bp-duties li').allTextContents()).toEqual([
      expect.stringMatching(/^B · HR assistant \(AI Act, high-risk\): .+; /),
    ]);
    await page.close();
  });

  it('writes the Funded column into the workbook, asking before replacing (FR)', async () => {
    const page = await open('fr');
    const cell = (a: string) => cellText(page, a);
    await page.locator('[data-key="p-write"]').click();
    await expect(text(page, '.bp-portfolio .bp-status')).resolves.toBe(
      'Colonne Financé écrite en H4:H10.'
    );
    expect(await Promise.all(['H5', 'H6', 'H7', 'H8', 'H9', 'H10'].map(cell))).toEqual([
      '1',
      '1',
      '1',
      '0',
      '1',
      '0',
    ]);
    expect(await page.locator('[data-cell="H4"]').getAttribute('title')).toMatch(
      /^Optimum Boussole pour un budget de 100 k€, le \d{4}-\d{2}-\d{2}\.$/
    );
    await page.locator('[data-key="p-format"]').selectOption('word');
    await page.locator('[data-key="p-write"]').click();
    await expect(text(page, '.bp-portfolio .bp-status')).resolves.toMatch(
      /^6 cellules non vides seraient remplacées \(H5, H6, .*\)\. Remplacer \?$/
    );
    expect(await cell('H5')).toBe('1');
    await page.locator('[data-key="p-replace"]').click();
    await expect(text(page, '.bp-portfolio .bp-status')).resolves.toBe(
      'Colonne Financé écrite en H4:H10.'
    );
    expect(await cell('H5')).toBe('Oui');
    expect(await cell('H8')).toBe('Non');
    await page.close();
  });

  it.each(['fr', 'en'] as const)('screenshot docs/portfolio-%s.png', async (lang) => {
    const page = await open(lang);
    await page.screenshot({
      path: path.join(ROOT, 'docs', `portfolio-${lang}.png`),
      fullPage: true,
    });
    await page.close();
  });
});
