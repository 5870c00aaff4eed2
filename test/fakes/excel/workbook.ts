import { parseAddress, type Rect } from './address';
import { FakeRequestContext } from './context';
import type { Scalar } from './records';
import { FakeSheet } from './sheet';

export interface FakeWorkbookOptions {
  /** Sheet names, in tab order; the first is active. Default ["Sheet1"]. */
  sheets?: readonly string[];
  /** What a formula cell reads as through `values`. Default "#FORMULA". */
  evaluate?: (formula: string, at: { sheet: string; row: number; col: number }) => Scalar;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  selection: { sheet: FakeSheet; rect: Rect };
  /** Explicit `context.sync()` calls, over all runs. */
  syncs = 0;
  /** Host round trips: explicit syncs plus the flush `Excel.run` does when commands remain. */
  roundTrips = 0;
  runs = 0;
  seq = 0;
  nextId = 0;
  readonly evaluate: NonNullable<FakeWorkbookOptions['evaluate']>;

  constructor(options: FakeWorkbookOptions = {}) {
    for (const name of options.sheets ?? ['Sheet1']) this.sheets.push(new FakeSheet(this, name));
    this.active = this.sheets[0];
    this.selection = { sheet: this.active, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    this.evaluate = options.evaluate ?? (() => '#FORMULA');
  }

  /** Case-insensitive, like Excel. */
  find(name: string): FakeSheet | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** The named sheet; throws in the test (not in a sync) when missing. */
  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`fake workbook has no sheet ${JSON.stringify(name)}`);
    return s;
  }

  /** Sets the user's selection, e.g. select("Sheet1", "A1:E5"). */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.active = s;
    this.selection = { sheet: s, rect: parseAddress(address).rect };
  }

  /** A replacement for `Excel.run(batch)`: a fresh context, then the implicit final flush. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new FakeRequestContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queued) await ctx.flush();
    return result;
  };
}
