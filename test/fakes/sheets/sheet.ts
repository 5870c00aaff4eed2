/** A fake sheet: its cells, size, ranges, protection, charts and formats. */
import { emptyCell, parseA1, type FakeCell } from './cells';
import { counted } from './call-log';
import type { FakeConditionalFormatRule } from './builders';
import { FakeChartBuilder, type FakeChart } from './charts';
import { FakeProtection } from './protection';
import type { FakeRange } from './range';
import { FakeRangeList } from './range-list';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeSheetsWorld } from './world';
import type { GSheet, Faked } from './types';

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'activate'
  | 'getActiveRange'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'setTabColor'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'insertColumnsAfter'
  | 'setRowHeights'
  | 'getRangeList'
  | 'protect';

let nextSheetId = 1;

export class FakeSheet implements Faked<GSheet, SheetMethods> {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly merges: string[] = [];
  readonly charts: FakeChart[] = [];
  readonly rowHeights = new Map<number, number>();
  /** Sheet protection, once `protect()` was called. */
  protection: FakeProtection | undefined;
  conditionalRules: FakeConditionalFormatRule[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly id = nextSheetId++;
  /** The counted proxy other objects hand out for this sheet. */
  self: FakeSheet = this;

  constructor(
    readonly world: FakeSheetsWorld,
    public name: string,
    public maxRows = 1000,
    public maxCols = 26
  ) {}

  /** A cell for writing (created on demand); grows nothing: Sheets refuses writes off the grid. */
  cell(row: number, col: number): FakeCell {
    if (row < 1 || col < 1) throw new Error(`Range out of bounds: row ${row}, column ${col}`);
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = emptyCell()));
    return c;
  }
  /** A cell for reading, without creating it. */
  peek(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? emptyCell();
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.world.requireWrite('Sheet.setName');
    if (this.world.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this.self;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a === 'string') {
      const p = parseA1(a, this.maxRows, this.maxCols);
      return this.world.range(this, p.row, p.col, p.rows, p.cols);
    }
    return this.world.range(this, a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): FakeRange {
    return this.world.range(
      this,
      1,
      1,
      Math.max(1, this.lastRow()),
      Math.max(1, this.lastColumn())
    );
  }
  private lastRow(): number {
    let n = 0;
    for (const [k, c] of this.cells)
      if (c.value !== '' || c.formula !== '') n = Math.max(n, Number(k.split(',')[0]));
    return n;
  }
  private lastColumn(): number {
    let n = 0;
    for (const [k, c] of this.cells)
      if (c.value !== '' || c.formula !== '') n = Math.max(n, Number(k.split(',')[1]));
    return n;
  }
  getLastRow(): number {
    return this.lastRow();
  }
  getLastColumn(): number {
    return this.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.world.sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.world.spreadsheet;
  }
  activate(): FakeSheet {
    this.world.active = { sheet: this, a1: 'A1' };
    return this.self;
  }
  getActiveRange(): FakeRange | null {
    return this.world.active?.sheet === this ? this.getRange(this.world.active.a1) : null;
  }
  setColumnWidth(column: number, width: number): FakeSheet {
    this.world.requireWrite('Sheet.setColumnWidth');
    this.columnWidths.set(column, width);
    return this.self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.world.requireWrite('Sheet.setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.self;
  }
  setFrozenRows(rows: number): void {
    this.world.requireWrite('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.world.requireWrite('Sheet.setFrozenColumns');
    this.frozenColumns = columns;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return [
      ...this.conditionalRules,
    ] as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.world.requireWrite('Sheet.setConditionalFormatRules');
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }
  setTabColor(color: string | null): FakeSheet {
    this.tabColor = color;
    return this.self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.world.requireWrite('Sheet.insertColumnsAfter');
    const moved = [...this.cells].filter(([k]) => Number(k.split(',')[1]) > afterPosition);
    for (const [k] of moved) this.cells.delete(k);
    for (const [k, cell] of moved) {
      const [r, c] = k.split(',').map(Number);
      this.cells.set(`${r},${c + howMany}`, cell);
    }
    this.maxCols += howMany;
    return this.self;
  }
  setRowHeights(startRow: number, numRows: number, height: number): FakeSheet {
    this.world.requireWrite('Sheet.setRowHeights');
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this.self;
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    const ranges = a1Notations.map((a1) => {
      const p = parseA1(a1, this.maxRows, this.maxCols);
      return this.world.range(this, p.row, p.col, p.rows, p.cols);
    });
    return this.world.proxyOf(new FakeRangeList(ranges), 'RangeList');
  }
  protect(): FakeProtection {
    this.world.requireWrite('Sheet.protect');
    if (!this.protection) {
      const p = new FakeProtection();
      p.self = this.world.proxyOf(p, 'Protection');
      this.protection = p;
    }
    return this.protection.self;
  }
  newChart(): FakeChartBuilder {
    return counted(new FakeChartBuilder(), 'EmbeddedChartBuilder', this.world.log);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.world.requireWrite('Sheet.insertChart');
    this.charts.push(chart as unknown as FakeChart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return [...this.charts] as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }

  /** Test helper (uncounted): a block as the user sees it to edit, formulas as their text. */
  dump(a1?: string): unknown[][] {
    return this.grid(a1, (c) => c.formula || c.value);
  }
  /** Test helper (uncounted): the stored values only (formula cells read as ""). */
  values(a1?: string): unknown[][] {
    return this.grid(a1, (c) => c.value);
  }
  /** Test helper (uncounted): the formulas only ("" where a cell holds a value). */
  formulas(a1?: string): string[][] {
    return this.grid(a1, (c) => c.formula);
  }
  private grid<T>(a1: string | undefined, f: (c: FakeCell) => T): T[][] {
    const p = a1
      ? parseA1(a1, this.maxRows, this.maxCols)
      : { row: 1, col: 1, rows: this.lastRow(), cols: this.lastColumn() };
    const out: T[][] = [];
    for (let r = 0; r < p.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < p.cols; c++) line.push(f(this.peek(p.row + r, p.col + c)));
      out.push(line);
    }
    return out;
  }
}
