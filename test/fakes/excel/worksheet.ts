import { MAX_COLS, MAX_ROWS, parseAddress } from './address';
import { FakeChartCollection } from './charts';
import type { FakeRequestContext } from './context';
import { FakeNamedItemCollection } from './names';
import { FakeOfficeError } from './office-error';
import { FakePageLayout } from './page-layout';
import { FakeWorksheetProtection } from './protection';
import { FakeSheetCommands } from './commands';
import { FakeProxy, field, setField, type Surface } from './proxy';
import { FakeRange } from './range';
import { rectOf } from './range-ref';
import { checkSheetName, type FakeSheet } from './sheet';

export class FakeWorksheet
  extends FakeProxy
  implements
    Surface<
      Excel.Worksheet,
      | 'name'
      | 'id'
      | 'position'
      | 'visibility'
      | 'tabColor'
      | 'showGridlines'
      | 'activate'
      | 'delete'
      | 'getRange'
      | 'getRangeByIndexes'
      | 'getCell'
      | 'getUsedRange'
      | 'getUsedRangeOrNullObject'
      | 'freezePanes'
      | 'charts'
      | 'pageLayout'
      | 'protection'
      | 'names'
      | 'load'
      | 'isNullObject'
    >
{
  protected readonly scalars = [
    'name',
    'id',
    'position',
    'visibility',
    'tabColor',
    'showGridlines',
  ] as const;
  declare readonly id: string;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;
  static {
    FakeProxy.properties(this, ['id']);
    FakeProxy.properties(this, ['visibility', 'tabColor', 'showGridlines'], (w, name, v) => {
      if (w.exists('worksheet')) setField(w.sheet, name, v);
    });
  }
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly protection: FakeWorksheetProtection;
  readonly names: FakeNamedItemCollection;

  constructor(
    context: FakeRequestContext,
    readonly sheet: FakeSheet,
    /** A sheet that does not exist in the workbook. */
    readonly missing = false
  ) {
    super(context, missing);
    this.freezePanes = new FakeFreezePanes(context, sheet);
    this.charts = new FakeChartCollection(context, sheet);
    this.pageLayout = new FakePageLayout(context, sheet);
    this.protection = new FakeWorksheetProtection(context, sheet);
    this.names = new FakeNamedItemCollection(context, sheet);
  }

  protected read(name: string): unknown {
    return field(this.sheet, name);
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    const model = this.context.model;
    const other = model.find(value);
    const bad = checkSheetName(value);
    if (bad) this.context.fail(bad);
    else if (other && other !== this.sheet) {
      this.context.fail(
        new FakeOfficeError('ItemAlreadyExists', `a sheet named ${value} already exists`)
      );
    } else if (this.exists('worksheet')) this.sheet.name = value;
    this.setLocal('name', value);
  }
  get position(): number {
    return this.get('position');
  }
  set position(value: number) {
    const sheets = this.context.model.sheets;
    if (this.exists('worksheet')) {
      sheets.splice(sheets.indexOf(this.sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, this.sheet);
    }
    this.setLocal('position', value);
  }
  activate(): void {
    if (!this.exists('worksheet')) return;
    const model = this.context.model;
    model.active = this.sheet;
    model.selection = { sheet: this.sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    this.context.touch();
  }

  delete(): void {
    if (!this.exists('worksheet')) return;
    const model = this.context.model;
    if (model.sheets.length === 1) {
      this.context.fail(
        new FakeOfficeError('InvalidOperation', 'a workbook keeps at least one sheet')
      );
      return;
    }
    model.sheets.splice(model.sheets.indexOf(this.sheet), 1);
    if (model.active === this.sheet) {
      model.active = model.sheets[0];
      model.selection = { sheet: model.active, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    }
    this.context.touch();
  }

  getRange(address?: string): FakeRange {
    this.exists('worksheet');
    const rect = address
      ? parseAddress(address).rect
      : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
    return new FakeRange(this.context, this.sheet, rect, this.isNull);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    this.exists('worksheet');
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', 'getRangeByIndexes: empty or negative range')
      );
    }
    return new FakeRange(
      this.context,
      this.sheet,
      {
        row: startRow,
        col: startColumn,
        rows: Math.max(1, rowCount),
        cols: Math.max(1, columnCount),
      },
      this.isNull
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** On an empty sheet Excel returns A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    this.exists('worksheet');
    const rect = this.sheet.usedRect() ?? { row: 0, col: 0, rows: 1, cols: 1 };
    return new FakeRange(this.context, this.sheet, rect, this.isNull);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    const rect = this.sheet.usedRect();
    return new FakeRange(
      this.context,
      this.sheet,
      rect ?? { row: 0, col: 0, rows: 1, cols: 1 },
      this.isNull || !rect
    );
  }
}

export class FakeFreezePanes
  extends FakeSheetCommands
  implements
    Surface<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'freezeAt' | 'unfreeze'>
{
  freezeRows(count = 1): void {
    this.freeze(count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze(0, count);
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    const r = rectOf(frozenRange);
    this.freeze(r.row + r.rows, r.col + r.cols);
  }

  unfreeze(): void {
    this.freeze(0, 0);
  }

  private freeze(rows: number, cols: number): void {
    this.sheet.frozen = { rows, cols };
    this.context.touch();
  }
}
