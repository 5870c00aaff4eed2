/** A sheet's protection, as Sheet.protect gives it. */
import type { FakeRange } from './range';
import type { GRange, Faked } from './types';

export class FakeProtection implements Faked<
  GoogleAppsScript.Spreadsheet.Protection,
  'setWarningOnly' | 'isWarningOnly' | 'setUnprotectedRanges' | 'getUnprotectedRanges'
> {
  warningOnly = false;
  unprotected: FakeRange[] = [];
  /** The counted proxy, returned by chained calls as Apps Script returns the same object. */
  self: FakeProtection = this;
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this.self;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setUnprotectedRanges(ranges: GRange[]): FakeProtection {
    this.unprotected = ranges as unknown as FakeRange[];
    return this.self;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
}
