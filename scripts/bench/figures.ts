/**
 * The figures `npm run bench` reports, their targets (docs/performance.md), and how they print:
 * a table for people, one JSON object for machines (`-- --json`).
 */

/** One measured number; `baseline` is what a naive host adapter would cost for the same work. */
export interface Measured {
  value: number;
  baseline?: number;
  /** How the number was obtained (shown under the table). */
  note?: string;
}

export type Values = Readonly<Record<string, number | null>>;

export interface FigureSpec {
  key: string;
  label: string;
  unit: string;
  /** Printed target and its check; figures without one are informative. */
  target?: { text: string; ok: (value: number, all: Values) => boolean };
}

const atMost = (limit: number): FigureSpec['target'] => ({
  text: `≤ ${limit}`,
  ok: (v) => v <= limit,
});

export const FIGURES: readonly FigureSpec[] = [
  {
    key: 'excel_syncs_per_template_max',
    label: 'Excel context.sync() per template insert (max over ids × fr/en)',
    unit: 'syncs',
    target: atMost(3),
  },
  {
    key: 'excel_syncs_per_panel_write',
    label: 'Excel context.sync() per panel write-back (max of 10 and 10 000 rows)',
    unit: 'syncs',
    target: atMost(3),
  },
  {
    key: 'sheets_calls_per_template_max',
    label: 'Sheets service calls per template insert (max over ids × fr/en)',
    unit: 'calls',
    target: atMost(40),
  },
  {
    key: 'sheets_calls_panel_write_10',
    label: 'Sheets service calls per panel write-back, 10 rows',
    unit: 'calls',
  },
  {
    key: 'sheets_calls_panel_write_10000',
    label: 'Sheets service calls per panel write-back, 10 000 rows',
    unit: 'calls',
    target: {
      text: '= 10-row figure',
      ok: (v, all) => v === all.sheets_calls_panel_write_10,
    },
  },
  {
    key: 'priority_100k_ms',
    label: 'AI_PRIORITY on 100 000 rows, one array call (Sheets Code.js, median)',
    unit: 'ms',
    target: atMost(100),
  },
  {
    key: 'priority_100k_vm_global_ms',
    label: 'The same, built-ins looked up through the node:vm global (harness overhead included)',
    unit: 'ms',
  },
  {
    key: 'npvrange_1000_ms',
    label: 'AI_NPVRANGE on 1 000 three-point projects, one array call (Sheets Code.js, median)',
    unit: 'ms',
    target: atMost(1000),
  },
  {
    key: 'fund_200_ms',
    label: 'AI_FUND on 200 projects with must/never rows, one call (Sheets Code.js, median)',
    unit: 'ms',
    target: atMost(500),
  },
  {
    key: 'functions_js_kb',
    label: 'dist/excel/functions.js (minified)',
    unit: 'KB',
    target: atMost(64),
  },
  {
    key: 'taskpane_js_kb',
    label: 'Task-pane JavaScript (minified, office.js excluded)',
    unit: 'KB',
    target: atMost(200),
  },
  {
    key: 'code_js_kb',
    label: 'dist/sheets/Code.js (minified)',
    unit: 'KB',
    target: atMost(160),
  },
  {
    key: 'taskpane_tti_ms',
    label: 'Task-pane preview interactive, 1 000 projects (Chromium, median)',
    unit: 'ms',
    target: atMost(250),
  },
  {
    key: 'panel_rerank_10000_ms',
    label:
      'Panel re-rank after a weight change, 10 000 projects, whole list shown (Chromium, median)',
    unit: 'ms',
    target: atMost(50),
  },
  {
    key: 'portfolio_optimise_200_ms',
    label:
      'Portfolio view re-funds after a budget change, 200 projects, 3 envelopes (Chromium, median)',
    unit: 'ms',
    target: atMost(1000),
  },
];

export interface Report {
  values: Record<string, number | null>;
  baselines: Record<string, number>;
  notes: Record<string, string>;
  /** Why a figure could not be measured (the piece it needs is missing or failed). */
  unavailable: Record<string, string>;
}

export type Status = 'ok' | 'MISSED' | 'n/a' | '';

export function statusOf(spec: FigureSpec, report: Report): Status {
  const v = report.values[spec.key];
  if (v === null || v === undefined) return 'n/a';
  if (!spec.target) return '';
  return spec.target.ok(v, report.values) ? 'ok' : 'MISSED';
}

export const missed = (report: Report): string[] =>
  FIGURES.filter((f) => statusOf(f, report) === 'MISSED').map((f) => f.key);

/** The machine form: every figure (null when unavailable), `<key>_baseline`, and the verdicts. */
export function toJson(report: Report): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIGURES) {
    out[f.key] = report.values[f.key] ?? null;
    if (report.baselines[f.key] !== undefined) out[`${f.key}_baseline`] = report.baselines[f.key];
  }
  out.targets = Object.fromEntries(
    FIGURES.filter((f) => f.target).map((f) => [f.key, f.target?.text])
  );
  out.missed = missed(report);
  out.unavailable = report.unavailable;
  out.notes = report.notes;
  return out;
}

const show = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(1);

/** The human form: one line per figure, then notes and reasons. */
export function toTable(report: Report): string {
  const measured = FIGURES.filter((f) => f.key in report.values);
  const rows = measured.map((f) => {
    const base = report.baselines[f.key];
    const v = report.values[f.key];
    const ratio = base !== undefined && v ? ` (×${Math.round(base / v)})` : '';
    return [
      f.key,
      v === null || v === undefined ? '—' : `${show(v)} ${f.unit}`,
      f.target?.text ?? '',
      base === undefined ? '' : `${show(base)}${ratio}`,
      statusOf(f, report),
    ];
  });
  const head = ['figure', 'value', 'target', 'naive baseline', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r));
  out.push('');
  for (const f of FIGURES) {
    const why = report.unavailable[f.key];
    if (why) out.push(`n/a  ${f.key}: ${why}`);
  }
  for (const f of FIGURES) {
    const note = report.notes[f.key];
    if (note) out.push(`     ${f.key}: ${note}`);
  }
  const m = missed(report);
  out.push('', m.length ? `MISSED: ${m.join(', ')}` : 'All measured targets hold.');
  return out.join('\n');
}
