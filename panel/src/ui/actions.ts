/** The actions under the results: write back, chart in the sheet, and the replace question. */
import { a1Range } from '@boussole/core';
import type { WriteRequest } from '../protocol/bridge';
import type { Mapping } from '../headers';
import { t } from '../i18n';
import { ownColumns, writeKey } from '../inputs';
import type { Settings } from '../ranking';
import type { ProjectTable } from '../table';
import { planChart, planWrite } from '../write-plan';
import { h } from './dom';
import type { Panel } from './panel';
import { statusView } from './source';

export function actionsView(
  panel: Panel,
  table: ProjectTable,
  mapping: Mapping,
  settings: Settings | undefined
): Node[] {
  const L = panel.lang;
  const disabled = panel.busy || !settings || table.rows.length === 0;
  const write = h(
    'button',
    {
      type: 'button',
      class: 'bp-button bp-primary',
      'data-key': 'write',
      disabled,
      title: t('writeHelp', L),
    },
    t('write', L)
  );
  // Planned at the click, so that a write (or a confirmed replace) uses the settings on screen.
  const plan = (overwrite: boolean): WriteRequest | undefined => {
    const now = panel.settings();
    return now && { ...planWrite(table, mapping, now, L), overwrite };
  };
  write.addEventListener('click', () => void writeResults(panel, plan(false)));
  const chart = h(
    'button',
    { type: 'button', class: 'bp-button', 'data-key': 'chart', disabled },
    t('chartInSheet', L)
  );
  chart.addEventListener('click', () => {
    const request = planChart(table, mapping, {
      title: t('chart', L),
      xTitle: t('effortAxis', L),
      yTitle: t('impactAxis', L),
    });
    void panel.act(async () => {
      await panel.bridge.drawChart(request);
      panel.status = { kind: 'ok', text: t('chartDrawn', L, table.sheet) };
    });
  });
  const nodes: Node[] = [
    h('div', { class: 'bp-row' }, write, chart),
    h('p', { class: 'bp-help' }, t('writeHelp', L)),
    statusView(panel),
  ];
  if (panel.pending)
    nodes.push(confirmView(panel, () => writeResults(panel, plan(true)), disabled));
  return nodes;
}

async function writeResults(panel: Panel, request: WriteRequest | undefined): Promise<void> {
  if (!request) return;
  const L = panel.lang;
  await panel.act(async () => {
    const result = await panel.bridge.writeResults(request);
    if (result.status === 'conflict') {
      panel.pending = true;
      const more = result.count > result.cells.length ? ', …' : '';
      const cells = result.cells.join(', ') + more;
      const range = a1Range(request.row, request.column, request.rows + 1, request.headers.length);
      // Over the add-in's own columns (a template, a previous write) the question is simpler.
      panel.status = {
        kind: 'info',
        text: ownColumns(request, panel.table, panel.written)
          ? t('replaceOwn', L, range, result.count)
          : t('conflict', L, result.count, cells),
      };
      return;
    }
    panel.pending = false;
    panel.written = writeKey(request);
    panel.status = { kind: 'ok', text: t('written', L, result.address) };
  });
}

function confirmView(
  panel: Panel,
  replaceCells: () => Promise<void>,
  disabled: boolean
): HTMLElement {
  const L = panel.lang;
  const replace = h(
    'button',
    { type: 'button', class: 'bp-button bp-danger', 'data-key': 'replace', disabled },
    t('replace', L)
  );
  const cancel = h(
    'button',
    { type: 'button', class: 'bp-button', 'data-key': 'cancel' },
    t('cancel', L)
  );
  replace.addEventListener('click', () => void replaceCells());
  cancel.addEventListener('click', () => {
    panel.pending = false;
    panel.status = { kind: 'info', text: t('cancelled', L) };
    panel.build();
  });
  return h(
    'div',
    { class: 'bp-confirm', role: 'group', 'aria-label': t('replace', L) },
    replace,
    cancel
  );
}
