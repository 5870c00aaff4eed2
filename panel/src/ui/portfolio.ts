/**
 * The Portfolio view: reads the project register through the HostBridge, takes the budget (a total,
 * or 50/30/20 envelopes of it), and shows core's exact answer beside the simple rule, with its
 * reasons, the frontier and the next step; writes the Funded column back (docs/panel.md).
 */
import type { PortfolioAnswer, PortfolioProblem } from '@boussole/core';
import { t } from '../i18n';
import { checkBudget, DEFAULT_SHARES, ENVELOPE_ORDER, type BudgetCheck } from '../portfolio/budget';
import { tp } from '../portfolio/i18n';
import { optimise } from '../portfolio/optimise';
import {
  locatePortfolio,
  readProjects,
  type PortfolioRows,
  type PortfolioTable,
} from '../portfolio/table';
import { canWriteColumn, type FundedFormat } from '../portfolio/write-back';
import { h, numberInput, uid } from './dom';
import type { Panel, Status } from './panel';
import { answerView } from './portfolio-results';

export class PortfolioView {
  table: PortfolioTable | undefined;
  hasRead = false;
  valueColumn: number | undefined;
  budget = '';
  split = false;
  shares = [...DEFAULT_SHARES];
  format: FundedFormat = 'number';
  status: Status | undefined;
  /** The Funded column waits for the user to confirm replacing non-empty cells. */
  pending = false;
  private slot = h('div', { class: 'bp-portfolio-results' });
  private frame: number | undefined;

  constructor(readonly panel: Panel) {}

  async read(): Promise<void> {
    const { bridge } = this.panel;
    await this.panel.act(async () => {
      const read = canWriteColumn(bridge) ? await bridge.readPortfolio() : await bridge.readTable();
      this.hasRead = true;
      this.table = locatePortfolio(read.blocks);
      this.valueColumn = this.table?.valueColumns[0];
      this.pending = false;
      if (this.table?.budget !== undefined) this.budget = String(this.table.budget);
    });
  }

  /** The problem as on screen, or why it cannot be posed. */
  problem(): { rows: PortfolioRows; check: BudgetCheck; problem?: PortfolioProblem } | undefined {
    const { table, valueColumn } = this;
    if (!table || valueColumn === undefined) return undefined;
    const rows = readProjects(table, valueColumn);
    const check = checkBudget({ total: this.budget, split: this.split, shares: this.shares });
    if (!check.ok) return { rows, check };
    return {
      rows,
      check,
      problem: { projects: rows.projects, budget: check.budget, envelopes: check.envelopes },
    };
  }

  answer():
    { rows: PortfolioRows; answer: PortfolioAnswer; problem: PortfolioProblem } | undefined {
    const p = this.problem();
    if (!p?.problem) return undefined;
    return { rows: p.rows, problem: p.problem, answer: optimise(p.problem, this.panel.lang) };
  }

  element(): HTMLElement {
    const L = this.panel.lang;
    const read = h(
      'button',
      {
        type: 'button',
        class: 'bp-button bp-primary',
        'data-key': 'p-read',
        disabled: this.panel.busy,
      },
      t('read', L)
    );
    read.addEventListener('click', () => void this.read());
    const parts: (Node | string)[] = [
      h('p', { class: 'bp-help' }, tp('intro', L)),
      h('div', { class: 'bp-row' }, read),
    ];
    const table = this.table;
    if (!table) {
      if (this.hasRead) parts.push(h('p', { class: 'bp-notice' }, tp('noRegister', L)));
      return h('section', { class: 'bp-section bp-portfolio' }, ...parts);
    }
    const rows = readProjects(table, this.valueColumn ?? 0);
    parts.push(h('p', { class: 'bp-source' }, tp('source', L, table.sheet, rows.projects.length)));
    parts.push(this.controls(table));
    parts.push(this.slot);
    this.refresh();
    return h('section', { class: 'bp-section bp-portfolio' }, ...parts);
  }

  private scheduleRefresh(): void {
    if (this.frame !== undefined) return;
    this.panel.root.setAttribute('data-pending', '');
    this.frame = requestAnimationFrame(() => this.refresh());
  }

  refresh(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.panel.root.removeAttribute('data-pending');
    this.slot.replaceChildren(...answerView(this));
  }

  private controls(table: PortfolioTable): HTMLElement {
    const L = this.panel.lang;
    const valueId = uid('bp-value');
    const value = h(
      'select',
      { id: valueId, 'data-key': 'p-value' },
      ...table.valueColumns.map((i) =>
        h('option', { value: String(i), selected: i === this.valueColumn }, table.headers[i])
      )
    );
    value.addEventListener('change', () => {
      this.valueColumn = Number(value.value);
      this.panel.build();
    });
    const budgetId = uid('bp-budget');
    const budget = numberInput({
      id: budgetId,
      class: 'bp-number bp-money',
      value: this.budget,
      'data-key': 'p-budget',
    });
    budget.addEventListener('input', () => {
      this.budget = budget.value;
      this.pending = false;
      this.scheduleRefresh();
    });
    const splitId = uid('bp-split');
    const split = h('input', {
      type: 'checkbox',
      id: splitId,
      'data-key': 'p-split',
      checked: this.split,
    });
    split.addEventListener('change', () => {
      this.split = split.checked;
      this.pending = false;
      this.panel.build();
    });
    const shares = ENVELOPE_ORDER.map((e, i) => {
      const id = uid(`bp-share-${e}`);
      const input = numberInput({
        id,
        value: this.shares[i],
        'data-key': `p-share-${e}`,
        'aria-label': tp('shareOf', L, tp(e, L)),
      });
      input.addEventListener('input', () => {
        this.shares[i] = input.value;
        this.pending = false;
        this.scheduleRefresh();
      });
      return h(
        'div',
        { class: 'bp-weight' },
        h('label', { for: id }, tp(e, L)),
        h('span', { class: 'bp-suffix' }, input, '%')
      );
    });
    return h(
      'div',
      { class: 'bp-portfolio-controls' },
      h('div', { class: 'bp-field' }, h('label', { for: valueId }, tp('value', L)), value),
      h(
        'div',
        { class: 'bp-field bp-inline' },
        h('label', { for: budgetId }, tp('budget', L)),
        budget,
        table.unit ? h('span', { class: 'bp-help' }, table.unit) : ''
      ),
      h('label', { class: 'bp-check', for: splitId }, split, tp('split', L)),
      this.split ? h('div', { class: 'bp-weights bp-shares' }, ...shares) : ''
    );
  }
}
