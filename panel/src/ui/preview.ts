/**
 * The preview's demo workbook, shown beside the panel outside Office: a small editable grid of the
 * active sheet (cells typed here behave as in a spreadsheet), the sheet tabs, the demo data choice,
 * and what the panel wrote (formulas, charts).
 */
import { a1, a1Range, columnLetter, parseCell, type Lang } from '@boussole/core';
import { DEMO_KINDS, type DemoKind } from '../demo';
import { formatNumber, t } from '../i18n';
import type { CellValue } from '../protocol/bridge';
import { cellText } from '../protocol/cells';
import type { PreviewWorkbook } from '../preview-bridge';
import { h, uid } from './dom';

/** Rows drawn in the grid; the rest of a long sheet is counted, not drawn. */
const GRID_ROWS = 40;
const MIN_COLUMNS = 8;

const DATASET_LABEL = {
  method: 'datasetMethod',
  portfolio: 'datasetPortfolio',
  empty: 'datasetEmpty',
} as const;

export function previewView(
  workbook: PreviewWorkbook,
  initial: DemoKind,
  lang: () => Lang,
  onLoad: (kind: DemoKind) => void
): { element: HTMLElement; redraw: () => void } {
  const root = h('section', { class: 'bp-workbook' });
  let kind = initial;
  const draw = (): void => {
    const L = lang();
    const id = uid('bp-dataset');
    const bar = formulaBar(L);
    const select = h(
      'select',
      { id, 'data-key': 'dataset' },
      ...DEMO_KINDS.map((k) =>
        h('option', { value: k, selected: k === kind }, t(DATASET_LABEL[k], L))
      )
    );
    select.addEventListener('change', () => {
      kind = select.value as DemoKind;
      onLoad(kind);
      root.querySelector<HTMLElement>('[data-key="dataset"]')?.focus();
    });
    const tabs = workbook.sheets.map((sheet, i) => {
      const tab = h(
        'button',
        {
          type: 'button',
          class: 'bp-tab',
          'aria-pressed': i === workbook.active ? 'true' : 'false',
        },
        sheet.name
      );
      tab.addEventListener('click', () => {
        workbook.active = i;
        draw();
      });
      return tab;
    });
    root.replaceChildren(
      h(
        'header',
        { class: 'bp-workbook-header' },
        h('h1', {}, t('previewTitle', L)),
        h('p', {}, t('previewNote', L)),
        h('div', { class: 'bp-field bp-inline' }, h('label', { for: id }, t('dataset', L)), select)
      ),
      bar.element,
      grid(workbook, L, bar.show),
      h('nav', { class: 'bp-tabs' }, ...tabs),
      ...workbook.activeSheet.charts.map((c) =>
        h(
          'p',
          { class: 'bp-help' },
          t(
            'sheetChart',
            L,
            c.title,
            `${a1Range(c.firstRow, c.xColumn, c.lastRow - c.firstRow + 1, 1)} × ${a1Range(c.firstRow, c.yColumn, c.lastRow - c.firstRow + 1, 1)}`
          )
        )
      )
    );
  };
  workbook.onChange(draw);
  draw();
  return { element: root, redraw: draw };
}

/** Shows the whole content of the focused cell (a formula is longer than its cell), as Excel does. */
function formulaBar(lang: Lang): {
  element: HTMLElement;
  show: (address: string, text: string) => void;
} {
  const where = h('span', { class: 'bp-fx-cell' });
  const content = h('output', { class: 'bp-fx-content' });
  const element = h(
    'div',
    { class: 'bp-fx', role: 'group', 'aria-label': t('formulaBar', lang) },
    where,
    h('span', { class: 'bp-fx-sign', 'aria-hidden': 'true' }, 'fx'),
    content
  );
  return {
    element,
    show: (address, text) => {
      where.textContent = address;
      content.textContent = text;
    },
  };
}

/** Height of a grid row (22px cell and its border), to know how many rows the sheet box shows. */
const ROW_PX = 23;

/**
 * The active sheet's cells, each an editable text cell (not an input: a form control costs its
 * own inner tree to style and lay out, about 190 of them at opening, docs/performance.md). A
 * cell's text is committed to the workbook when the user leaves it, as a spreadsheet does; Enter
 * moves down. Only the rows the sheet box (70vh high) shows are drawn at once; the others, up to
 * GRID_ROWS, when the user scrolls to them or moves into the last drawn row. One listener per
 * event on the table, not several per cell.
 */
function grid(
  workbook: PreviewWorkbook,
  lang: Lang,
  onFocus: (address: string, text: string) => void
): HTMLElement {
  const sheet = workbook.activeSheet;
  const columns = Math.max(MIN_COLUMNS, workbook.width(sheet) + 1);
  const rows = Math.min(Math.max(sheet.cells.length + 1, 12), GRID_ROWS);
  const head = h(
    'tr',
    {},
    h('th', { class: 'bp-corner' }),
    ...Array.from({ length: columns }, (_, c) => h('th', { scope: 'col' }, columnLetter(c + 1)))
  );
  const valueAt = (r: number, c: number): CellValue => sheet.cells[r]?.[c] ?? null;
  const row = (r: number): HTMLElement =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, r + 1),
      // No label per cell: a table cell is named by its column and row headers.
      ...Array.from({ length: columns }, (_, c) => {
        const v = valueAt(r, c);
        const key = `${r},${c}`;
        const formula = sheet.formulas.has(key);
        return h(
          'td',
          {
            contenteditable: 'plaintext-only',
            'data-cell': a1(r + 1, c + 1),
            class: formula ? 'bp-formula' : typeof v === 'number' ? 'bp-num' : undefined,
            title: formula ? String(v) : sheet.notes.get(key),
          },
          cellText(v)
        );
      })
    );
  const inView = Math.ceil((window.innerHeight * 0.7) / ROW_PX);
  let drawn = Math.min(rows, inView);
  const tbody = h('tbody', {}, ...Array.from({ length: drawn }, (_, r) => row(r)));
  const drawRest = (): void => {
    if (drawn >= rows) return;
    tbody.append(...Array.from({ length: rows - drawn }, (_, i) => row(drawn + i)));
    drawn = rows;
  };
  const table = h('table', { class: 'bp-cells' }, h('thead', {}, head), tbody);
  const cellOf = (e: Event): { td: HTMLElement; row: number; col: number } | undefined => {
    const td = e.target;
    if (!(td instanceof HTMLElement) || !td.dataset.cell) return undefined;
    const { row, col } = parseCell(td.dataset.cell);
    return { td, row, col };
  };
  table.addEventListener('focusout', (e) => {
    const cell = cellOf(e);
    const typed = cell?.td.textContent ?? '';
    if (cell && typed !== cellText(valueAt(cell.row - 1, cell.col - 1)))
      workbook.type(cell.row - 1, cell.col - 1, typed);
  });
  table.addEventListener('keydown', (e) => {
    const cell = cellOf(e);
    if (!cell || e.key !== 'Enter') return;
    e.preventDefault();
    if (cell.row === drawn) drawRest();
    const below = table.querySelector<HTMLElement>(`[data-cell="${a1(cell.row + 1, cell.col)}"]`);
    if (below) below.focus();
    else cell.td.blur();
  });
  for (const type of ['focusin', 'input']) {
    table.addEventListener(type, (e) => {
      const cell = cellOf(e);
      if (!cell) return;
      onFocus(cell.td.dataset.cell as string, cell.td.textContent ?? '');
      if (cell.row === drawn) drawRest();
    });
  }
  const hidden = sheet.cells.length - rows;
  const box = h(
    'div',
    { class: 'bp-sheet' },
    table,
    hidden > 0
      ? h('p', { class: 'bp-help' }, t('hiddenRows', lang, formatNumber(hidden, lang)))
      : ''
  );
  box.addEventListener('scroll', drawRest, { once: true, passive: true });
  return box;
}
