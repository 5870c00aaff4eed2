/**
 * The task-pane page as shipped, in Chromium, while it is used (read, switch to the 1 000-project
 * portfolio, write back, draw the chart, insert a template): it asks for nothing but its own files and office.js
 * from Microsoft's CDN, and the browser reports no Content-Security-Policy violation.
 */
import path from 'node:path';
import { startSite, type LocalSite } from '../../scripts/bench/browser';
import { TEMPLATES_JS } from '../../scripts/build/excel';
import { DIST, OFFICE_JS_CDN } from './shipped';

jest.setTimeout(60_000);

let site: LocalSite;

beforeAll(async () => {
  site = await startSite(path.join(DIST, 'excel'), 'taskpane.html');
});

afterAll(() => site?.close());

/** Plain JS (not a serialised function): records every CSP violation the page reports. */
const RECORD_CSP = `window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});`;

test('in use, the page requests only local files and office.js, with no CSP violation', async () => {
  const { context } = await site.newContext();
  await context.addInitScript(RECORD_CSP);
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.dismiss());

  await page.goto(`${site.origin}/taskpane.html?lang=en`);
  await page.locator('.bp-table tbody tr').first().waitFor();
  await page.locator('[data-key="dataset"]').selectOption('portfolio');
  await page.locator('.bp-source:text("1,000")').waitFor();
  await page.locator('[data-key="write"]').click();
  await page.locator('.bp-status').waitFor();
  await page.locator('[data-key="chart"]').click();
  await page.waitForTimeout(200);
  // The templates are a module fetched from this site on first use, under the same CSP.
  const fetched = (): string[] => requested.filter((u) => u === `${site.origin}/${TEMPLATES_JS}`);
  expect(fetched()).toEqual([]);
  await page.locator('[data-key="dataset"]').selectOption('empty');
  await page.getByRole('button', { name: 'Insert the "Priority scoring" template' }).click();
  await page.locator('.bp-status:text("Sheet \\"Priority scoring\\" created.")').waitFor();
  expect(fetched()).toHaveLength(1);

  const remote = requested.filter(
    (u) => !u.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(u)
  );
  expect(remote.filter((u) => u !== OFFICE_JS_CDN)).toEqual([]);
  expect(await page.evaluate('window.__csp')).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
