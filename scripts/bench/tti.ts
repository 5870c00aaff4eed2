/**
 * taskpane_tti_ms: the task-pane preview page (dist/excel/taskpane.html, outside Office) opened in
 * Chromium on the generated 1 000-project portfolio, from navigation start until the ranked list is
 * rendered and interactive: the panel's readiness attribute counts the whole portfolio, a frame has
 * been painted after it and the main thread has come back to the event loop. office.js and anything
 * else not on the local server is blocked, as the preview must work offline. Median of several
 * fresh loads.
 */
import path from 'node:path';
import { PROJECTS_READ } from '../../panel/src/ui/panel';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { launchChromium, localOnly, serveStatic } from './browser';
import { median } from './stats';

/** The preview opened on the generated 1 000-project portfolio. */
export const PORTFOLIO_QUERY = '?demo=portfolio';
/** The panel's readiness signal (panel/src/ui/panel.ts) and the count it must reach. */
export const READY = {
  attribute: PROJECTS_READ,
  projects: 1000,
  /** The preview's "Demo data" selector (panel/src/ui/preview.ts). */
  selector: 'select[data-key="dataset"]',
};

/** The reference page: nothing to run, so its load time is the machine's and the server's share. */
const BLANK = {
  path: '/blank.html',
  html: '<!doctype html><html><head><title>blank</title></head><body></body></html>',
};
/**
 * The page tells the bench when it is interactive with a console message, which reaches the bench
 * through the DevTools protocol, not by being polled: a polling wait (page.waitForFunction)
 * evaluates Playwright's injected script in the page as soon as the page has parsed, 25–40 ms of
 * main-thread work inside the very interval being measured, which the blank page, finished before
 * any poll, did not pay. A binding (exposeBinding) would add Playwright's init script to every load.
 */
const REPORT = 'boussole-interactive';
const INTERACTIVE = `console.debug('${REPORT} ' + performance.now());`;
const BLANK_WATCH = `document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => { ${INTERACTIVE} }, 0)));`;

const RUNS = 5;
const TIMEOUT_MS = 15_000;
const WARMUP = 1;

/**
 * Installed before any page script: notes when the panel says it has drawn the whole portfolio
 * (its readiness attribute reaches the portfolio's project count), then when a frame has been
 * painted and the main thread is free again. When the page ignores `?demo=portfolio` and opens on
 * its small demo, the watcher picks the portfolio in the preview's "Demo data" selector itself, in
 * the page (no harness latency), and says so: the time then includes drawing the small demo first,
 * an upper bound. Plain JS text: a function would be serialised with the helpers tsx adds to it,
 * which the page does not have.
 */
export const WATCH = `(() => {
  const ready = ${JSON.stringify(READY)};
  const check = () => {
    const panel = document.querySelector('[' + ready.attribute + ']');
    if (window.__ready !== undefined || !panel) return;
    if (Number(panel.getAttribute(ready.attribute)) < ready.projects) {
      const select = document.querySelector(ready.selector);
      if (window.__viaSelector || !select) return;
      window.__viaSelector = true;
      select.value = 'portfolio';
      select.dispatchEvent(new Event('change'));
      return;
    }
    window.__ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => { ${INTERACTIVE} }, 0));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributeFilter: [ready.attribute] });
})();`;

/** Opens `url` in `context` with `watch` installed; resolves with the time the page reports. */
async function openWatched(
  context: BrowserContext,
  watch: string,
  url: string
): Promise<{ page: Page; at: number }> {
  await context.addInitScript(watch);
  const page = await context.newPage();
  const reported = new Promise<number>((resolve) => {
    page.on('console', (m) => {
      const [word, at] = m.text().split(' ');
      if (word === REPORT) resolve(Number(at));
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not interactive after ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS
    );
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return { page, at: await Promise.race([reported, late]) };
  } finally {
    clearTimeout(timer);
  }
}

export async function taskpaneTtiMs(): Promise<Measured> {
  readDist(DIST_FILES.taskpaneHtml);
  const server = await serveStatic(path.join(DIST, 'excel'), { [BLANK.path]: BLANK.html });
  const browser = await launchChromium();
  try {
    const samples: number[] = [];
    const blocked = new Set<string>();
    let viaSelector = false;
    const loaded: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const { context, blocked: b } = await localOnly(browser, server.origin);
      const errors: string[] = [];
      context.on('weberror', (e) => errors.push(e.error().message));
      let page: Page;
      let t: number;
      try {
        ({ page, at: t } = await openWatched(
          context,
          WATCH,
          `${server.origin}/taskpane.html${PORTFOLIO_QUERY}`
        ));
      } catch (e) {
        const why = (e as Error).message.split('\n')[0];
        throw new Error(
          `no ranked list of ${READY.projects} projects on taskpane.html${PORTFOLIO_QUERY} (${why})${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`
        );
      }
      if (await page.evaluate('window.__viaSelector === true')) viaSelector = true;
      const dcl = Number(
        await page.evaluate(
          `performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`
        )
      );
      if (i >= WARMUP) {
        samples.push(t);
        loaded.push(dcl);
      }
      b.forEach((u) => blocked.add(u));
      await context.close();
    }
    const blank: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const { context } = await localOnly(browser, server.origin);
      const { at } = await openWatched(context, BLANK_WATCH, `${server.origin}${BLANK.path}`);
      if (i >= WARMUP) blank.push(at);
      await context.close();
    }
    return {
      value: Math.round(median(samples)),
      note: `blank page from the same server, same readiness (painted, main thread free): ${Math.round(median(blank))} ms (median; ${blank.map((s) => s.toFixed(0)).join(', ')}), so the page's own cost is about ${Math.round(median(samples) - median(blank))} ms; ${viaSelector ? `the page ignores ${PORTFOLIO_QUERY}: portfolio picked in the Demo data selector once the small demo was drawn (upper bound); ` : ''}median of ${RUNS} fresh loads after ${WARMUP} warm-up: ${samples.map((s) => s.toFixed(0)).join(', ')} ms (DOMContentLoaded at ${Math.round(median(loaded))} ms); blocked: ${[...blocked].join(', ') || 'none'}`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
