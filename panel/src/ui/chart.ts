/** The impact/effort matrix drawn as inline SVG: quadrants split at the threshold, one dot a project. */
import { QUADRANTS, SCORE_MAX, type CostDirection, type Lang, type Quadrant } from '@boussole/core';
import { formatNumber, t } from '../i18n';
import { asCost, type RankedProject } from '../ranking';
import { s } from './dom';
import { projectName } from './results';

const SIZE = 300;
const PAD = { left: 34, right: 10, top: 24, bottom: 34 };
const W = SIZE - PAD.left - PAD.right;
const H = SIZE - PAD.top - PAD.bottom;
/** Numbered dots up to this many projects; a large portfolio shows plain dots. */
const LABELLED = 12;

/** Inset of the 0–10 scale inside the frame, so that dots at 0 or 10 are drawn whole. */
const INSET = 10;
const x = (effort: number) => PAD.left + INSET + (effort / SCORE_MAX) * (W - 2 * INSET);
const y = (impact: number) => PAD.top + H - INSET - (impact / SCORE_MAX) * (H - 2 * INSET);

/** Where each quadrant sits: high impact is up, high effort is right. */
const CORNERS: readonly [Quadrant, 'left' | 'right', 'top' | 'bottom'][] = [
  ['quick-win', 'left', 'top'],
  ['major-project', 'right', 'top'],
  ['fill-in', 'left', 'bottom'],
  ['avoid', 'right', 'bottom'],
];

/** Dots drawn at most: a large portfolio costs no more to draw than this many (docs/performance.md). */
export const MAX_POINTS = 400;

/**
 * One dot per drawn position (to the pixel; per project when they are few enough to be numbered),
 * for the best-ranked project there, with how many projects share it; at most MAX_POINTS positions, the best-ranked first. Worst first in the
 * result, so that the best is drawn on top.
 */
export function plotted(
  ranked: readonly RankedProject[],
  direction: CostDirection,
  merge = ranked.length > LABELLED
): { p: RankedProject; cx: number; cy: number; count: number }[] {
  const at = new Map<number, { p: RankedProject; cx: number; cy: number; count: number }>();
  for (const p of ranked) {
    const cx = Math.round(x(asCost(p.scores.effort, direction)));
    const cy = Math.round(y(p.scores.impact));
    const key = merge ? cx * SIZE + cy : -p.row;
    const dot = at.get(key);
    if (dot) dot.count++;
    else if (at.size < MAX_POINTS) at.set(key, { p, cx, cy, count: 1 });
  }
  return [...at.values()].reverse();
}

export function chartView(
  ranked: readonly RankedProject[],
  threshold: number,
  direction: CostDirection,
  lang: Lang
): SVGSVGElement {
  const tx = x(threshold);
  const ty = y(threshold);
  const areas = CORNERS.map(([q, side, edge]) => {
    const left = side === 'left' ? PAD.left : tx;
    const top = edge === 'top' ? PAD.top : ty;
    const width = side === 'left' ? tx - PAD.left : PAD.left + W - tx;
    const height = edge === 'top' ? ty - PAD.top : PAD.top + H - ty;
    const labelX = side === 'left' ? PAD.left + 4 : PAD.left + W - 4;
    // Top labels sit above the frame, where no dot can hide them.
    const labelY = edge === 'top' ? PAD.top - 7 : PAD.top + H - 5;
    return s(
      'g',
      { class: `bp-area bp-q-${q}` },
      s('rect', { x: left, y: top, width: Math.max(0, width), height: Math.max(0, height) }),
      s(
        'text',
        {
          x: labelX,
          y: labelY,
          'text-anchor': side === 'left' ? 'start' : 'end',
          class: 'bp-area-label',
        },
        QUADRANTS[q][lang]
      )
    );
  });
  const ticks = [0, 5, 10].flatMap((v) => [
    s('text', { x: x(v), y: PAD.top + H + 14, 'text-anchor': 'middle', class: 'bp-tick' }, v),
    s('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'bp-tick' }, v),
  ]);
  const labelled = ranked.length <= LABELLED;
  const score = t('score', lang);
  // Draw the best last so that it sits on top.
  const dots = plotted(ranked, direction).map(({ p, cx, cy, count }) => {
    const more = count > 1 ? ` (+${count - 1})` : '';
    const title = `${p.rank}. ${projectName(p, lang)} — ${score} ${formatNumber(p.score, lang, 1, 1)}${more}`;
    const dot = `bp-dot bp-q-${p.quadrant}`;
    // Many dots are one element each (the title inside): fewer nodes to style and lay out.
    if (!labelled) return s('circle', { class: dot, cx, cy, r: 3 }, s('title', {}, title));
    return s(
      'g',
      { class: dot },
      s('title', {}, title),
      s('circle', { cx, cy, r: 9 }),
      s('text', { x: cx, y: cy + 3.5, 'text-anchor': 'middle' }, p.rank)
    );
  });
  return s(
    'svg',
    {
      class: 'bp-matrix',
      viewBox: `0 0 ${SIZE} ${SIZE}`,
      role: 'img',
      'aria-label': `${t('chart', lang)}. ${t('chartLabel', lang, ranked.length)}`,
    },
    ...areas,
    s('line', { x1: tx, y1: PAD.top, x2: tx, y2: PAD.top + H, class: 'bp-threshold' }),
    s('line', { x1: PAD.left, y1: ty, x2: PAD.left + W, y2: ty, class: 'bp-threshold' }),
    s('rect', { x: PAD.left, y: PAD.top, width: W, height: H, class: 'bp-frame' }),
    ...ticks,
    s(
      'text',
      { x: PAD.left + W / 2, y: SIZE - 4, 'text-anchor': 'middle', class: 'bp-axis' },
      t('effortAxis', lang)
    ),
    s(
      'text',
      {
        x: 12,
        y: PAD.top + H / 2,
        'text-anchor': 'middle',
        class: 'bp-axis',
        transform: `rotate(-90 12 ${PAD.top + H / 2})`,
      },
      t('impactAxis', lang)
    ),
    ...dots
  );
}
