/** What the Portfolio view shows under its controls: the answer, the reasons, the frontier, the write. */
import type { Lang, OutReason, PortfolioAnswer } from '@boussole/core';
import { formatNumber, t } from '../i18n';
import { percent } from '../inputs';
import { tp } from '../portfolio/i18n';
import type { PortfolioRows } from '../portfolio/table';
import { canWriteColumn, planFunded } from '../portfolio/write-back';
import { h } from './dom';
import { frontierView } from './frontier';
import type { PortfolioView } from './portfolio';

const list = (names: readonly string[], lang: Lang): string =>
  names.length ? names.join(', ') : tp('nothing', lang);

function reasonText(r: OutReason, lang: Lang): string {
  switch (r.kind) {
    case 'excluded-by':
      return tp('excluded-by', lang, r.by);
    case 'needs':
      return tp('needs', lang, r.project);
    case 'envelope-full':
      return tp('envelope-full', lang, tp(r.envelope, lang));
    default:
      return tp(r.kind, lang);
  }
}

function invalidList(rows: PortfolioRows, lang: Lang): HTMLElement | string {
  if (!rows.invalid.length) return '';
  const items = rows.invalid.map((r) => {
    const why =
      r.problem === 'name'
        ? tp('name', lang)
        : tp(r.problem === 'value' ? 'valueBad' : r.problem, lang, r.value);
    return h(
      'li',
      { 'data-row': r.row },
      h('strong', {}, t('row', lang, r.row)),
      r.name ? ` · ${r.name}` : '',
      ` — ${why}`
    );
  });
  return h(
    'section',
    { class: 'bp-invalid', 'aria-label': tp('invalidTitle', lang, rows.invalid.length) },
    h('h2', {}, tp('invalidTitle', lang, rows.invalid.length)),
    h('ul', {}, ...items)
  );
}

export function answerView(view: PortfolioView): (Node | string)[] {
  const L = view.panel.lang;
  const posed = view.problem();
  if (!posed) return [];
  const { rows, check } = posed;
  if (!check.ok) {
    const text =
      check.problem === 'total'
        ? tp('budgetInvalid', L)
        : check.problem === 'shares'
          ? tp('sharesInvalid', L, (check.bad ?? []).map((e) => tp(e, L)).join(', '))
          : tp(
              'sharesTotal',
              L,
              `${formatNumber(view.shares.map(percent).reduce((a, b) => a + b, 0) * 100, L, 2, 0)} %`
            );
    return [h('p', { class: 'bp-error', role: 'alert' }, text), invalidList(rows, L)];
  }
  const solved = view.answer();
  if (!solved) return [];
  const { answer } = solved;
  if (answer.error)
    return [
      h('p', { class: 'bp-error', role: 'alert' }, answer.error.message),
      invalidList(rows, L),
    ];
  const unit = view.table?.unit;
  const money = (n: number) => `${formatNumber(n, L, 2, 0)}${unit ? ` ${unit}` : ''}`;
  const num = (n: number) => formatNumber(n, L, 2, 0);
  const names = rows.projects.map((p) => p.name);
  const funded = names.filter((_, i) => answer.funded[i]);
  const gain = answer.value - answer.greedy.value;
  const out = names.flatMap((name, i) => {
    const r = answer.reasons[i];
    // A "never" the AI Act forced says why (the prohibited practice), not just "marked never".
    const forced = r?.kind === 'never' ? rows.aiact[i]?.reason : null;
    return r
      ? [
          h(
            'li',
            { 'data-row': rows.rows[i] },
            h('strong', {}, name),
            ` — ${forced ? forced[L] : reasonText(r, L)}`
          ),
        ]
      : [];
  });
  const duties = names.flatMap((name, i) => {
    const d = answer.funded[i] ? (rows.aiact[i]?.duties ?? []) : [];
    return d.length
      ? [
          h(
            'li',
            { 'data-row': rows.rows[i] },
            tp('duties', L, name, d.map((x) => x[L]).join(L === 'fr' ? ' ; ' : '; '))
          ),
        ]
      : [];
  });
  return [
    h(
      'p',
      { class: 'bp-answer', role: 'status' },
      tp('answer', L, list(funded, L), money(answer.cost), num(answer.value))
    ),
    h(
      'p',
      { class: 'bp-greedy' },
      tp('greedy', L, num(answer.greedy.value), money(answer.greedy.cost)),
      gain > 0 ? tp('gain', L, `+${num(gain)}`) : tp('same', L)
    ),
    h(
      'p',
      { class: 'bp-next' },
      answer.next
        ? tp('next', L, money(answer.next.extra), list(answer.next.adds, L))
        : tp('noNext', L)
    ),
    out.length
      ? h('section', { class: 'bp-out' }, h('h2', {}, tp('outTitle', L)), h('ul', {}, ...out))
      : '',
    duties.length
      ? h(
          'section',
          { class: 'bp-duties' },
          h('h2', {}, tp('dutiesTitle', L)),
          h('ul', {}, ...duties)
        )
      : '',
    h(
      'section',
      { class: 'bp-chart' },
      h('h2', {}, tp('frontier', L)),
      frontierView(answer.frontier, { budget: solved.problem.budget, value: answer.value }, L)
    ),
    invalidList(rows, L),
    writeControls(view, rows, answer, money(solved.problem.budget)),
  ];
}

function writeControls(
  view: PortfolioView,
  rows: PortfolioRows,
  answer: PortfolioAnswer,
  budget: string
): HTMLElement {
  const L = view.panel.lang;
  const { bridge } = view.panel;
  const table = view.table;
  const format = h(
    'select',
    { 'data-key': 'p-format', 'aria-label': tp('format', L) },
    h('option', { value: 'number', selected: view.format === 'number' }, tp('formatNumber', L)),
    h('option', { value: 'word', selected: view.format === 'word' }, tp('formatWord', L))
  );
  format.addEventListener(
    'change',
    () => (view.format = format.value === 'word' ? 'word' : 'number')
  );
  const can = canWriteColumn(bridge);
  const write = h(
    'button',
    {
      type: 'button',
      class: 'bp-button bp-primary',
      'data-key': 'p-write',
      disabled: view.panel.busy || !can || !table,
    },
    tp('write', L)
  );
  const run = (overwrite: boolean) => {
    if (!table || !canWriteColumn(bridge)) return;
    const fundedRows = new Set(rows.rows.filter((_, i) => answer.funded[i]));
    const date = new Date().toISOString().slice(0, 10);
    const request = {
      ...planFunded(table, fundedRows, new Set(rows.rows), view.format, { budget, date }, L),
      overwrite,
    };
    void view.panel.act(async () => {
      const result = await bridge.writeColumn(request);
      if (result.status === 'conflict') {
        view.pending = true;
        const more = result.count > result.cells.length ? ', …' : '';
        view.status = {
          kind: 'info',
          text: t('conflict', L, result.count, result.cells.join(', ') + more),
        };
        return;
      }
      view.pending = false;
      view.status = { kind: 'ok', text: tp('written', L, result.address) };
    });
  };
  write.addEventListener('click', () => run(false));
  const parts: (Node | string)[] = [h('div', { class: 'bp-row' }, format, write)];
  if (!can) parts.push(h('p', { class: 'bp-help' }, tp('cannotWrite', L)));
  if (view.status)
    parts.push(
      h('p', { class: `bp-status bp-${view.status.kind}`, role: 'status' }, view.status.text)
    );
  if (view.pending) {
    const replace = h(
      'button',
      { type: 'button', class: 'bp-button bp-danger', 'data-key': 'p-replace' },
      t('replace', L)
    );
    const cancel = h(
      'button',
      { type: 'button', class: 'bp-button', 'data-key': 'p-cancel' },
      t('cancel', L)
    );
    replace.addEventListener('click', () => run(true));
    cancel.addEventListener('click', () => {
      view.pending = false;
      view.status = { kind: 'info', text: t('cancelled', L) };
      view.refresh();
    });
    parts.push(
      h(
        'div',
        { class: 'bp-confirm', role: 'group', 'aria-label': t('replace', L) },
        replace,
        cancel
      )
    );
  }
  return h('div', { class: 'bp-actions' }, ...parts);
}
