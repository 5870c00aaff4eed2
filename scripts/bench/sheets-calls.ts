/**
 * Apps Script service calls, counted by the fake Apps Script world (test/fakes/sheets/) while the
 * SHIPPED dist/sheets/Code.js runs in node:vm: its top-level insertTemplate (what the menu calls)
 * and its panel server functions, called by the sidebar's real bridge through a fake
 * google.script.run.
 *
 * A service call is a document call as test/fakes/sheets/call-log.ts defines it (isDocumentCall),
 * the same rule the tests hold at TEMPLATE_CALLS_CEILING; builder calls (rules, styles, charts
 * assembled without touching the document) are counted apart.
 */
import type vm from 'node:vm';
import { LANGS, TEMPLATE_IDS, type Lang } from '@boussole/core';
import type { HostBridge } from '@boussole/panel/protocol';
import { createSheetsBridge } from '../../sheets-addon/sidebar/bridge';
import {
  callAs,
  FakeSheetsWorld,
  isDocumentCall,
  loadAppsScript,
  type CallLog,
} from '../../test/fakes/sheets';
import { DIST_FILES, readDist } from './dist';
import type { Measured } from './figures';
import { perRowSheetsCalls, sheetsCellByCell } from './naive';
import { planFromBridge, portfolio } from './portfolio';
import { maxBy } from './stats';

export interface SheetsTemplateCost {
  id: string;
  lang: Lang;
  calls: number;
  builders: number;
  baseline: number;
  breakdown: string;
}

function topCalls(log: CallLog, n = 4): string {
  return [...log.counts]
    .filter(([k]) => isDocumentCall(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k}×${v}`)
    .join(', ');
}

/** Every template id in both languages, with examples, each into a fresh spreadsheet. */
export function sheetsTemplateCosts(): SheetsTemplateCost[] {
  const code = readDist(DIST_FILES.codeJs);
  const out: SheetsTemplateCost[] = [];
  for (const id of TEMPLATE_IDS) {
    for (const lang of LANGS) {
      const world = new FakeSheetsWorld({ userLocale: lang });
      const context = loadAppsScript(code, world);
      world.log.reset();
      const name = callAs<string>(context, world, 'FULL', 'insertTemplate', id, {
        lang,
        examples: true,
      });
      out.push({
        id,
        lang,
        calls: world.log.documentCalls(),
        builders: world.log.builderCalls(),
        baseline: sheetsCellByCell(world.sheet(name)),
        breakdown: topCalls(world.log),
      });
    }
  }
  return out;
}

export function sheetsCallsPerTemplate(): Measured {
  const costs = sheetsTemplateCosts();
  const worst = maxBy(costs, (c) => c.calls);
  const heaviest = maxBy(costs, (c) => c.baseline);
  return {
    value: worst.calls,
    baseline: heaviest.baseline,
    note: `max at ${worst.id}/${worst.lang} (${worst.breakdown}; +${worst.builders} builder calls); baseline = cells + formats of the largest template (${heaviest.id}/${heaviest.lang})`,
  };
}

const viaJson = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/**
 * A fake `google.script.run` that runs Code.js's top-level server functions, arguments and result
 * passed through JSON as the real one serialises them, handlers called asynchronously.
 */
function scriptRun(context: vm.Context, world: FakeSheetsWorld): unknown {
  const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
          if (name === 'withUserObject') return () => runner(ok, fail);
          return (...args: unknown[]) =>
            queueMicrotask(() => {
              try {
                ok?.(viaJson(callAs(context, world, 'FULL', name, ...args.map(viaJson))));
              } catch (e) {
                fail?.(e);
              }
            });
        },
      }
    );
  return runner();
}

/**
 * The sidebar's REAL Sheets bridge (sheets-addon/sidebar/bridge.ts) over Code.js's REAL server
 * functions, joined by a fake google.script.run. Restore the global with the returned function.
 */
export function sheetsBridge(
  world: FakeSheetsWorld,
  code: string
): { bridge: HostBridge; restore: () => void } {
  const context = loadAppsScript(code, world);
  const g = global as unknown as { google?: unknown };
  const previous = g.google;
  g.google = { script: { run: scriptRun(context, world) } };
  return { bridge: createSheetsBridge(), restore: () => (g.google = previous) };
}

async function writeCost(
  count: number,
  lang: Lang
): Promise<{ calls: number; rows: number; breakdown: string }> {
  const p = portfolio(count, lang);
  const world = new FakeSheetsWorld({ userLocale: lang, sheets: { [p.sheet]: p.rows } });
  // A real sheet grows to hold its data; the fake starts at 1 000 rows.
  world.sheet(p.sheet).maxRows = Math.max(1000, p.rows.length);
  world.select(p.sheet, 'A1');
  const { bridge, restore } = sheetsBridge(world, readDist(DIST_FILES.codeJs));
  try {
    const request = await planFromBridge(bridge, lang);
    world.log.reset();
    const result = await bridge.writeResults(request);
    if (result.status !== 'written')
      throw new Error(`write-back of ${count} rows: ${result.status}`);
    return {
      calls: world.log.documentCalls(),
      rows: request.rows,
      breakdown: topCalls(world.log, 6),
    };
  } finally {
    restore();
  }
}

export async function sheetsCallsPerPanelWrite(): Promise<Record<string, Measured>> {
  const small = await writeCost(10, 'fr');
  const large = await writeCost(10_000, 'fr');
  return {
    sheets_calls_panel_write_10: {
      value: small.calls,
      baseline: perRowSheetsCalls(small.rows),
      note: small.breakdown,
    },
    sheets_calls_panel_write_10000: {
      value: large.calls,
      baseline: perRowSheetsCalls(large.rows),
      note: large.breakdown,
    },
  };
}
