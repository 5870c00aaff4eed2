import { parseAddress, qualifiedAddress, type Rect } from './address';
import type { FakeRange } from './range';

/** Code under test passes proxies it got from this fake, typed as the real Excel.Range. */
export function asFake(range: Excel.Range): FakeRange {
  return range as unknown as FakeRange;
}

export function rectOf(range: Excel.Range | string): Rect {
  return typeof range === 'string' ? parseAddress(range).rect : asFake(range).rect;
}

/** "Sheet1!A1:B2", as Excel's `address` prints it. */
export function fullAddress(range: Excel.Range): string {
  const r = asFake(range);
  return qualifiedAddress(r.sheet.name, r.rect);
}
