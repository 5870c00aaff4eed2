/** The efficient frontier as inline SVG: the best value for each budget, the chosen budget marked. */
import type { Lang } from '@boussole/core';
import { formatNumber } from '../i18n';
import { tp } from '../portfolio/i18n';
import { s } from './dom';

const W = 300;
const H = 180;
const PAD = { left: 40, right: 10, top: 10, bottom: 30 };

export function frontierView(
  points: readonly { budget: number; value: number }[],
  chosen: { budget: number; value: number },
  lang: Lang
): SVGSVGElement {
  const maxB = Math.max(chosen.budget, ...points.map((p) => p.budget), 1);
  const maxV = Math.max(chosen.value, ...points.map((p) => p.value), 1);
  const x = (b: number) => PAD.left + (b / maxB) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / maxV) * (H - PAD.top - PAD.bottom);
  // A step line: the best value holds until the next budget that raises it.
  const path = points
    .map((p, i) => (i === 0 ? `M${x(p.budget)},${y(p.value)}` : `H${x(p.budget)}V${y(p.value)}`))
    .join('');
  const fmt = (n: number) => formatNumber(n, lang, 1, 0);
  return s(
    'svg',
    {
      class: 'bp-frontier',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': `${tp('frontier', lang)}. ${tp('frontierLabel', lang, points.length)}`,
    },
    s('rect', {
      x: PAD.left,
      y: PAD.top,
      width: W - PAD.left - PAD.right,
      height: H - PAD.top - PAD.bottom,
      class: 'bp-frame',
    }),
    s('path', { d: path, class: 'bp-frontier-line' }),
    s('line', {
      x1: x(chosen.budget),
      y1: PAD.top,
      x2: x(chosen.budget),
      y2: H - PAD.bottom,
      class: 'bp-threshold',
    }),
    s('circle', { cx: x(chosen.budget), cy: y(chosen.value), r: 4, class: 'bp-frontier-dot' }),
    s('text', { x: PAD.left, y: H - PAD.bottom + 14, 'text-anchor': 'start', class: 'bp-tick' }, 0),
    s(
      'text',
      { x: W - PAD.right, y: H - PAD.bottom + 14, 'text-anchor': 'end', class: 'bp-tick' },
      fmt(maxB)
    ),
    s(
      'text',
      { x: PAD.left - 4, y: y(maxV) + 4, 'text-anchor': 'end', class: 'bp-tick' },
      fmt(maxV)
    ),
    s('text', { x: PAD.left - 4, y: H - PAD.bottom, 'text-anchor': 'end', class: 'bp-tick' }, 0),
    s(
      'text',
      { x: (W + PAD.left) / 2, y: H - 4, 'text-anchor': 'middle', class: 'bp-axis' },
      tp('budgetAxis', lang)
    ),
    s(
      'text',
      {
        x: 12,
        y: H / 2,
        'text-anchor': 'middle',
        class: 'bp-axis',
        transform: `rotate(-90 12 ${H / 2})`,
      },
      tp('valueAxis', lang)
    )
  );
}
