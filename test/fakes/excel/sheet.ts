import {
  bounded,
  cellKey,
  formatAddress,
  inside,
  intersects,
  MAX_COLS,
  parseAddress,
  type Rect,
} from './address';
import { FakeOfficeError } from './office-error';
import type {
  ConditionalFormatRecord,
  FakeCell,
  FakeValidation,
  Layer,
  PageLayoutRecord,
  ChartRecord,
  Scalar,
} from './records';
import type { FakeWorkbook } from './workbook';

const FORBIDDEN_NAME = /[\\/?*[\]:]/;

export function checkSheetName(name: string): FakeOfficeError | undefined {
  if (name.length === 0 || name.length > 31 || FORBIDDEN_NAME.test(name) || /^'|'$/.test(name)) {
    return new FakeOfficeError('InvalidArgument', `invalid sheet name ${JSON.stringify(name)}`);
  }
  return undefined;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export class FakeSheet {
  readonly id: string;
  visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<number, FakeCell>();
  readonly layers: Layer[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly autofitted: Rect[] = [];
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly charts: ChartRecord[] = [];
  readonly merges: Rect[] = [];
  /** Cell comments (ExcelApi 1.10) by cell key. */
  readonly comments = new Map<number, string>();
  frozen = { rows: 0, cols: 0 };
  readonly pageLayout: PageLayoutRecord = { footer: {} };
  /** Sheet-scoped names: name → address. */
  readonly names = new Map<string, string>();
  /** Set by `protection.protect()`: then writes to locked cells fail, as in Excel. */
  protection: Excel.WorksheetProtectionOptions | undefined;

  constructor(
    readonly workbook: FakeWorkbook,
    public name: string
  ) {
    this.id = `{fake-${++workbook.nextId}}`;
  }

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  /** The comment on one cell, or undefined. Test helper. */
  comment(address: string): string | undefined {
    const { rect } = parseAddress(address);
    return this.comments.get(cellKey(rect.row, rect.col));
  }

  /** The stored cell (undefined when never written). Test helper. */
  cell(address: string): FakeCell | undefined {
    const { rect } = parseAddress(address);
    return this.cells.get(cellKey(rect.row, rect.col));
  }

  /** What `values` would read for one cell. Test helper. */
  value(address: string): Scalar {
    const { rect } = parseAddress(address);
    return this.readValue(rect.row, rect.col);
  }

  /** The formula of one cell, or undefined when it holds a constant. Test helper. */
  formula(address: string): string | undefined {
    return this.cell(address)?.formula;
  }

  /** Every formula of the sheet by address, in row order. Test helper. */
  formulas(): Map<string, string> {
    const out = new Map<string, string>();
    const keys = [...this.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const c = this.cells.get(k);
      if (c?.formula !== undefined) {
        out.set(
          formatAddress({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS, rows: 1, cols: 1 }),
          c.formula
        );
      }
    }
    return out;
  }

  numberFormat(address: string): string {
    const { rect } = parseAddress(address);
    return this.readNumberFormat(rect.row, rect.col);
  }

  /** A format setting of one cell ("fill.color", "font.bold", "horizontalAlignment" …). Test helper. */
  format(address: string, path: string): unknown {
    const { rect } = parseAddress(address);
    return this.readLayer(rect.row, rect.col, path);
  }

  validationAt(address: string): FakeValidation | undefined {
    const { rect } = parseAddress(address);
    return [...this.validations].reverse().find((v) => inside(v.rect, rect.row, rect.col));
  }

  conditionalFormatsAt(address: string): ConditionalFormatRecord[] {
    const { rect } = parseAddress(address);
    return this.conditionalFormats.filter((f) => inside(f.rect, rect.row, rect.col));
  }

  /** Writes values straight into the model (no context, no sync): to set up a test. */
  seed(address: string, rows: readonly (readonly (Scalar | null)[])[]): void {
    const { rect } = parseAddress(address);
    rows.forEach((line, r) =>
      line.forEach((v, c) => this.writeInput(rect.row + r, rect.col + c, v))
    );
  }

  /** Bounding box of the cells holding a value or formula, or undefined when there is none. */
  usedRect(): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, c] of this.cells) {
      if (c.formula === undefined && c.value === '') continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  readValue(row: number, col: number): Scalar {
    const c = this.cells.get(cellKey(row, col));
    if (!c) return '';
    if (c.formula !== undefined) {
      return this.workbook.evaluate(c.formula, { sheet: this.name, row, col });
    }
    return c.value;
  }

  readFormula(row: number, col: number): Scalar {
    const c = this.cells.get(cellKey(row, col));
    return c ? (c.formula ?? c.value) : '';
  }

  readNumberFormat(row: number, col: number): string {
    const c = this.cells.get(cellKey(row, col));
    const layer = this.lastLayer(row, col, 'numberFormat');
    if (c?.numberFormat !== undefined && (!layer || (c.nfSeq ?? 0) > layer.seq)) {
      return c.numberFormat;
    }
    return (layer?.value as string | undefined) ?? 'General';
  }

  /** Excel locks every cell unless `format.protection.locked` was set to false. */
  locked(row: number, col: number): boolean {
    return this.readLayer(row, col, 'protection.locked') !== false;
  }

  /** The first locked cell of `rect` when the sheet is protected. */
  lockedCellIn(rect: Rect): string | undefined {
    if (!this.protection || !bounded(rect)) return undefined;
    for (let i = 0; i < rect.rows; i++)
      for (let j = 0; j < rect.cols; j++)
        if (this.locked(rect.row + i, rect.col + j))
          return formatAddress({ row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 });
    return undefined;
  }

  readLayer(row: number, col: number, path: string): unknown {
    return this.lastLayer(row, col, path)?.value;
  }

  private lastLayer(row: number, col: number, path: string): Layer | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i];
      if (l.path === path && inside(l.rect, row, col)) return l;
    }
    return undefined;
  }

  addLayer(rect: Rect, path: string, value: unknown): void {
    this.layers.push({ seq: ++this.workbook.seq, rect, path, value });
  }

  setNumberFormat(row: number, col: number, format: string): void {
    const c = this.ensure(row, col);
    c.numberFormat = format;
    c.nfSeq = ++this.workbook.seq;
  }

  private ensure(row: number, col: number): FakeCell {
    const k = cellKey(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: '' };
      this.cells.set(k, c);
    }
    return c;
  }

  /** One typed input, parsed the way Excel parses values written through Office.js. */
  writeInput(row: number, col: number, v: unknown): void {
    if (v === null || v === undefined) return;
    const c = this.ensure(row, col);
    delete c.formula;
    if (typeof v === 'number' || typeof v === 'boolean') {
      c.value = v;
      return;
    }
    const s = String(v);
    if (this.readNumberFormat(row, col) === '@') c.value = s;
    else if (s.startsWith("'")) c.value = s.slice(1);
    else if (NUMBER.test(s.trim())) c.value = Number(s.trim());
    else if (/^(true|false)$/i.test(s)) c.value = s.toLowerCase() === 'true';
    else if (/^[=+\-@]/.test(s) && s.length > 1) {
      c.formula = s.startsWith('=') ? s : `=${s}`;
      c.value = '';
    } else c.value = s;
  }

  clear(rect: Rect, applyTo: string): void {
    if (applyTo !== 'Formats') {
      for (const k of [...this.cells.keys()]) {
        const row = Math.floor(k / MAX_COLS);
        if (inside(rect, row, k % MAX_COLS)) {
          const c = this.cells.get(k) as FakeCell;
          c.value = '';
          delete c.formula;
        }
      }
    }
    if (applyTo === 'All' || applyTo === 'Formats') {
      for (let i = this.layers.length - 1; i >= 0; i--) {
        if (intersects(this.layers[i].rect, rect)) this.layers.splice(i, 1);
      }
    }
  }
}
