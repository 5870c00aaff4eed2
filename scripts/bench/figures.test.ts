/** The bench's report: the JSON keys others rely on, and how a target is judged. */
import { FIGURES, missed, toJson, toTable, type Report } from './figures';

const KEYS = [
  'excel_syncs_per_template_max',
  'excel_syncs_per_panel_write',
  'sheets_calls_per_template_max',
  'sheets_calls_panel_write_10',
  'sheets_calls_panel_write_10000',
  'priority_100k_ms',
  'functions_js_kb',
  'taskpane_js_kb',
  'code_js_kb',
  'taskpane_tti_ms',
];

const report = (
  values: Record<string, number | null>,
  baselines: Record<string, number> = {}
): Report => ({
  values,
  baselines,
  notes: {},
  unavailable: {},
});

test('the JSON object carries every figure of issue 7, null when not measured', () => {
  const json = toJson(report({ functions_js_kb: 30 }));
  for (const k of KEYS) expect(json).toHaveProperty(k);
  expect(json.functions_js_kb).toBe(30);
  expect(json.taskpane_tti_ms).toBeNull();
  expect(FIGURES.map((f) => f.key)).toEqual(expect.arrayContaining(KEYS));
});

test('each round-trip figure is printed beside its naive baseline', () => {
  const json = toJson(
    report({ excel_syncs_per_panel_write: 2 }, { excel_syncs_per_panel_write: 10_001 })
  );
  expect(json.excel_syncs_per_panel_write_baseline).toBe(10_001);
  expect(
    toTable(report({ excel_syncs_per_panel_write: 2 }, { excel_syncs_per_panel_write: 10_001 }))
  ).toMatch(/excel_syncs_per_panel_write\s+2 syncs\s+≤ 3\s+10001 \(×5001\)\s+ok/);
});

test('targets: at most the limit, and equal Sheets calls for 10 and 10 000 rows', () => {
  expect(missed(report({ priority_100k_ms: 100, functions_js_kb: 64.1 }))).toEqual([
    'functions_js_kb',
  ]);
  expect(
    missed(report({ sheets_calls_panel_write_10: 13, sheets_calls_panel_write_10000: 14 }))
  ).toEqual(['sheets_calls_panel_write_10000']);
  expect(
    missed(report({ sheets_calls_panel_write_10: 13, sheets_calls_panel_write_10000: 13 }))
  ).toEqual([]);
  expect(toTable(report({ taskpane_tti_ms: 401 }))).toMatch(/MISSED: taskpane_tti_ms/);
});
