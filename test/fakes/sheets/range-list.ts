/** A list of ranges, as Sheet.getRangeList gives it. */
import type { FakeRange } from './range';
import type { Faked } from './types';

export class FakeRangeList implements Faked<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  constructor(readonly ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}
