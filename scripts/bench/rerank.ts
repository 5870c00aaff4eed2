/**
 * panel_rerank_10000_ms: the task-pane preview page opened in Chromium on a generated portfolio of
 * 10 000 projects, the whole ranking shown ("Show all"), then a weight change (impact and effort
 * typed, 40/30 ⇄ 50/20, so the total stays 100 %) timed from the first keystroke's input event
 * until the ranked list and the chart are redrawn and painted. Median of several changes. The
 * naive baseline times the same change when every row and every dot is redrawn, as the panel did
 * before its virtual list and capped chart: the real refresh, plus the panel's row and dot
 * elements built for all projects and laid out.
 */
import path from 'node:path';
import { PENDING, PROJECTS_READ } from '../../panel/src/ui/panel';
import { DIST, DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { openTaskpane, refreshedJs } from './browser';
import { median } from './stats';

export const RERANK_PROJECTS = 10_000;
const CHANGES = 9;
const WARMUP = 2;

/** Plain JS text run in the page (see tti.ts WATCH on why not a function). */
const MEASURE = (naive: boolean) => `(async () => {
  const panel = document.querySelector('.bp-panel');
  const input = (key) => document.querySelector('[data-key="w-' + key + '"]');
  const type = (key, v) => { const el = input(key); el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); };
  const refreshed = ${refreshedJs(PENDING)};
  const painted = () => new Promise((r) => setTimeout(r, 0));
  const naiveRedraw = () => {
    const ranked = Number(document.querySelector('.bp-table').getAttribute('aria-rowcount')) - 1;
    const body = document.createElement('tbody');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    for (let i = 0; i < ranked; i++) {
      const tr = document.createElement('tr');
      const rank = document.createElement('td'); rank.textContent = String(i + 1);
      const th = document.createElement('th');
      const name = document.createElement('span'); name.textContent = 'Project ' + i;
      const tag = document.createElement('span'); tag.textContent = 'Quick win';
      th.append(name, ' ', tag);
      const score = document.createElement('td'); score.textContent = '7.3';
      tr.append(rank, th, score); body.append(tr);
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title'); title.textContent = name.textContent;
      const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      c.setAttribute('cx', String(i % 300)); c.setAttribute('cy', String(i % 290)); c.setAttribute('r', '3');
      g.append(title, c); svg.append(g);
    }
    document.querySelector('.bp-table').append(body);
    document.querySelector('.bp-matrix').append(svg);
    void panel.offsetHeight;
    return () => { body.remove(); svg.remove(); };
  };
  const samples = [];
  const firsts = new Set();
  for (let i = 0; i < ${WARMUP + CHANGES}; i++) {
    await new Promise((r) => setTimeout(r, 60));
    const [a, b] = i % 2 ? ['40', '30'] : ['50', '20'];
    const t0 = performance.now();
    type('impact', a);
    type('effort', b);
    await refreshed();
    const undo = ${naive} ? naiveRedraw() : () => {};
    await painted();
    const t1 = performance.now();
    undo();
    if (!/100/.test(panel.querySelector('.bp-total').textContent)) throw new Error('weights do not total 100 %');
    firsts.add([...panel.querySelectorAll('.bp-table tbody tr:not(.bp-spacer)')].map((r) => r.textContent).join('|'));
    if (i >= ${WARMUP}) samples.push(t1 - t0);
  }
  if (firsts.size < 2) throw new Error('the weight change did not change the ranking');
  return samples;
})()`;

export async function panelRerank10000Ms(): Promise<Measured> {
  readDist(DIST_FILES.taskpaneHtml);
  const { page, close } = await openTaskpane(
    path.join(DIST, 'excel'),
    `?lang=en&demo=portfolio&projects=${RERANK_PROJECTS}`
  );
  try {
    await page.locator(`.bp-panel[${PROJECTS_READ}="${RERANK_PROJECTS}"]`).waitFor({
      timeout: 30_000,
    });
    const showAll = Number(
      await page.evaluate(`(async () => {
        const t0 = performance.now();
        document.querySelector('[data-key="show-all"]').click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      })()`)
    );
    const fast = (await page.evaluate(MEASURE(false))) as number[];
    const naive = (await page.evaluate(MEASURE(true))) as number[];
    return {
      value: Math.round(median(fast)),
      baseline: Math.round(median(naive)),
      note: `median of ${CHANGES} weight changes after ${WARMUP} warm-up, whole ranking shown: ${fast.map((s) => s.toFixed(0)).join(', ')} ms (input event to the next paint; refresh runs at the next frame); "Show all" on ${RERANK_PROJECTS} projects: ${showAll.toFixed(0)} ms; naive baseline redraws every row and dot: ${naive.map((s) => s.toFixed(0)).join(', ')} ms`,
    };
  } finally {
    await close();
  }
}
