/**
 * npm run bench [-- --json] [-- --build] [-- --only key,key]: the performance figures of
 * docs/performance.md. Builds first when a surface is missing (--build forces it); --only measures
 * just the groups that give those figures. Prints a table, or with --json one
 * JSON object and nothing else on stdout. Exits 0 even when a target is missed: the table says
 * MISSED and the JSON lists it under "missed". A figure whose piece is not there is n/a, with why.
 */
import { ensureBuilt } from './bench/dist';
import { excelSyncsPerPanelWrite, excelSyncsPerTemplate } from './bench/excel-syncs';
import { toJson, toTable, type Measured, type Report } from './bench/figures';
import { npvRange1000Ms } from './bench/npvrange';
import { fund200Ms } from './bench/fund';
import { priority100kMs } from './bench/priority';
import { sheetsCallsPerPanelWrite, sheetsCallsPerTemplate } from './bench/sheets-calls';
import { codeJsKb, functionsJsKb, taskpaneJsKb } from './bench/sizes';
import { portfolioOptimise200Ms } from './bench/portfolio-view';
import { panelRerank10000Ms } from './bench/rerank';
import { taskpaneTtiMs } from './bench/tti';

type Group = () => Promise<Record<string, Measured>> | Record<string, Measured>;
const one = (key: string, f: () => Promise<Measured> | Measured): [string[], Group] => [
  [key],
  async () => ({ [key]: await f() }),
];

/** Each measurement and the figures it yields; a failure makes only those figures n/a. */
const GROUPS: [string[], Group][] = [
  one('functions_js_kb', functionsJsKb),
  one('taskpane_js_kb', taskpaneJsKb),
  one('code_js_kb', codeJsKb),
  one('excel_syncs_per_template_max', excelSyncsPerTemplate),
  one('excel_syncs_per_panel_write', excelSyncsPerPanelWrite),
  one('sheets_calls_per_template_max', sheetsCallsPerTemplate),
  [['sheets_calls_panel_write_10', 'sheets_calls_panel_write_10000'], sheetsCallsPerPanelWrite],
  [['priority_100k_ms', 'priority_100k_vm_global_ms'], priority100kMs],
  one('npvrange_1000_ms', npvRange1000Ms),
  one('fund_200_ms', fund200Ms),
  one('taskpane_tti_ms', taskpaneTtiMs),
  one('panel_rerank_10000_ms', panelRerank10000Ms),
  one('portfolio_optimise_200_ms', portfolioOptimise200Ms),
];

const firstLine = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);

export async function measure(only?: readonly string[]): Promise<Report> {
  const report: Report = { values: {}, baselines: {}, notes: {}, unavailable: {} };
  for (const [keys, group] of GROUPS) {
    if (only && !keys.some((k) => only.includes(k))) continue;
    process.stderr.write(`measuring ${keys.join(', ')}…\n`);
    try {
      const got = await group();
      for (const k of keys) {
        const m = got[k];
        report.values[k] = m.value;
        if (m.baseline !== undefined) report.baselines[k] = m.baseline;
        if (m.note) report.notes[k] = m.note;
      }
    } catch (e) {
      for (const k of keys) {
        report.values[k] = null;
        report.unavailable[k] = firstLine(e);
      }
    }
  }
  return report;
}

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  // Bundles and renderers may log; in --json mode stdout carries the JSON object only.
  const log = console.log;
  if (json) console.log = (...a: unknown[]) => console.error(...a);
  ensureBuilt(argv.includes('--build'));
  const i = argv.indexOf('--only');
  const report = await measure(i >= 0 ? (argv[i + 1] ?? '').split(',') : undefined);
  if (json) process.stdout.write(`${JSON.stringify(toJson(report), null, 2)}\n`);
  else log(toTable(report));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
