import { r1c1ToA1 } from '@boussole/core';
import { bounded, intersects, MAX_COLS, MAX_ROWS, qualifiedAddress, type Rect } from './address';
import { FakeConditionalFormatCollection } from './conditional-formats';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeProxy, type Surface } from './proxy';
import { readCells, writeCells, type Matrix } from './range-cells';
import { FakeRangeFormat } from './range-format';
import type { FakeSheet } from './sheet';
import { FakeDataValidation } from './validation';
import { FakeWorksheet } from './worksheet';

/** Read-only properties: where the range is and how large. */
const SHAPE = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'cellCount',
] as const;

export class FakeRange
  extends FakeProxy
  implements
    Surface<
      Excel.Range,
      | 'values'
      | 'formulas'
      | 'formulasR1C1'
      | 'numberFormat'
      | 'address'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'cellCount'
      | 'format'
      | 'dataValidation'
      | 'conditionalFormats'
      | 'worksheet'
      | 'getCell'
      | 'getOffsetRange'
      | 'getResizedRange'
      | 'getAbsoluteResizedRange'
      | 'getRow'
      | 'getColumn'
      | 'getEntireColumn'
      | 'getEntireRow'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getUsedRange'
      | 'getUsedRangeOrNullObject'
      | 'clear'
      | 'select'
      | 'merge'
      | 'load'
      | 'isNullObject'
    >
{
  protected readonly scalars = ['values', 'formulas', 'numberFormat', ...SHAPE] as const;
  declare values: Matrix;
  declare formulas: Matrix;
  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  static {
    FakeProxy.properties(this, ['values', 'formulas'], (range, name, input) =>
      range.writeInputs(name, input)
    );
    FakeProxy.properties(this, SHAPE);
  }

  constructor(
    context: FakeRequestContext,
    readonly sheet: FakeSheet,
    readonly rect: Rect,
    isNull = false
  ) {
    super(context, isNull);
  }

  private _format?: FakeRangeFormat;
  private _validation?: FakeDataValidation;
  private _conditional?: FakeConditionalFormatCollection;

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this.context, this.sheet, this.rect));
  }

  /** A write over a locked cell of a protected sheet fails at the next sync, as in Excel. */
  private refuseLocked(): boolean {
    const cell = this.isNull ? undefined : this.sheet.lockedCellIn(this.rect);
    if (cell)
      this.context.fail(
        new FakeOfficeError('AccessDenied', `fake: ${cell} is locked on a protected sheet`)
      );
    return cell !== undefined;
  }
  get dataValidation(): FakeDataValidation {
    return (this._validation ??= new FakeDataValidation(this.context, this.sheet, this.rect));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._conditional ??= new FakeConditionalFormatCollection(
      this.context,
      this.sheet,
      this.rect
    ));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.sheet);
  }

  protected override child(name: string): FakeProxy | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  protected read(name: string): unknown {
    const r = this.rect;
    const s = this.sheet;
    switch (name) {
      case 'values':
        return readCells(r, (row, col) => s.readValue(row, col));
      case 'formulas':
      case 'formulasR1C1':
        return readCells(r, (row, col) => s.readFormula(row, col));
      case 'numberFormat':
        return readCells(r, (row, col) => s.readNumberFormat(row, col));
      case 'address':
        return qualifiedAddress(s.name, r);
      case 'rowIndex':
        return r.row;
      case 'columnIndex':
        return r.col;
      case 'rowCount':
        return r.rows;
      case 'columnCount':
        return r.cols;
      case 'cellCount':
        return r.rows * r.cols;
      default:
        throw new Error(`fake Range has no property ${name}`);
    }
  }

  /** `values` and `formulas` take the same typed input, parsed by FakeSheet.writeInput. */
  private writeInputs(name: string, input: unknown): void {
    if (this.refuseLocked()) return;
    if (this.exists('range') && !bounded(this.rect)) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', `fake: ${name} on a whole row or column`)
      );
    } else if (!this.isNull)
      writeCells(this.context, this.rect, input, name, (row, col, v) =>
        this.sheet.writeInput(row, col, v)
      );
  }

  /** Read as A1 (what the model stores); R1C1 input is turned into A1 from each cell. */
  get formulasR1C1(): Matrix {
    return this.get('formulasR1C1');
  }
  set formulasR1C1(input: Matrix) {
    if (!this.isNull && !this.refuseLocked())
      writeCells(this.context, this.rect, input, 'formulasR1C1', (row, col, v) =>
        this.sheet.writeInput(
          row,
          col,
          typeof v === 'string' && v.startsWith('=') ? r1c1ToA1(v, row + 1, col + 1) : v
        )
      );
    this.setLocal('formulasR1C1', input);
  }

  get numberFormat(): Matrix {
    return this.get('numberFormat');
  }
  set numberFormat(input: Matrix) {
    if (this.exists('range')) {
      const broadcast =
        !Array.isArray(input) ||
        (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1);
      if (broadcast) {
        const v = Array.isArray(input) ? (input[0] as unknown[])[0] : input;
        this.sheet.addLayer(this.rect, 'numberFormat', String(v));
      } else {
        writeCells(this.context, this.rect, input, 'numberFormat', (row, col, v) => {
          if (v !== null && v !== undefined) this.sheet.setNumberFormat(row, col, String(v));
        });
      }
    }
    this.setLocal('numberFormat', input);
  }

  private sub(rect: Rect): FakeRange {
    if (rect.row < 0 || rect.col < 0 || rect.rows < 1 || rect.cols < 1) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', 'the range would be outside the sheet')
      );
    }
    return new FakeRange(this.context, this.sheet, rect, this.isNull);
  }

  getCell(row: number, column: number): FakeRange {
    return this.sub({ row: this.rect.row + row, col: this.rect.col + column, rows: 1, cols: 1 });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.sub({
      ...this.rect,
      row: this.rect.row + rowOffset,
      col: this.rect.col + columnOffset,
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.sub({
      ...this.rect,
      rows: this.rect.rows + deltaRows,
      cols: this.rect.cols + deltaColumns,
    });
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.sub({ ...this.rect, rows: numRows, cols: numColumns });
  }
  getRow(row: number): FakeRange {
    return this.sub({ ...this.rect, row: this.rect.row + row, rows: 1 });
  }
  getColumn(column: number): FakeRange {
    return this.sub({ ...this.rect, col: this.rect.col + column, cols: 1 });
  }
  getEntireColumn(): FakeRange {
    return this.sub({ ...this.rect, row: 0, rows: MAX_ROWS });
  }
  getEntireRow(): FakeRange {
    return this.sub({ ...this.rect, col: 0, cols: MAX_COLS });
  }
  getLastRow(): FakeRange {
    return this.getRow(this.rect.rows - 1);
  }
  getLastColumn(): FakeRange {
    return this.getColumn(this.rect.cols - 1);
  }

  private usedWithin(): Rect | undefined {
    const u = this.sheet.usedRect();
    if (!u || !intersects(u, this.rect)) return undefined;
    const row = Math.max(u.row, this.rect.row);
    const col = Math.max(u.col, this.rect.col);
    return {
      row,
      col,
      rows: Math.min(u.row + u.rows, this.rect.row + this.rect.rows) - row,
      cols: Math.min(u.col + u.cols, this.rect.col + this.rect.cols) - col,
    };
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    const used = this.usedWithin();
    if (!used) this.context.fail(new FakeOfficeError('ItemNotFound', 'the range is empty'));
    return new FakeRange(this.context, this.sheet, used ?? this.rect, this.isNull || !used);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    const used = this.usedWithin();
    return new FakeRange(this.context, this.sheet, used ?? this.rect, this.isNull || !used);
  }

  clear(
    applyTo:
      'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'
  ): void {
    if (!this.exists('range')) return;
    this.sheet.clear(this.rect, applyTo);
    if (applyTo === 'All') {
      for (let i = this.sheet.validations.length - 1; i >= 0; i--) {
        if (intersects(this.sheet.validations[i].rect, this.rect))
          this.sheet.validations.splice(i, 1);
      }
    }
    this.context.touch();
  }

  /** Records the merged area (or one area per row when `across`). */
  merge(across = false): void {
    if (!this.exists('range')) return;
    const r = this.rect;
    if (across)
      for (let i = 0; i < r.rows; i++) this.sheet.merges.push({ ...r, row: r.row + i, rows: 1 });
    else this.sheet.merges.push(r);
    this.context.touch();
  }

  select(): void {
    if (!this.exists('range')) return;
    this.context.model.active = this.sheet;
    this.context.model.selection = { sheet: this.sheet, rect: this.rect };
    this.context.touch();
  }
}
