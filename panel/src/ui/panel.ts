/**
 * The panel: its state, the user actions and the derived sections. Controls are rebuilt only on
 * structural changes (language, a new table, a new mapping) with the focus kept; typing in a
 * weight or the threshold only refreshes the derived sections, once per frame whatever the number
 * of keystrokes (docs/performance.md).
 */
import { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, type CostDirection, type Lang } from '@boussole/core';
import type { HostBridge, ReadResult } from '../protocol/bridge';
import { CRITERION_KEYS, missingCriteria, type Mapping } from '../headers';
import { fieldLabel, formatNumber, t } from '../i18n';
import { badWeights, hasUnit, percent, threshold } from '../inputs';
import {
  rankProjects,
  thresholdValid,
  weightsTotal,
  weightsValid,
  type Settings,
  type Weights,
} from '../ranking';
import {
  locateTable,
  parseRows,
  projectCount,
  type InvalidRow,
  type ProjectRow,
  type ProjectTable,
} from '../table';
import { actionsView } from './actions';
import { chartView } from './chart';
import { columnsSection } from './columns';
import { h } from './dom';
import { PortfolioView } from './portfolio';
import { invalidView, rankingView } from './results';
import { settingsSection } from './settings';
import { headerView, sourceSection, statusView } from './source';

export type Host = 'excel' | 'sheets' | 'preview';

export interface PanelOptions {
  lang: Lang;
  host: Host;
}

export type Status = { kind: 'info' | 'ok' | 'error'; text: string };

/** Attribute of the panel root: the number of projects of the table read, once it is drawn. */
export const PROJECTS_READ = 'data-projects-read';
/** Attribute of the panel root while a refresh is scheduled for the next frame. */
export const PENDING = 'data-pending';

export const METHOD_PERCENTS = DEFAULT_WEIGHTS.map((w) => String(w * 100));

export class Panel {
  lang: Lang;
  table: ProjectTable | undefined;
  mapping: Mapping | undefined;
  hasRead = false;
  weights = [...METHOD_PERCENTS];
  direction: CostDirection = 'cost';
  threshold = String(DEFAULT_THRESHOLD);
  showAll = false;
  /** Whether the user opened the columns section (it opens by itself when a criterion is missing). */
  columnsOpen = false;
  examples = true;
  busy = false;
  status: Status | undefined;
  /** A write is waiting for the user to confirm replacing non-empty cells. */
  pending = false;
  /** Where the last write landed (inputs.ts writeKey): its columns are the add-in's own. */
  written: string | undefined;
  /** Which view the panel shows: the priority ranking or the portfolio funding. */
  view: 'ranking' | 'portfolio' = 'ranking';
  readonly portfolio = new PortfolioView(this);
  /** Called when the user opens a view (the preview shows the sheet that view reads). */
  onView: ((view: Panel['view']) => void) | undefined;
  /** Called when the user switches language (the preview redraws its workbook). */
  onLanguage: ((lang: Lang) => void) | undefined;
  /** Containers of the derived sections, refilled by refresh(). */
  slots: Record<'total' | 'results' | 'chart' | 'actions', HTMLElement> | undefined;
  /** The rows checked for the current table and mapping (re-checked only when either changes). */
  private parsed:
    | {
        table: ProjectTable;
        key: string;
        lang: Lang;
        valid: ProjectRow[];
        invalid: InvalidRow[];
        /** The invalid rows' list, drawn once per table, mapping and language. */
        invalidNode: HTMLElement | string;
      }
    | undefined;
  private frame: number | undefined;

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
    const th = threshold(this.threshold);
    if (!weightsValid(w) || !thresholdValid(th)) return undefined;
    return { weights: w, direction: this.direction, threshold: th };
  }

  /** Opens a view; the portfolio reads its register the first time it opens. */
  async showView(view: Panel['view']): Promise<void> {
    this.view = view;
    this.onView?.(view);
    if (view === 'portfolio' && !this.portfolio.hasRead) await this.portfolio.read();
    else this.build();
  }

  async readTable(): Promise<void> {
    await this.act(async () => this.useRead(await this.bridge.readTable()));
  }

  useRead(result: ReadResult): void {
    this.hasRead = true;
    this.table = locateTable(result.blocks);
    this.mapping = this.table ? { ...this.table.mapping } : undefined;
    this.showAll = false;
    this.pending = false;
  }

  /**
   * Runs one user action: one bridge call, the panel disabled meanwhile, failures shown. The busy
   * state is drawn only if the call outlasts the current task (a preview read never does), so
   * that opening draws the panel once.
   */
  async act(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const showBusy = setTimeout(() => {
      this.status = { kind: 'info', text: t('busy', this.lang) };
      this.build();
      this.status = undefined;
    }, 0);
    try {
      this.status = undefined;
      await action();
    } catch (e) {
      this.status = {
        kind: 'error',
        text: t('failed', this.lang, e instanceof Error ? e.message : String(e)),
      };
    } finally {
      clearTimeout(showBusy);
      this.busy = false;
      this.build();
    }
  }

  /** Rebuilds everything, keeping the focus on the control that had it. */
  build(): void {
    const focused = document.activeElement?.getAttribute('data-key');
    this.slots = {
      total: h('p', { class: 'bp-total', 'aria-live': 'polite' }),
      results: h('div', { class: 'bp-results' }),
      chart: h('section', { class: 'bp-section bp-chart' }),
      actions: h('div', { class: 'bp-actions' }),
    };
    if (this.view === 'portfolio') {
      this.root.replaceChildren(headerView(this), this.portfolio.element(), statusView(this));
      this.root.removeAttribute(PROJECTS_READ);
      if (focused) this.root.querySelector<HTMLElement>(`[data-key="${focused}"]`)?.focus();
      return;
    }
    this.root.replaceChildren(
      headerView(this),
      sourceSection(this),
      ...(this.table && this.mapping
        ? [
            columnsSection(this, this.table, this.mapping),
            settingsSection(this),
            this.slots.results,
            this.slots.chart,
            this.slots.actions,
          ]
        : [])
    );
    this.refresh();
    // Readiness signal for scripts and benchmarks: the drawn table holds this many projects.
    if (this.table) this.root.setAttribute(PROJECTS_READ, String(projectCount(this.table)));
    else this.root.removeAttribute(PROJECTS_READ);
    if (focused) this.root.querySelector<HTMLElement>(`[data-key="${focused}"]`)?.focus();
  }

  /** A refresh at the next frame: keystrokes in between cost nothing more (one ranking per frame). */
  scheduleRefresh(): void {
    if (this.frame !== undefined) return;
    this.root.setAttribute(PENDING, '');
    this.frame = requestAnimationFrame(() => this.refresh());
  }

  private parse():
    { valid: ProjectRow[]; invalid: InvalidRow[]; invalidNode: HTMLElement | string } | undefined {
    const { table, mapping, lang } = this;
    if (!table || !mapping) return undefined;
    const key = JSON.stringify(mapping);
    const p = this.parsed;
    if (p?.key !== key || p.table !== table || p.lang !== lang) {
      const { valid, invalid } = parseRows(table, mapping);
      const invalidNode = invalidView(invalid, lang);
      this.parsed = { table, key, lang, valid, invalid, invalidNode };
    }
    return this.parsed;
  }

  /** Recomputes the total, the ranking, the chart and the actions from the current inputs. */
  refresh(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.root.removeAttribute(PENDING);
    if (!this.slots) return;
    const L = this.lang;
    const w = this.weights.map(percent) as unknown as Weights;
    const total = weightsTotal(w);
    const ok = weightsValid(w);
    const bad = badWeights(this.weights);
    this.slots.total.className = `bp-total ${ok ? 'bp-ok' : 'bp-bad'}`;
    const shown = Number.isFinite(total) ? `${formatNumber(total * 100, L, 2, 0)} %` : '?';
    this.slots.total.replaceChildren(
      t('total', L, shown),
      ok ? '' : ` — ${bad.length ? this.weightMessage(bad) : t('totalMust', L)}`
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
      this.slots.actions.replaceChildren(statusView(this));
      return;
    }
    const { valid, invalidNode } = this.parse() ?? { valid: [], invalidNode: '' };
    if (!settings) {
      const th = this.threshold;
      const why = thresholdValid(threshold(th))
        ? 'fixSettings'
        : hasUnit(th)
          ? 'thresholdUnit'
          : 'thresholdInvalid';
      this.slots.results.replaceChildren(h('p', { class: 'bp-error' }, t(why, L)), invalidNode);
      this.slots.chart.replaceChildren();
    } else {
      const ranked = rankProjects(valid, settings);
      const results = this.slots.results;
      const view = rankingView(
        ranked,
        L,
        this.showAll,
        () => {
          this.showAll = true;
          this.refresh();
        },
        results.firstChild
      );
      // Drawn in place (same section, same invalid list): nothing else is laid out again.
      const nodes = invalidNode ? [view, invalidNode] : [view];
      if (
        nodes.length !== results.childNodes.length ||
        nodes.some((n, i) => results.childNodes[i] !== n)
      )
        results.replaceChildren(...nodes);
      this.slots.chart.replaceChildren(
        h('h2', {}, t('chart', L)),
        chartView(ranked, settings.threshold, settings.direction, L)
      );
    }
    this.slots.actions.replaceChildren(...actionsView(this, table, mapping, settings));
  }

  /** Which weights are out of 0–100, by criterion name. */
  private weightMessage(bad: readonly number[]): string {
    const names = bad.map((i) => fieldLabel(CRITERION_KEYS[i], this.lang));
    return t('weightInvalid', this.lang, names.join(', '), bad.length);
  }
}
