/**
 * The panel: state, the controls and the derived sections. Controls are rebuilt only on
 * structural changes (language, a new table, a new mapping) with the focus kept; typing in a
 * weight or the threshold only refreshes the derived sections.
 */
import {
  a1Range,
  columnLetter,
  CRITERIA,
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  parseNumberText,
  type CostDirection,
  type Lang,
} from '@boussole/core';
import type { HostBridge, ReadResult, WriteRequest } from '../protocol/bridge';
import { FIELDS, missingCriteria, type Mapping } from '../headers';
import { fieldLabel, formatNumber, t } from '../i18n';
import {
  rankProjects,
  thresholdValid,
  weightsTotal,
  weightsValid,
  type Settings,
  type Weights,
} from '../ranking';
import { locateTable, parseRows, type ProjectTable } from '../table';
import { planChart, planWrite } from '../write-plan';
import { chartView } from './chart';
import { h, uid } from './dom';
import { invalidView, rankingView } from './results';

export type Host = 'excel' | 'sheets' | 'preview';

export interface PanelOptions {
  lang: Lang;
  host: Host;
}

type Status = { kind: 'info' | 'ok' | 'error'; text: string };

/** Attribute of the panel root: the number of projects of the table read, once it is drawn. */
export const PROJECTS_READ = 'data-projects-read';

const METHOD_PERCENTS = DEFAULT_WEIGHTS.map((w) => String(w * 100));

/** A percent typed as "40", "40 %", "12,5": the fraction, or NaN. */
function percent(text: string): number {
  const n = parseNumberText(text.replace(/%\s*$/, ''));
  return typeof n === 'number' ? n / 100 : NaN;
}

function number(text: string): number {
  const n = parseNumberText(text);
  return typeof n === 'number' ? n : NaN;
}

export class Panel {
  lang: Lang;
  private table: ProjectTable | undefined;
  private mapping: Mapping | undefined;
  private hasRead = false;
  private weights = [...METHOD_PERCENTS];
  private direction: CostDirection = 'cost';
  private threshold = String(DEFAULT_THRESHOLD);
  private showAll = false;
  /** Whether the user opened the columns section (it opens by itself when a criterion is missing). */
  private columnsOpen = false;
  private examples = true;
  private busy = false;
  private status: Status | undefined;
  /** A write is waiting for the user to confirm replacing non-empty cells. */
  private pending = false;
  /** Where the last write landed ("sheet!row,column"): its columns are the add-in's own. */
  private written: string | undefined;
  /** Called when the user switches language (the preview redraws its workbook). */
  onLanguage: ((lang: Lang) => void) | undefined;
  /** Containers of the derived sections, refilled by refresh(). */
  private slots: Record<'total' | 'results' | 'chart' | 'actions', HTMLElement> | undefined;

  constructor(
    readonly root: HTMLElement,
    readonly bridge: HostBridge,
    lang: Lang
  ) {
    this.lang = lang;
  }

  /** The settings as typed, or undefined while a weight or the threshold is not valid. */
  settings(): Settings | undefined {
    const w = this.weights.map(percent) as unknown as Weights;
    const threshold = number(this.threshold);
    if (!weightsValid(w) || !thresholdValid(threshold)) return undefined;
    return { weights: w, direction: this.direction, threshold };
  }

  async readTable(): Promise<void> {
    await this.act(async () => this.useRead(await this.bridge.readTable()));
  }

  private useRead(result: ReadResult): void {
    this.hasRead = true;
    this.table = locateTable(result.blocks);
    this.mapping = this.table ? { ...this.table.mapping } : undefined;
    this.showAll = false;
    this.pending = false;
  }

  /** Runs one user action: one bridge call, the panel disabled meanwhile, failures shown. */
  private async act(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.status = { kind: 'info', text: t('busy', this.lang) };
    this.build();
    try {
      this.status = undefined;
      await action();
    } catch (e) {
      this.status = {
        kind: 'error',
        text: t('failed', this.lang, e instanceof Error ? e.message : String(e)),
      };
    } finally {
      this.busy = false;
      this.build();
    }
  }

  /** Rebuilds everything, keeping the focus on the control that had it. */
  build(): void {
    const focused = document.activeElement?.getAttribute('data-key');
    const L = this.lang;
    this.slots = {
      total: h('p', { class: 'bp-total', 'aria-live': 'polite' }),
      results: h('div', { class: 'bp-results' }),
      chart: h('section', { class: 'bp-section bp-chart' }),
      actions: h('div', { class: 'bp-actions' }),
    };
    this.root.replaceChildren(
      h(
        'header',
        { class: 'bp-header' },
        h(
          'div',
          {},
          h('h1', { class: 'bp-title' }, t('appTitle', L)),
          h('p', { class: 'bp-subtitle' }, t('appSubtitle', L))
        ),
        this.languageSelect()
      ),
      this.sourceSection(),
      ...(this.table && this.mapping
        ? [
            this.columnsSection(this.table, this.mapping),
            this.settingsSection(),
            this.slots.results,
            this.slots.chart,
            this.slots.actions,
          ]
        : [])
    );
    this.refresh();
    // Readiness signal for scripts and benchmarks: the drawn table holds this many projects.
    if (this.table) this.root.setAttribute(PROJECTS_READ, String(this.table.rows.length));
    else this.root.removeAttribute(PROJECTS_READ);
    if (focused) this.root.querySelector<HTMLElement>(`[data-key="${focused}"]`)?.focus();
  }

  /** Recomputes the total, the ranking, the chart and the actions from the current inputs. */
  refresh(): void {
    if (!this.slots) return;
    const L = this.lang;
    const w = this.weights.map(percent) as unknown as Weights;
    const total = weightsTotal(w);
    const ok = weightsValid(w);
    this.slots.total.className = `bp-total ${ok ? 'bp-ok' : 'bp-bad'}`;
    const shown = Number.isFinite(total) ? `${formatNumber(total * 100, L, 2, 0)} %` : '—';
    this.slots.total.replaceChildren(
      t('total', L, shown),
      ok ? '' : ` — ${w.every(Number.isFinite) ? t('totalMust', L) : t('weightInvalid', L)}`
    );
    const { table, mapping } = this;
    const settings = this.settings();
    if (!table || !mapping) return;
    const missing = missingCriteria(mapping);
    if (missing.length) {
      const list = missing.map((k) => fieldLabel(k, L)).join(', ');
      this.slots.results.replaceChildren(
        h('p', { class: 'bp-error' }, t('missingColumns', L, list))
      );
      this.slots.chart.replaceChildren();
      this.slots.actions.replaceChildren(this.statusView());
      return;
    }
    const { valid, invalid } = parseRows(table, mapping);
    if (!settings) {
      const why = thresholdValid(number(this.threshold)) ? 'fixSettings' : 'thresholdInvalid';
      this.slots.results.replaceChildren(
        h('p', { class: 'bp-error' }, t(why, L)),
        invalidView(invalid, L)
      );
      this.slots.chart.replaceChildren();
    } else {
      const ranked = rankProjects(valid, settings);
      this.slots.results.replaceChildren(
        rankingView(ranked, L, this.showAll, () => {
          this.showAll = true;
          this.refresh();
        }),
        invalidView(invalid, L)
      );
      this.slots.chart.replaceChildren(
        h('h2', {}, t('chart', L)),
        chartView(ranked, settings.threshold, settings.direction, L)
      );
    }
    this.slots.actions.replaceChildren(...this.actions(table, mapping, settings));
  }

  private languageSelect(): HTMLElement {
    const id = uid('bp-lang');
    const select = h(
      'select',
      { id, 'data-key': 'lang' },
      h('option', { value: 'fr', selected: this.lang === 'fr' }, 'Français'),
      h('option', { value: 'en', selected: this.lang === 'en' }, 'English')
    );
    select.addEventListener('change', () => {
      this.lang = select.value === 'en' ? 'en' : 'fr';
      this.root.setAttribute('lang', this.lang);
      this.build();
      this.onLanguage?.(this.lang);
    });
    return h(
      'div',
      { class: 'bp-lang' },
      h('label', { for: id }, t('language', this.lang)),
      select
    );
  }

  private sourceSection(): HTMLElement {
    const L = this.lang;
    const read = h(
      'button',
      { type: 'button', class: 'bp-button bp-primary', 'data-key': 'read', disabled: this.busy },
      t('read', L)
    );
    read.addEventListener('click', () => void this.readTable());
    const parts: (Node | string)[] = [
      h('div', { class: 'bp-row' }, read, h('span', { class: 'bp-help' }, t('readHelp', L))),
    ];
    const table = this.table;
    if (table) {
      const first = table.headerRow + 1;
      const last = table.headerRow + table.rows.length;
      const n = formatNumber(table.rows.length, L);
      parts.push(h('p', { class: 'bp-source' }, t('source', L, table.sheet, first, last, n)));
    } else if (this.hasRead) {
      parts.push(h('p', { class: 'bp-notice' }, t('noTable', L)), this.insertControls());
    }
    // Without a table the status belongs here; with one, next to the actions (see actions()).
    if (!table) parts.push(this.statusView());
    return h('section', { class: 'bp-section bp-source-section' }, ...parts);
  }

  private statusView(): Node {
    if (!this.status) return document.createTextNode('');
    const { kind, text } = this.status;
    return h(
      'p',
      { class: `bp-status bp-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      text
    );
  }

  private insertControls(): HTMLElement {
    const L = this.lang;
    const id = uid('bp-examples');
    const box = h('input', {
      type: 'checkbox',
      id,
      'data-key': 'examples',
      checked: this.examples,
    });
    box.addEventListener('change', () => (this.examples = box.checked));
    const insert = h(
      'button',
      { type: 'button', class: 'bp-button', 'data-key': 'insert', disabled: this.busy },
      t('insertTemplate', L)
    );
    insert.addEventListener('click', () =>
      this.act(async () => {
        const result = await this.bridge.insertScoringSheet({ lang: L, examples: this.examples });
        this.useRead(result);
        this.status = { kind: 'ok', text: t('inserted', L, result.sheet) };
      })
    );
    return h(
      'div',
      { class: 'bp-insert' },
      insert,
      h('label', { class: 'bp-check', for: id }, box, t('withExamples', L))
    );
  }

  private columnsSection(table: ProjectTable, mapping: Mapping): HTMLElement {
    const L = this.lang;
    const fields = FIELDS.map((field) => {
      const id = uid(`bp-col-${field}`);
      const select = h(
        'select',
        {
          id,
          'data-key': `col-${field}`,
          'aria-label': t('columnOf', L, fieldLabel(field, L)),
        },
        h('option', { value: '', selected: mapping[field] === undefined }, t('notUsed', L)),
        ...table.headers.map((header, i) =>
          h(
            'option',
            { value: String(i), selected: mapping[field] === i },
            `${columnLetter(table.firstColumn + i)} · ${header}`
          )
        )
      );
      select.addEventListener('change', () => {
        mapping[field] = select.value === '' ? undefined : Number(select.value);
        this.pending = false;
        this.build();
      });
      return h('div', { class: 'bp-field' }, h('label', { for: id }, fieldLabel(field, L)), select);
    });
    const details = h(
      'details',
      { class: 'bp-section', open: this.columnsOpen || missingCriteria(mapping).length > 0 },
      h('summary', { 'data-key': 'columns' }, t('columns', L)),
      h('p', { class: 'bp-help' }, t('columnsHelp', L)),
      h('div', { class: 'bp-grid' }, ...fields)
    );
    details.addEventListener('toggle', () => (this.columnsOpen = details.open));
    return details;
  }

  private settingsSection(): HTMLElement {
    const L = this.lang;
    const presetId = uid('bp-preset');
    const isMethod = this.weights.every((w, i) => percent(w) === DEFAULT_WEIGHTS[i]);
    const preset = h(
      'select',
      { id: presetId, 'data-key': 'preset' },
      h('option', { value: 'method', selected: isMethod }, t('presetMethod', L)),
      h('option', { value: 'custom', selected: !isMethod }, t('presetCustom', L))
    );
    const inputs = CRITERIA.map((c, i) => {
      const id = uid(`bp-w-${c.key}`);
      const input = h('input', {
        id,
        type: 'text',
        inputmode: 'decimal',
        class: 'bp-number',
        value: this.weights[i],
        'data-key': `w-${c.key}`,
        'aria-label': t('weightOf', L, c.label[L]),
        'aria-describedby': `${presetId}-total`,
      });
      input.addEventListener('input', () => {
        this.weights[i] = input.value;
        preset.value = this.weights.every((w, j) => percent(w) === DEFAULT_WEIGHTS[j])
          ? 'method'
          : 'custom';
        this.refresh();
      });
      return {
        input,
        field: h(
          'div',
          { class: 'bp-weight' },
          h('label', { for: id }, c.label[L]),
          h('span', { class: 'bp-suffix' }, input, '%')
        ),
      };
    });
    preset.addEventListener('change', () => {
      if (preset.value !== 'method') return;
      this.weights = [...METHOD_PERCENTS];
      inputs.forEach(({ input }, i) => (input.value = this.weights[i]));
      this.refresh();
    });
    this.slots?.total.setAttribute('id', `${presetId}-total`);

    const dirId = uid('bp-dir');
    const direction = h(
      'select',
      { id: dirId, 'data-key': 'direction' },
      h('option', { value: 'cost', selected: this.direction === 'cost' }, t('directionCost', L)),
      h(
        'option',
        { value: 'benefit', selected: this.direction === 'benefit' },
        t('directionBenefit', L)
      )
    );
    direction.addEventListener('change', () => {
      this.direction = direction.value === 'benefit' ? 'benefit' : 'cost';
      this.refresh();
    });
    const thId = uid('bp-threshold');
    const threshold = h('input', {
      id: thId,
      type: 'text',
      inputmode: 'decimal',
      class: 'bp-number',
      value: this.threshold,
      'data-key': 'threshold',
      'aria-describedby': `${thId}-help`,
    });
    threshold.addEventListener('input', () => {
      this.threshold = threshold.value;
      this.refresh();
    });
    return h(
      'section',
      { class: 'bp-section' },
      h('h2', {}, t('weights', L)),
      h('div', { class: 'bp-field' }, h('label', { for: presetId }, t('preset', L)), preset),
      h('div', { class: 'bp-weights' }, ...inputs.map((x) => x.field)),
      this.slots?.total ?? '',
      h('div', { class: 'bp-field' }, h('label', { for: dirId }, t('direction', L)), direction),
      h(
        'div',
        { class: 'bp-field bp-inline' },
        h('label', { for: thId }, t('threshold', L)),
        threshold,
        h('span', { class: 'bp-help', id: `${thId}-help` }, t('thresholdHelp', L))
      )
    );
  }

  private actions(table: ProjectTable, mapping: Mapping, settings: Settings | undefined): Node[] {
    const L = this.lang;
    const disabled = this.busy || !settings || table.rows.length === 0;
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
    const plan = (overwrite: boolean): WriteRequest | undefined =>
      settings && { ...planWrite(table, mapping, settings, L), overwrite };
    write.addEventListener('click', () => void this.write(plan(false)));
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
      void this.act(async () => {
        await this.bridge.drawChart(request);
        this.status = { kind: 'ok', text: t('chartDrawn', L, table.sheet) };
      });
    });
    const nodes: Node[] = [
      h('div', { class: 'bp-row' }, write, chart),
      h('p', { class: 'bp-help' }, t('writeHelp', L)),
    ];
    nodes.push(this.statusView());
    if (this.pending) nodes.push(this.confirmView(() => this.write(plan(true)), disabled));
    return nodes;
  }

  private async write(request: WriteRequest | undefined): Promise<void> {
    if (!request) return;
    const L = this.lang;
    await this.act(async () => {
      const result = await this.bridge.writeResults(request);
      if (result.status === 'conflict') {
        this.pending = true;
        const more = result.count > result.cells.length ? ', …' : '';
        const cells = result.cells.join(', ') + more;
        // Over the add-in's own columns (a template, a previous write) the question is simpler.
        const own =
          (this.table !== undefined && request.column <= this.table.lastColumn) ||
          this.written === `${request.sheet}!${request.row},${request.column}`;
        const range = a1Range(
          request.row,
          request.column,
          request.rows + 1,
          request.headers.length
        );
        this.status = {
          kind: 'info',
          text: own
            ? t('replaceOwn', L, range, result.count)
            : t('conflict', L, result.count, cells),
        };
        return;
      }
      this.pending = false;
      this.written = `${request.sheet}!${request.row},${request.column}`;
      this.status = { kind: 'ok', text: t('written', L, result.address) };
    });
  }

  private confirmView(replaceCells: () => Promise<void>, disabled: boolean): HTMLElement {
    const L = this.lang;
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
      this.pending = false;
      this.status = { kind: 'info', text: t('cancelled', L) };
      this.build();
    });
    return h(
      'div',
      { class: 'bp-confirm', role: 'group', 'aria-label': t('replace', L) },
      replace,
      cancel
    );
  }
}
