/**
 * The scale a sheet printed one page wide gets, from its spec: A4's printable width in the sheet's
 * orientation (the templates' margins, PAGE) over the widest printed range's columns at full size.
 */
import { PAGE, parseRange, printAreas, widthPt, type SheetSpec } from '@boussole/core';

const A4_CM = { portrait: 21, landscape: 29.7 } as const;
const PT_PER_CM = 72 / 2.54;

/** Width in points of a range's columns at full size (columns without a width: the default 9). */
export function rangeWidthPt(spec: SheetSpec, range: string): number {
  const r = parseRange(range);
  let pt = 0;
  for (let c = r.left; c <= r.right; c++) pt += widthPt(spec.widths[c - 1] ?? 9);
  return pt;
}

export function fitScale(spec: SheetSpec): number {
  const print = spec.print!;
  const page = (A4_CM[print.orientation] - PAGE.marginsCm.left - PAGE.marginsCm.right) * PT_PER_CM;
  const widest = Math.max(...printAreas(print).map((a) => rangeWidthPt(spec, a)));
  return Math.min(1, page / widest);
}
