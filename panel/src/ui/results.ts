/** The ranked list (with the quadrant counts) and the list of rows that could not be scored. */
import { QUADRANTS, type Lang, type Quadrant } from '@boussole/core';
import { fieldLabel, formatNumber, t } from '../i18n';
import type { RankedProject } from '../ranking';
import type { InvalidRow } from '../table';
import { h } from './dom';

/** Rows shown before "Show all": a long portfolio stays quick to draw. */
const FIRST_ROWS = 50;
const INVALID_SHOWN = 30;

export const QUADRANT_ORDER: readonly Quadrant[] = [
  'quick-win',
  'major-project',
  'fill-in',
  'avoid',
];

export const projectName = (p: { name: string; row: number }, lang: Lang): string =>
  p.name || t('row', lang, p.row);

/** Height of a row of the virtual list: one line of name (cut with …) over the quadrant tag. */
const ROW_PX = 52;
/** Rows drawn beyond the visible ones on each side, so that scrolling shows no gap. */
const OVERSCAN = 8;
/** Rows visible in the list's box (its max-height in panel.css is 360 px) before it is measured. */
const VISIBLE = 8;
/**
 * Longer lists, the first FIRST_ROWS as well as the whole ranking, are drawn as a virtual list:
 * the box shows about VISIBLE rows, so drawing 50 would lay out twice what is seen at opening.
 */
const VIRTUAL_FROM = VISIBLE + 2 * OVERSCAN;

function rowView(p: RankedProject, index: number, lang: Lang): HTMLElement {
  return h(
    'tr',
    { 'data-row': p.row, 'aria-rowindex': index + 2 },
    h('td', { class: 'bp-rank' }, p.rank),
    // The quadrant sits under the name: the list stays readable in a 300 px sidebar.
    h(
      'th',
      { scope: 'row', class: 'bp-name' },
      h('span', { class: 'bp-name-text' }, projectName(p, lang)),
      ' ',
      h('span', { class: `bp-tag bp-q-${p.quadrant}` }, QUADRANTS[p.quadrant][lang])
    ),
    h('td', { class: 'bp-score' }, formatNumber(p.score, lang, 1, 1))
  );
}

/**
 * A long ranking as a virtual list: only the rows in view (and a few around) are in the
 * document, between two spacer rows that keep the scroll height of the full list
 * (docs/performance.md). Redrawn at most once per frame while scrolling; the returned function
 * draws another ranking of the same length in place.
 */
function virtualRows(
  lang: Lang,
  wrap: HTMLElement,
  tbody: HTMLElement
): (ranked: readonly RankedProject[]) => void {
  const spacer = (): HTMLElement =>
    h('tr', { class: 'bp-spacer', 'aria-hidden': 'true' }, h('td', { colspan: 3 }));
  const top = spacer();
  const bottom = spacer();
  let shown: readonly RankedProject[] = [];
  let frame: number | undefined;
  const draw = (): void => {
    frame = undefined;
    const visible = wrap.clientHeight ? Math.ceil(wrap.clientHeight / ROW_PX) : VISIBLE;
    const inView = Math.floor(wrap.scrollTop / ROW_PX);
    const first = Math.max(0, inView - OVERSCAN);
    const last = Math.min(shown.length, inView + visible + OVERSCAN);
    top.style.height = `${first * ROW_PX}px`;
    bottom.style.height = `${(shown.length - last) * ROW_PX}px`;
    const rows = shown.slice(first, last).map((p, i) => {
      const row = rowView(p, first + i, lang);
      row.style.height = `${ROW_PX}px`;
      return row;
    });
    tbody.replaceChildren(top, ...rows, bottom);
  };
  wrap.addEventListener('scroll', () => {
    frame ??= requestAnimationFrame(draw);
  });
  return (ranked) => {
    shown = ranked;
    draw();
  };
}

/** A drawn ranking section and how to draw another ranking into it. */
interface Drawn {
  /** Language, "show all" and length: what the section's structure depends on. */
  key: string;
  refill(ranked: readonly RankedProject[]): void;
}
const drawnSections = new WeakMap<Node, Drawn>();

/**
 * The ranking section. When `previous` is a section drawn for the same language, "show all" and
 * number of projects, its counts and rows are redrawn in place and it is returned: a weight
 * keystroke lays out a few rows, not the whole section (docs/performance.md).
 */
export function rankingView(
  ranked: readonly RankedProject[],
  lang: Lang,
  showAll: boolean,
  onShowAll: () => void,
  previous?: Node | null
): HTMLElement {
  const key = `${lang}|${showAll}|${ranked.length}`;
  const old = previous ? drawnSections.get(previous) : undefined;
  if (old?.key === key) {
    old.refill(ranked);
    return previous as HTMLElement;
  }
  const counts = QUADRANT_ORDER.map(() => h('span', { class: 'bp-chip-count' }));
  const chips = QUADRANT_ORDER.map((q, i) =>
    h('li', { class: `bp-chip bp-q-${q}` }, counts[i], ` ${QUADRANTS[q][lang]}`)
  );
  const shownCount = showAll ? ranked.length : Math.min(ranked.length, FIRST_ROWS);
  const virtual = shownCount > VIRTUAL_FROM;
  const parts: Node[] = [h('h2', {}, t('ranking', lang)), h('ul', { class: 'bp-chips' }, ...chips)];
  let rows = (_: readonly RankedProject[]): void => {};
  if (!ranked.length) parts.push(h('p', { class: 'bp-help' }, t('noValidRow', lang)));
  else {
    const tbody = h('tbody', {});
    const wrap = h(
      'div',
      { class: `bp-table-wrap${virtual ? ' bp-virtual' : ''}` },
      h(
        'table',
        { class: 'bp-table', 'aria-rowcount': shownCount + 1 },
        h('caption', { class: 'bp-sr' }, t('ranking', lang)),
        h(
          'thead',
          {},
          h(
            'tr',
            { 'aria-rowindex': 1 },
            h('th', { scope: 'col' }, t('rank', lang)),
            h('th', { scope: 'col' }, `${t('project', lang)} · ${t('quadrant', lang)}`),
            h('th', { scope: 'col', class: 'bp-score' }, t('score', lang))
          )
        ),
        tbody
      )
    );
    if (virtual) {
      const draw = virtualRows(lang, wrap, tbody);
      rows = (r) => draw(r.slice(0, shownCount));
    } else rows = (r) => tbody.replaceChildren(...r.map((p, i) => rowView(p, i, lang)));
    parts.push(wrap);
  }
  if (shownCount < ranked.length) {
    const more = h(
      'button',
      { type: 'button', class: 'bp-button bp-link', 'data-key': 'show-all' },
      t('showAll', lang, formatNumber(ranked.length, lang))
    );
    more.addEventListener('click', onShowAll);
    parts.push(more);
  }
  const section = h('section', { class: 'bp-section', 'aria-label': t('ranking', lang) }, ...parts);
  const refill = (r: readonly RankedProject[]): void => {
    QUADRANT_ORDER.forEach((q, i) => {
      counts[i].textContent = String(r.filter((p) => p.quadrant === q).length);
    });
    rows(r);
  };
  refill(ranked);
  drawnSections.set(section, { key, refill });
  return section;
}

export function invalidView(invalid: readonly InvalidRow[], lang: Lang): HTMLElement | string {
  if (!invalid.length) return '';
  const items = invalid.slice(0, INVALID_SHOWN).map((r) =>
    h(
      'li',
      { 'data-row': r.row },
      h('strong', {}, t('row', lang, r.row)),
      r.name ? ` · ${r.name}` : '',
      ' — ',
      r.problems
        .map((p) => {
          const c = fieldLabel(p.criterion, lang);
          return p.problem === 'blank' ? t('blank', lang, c) : t(p.problem, lang, c, p.value);
        })
        .join(lang === 'fr' ? ' ; ' : '; ')
    )
  );
  const rest = invalid.length - items.length;
  return h(
    'section',
    {
      class: 'bp-section bp-invalid',
      role: 'region',
      'aria-label': t('invalidTitle', lang, invalid.length),
    },
    h('h2', {}, t('invalidTitle', lang, invalid.length)),
    h('ul', {}, ...items),
    rest > 0 ? h('p', { class: 'bp-help' }, t('moreInvalid', lang, rest)) : ''
  );
}
