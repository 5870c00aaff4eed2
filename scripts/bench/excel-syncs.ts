/**
 * Excel round trips, counted by the typed Office.js fake (test/fakes/excel/) while the REAL
 * renderer (excel-addin/src/render-template.ts) and the REAL panel bridge
 * (excel-addin/src/bridge.ts) run: explicit `context.sync()` calls plus the flush `Excel.run`
 * does when commands are still queued, which is a round trip too.
 */
import { LANGS, TEMPLATE_IDS, type Lang } from '@boussole/core';
import { createExcelBridge } from '../../excel-addin/src/bridge';
import { insertTemplate } from '../../excel-addin/src/templates';
import { FakeWorkbook, installFakeExcel } from '../../test/fakes/excel';
import type { Measured } from './figures';
import { excelCellByCell, perRowSyncs } from './naive';
import { planFromBridge, portfolio, PORTFOLIO_SIZES } from './portfolio';
import { maxBy } from './stats';

/** Runs `f` with the fake as the global `Excel` (and a minimal `Office` for the display language). */
export async function withFake<T>(
  workbook: FakeWorkbook,
  lang: Lang,
  f: () => Promise<T>
): Promise<T> {
  const restore = installFakeExcel(workbook);
  const g = global as unknown as { Office?: unknown };
  const previousOffice = g.Office;
  g.Office = { context: { displayLanguage: lang === 'fr' ? 'fr-FR' : 'en-US' } };
  try {
    return await f();
  } finally {
    restore();
    g.Office = previousOffice;
  }
}

export interface TemplateCost {
  id: string;
  lang: Lang;
  roundTrips: number;
  syncs: number;
  baseline: number;
}

/** Every template id in both languages, with examples, each into a fresh workbook. */
export async function excelTemplateCosts(): Promise<TemplateCost[]> {
  const out: TemplateCost[] = [];
  for (const id of TEMPLATE_IDS) {
    for (const lang of LANGS) {
      const workbook = new FakeWorkbook();
      const name = await withFake(workbook, lang, () =>
        insertTemplate(id, { lang, examples: true })
      );
      out.push({
        id,
        lang,
        roundTrips: workbook.roundTrips,
        syncs: workbook.syncs,
        baseline: excelCellByCell(workbook.sheet(name)),
      });
    }
  }
  return out;
}

export async function excelSyncsPerTemplate(): Promise<Measured> {
  const costs = await excelTemplateCosts();
  const worst = maxBy(costs, (c) => c.roundTrips);
  const heaviest = maxBy(costs, (c) => c.baseline);
  return {
    value: worst.roundTrips,
    baseline: heaviest.baseline,
    note: `max at ${worst.id}/${worst.lang} (${worst.syncs} explicit sync + ${worst.roundTrips - worst.syncs} final flush); baseline = cells + formats of the largest template (${heaviest.id}/${heaviest.lang})`,
  };
}

/** Round trips of one panel write-back of `count` projects (the read before it is not counted). */
async function writeCost(count: number, lang: Lang) {
  const p = portfolio(count, lang);
  const workbook = new FakeWorkbook({ sheets: [p.sheet] });
  workbook.sheet(p.sheet).seed('A1', p.rows);
  workbook.select(p.sheet, 'A1');
  return withFake(workbook, lang, async () => {
    const bridge = createExcelBridge();
    const request = await planFromBridge(bridge, lang);
    const before = { roundTrips: workbook.roundTrips, syncs: workbook.syncs };
    const result = await bridge.writeResults(request);
    if (result.status !== 'written')
      throw new Error(`write-back of ${count} rows: ${result.status}`);
    return {
      roundTrips: workbook.roundTrips - before.roundTrips,
      syncs: workbook.syncs - before.syncs,
      rows: request.rows,
    };
  });
}

export async function excelSyncsPerPanelWrite(): Promise<Measured> {
  const costs = [];
  for (const n of PORTFOLIO_SIZES) costs.push(await writeCost(n, 'fr'));
  const largest = costs[costs.length - 1];
  return {
    value: Math.max(...costs.map((c) => c.roundTrips)),
    baseline: perRowSyncs(largest.rows),
    note: `${costs.map((c, i) => `${PORTFOLIO_SIZES[i]} rows: ${c.roundTrips}`).join(', ')}; baseline = one sync per written row at ${PORTFOLIO_SIZES[PORTFOLIO_SIZES.length - 1]} rows`,
  };
}
