import { FakeCommentCollection } from './comments';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import {
  FakeClientResult,
  FakeProxy,
  loadNames,
  notLoaded,
  type LoadSpec,
  type Surface,
} from './proxy';
import { FakeRange } from './range';
import { checkSheetName, FakeSheet } from './sheet';
import { FakeWorksheet } from './worksheet';

export class FakeWorkbookProxy
  extends FakeProxy
  implements
    Surface<
      Excel.Workbook,
      'worksheets' | 'comments' | 'getSelectedRange' | 'getActiveCell' | 'name' | 'load'
    >
{
  protected readonly scalars = ['name'] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeCommentCollection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.comments = new FakeCommentCollection(context);
  }

  protected read(name: string): unknown {
    return name === 'name' ? 'Book1.xlsx' : undefined;
  }

  get name(): string {
    return this.get('name');
  }

  getSelectedRange(): FakeRange {
    const { sheet, rect } = this.context.model.selection;
    return new FakeRange(this.context, sheet, rect);
  }

  getActiveCell(): FakeRange {
    const { sheet, rect } = this.context.model.selection;
    return new FakeRange(this.context, sheet, { row: rect.row, col: rect.col, rows: 1, cols: 1 });
  }
}

export class FakeWorksheetCollection
  extends FakeProxy
  implements
    Surface<
      Excel.WorksheetCollection,
      | 'items'
      | 'add'
      | 'getItem'
      | 'getItemOrNullObject'
      | 'getActiveWorksheet'
      | 'getFirst'
      | 'getCount'
      | 'load'
    >
{
  protected readonly scalars = ['items'] as const;

  protected read(): unknown {
    return undefined;
  }

  /** Loading a collection loads its items: "items", "items/name", or an item property "name". */
  override load(spec?: LoadSpec): this {
    const names = (loadNames(spec) ?? ['items']).map((n) => n.replace(/^items\/?/, ''));
    const props = names.filter(Boolean);
    const items = this.context.model.sheets.map((s) => {
      const w = new FakeWorksheet(this.context, s);
      w.load(props.length ? props : undefined);
      return w;
    });
    this.setPending(items);
    return this;
  }

  private pendingItems: FakeWorksheet[] | undefined;
  private loadedItems: FakeWorksheet[] | undefined;

  private setPending(items: FakeWorksheet[]): void {
    this.pendingItems = items;
    this.context.touch();
  }

  override settle(): void {
    super.settle();
    if (this.pendingItems) this.loadedItems = this.pendingItems;
    this.pendingItems = undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  add(name?: string): FakeWorksheet {
    const model = this.context.model;
    let n = name;
    if (n === undefined) {
      let i = model.sheets.length + 1;
      while (model.find(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    const bad = checkSheetName(n);
    if (bad) {
      this.context.fail(bad);
      return new FakeWorksheet(this.context, new FakeSheet(model, n), true);
    }
    if (model.find(n)) {
      this.context.fail(
        new FakeOfficeError(
          'ItemAlreadyExists',
          `a sheet named ${JSON.stringify(n)} already exists`
        )
      );
      return new FakeWorksheet(this.context, new FakeSheet(model, n), true);
    }
    const sheet = new FakeSheet(model, n);
    model.sheets.push(sheet);
    return new FakeWorksheet(this.context, sheet);
  }

  getItem(key: string): FakeWorksheet {
    const w = this.getItemOrNullObject(key);
    // `missing` is the fake's own model flag, not an Office.js property.
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (w.missing) {
      this.context.fail(
        new FakeOfficeError('ItemNotFound', `no sheet named ${JSON.stringify(key)}`)
      );
    }
    return w;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const model = this.context.model;
    const s = model.find(key) ?? model.sheets.find((x) => x.id === key);
    return s
      ? new FakeWorksheet(this.context, s)
      : new FakeWorksheet(this.context, new FakeSheet(model, key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.context.model.active);
  }

  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.context.model.sheets[0]);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.context.model.sheets.length);
  }
}
