/**
 * A static server for a dist folder on 127.0.0.1 and the system Chromium through playwright-core,
 * with every request that is not to that server aborted (and recorded), so that a page is measured
 * or checked exactly as shipped and nothing leaves the machine. Used by the bench and the e2e tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** `pages`: extra HTML pages served from memory by path ("/blank.html"), e.g. a bench's reference. */
export async function serveStatic(
  root: string,
  pages: Readonly<Record<string, string>> = {}
): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = Object.hasOwn(pages, url.pathname) ? pages[url.pathname] : undefined;
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * docs/architecture.md: the system Chromium, never a downloaded one; its headless shell (Debian's
 * chromium-headless-shell, the same engine without the browser's own interface), as Playwright uses
 * for headless runs. The full browser in headless mode builds its address-bar pop-up (about 150
 * chrome:// files, in a renderer of its own) for every new window: on two cores that doubled the
 * task pane's measured opening, and a task pane has no address bar (docs/performance.md).
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium-headless-shell',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
};

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ ...CHROMIUM, headless: true });

/** A browser context that only reaches `origin`; everything else is aborted and listed in `blocked`. */
export async function localOnly(
  browser: Browser,
  origin: string
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

/** A built folder served on 127.0.0.1 with a Chromium to open it, for one test file or bench run. */
export interface LocalSite {
  origin: string;
  /** A fresh browser context that reaches only this site (see localOnly). */
  newContext(): Promise<{ context: BrowserContext; blocked: string[] }>;
  close(): Promise<void>;
}

/** Serves `root` and starts Chromium; `entry` (the page under test) must have been built. */
export async function startSite(root: string, entry: string): Promise<LocalSite> {
  const page = path.join(root, entry);
  if (!existsSync(page)) throw new Error(`${page} is missing: run npm run build first`);
  const server = await serveStatic(root);
  const browser = await launchChromium().catch(async (e: unknown) => {
    await server.close();
    throw e;
  });
  return {
    origin: server.origin,
    newContext: () => localOnly(browser, server.origin),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The built task pane (dist/excel) opened in a fresh local-only Chromium at `query`, for a bench
 * that drives the preview; close() ends the page, the browser and the server.
 */
export async function openTaskpane(
  root: string,
  query: string
): Promise<{ page: Page; close(): Promise<void> }> {
  const server = await serveStatic(root);
  const browser = await launchChromium();
  const { context } = await localOnly(browser, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}/taskpane.html${query}`);
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Page-side JS: resolves once the panel has run the refresh it scheduled (no pending attribute). */
export const refreshedJs = (pending: string): string =>
  `() => new Promise((r) => { const panel = document.querySelector('.bp-panel'); const check = () => panel.hasAttribute(${JSON.stringify(pending)}) ? requestAnimationFrame(check) : r(); check(); })`;
