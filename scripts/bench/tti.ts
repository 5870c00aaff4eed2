/**
 * taskpane_tti_ms: the task-pane preview page (dist/excel/taskpane.html, outside Office) opened in
 * Chromium on the generated 1 000-project portfolio, from navigation start until the ranked list is
 * rendered and interactive: the panel's readiness signal is in the DOM, a frame has been painted
 * after it and the main thread has come back to the event loop. office.js and anything else not
 * on the local server is blocked, as the preview must work offline. Median of several fresh loads.
 */
import path from 'node:path';
import { DIST, DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { launchChromium, localOnly, serveStatic } from './browser';
import { median } from './stats';

/** The preview with the 1 000-project portfolio (panel/src: the preview reads `demo` from the URL). */
export const PORTFOLIO_QUERY = '?demo=portfolio';
/** The panel marks its root once the ranked list is drawn (panel/src/ui/panel.ts). */
export const READY_SELECTOR = '[data-state="ready"]';

const RUNS = 5;
const WARMUP = 1;

/** Installed before any page script: notes when the signal appears, then when the page is idle. */
function watch(selector: string): void {
  const w = window as unknown as { __ready?: number; __interactive?: number };
  const check = () => {
    if (w.__ready !== undefined || !document.querySelector(selector)) return;
    w.__ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => (w.__interactive = performance.now()), 0));
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

export async function taskpaneTtiMs(): Promise<Measured> {
  readDist(DIST_FILES.taskpaneHtml);
  const server = await serveStatic(path.join(DIST, 'excel'));
  const browser = await launchChromium();
  try {
    const samples: number[] = [];
    const blocked = new Set<string>();
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const { context, blocked: b } = await localOnly(browser, server.origin);
      await context.addInitScript(watch, READY_SELECTOR);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}/taskpane.html${PORTFOLIO_QUERY}`, { waitUntil: 'commit' });
      try {
        await page.waitForFunction(
          () => (window as { __interactive?: number }).__interactive !== undefined,
          null,
          {
            timeout: 15_000,
          }
        );
      } catch {
        throw new Error(
          `no ${READY_SELECTOR} within 15 s on taskpane.html${PORTFOLIO_QUERY}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`
        );
      }
      const t = await page.evaluate(
        () => (window as { __interactive?: number }).__interactive ?? NaN
      );
      if (i >= WARMUP) samples.push(t);
      b.forEach((u) => blocked.add(u));
      await context.close();
    }
    return {
      value: Math.round(median(samples)),
      note: `median of ${RUNS} fresh loads after ${WARMUP} warm-up: ${samples.map((s) => s.toFixed(0)).join(', ')} ms; blocked: ${[...blocked].join(', ') || 'none'}`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
