/**
 * dist/excel/taskpane.html in Chromium, outside Office, exactly as built (CDN office.js, CSP):
 * Microsoft's CDN is answered from @microsoft/office-js, so nothing leaves the machine. The page
 * must open the panel in preview mode with no CSP violation and no script error — and still do so
 * when the CDN cannot be reached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startSite, type LocalSite } from '../../scripts/bench/browser';
import { OFFICE_JS_CDN } from '../../scripts/build/excel';

const DIST = path.join(__dirname, '..', '..', 'dist', 'excel');
const OFFICE_DIST = path.join(
  __dirname,
  '..',
  '..',
  'node_modules',
  '@microsoft',
  'office-js',
  'dist'
);
const CDN_FOLDER = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf('/') + 1);

let site: LocalSite;

beforeAll(async () => {
  site = await startSite(DIST, 'taskpane.html');
});

afterAll(() => site?.close());

interface Run {
  page: Page;
  problems: string[];
  requests: string[];
}

async function open(cdn: 'local copy' | 'unreachable', query = ''): Promise<Run> {
  // Only this server is reached; the page's own route below answers Microsoft's CDN first.
  const { context } = await site.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !(cdn === 'unreachable' && m.text().includes('ERR_FAILED'))) {
      problems.push(m.text());
    }
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.route(`${CDN_FOLDER}**`, (route) => {
    if (cdn === 'unreachable') return route.abort('failed');
    const name = new URL(route.request().url()).pathname.split('/').pop() as string;
    return route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(path.join(OFFICE_DIST, name)),
    });
  });
  await page.goto(`${site.origin}/taskpane.html${query}`);
  return { page, problems, requests };
}

test.each(['local copy', 'unreachable'] as const)(
  'office.js from the CDN (%s): preview panel, already scored, no CSP violation or error',
  async (cdn) => {
    const { page, problems, requests } = await open(cdn, '?lang=en');
    await page.waitForSelector('#boussole-panel.bp-host-preview .bp-panel');
    // The demo portfolio is read and scored on opening: the golden 7.3 is on screen.
    await page.waitForFunction(() => document.body.innerText.includes('7.3'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(problems).toEqual([]);
    // Only this server and Microsoft's office.js folder are ever asked for anything.
    for (const u of requests)
      expect(u.startsWith(`${site.origin}/`) || u.startsWith(CDN_FOLDER)).toBe(true);
    await page.context().close();
  },
  30000
);

test('functions.js registers the functions in the page without error', async () => {
  const { page, problems } = await open('local copy');
  await page.waitForSelector('#boussole-panel .bp-panel');
  // Outside Office, office.js still defines CustomFunctions; the page must survive associate().
  expect(await page.evaluate(() => typeof CustomFunctions)).toBe('object');
  expect(problems).toEqual([]);
  await page.context().close();
}, 30000);
