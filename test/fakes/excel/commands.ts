import type { Rect } from './address';
import type { FakeRequestContext } from './context';
import { FakeProxy } from './proxy';
import type { FakeSheet } from './sheet';

/** A proxy of commands on one sheet, with no scalar property to load. */
export abstract class FakeSheetCommands extends FakeProxy {
  protected readonly scalars: readonly string[] = [];

  constructor(
    context: FakeRequestContext,
    protected readonly sheet: FakeSheet
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }
}

/** A proxy of commands on one range of a sheet, with no scalar property to load. */
export abstract class FakeRangeCommands extends FakeSheetCommands {
  constructor(
    context: FakeRequestContext,
    sheet: FakeSheet,
    protected readonly rect: Rect
  ) {
    super(context, sheet);
  }
}
