/** The panel's header (title, language) and its source section: read, what was read, insert. */
import { formatNumber, t } from '../i18n';
import { tp } from '../portfolio/i18n';
import { projectCount } from '../table';
import { h, uid } from './dom';
import type { Panel } from './panel';

/** Blank rows listed by number up to this many; more are counted. */
const BLANK_ROWS_LISTED = 5;

export function headerView(panel: Panel): HTMLElement {
  const L = panel.lang;
  return h(
    'header',
    { class: 'bp-header' },
    h(
      'div',
      {},
      h('h1', { class: 'bp-title' }, t('appTitle', L)),
      h('p', { class: 'bp-subtitle' }, t('appSubtitle', L))
    ),
    languageSelect(panel),
    viewTabs(panel)
  );
}

/** The two views, as a pair of toggle buttons. */
function viewTabs(panel: Panel): HTMLElement {
  const L = panel.lang;
  const tab = (view: Panel['view'], label: string) => {
    const b = h(
      'button',
      {
        type: 'button',
        class: 'bp-tab',
        'data-key': `view-${view}`,
        'aria-pressed': panel.view === view ? 'true' : 'false',
      },
      label
    );
    b.addEventListener('click', () => void panel.showView(view));
    return b;
  };
  return h(
    'nav',
    { class: 'bp-views', 'aria-label': tp('views', L) },
    tab('ranking', tp('viewRanking', L)),
    tab('portfolio', tp('viewPortfolio', L))
  );
}

function languageSelect(panel: Panel): HTMLElement {
  const id = uid('bp-lang');
  const select = h(
    'select',
    { id, 'data-key': 'lang' },
    h('option', { value: 'fr', selected: panel.lang === 'fr' }, 'Français'),
    h('option', { value: 'en', selected: panel.lang === 'en' }, 'English')
  );
  select.addEventListener('change', () => {
    panel.lang = select.value === 'en' ? 'en' : 'fr';
    panel.root.setAttribute('lang', panel.lang);
    panel.build();
    panel.onLanguage?.(panel.lang);
  });
  return h('div', { class: 'bp-lang' }, h('label', { for: id }, t('language', panel.lang)), select);
}

export function sourceSection(panel: Panel): HTMLElement {
  const L = panel.lang;
  const read = h(
    'button',
    { type: 'button', class: 'bp-button bp-primary', 'data-key': 'read', disabled: panel.busy },
    t('read', L)
  );
  read.addEventListener('click', () => void panel.readTable());
  const parts: (Node | string)[] = [
    h('div', { class: 'bp-row' }, read, h('span', { class: 'bp-help' }, t('readHelp', L))),
  ];
  const table = panel.table;
  if (table) {
    const first = table.headerRow + 1;
    const last = table.headerRow + table.rows.length;
    const n = formatNumber(projectCount(table), L);
    parts.push(h('p', { class: 'bp-source' }, t('source', L, table.sheet, first, last, n)));
    const blank = table.blankRows;
    if (blank.length) {
      const listed = blank.slice(0, BLANK_ROWS_LISTED).map((r) => t('row', L, r));
      const rows = listed.join(', ') + (blank.length > listed.length ? ', …' : '');
      parts.push(
        h('p', { class: 'bp-notice bp-skipped' }, t('skippedRows', L, blank.length, rows))
      );
    }
  } else if (panel.hasRead) {
    parts.push(h('p', { class: 'bp-notice' }, t('noTable', L)), insertControls(panel));
  }
  // Without a table the status belongs here; with one, next to the actions (see actions.ts).
  if (!table) parts.push(statusView(panel));
  return h('section', { class: 'bp-section bp-source-section' }, ...parts);
}

export function statusView(panel: Panel): Node {
  if (!panel.status) return document.createTextNode('');
  const { kind, text } = panel.status;
  return h(
    'p',
    { class: `bp-status bp-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    text
  );
}

function insertControls(panel: Panel): HTMLElement {
  const L = panel.lang;
  const id = uid('bp-examples');
  const box = h('input', {
    type: 'checkbox',
    id,
    'data-key': 'examples',
    checked: panel.examples,
  });
  box.addEventListener('change', () => (panel.examples = box.checked));
  const insert = h(
    'button',
    { type: 'button', class: 'bp-button', 'data-key': 'insert', disabled: panel.busy },
    t('insertTemplate', L)
  );
  insert.addEventListener('click', () =>
    panel.act(async () => {
      const result = await panel.bridge.insertScoringSheet({ lang: L, examples: panel.examples });
      panel.useRead(result);
      panel.status = { kind: 'ok', text: t('inserted', L, result.sheet) };
    })
  );
  return h(
    'div',
    { class: 'bp-insert' },
    insert,
    h('label', { class: 'bp-check', for: id }, box, t('withExamples', L))
  );
}
