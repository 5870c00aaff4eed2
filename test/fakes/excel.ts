/**
 * A fake of the Office.js Excel API for Node tests: an in-memory workbook plus request-context
 * proxies that behave like Office.js where bugs hide.
 *
 * - Every `context.sync()` is counted (per context, per workbook, and the implicit flush
 *   `Excel.run` does when commands are still queued), so tests can hold code to its round-trip budget.
 * - Loaded-property rule: reading a property throws unless it was set locally or loaded and then
 *   synced, exactly like Office.js ("The property 'values' is not available …"); `isNullObject`
 *   is readable after any sync following the call that created the object.
 * - Writes land in order, as the queued commands would; errors (name clash, bad dimensions,
 *   missing sheet) reject the next `sync()` with an error carrying Office's `code`.
 * - A string written through `values` or `formulas` is parsed as Excel parses typed input: "=…",
 *   "+…", "-…" (and "@…", which Excel's UI also treats as a formula) become formulas, so a test
 *   catches formula injection; a leading "'" keeps the rest as text; "12.5", "TRUE" become a
 *   number and a boolean; a cell formatted "@" keeps any string as text. `null` leaves a cell as is.
 * - Formula cells read back through `values` as `workbook.evaluate(formula, …)` (default "#FORMULA"):
 *   the fake does not compute; pass an evaluator when a test needs results.
 *
 * Each proxy class `implements Surface<Excel.X, …>`: its member names and parameter lists are
 * checked against @types/office-js, so they cannot drift from the real API. Helpers may extend this
 * file additively (new members, new proxies), keeping that typing.
 */

import { columnLetter, r1c1ToA1 } from '@boussole/core';

/** The named members of T, with T's parameter lists; values and returns are the fake's own. */
export type Surface<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** What a rejected `sync()` throws, like OfficeExtension.Error: `code` is Office's error code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** 0-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** Parses "B2", "A1:C3", "A:C", "2:4", with an optional "Sheet!" or "'My sheet'!" prefix. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const cols = COLS.exec(ref);
  if (cols) {
    const a = columnIndex(cols[1]);
    const b = columnIndex(cols[2]);
    return {
      sheet,
      rect: { row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 },
    };
  }
  const rows = ROWS.exec(ref);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return {
      sheet,
      rect: { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS },
    };
  }
  const [first, second = first] = ref.split(':');
  const p = CELL.exec(first);
  const q = CELL.exec(second);
  if (!p || !q)
    throw new FakeOfficeError('InvalidArgument', `bad address ${JSON.stringify(address)}`);
  const r0 = Number(p[2]) - 1;
  const r1 = Number(q[2]) - 1;
  const c0 = columnIndex(p[1]);
  const c1 = columnIndex(q[1]);
  return {
    sheet,
    rect: {
      row: Math.min(r0, r1),
      col: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      cols: Math.abs(c1 - c0) + 1,
    },
  };
}

/** "A1", "A1:C3", "A:C" or "2:4" (no sheet prefix). */
export function formatAddress(r: Rect): string {
  if (r.row === 0 && r.rows === MAX_ROWS) {
    return `${columnLetter(r.col + 1)}:${columnLetter(r.col + r.cols)}`;
  }
  if (r.col === 0 && r.cols === MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  const a = `${columnLetter(r.col + 1)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${columnLetter(r.col + r.cols)}${r.row + r.rows}`;
}

/** A sheet name as Excel prints it in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const inside = (r: Rect, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

const bounded = (r: Rect): boolean => r.rows < MAX_ROWS && r.cols < MAX_COLS;

// ---------------------------------------------------------------------------------------------
// The model: what the workbook holds, independent of any request context.

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  /** Write order of numberFormat, compared with broadcast format layers. */
  nfSeq?: number;
}

/** A broadcast format setting ("fill.color", "font.bold", "numberFormat", …) over a rectangle. */
interface Layer {
  seq: number;
  rect: Rect;
  path: string;
  value: unknown;
}

export interface FakeValidation {
  rect: Rect;
  rule: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatRecord {
  rect: Rect;
  type: string;
  /** The type's own settings as written: rule, criteria, format.fill.color … */
  settings: Record<string, unknown>;
  priority?: number;
  stopIfTrue?: boolean;
}

export interface ChartSeriesRecord {
  name: string;
  values?: string;
  xValues?: string;
  markerStyle?: string;
  hasDataLabels?: boolean;
  chartType?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  fillColor?: string;
  lineColor?: string;
}

/** What the page layout of a sheet holds (print setup). */
export interface PageLayoutRecord {
  orientation?: string;
  printArea?: string;
  printTitleRows?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  margins?: { unit: string; options: Excel.PageLayoutMarginOptions };
  footer: { left?: string; center?: string; right?: string };
}

export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  name: string;
  title: { text?: string; visible?: boolean };
  legend: { visible?: boolean; position?: string };
  axes: {
    categoryAxis: {
      title: { text?: string };
      minimum?: number;
      maximum?: number;
      numberFormat?: string;
    };
    valueAxis: {
      title: { text?: string };
      minimum?: number;
      maximum?: number;
      numberFormat?: string;
    };
  };
  series: ChartSeriesRecord[];
  position?: { start: string; end?: string };
  top?: number;
  left?: number;
  width?: number;
  height?: number;
}

const cellKey = (row: number, col: number): number => row * MAX_COLS + col;

const FORBIDDEN_NAME = /[\\/?*[\]:]/;

function checkSheetName(name: string): FakeOfficeError | undefined {
  if (name.length === 0 || name.length > 31 || FORBIDDEN_NAME.test(name) || /^'|'$/.test(name)) {
    return new FakeOfficeError('InvalidArgument', `invalid sheet name ${JSON.stringify(name)}`);
  }
  return undefined;
}

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

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

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

/**
 * Installs `globalThis.Office` with the requirement sets a host supports (ExcelApi up to
 * `excelApi`); returns a function that restores it.
 */
export function installFakeOffice(excelApi: string): () => void {
  const g = globalThis as { Office?: unknown };
  const previous = g.Office;
  const minor = (v: string) => Number(v.split('.')[1] ?? 0);
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = '1.1') =>
          name === 'ExcelApi' && minor(version) <= minor(excelApi),
      },
    },
  };
  return () => {
    g.Office = previous;
  };
}

/** Installs `globalThis.Excel` (run + the enums tests need); returns a function that restores it. */
export function installFakeExcel(workbook: FakeWorkbook): () => void {
  const g = globalThis as { Excel?: unknown };
  const previous = g.Excel;
  g.Excel = { run: workbook.run, ...ENUMS };
  return () => {
    g.Excel = previous;
  };
}

function enumOf(
  values: readonly string[],
  keys: Record<string, string> = {}
): Record<string, string> {
  return Object.fromEntries(
    values.map((v) => [keys[v] ?? v.charAt(0).toLowerCase() + v.slice(1), v])
  );
}

/** The Excel enums code may name (real keys and values); string literals work just as well. */
const ENUMS = {
  ConditionalFormatType: enumOf([
    'Custom',
    'DataBar',
    'ColorScale',
    'IconSet',
    'TopBottom',
    'PresetCriteria',
    'ContainsText',
    'CellValue',
  ]),
  ConditionalCellValueOperator: enumOf([
    'Invalid',
    'Between',
    'NotBetween',
    'EqualTo',
    'NotEqualTo',
    'GreaterThan',
    'LessThan',
    'GreaterThanOrEqual',
    'LessThanOrEqual',
  ]),
  ConditionalTextOperator: enumOf(['Invalid', 'Contains', 'NotContains', 'BeginsWith', 'EndsWith']),
  DataValidationOperator: enumOf([
    'Between',
    'NotBetween',
    'EqualTo',
    'NotEqualTo',
    'GreaterThan',
    'LessThan',
    'GreaterThanOrEqualTo',
    'LessThanOrEqualTo',
  ]),
  DataValidationAlertStyle: enumOf(['Stop', 'Warning', 'Information']),
  HorizontalAlignment: enumOf([
    'General',
    'Left',
    'Center',
    'Right',
    'Fill',
    'Justify',
    'CenterAcrossSelection',
    'Distributed',
  ]),
  VerticalAlignment: enumOf(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']),
  BorderIndex: enumOf([
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideVertical',
    'InsideHorizontal',
    'DiagonalDown',
    'DiagonalUp',
  ]),
  BorderLineStyle: enumOf([
    'None',
    'Continuous',
    'Dash',
    'DashDot',
    'DashDotDot',
    'Dot',
    'Double',
    'SlantDashDot',
  ]),
  BorderWeight: enumOf(['Hairline', 'Thin', 'Medium', 'Thick']),
  ChartType: enumOf(['ColumnClustered', 'BarClustered', 'Line', 'Pie', 'XYScatter'], {
    XYScatter: 'xyscatter',
  }),
  ChartSeriesBy: enumOf(['Auto', 'Columns', 'Rows']),
  ChartLegendPosition: enumOf(['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']),
  ChartMarkerStyle: enumOf([
    'Invalid',
    'Automatic',
    'None',
    'Square',
    'Diamond',
    'Triangle',
    'Circle',
  ]),
  ClearApplyTo: enumOf(['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks']),
  SheetVisibility: enumOf(['Visible', 'Hidden', 'VeryHidden']),
};

// ---------------------------------------------------------------------------------------------
// Request context and proxies

export class FakeRequestContext implements Surface<Excel.RequestContext, 'workbook' | 'sync'> {
  readonly workbook: FakeWorkbookProxy;
  /** Explicit sync() calls on this context. */
  syncs = 0;
  /** Commands or loads queued since the last sync. */
  queued = false;
  private readonly proxies: FakeProxy[] = [];
  private readonly failures: FakeOfficeError[] = [];

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  register(p: FakeProxy): void {
    this.proxies.push(p);
    this.queued = true;
  }

  /** A command that fails in Excel: the next sync rejects with it. */
  fail(e: FakeOfficeError): void {
    this.failures.push(e);
    this.queued = true;
  }

  touch(): void {
    this.queued = true;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.model.syncs++;
    await this.flush();
  }

  /** One round trip: loaded values become readable, queued failures reject. */
  async flush(): Promise<void> {
    this.model.roundTrips++;
    this.queued = false;
    await Promise.resolve();
    for (const p of this.proxies) p.settle();
    const failure = this.failures.shift();
    this.failures.length = 0;
    if (failure) throw failure;
  }
}

function notLoaded(name: string): Error {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] };

function loadNames(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const text = Array.isArray(spec)
    ? spec.join(',')
    : typeof spec === 'string'
      ? spec
      : [spec.select ?? ''].flat().join(',');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What every proxy shares: loading, the loaded-property rule, null objects. */
export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  private settled = false;

  constructor(
    readonly context: FakeRequestContext,
    /** True when the object does not exist (…OrNullObject). */
    protected readonly isNull = false
  ) {
    context.register(this);
  }

  /** Scalar properties `load()` without arguments reads. */
  protected abstract readonly scalars: readonly string[];
  /** The current model value of a scalar property. */
  protected abstract read(name: string): unknown;
  /** Navigation properties that a load path ("format/fill/color") goes through. */
  protected child(name: string): FakeProxy | undefined {
    void name;
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec) ?? this.scalars;
    for (const name of names) {
      const slash = name.indexOf('/');
      if (slash >= 0) {
        const c = this.child(name.slice(0, slash));
        if (!c) throw new Error(`fake: cannot load ${name}`);
        c.load(name.slice(slash + 1));
        continue;
      }
      const c = this.child(name);
      if (c) c.load();
      else this.pending.set(name, this.isNull ? null : this.read(name));
    }
    this.context.touch();
    return this;
  }

  settle(): void {
    this.settled = true;
    for (const [k, v] of this.pending) this.loaded.set(k, v);
    this.pending.clear();
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded('isNullObject');
    return this.isNull;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Office.js keeps a value set on a proxy readable without a load. */
  protected setLocal(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this.context.touch();
  }

  /** A command on an object that does not exist fails at the next sync. */
  protected exists(what: string): boolean {
    if (this.isNull)
      this.context.fail(new FakeOfficeError('ItemNotFound', `${what} does not exist`));
    return !this.isNull;
  }
}

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

/** OfficeExtension.ClientResult: `value` is readable after the next sync. */
export class FakeClientResult<T> extends FakeProxy {
  protected readonly scalars = ['value'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly compute: () => T
  ) {
    super(context);
    this.load('value');
  }

  protected read(): unknown {
    return this.compute();
  }

  get value(): T {
    return this.get('value');
  }
}

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
    return (this.sheet as unknown as Record<string, unknown>)[name];
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
  get id(): string {
    return this.get('id');
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
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    if (this.exists('worksheet')) this.sheet.visibility = value;
    this.setLocal('visibility', value);
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(value: string) {
    if (this.exists('worksheet')) this.sheet.tabColor = value;
    this.setLocal('tabColor', value);
  }
  get showGridlines(): boolean {
    return this.get('showGridlines');
  }
  set showGridlines(value: boolean) {
    if (this.exists('worksheet')) this.sheet.showGridlines = value;
    this.setLocal('showGridlines', value);
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
  extends FakeProxy
  implements
    Surface<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'freezeAt' | 'unfreeze'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.sheet.frozen = { rows: count, cols: 0 };
    this.context.touch();
  }

  freezeColumns(count = 1): void {
    this.sheet.frozen = { rows: 0, cols: count };
    this.context.touch();
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    const r = rectOf(frozenRange);
    this.sheet.frozen = { rows: r.row + r.rows, cols: r.col + r.cols };
    this.context.touch();
  }

  unfreeze(): void {
    this.sheet.frozen = { rows: 0, cols: 0 };
    this.context.touch();
  }
}

type Matrix = unknown[][];

/** Code under test passes proxies it got from this fake, typed as the real Excel.Range. */
function asFake(range: Excel.Range): FakeRange {
  return range as unknown as FakeRange;
}

function rectOf(range: Excel.Range | string): Rect {
  return typeof range === 'string' ? parseAddress(range).rect : asFake(range).rect;
}

/** "Sheet1!A1:B2", as Excel's `address` prints it. */
function fullAddress(range: Excel.Range): string {
  const r = asFake(range);
  return `${quoteSheet(r.sheet.name)}!${formatAddress(r.rect)}`;
}

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
  protected readonly scalars = [
    'values',
    'formulas',
    'numberFormat',
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'cellCount',
  ] as const;

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
        return this.matrix((row, col) => s.readValue(row, col));
      case 'formulas':
      case 'formulasR1C1':
        return this.matrix((row, col) => s.readFormula(row, col));
      case 'numberFormat':
        return this.matrix((row, col) => s.readNumberFormat(row, col));
      case 'address':
        return `${quoteSheet(s.name)}!${formatAddress(r)}`;
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

  private matrix(at: (row: number, col: number) => unknown): Matrix {
    if (!bounded(this.rect))
      throw new Error('fake: reading a whole row or column is not supported');
    const out: Matrix = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < this.rect.cols; c++) line.push(at(this.rect.row + r, this.rect.col + c));
      out.push(line);
    }
    return out;
  }

  /** A 2D array of the range's shape, or one value (or [[v]]) applied to every cell. */
  private each(
    input: unknown,
    what: string,
    write: (row: number, col: number, v: unknown) => void
  ): boolean {
    const r = this.rect;
    const single = !Array.isArray(input)
      ? { v: input }
      : input.length === 1 && Array.isArray(input[0]) && input[0].length === 1
        ? { v: (input[0] as unknown[])[0] }
        : undefined;
    if (!single) {
      const m = input as unknown[];
      const ok =
        m.length === r.rows && m.every((line) => Array.isArray(line) && line.length === r.cols);
      if (!ok) {
        this.context.fail(
          new FakeOfficeError(
            'InvalidArgument',
            `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatAddress(r)})`
          )
        );
        return false;
      }
      (m as unknown[][]).forEach((line, i) =>
        line.forEach((v, j) => write(r.row + i, r.col + j, v))
      );
      return true;
    }
    if (!bounded(r)) return false;
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) write(r.row + i, r.col + j, single.v);
    return true;
  }

  get values(): Matrix {
    return this.get('values');
  }
  set values(input: Matrix) {
    if (this.refuseLocked()) this.setLocal('values', input);
    else if (this.exists('range') && !bounded(this.rect)) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', 'fake: values on a whole row or column')
      );
    } else if (!this.isNull)
      this.each(input, 'values', (row, col, v) => this.sheet.writeInput(row, col, v));
    this.setLocal('values', input);
  }

  get formulas(): Matrix {
    return this.get('formulas');
  }
  set formulas(input: Matrix) {
    if (this.refuseLocked()) this.setLocal('formulas', input);
    else if (this.exists('range') && !bounded(this.rect)) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', 'fake: formulas on a whole row or column')
      );
    } else if (!this.isNull)
      this.each(input, 'formulas', (row, col, v) => this.sheet.writeInput(row, col, v));
    this.setLocal('formulas', input);
  }

  /** Read as A1 (what the model stores); R1C1 input is turned into A1 from each cell. */
  get formulasR1C1(): Matrix {
    return this.get('formulasR1C1');
  }
  set formulasR1C1(input: Matrix) {
    if (!this.isNull && !this.refuseLocked())
      this.each(input, 'formulasR1C1', (row, col, v) =>
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
        this.each(input, 'numberFormat', (row, col, v) => {
          if (v !== null && v !== undefined) this.sheet.setNumberFormat(row, col, String(v));
        });
      }
    }
    this.setLocal('numberFormat', input);
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
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

/** A format object whose settable properties become layers of the sheet under `prefix`. */
abstract class FakeFormatPart extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    protected readonly sheet: FakeSheet,
    protected readonly rect: Rect,
    private readonly prefix: string
  ) {
    super(context);
  }

  /** Loaded value: the setting shared by every cell, or null when they differ (as Excel does). */
  protected read(name: string): unknown {
    const path = this.prefix + name;
    const r = this.rect;
    const first = this.sheet.readLayer(r.row, r.col, path) ?? null;
    if (!bounded(r) || r.rows * r.cols > 10000) return first;
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.cols; j++) {
        if ((this.sheet.readLayer(r.row + i, r.col + j, path) ?? null) !== first) return null;
      }
    }
    return first;
  }

  protected put(name: string, value: unknown): void {
    this.sheet.addLayer(this.rect, this.prefix + name, value);
    this.setLocal(name, value);
  }
}

export class FakeFormatProtection
  extends FakeFormatPart
  implements Surface<Excel.FormatProtection, 'locked'>
{
  protected readonly scalars = ['locked'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'protection.');
  }
  protected override read(name: string): unknown {
    return super.read(name) ?? true;
  }
  get locked(): boolean {
    return this.get('locked');
  }
  set locked(v: boolean) {
    this.put('locked', v);
  }
}

export class FakeRangeFill
  extends FakeFormatPart
  implements Surface<Excel.RangeFill, 'color' | 'clear'>
{
  protected readonly scalars = ['color'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'fill.');
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
  clear(): void {
    this.put('color', null);
  }
}

export class FakeRangeFont
  extends FakeFormatPart
  implements Surface<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size' | 'name' | 'underline'>
{
  protected readonly scalars = ['bold', 'italic', 'color', 'size', 'name', 'underline'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'font.');
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.put('bold', v);
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.put('italic', v);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.put('size', v);
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', v);
  }
  get underline(): string {
    return this.get('underline');
  }
  set underline(v: string) {
    this.put('underline', v);
  }
}

export class FakeRangeBorder
  extends FakeFormatPart
  implements Surface<Excel.RangeBorder, 'style' | 'color' | 'weight'>
{
  protected readonly scalars = ['style', 'color', 'weight'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect, side: string) {
    super(context, sheet, rect, `borders.${side}.`);
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.put('style', v);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
  get weight(): string {
    return this.get('weight');
  }
  set weight(v: string) {
    this.put('weight', v);
  }
}

export class FakeRangeBorderCollection
  extends FakeProxy
  implements Surface<Excel.RangeBorderCollection, 'getItem'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly rect: Rect
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.sheet, this.rect, index);
  }
}

export class FakeRangeFormat
  extends FakeFormatPart
  implements
    Surface<
      Excel.RangeFormat,
      | 'fill'
      | 'font'
      | 'borders'
      | 'columnWidth'
      | 'rowHeight'
      | 'horizontalAlignment'
      | 'verticalAlignment'
      | 'wrapText'
      | 'indentLevel'
      | 'autofitColumns'
      | 'autofitRows'
      | 'protection'
    >
{
  protected readonly scalars = [
    'columnWidth',
    'rowHeight',
    'horizontalAlignment',
    'verticalAlignment',
    'wrapText',
    'indentLevel',
  ] as const;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, '');
    this.protection = new FakeFormatProtection(context, sheet, rect);
    this.fill = new FakeRangeFill(context, sheet, rect);
    this.font = new FakeRangeFont(context, sheet, rect);
    this.borders = new FakeRangeBorderCollection(context, sheet, rect);
  }

  protected override child(name: string): FakeProxy | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  protected override read(name: string): unknown {
    if (name === 'columnWidth') return this.sheet.columnWidths.get(this.rect.col) ?? 48;
    if (name === 'rowHeight') return this.sheet.rowHeights.get(this.rect.row) ?? 15;
    return super.read(name);
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(v: number) {
    const cols = Math.min(this.rect.cols, MAX_COLS);
    for (let c = 0; c < cols; c++) this.sheet.columnWidths.set(this.rect.col + c, v);
    this.setLocal('columnWidth', v);
  }
  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(v: number) {
    if (bounded(this.rect))
      for (let r = 0; r < this.rect.rows; r++) this.sheet.rowHeights.set(this.rect.row + r, v);
    this.setLocal('rowHeight', v);
  }
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.put('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.put('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.put('wrapText', v);
  }
  get indentLevel(): number {
    return this.get('indentLevel');
  }
  set indentLevel(v: number) {
    this.put('indentLevel', v);
  }

  autofitColumns(): void {
    this.sheet.autofitted.push(this.rect);
    this.context.touch();
  }
  autofitRows(): void {
    this.sheet.autofitted.push(this.rect);
    this.context.touch();
  }
}

export class FakeDataValidation
  extends FakeProxy
  implements
    Surface<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks' | 'clear'>
{
  protected readonly scalars = ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'] as const;
  private record?: FakeValidation;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly rect: Rect
  ) {
    super(context);
  }

  protected read(name: string): unknown {
    const v = this.sheet.validations.find(
      (x) =>
        x.rect.row === this.rect.row &&
        x.rect.col === this.rect.col &&
        x.rect.rows === this.rect.rows &&
        x.rect.cols === this.rect.cols
    );
    return v ? (v as unknown as Record<string, unknown>)[name] : null;
  }

  /** The validation this object writes: one record per range, created by the first setting. */
  private current(): FakeValidation {
    if (!this.record) {
      this.record = { rect: this.rect, rule: {} };
      this.sheet.validations.push(this.record);
    }
    return this.record;
  }

  get rule(): Excel.DataValidationRule {
    return this.get('rule');
  }
  set rule(v: Excel.DataValidationRule) {
    const kinds = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', 'a data validation rule has exactly one type')
      );
    }
    this.current().rule = v;
    this.setLocal('rule', v);
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.get('prompt');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.current().prompt = v;
    this.setLocal('prompt', v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get('errorAlert');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.current().errorAlert = v;
    this.setLocal('errorAlert', v);
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.current().ignoreBlanks = v;
    this.setLocal('ignoreBlanks', v);
  }

  clear(): void {
    const list = this.sheet.validations;
    for (let i = list.length - 1; i >= 0; i--)
      if (intersects(list[i].rect, this.rect)) list.splice(i, 1);
    this.record = undefined;
    this.context.touch();
  }
}

/** The settings object each conditional-format type exposes, e.g. `custom.rule.formula`. */
const CF_SETTINGS: Record<string, string> = {
  Custom: 'custom',
  CellValue: 'cellValue',
  ColorScale: 'colorScale',
  DataBar: 'dataBar',
  IconSet: 'iconSet',
  TopBottom: 'topBottom',
  PresetCriteria: 'preset',
  ContainsText: 'textComparison',
};

/** Types whose settings hold a `format` (fill, font, borders, numberFormat) and a `rule`. */
function cfSettings(type: string): Record<string, unknown> {
  if (type === 'ColorScale') return { criteria: undefined, threeColorScale: undefined };
  if (type === 'DataBar' || type === 'IconSet') return {};
  return {
    format: { fill: {}, font: {}, borders: {}, numberFormat: undefined },
    rule: type === 'Custom' ? {} : undefined,
  };
}

export class FakeConditionalFormat
  extends FakeProxy
  implements
    Surface<
      Excel.ConditionalFormat,
      | 'type'
      | 'priority'
      | 'stopIfTrue'
      | 'custom'
      | 'cellValue'
      | 'colorScale'
      | 'dataBar'
      | 'iconSet'
      | 'topBottom'
      | 'preset'
      | 'textComparison'
      | 'delete'
    >
{
  protected readonly scalars = ['type', 'priority', 'stopIfTrue'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    readonly record: ConditionalFormatRecord
  ) {
    super(context);
  }

  protected read(name: string): unknown {
    return (this.record as unknown as Record<string, unknown>)[name];
  }

  /** The settings of this format's own type; another type's object fails like in Excel. */
  private settings(key: string): Record<string, unknown> {
    if (CF_SETTINGS[this.record.type] !== key) {
      throw new FakeOfficeError(
        'InvalidOperation',
        `a ${this.record.type} conditional format has no ${key}`
      );
    }
    return this.record.settings;
  }

  get type(): string {
    return this.get('type');
  }
  get priority(): number {
    return this.get('priority');
  }
  set priority(v: number) {
    this.record.priority = v;
    this.setLocal('priority', v);
  }
  get stopIfTrue(): boolean {
    return this.get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.record.stopIfTrue = v;
    this.setLocal('stopIfTrue', v);
  }
  get custom(): Record<string, unknown> {
    return this.settings('custom');
  }
  get cellValue(): Record<string, unknown> {
    return this.settings('cellValue');
  }
  get colorScale(): Record<string, unknown> {
    return this.settings('colorScale');
  }
  get dataBar(): Record<string, unknown> {
    return this.settings('dataBar');
  }
  get iconSet(): Record<string, unknown> {
    return this.settings('iconSet');
  }
  get topBottom(): Record<string, unknown> {
    return this.settings('topBottom');
  }
  get preset(): Record<string, unknown> {
    return this.settings('preset');
  }
  get textComparison(): Record<string, unknown> {
    return this.settings('textComparison');
  }

  delete(): void {
    const list = this.sheet.conditionalFormats;
    const i = list.indexOf(this.record);
    if (i >= 0) list.splice(i, 1);
    this.context.touch();
  }
}

export class FakeConditionalFormatCollection
  extends FakeProxy
  implements Surface<Excel.ConditionalFormatCollection, 'add' | 'clearAll' | 'getCount'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly rect: Rect
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }

  add(type: string): FakeConditionalFormat {
    if (!(type in CF_SETTINGS)) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', `unknown conditional format type ${type}`)
      );
    }
    const record: ConditionalFormatRecord = { rect: this.rect, type, settings: cfSettings(type) };
    this.sheet.conditionalFormats.push(record);
    this.context.touch();
    return new FakeConditionalFormat(this.context, this.sheet, record);
  }

  clearAll(): void {
    const list = this.sheet.conditionalFormats;
    for (let i = list.length - 1; i >= 0; i--)
      if (intersects(list[i].rect, this.rect)) list.splice(i, 1);
    this.context.touch();
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      () => this.sheet.conditionalFormats.filter((f) => intersects(f.rect, this.rect)).length
    );
  }
}

export class FakeChartSeries
  extends FakeProxy
  implements
    Surface<
      Excel.ChartSeries,
      | 'name'
      | 'markerStyle'
      | 'hasDataLabels'
      | 'setValues'
      | 'setXAxisValues'
      | 'chartType'
      | 'markerBackgroundColor'
      | 'markerForegroundColor'
      | 'format'
    >
{
  protected readonly scalars = [
    'name',
    'markerStyle',
    'hasDataLabels',
    'chartType',
    'markerBackgroundColor',
    'markerForegroundColor',
  ] as const;
  /** Fill and line colours, kept on the series record. */
  readonly format: {
    fill: { setSolidColor(color: string): void };
    line: { color: string };
  };

  constructor(
    context: FakeRequestContext,
    readonly record: ChartSeriesRecord
  ) {
    super(context);
    const touch = (): void => context.touch();
    this.format = {
      fill: {
        setSolidColor(color: string): void {
          record.fillColor = color;
          touch();
        },
      },
      line: {
        get color(): string {
          return record.lineColor ?? '';
        },
        set color(v: string) {
          record.lineColor = v;
          touch();
        },
      },
    };
  }
  protected read(name: string): unknown {
    return (this.record as unknown as Record<string, unknown>)[name];
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.record.name = v;
    this.setLocal('name', v);
  }
  get markerStyle(): string {
    return this.get('markerStyle');
  }
  set markerStyle(v: string) {
    this.record.markerStyle = v;
    this.setLocal('markerStyle', v);
  }
  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(v: string) {
    this.record.chartType = v;
    this.setLocal('chartType', v);
  }
  get markerBackgroundColor(): string {
    return this.get('markerBackgroundColor');
  }
  set markerBackgroundColor(v: string) {
    this.record.markerBackgroundColor = v;
    this.setLocal('markerBackgroundColor', v);
  }
  get markerForegroundColor(): string {
    return this.get('markerForegroundColor');
  }
  set markerForegroundColor(v: string) {
    this.record.markerForegroundColor = v;
    this.setLocal('markerForegroundColor', v);
  }
  get hasDataLabels(): boolean {
    return this.get('hasDataLabels');
  }
  set hasDataLabels(v: boolean) {
    this.record.hasDataLabels = v;
    this.setLocal('hasDataLabels', v);
  }
  setValues(sourceData: Excel.Range): void {
    this.record.values = fullAddress(sourceData);
    this.context.touch();
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.record.xValues = fullAddress(sourceData);
    this.context.touch();
  }
}

export class FakeChartSeriesCollection
  extends FakeProxy
  implements Surface<Excel.ChartSeriesCollection, 'add' | 'getItemAt'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly chart: ChartRecord
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
  add(name?: string): FakeChartSeries {
    const record: ChartSeriesRecord = { name: name ?? `Series${this.chart.series.length + 1}` };
    this.chart.series.push(record);
    this.context.touch();
    return new FakeChartSeries(this.context, record);
  }
  getItemAt(index: number): FakeChartSeries {
    const record = this.chart.series[index];
    if (!record) this.context.fail(new FakeOfficeError('ItemNotFound', `no series at ${index}`));
    return new FakeChartSeries(this.context, record ?? { name: '' });
  }
}

/** A chart: title, legend and axes are plain records the test reads back from ChartRecord. */
export class FakeChart
  extends FakeProxy
  implements
    Surface<
      Excel.Chart,
      | 'name'
      | 'title'
      | 'legend'
      | 'axes'
      | 'series'
      | 'setPosition'
      | 'delete'
      | 'top'
      | 'left'
      | 'width'
      | 'height'
    >
{
  protected readonly scalars = ['name', 'top', 'left', 'width', 'height'] as const;
  readonly series: FakeChartSeriesCollection;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    readonly record: ChartRecord,
    isNull = false
  ) {
    super(context, isNull);
    this.series = new FakeChartSeriesCollection(context, record);
  }
  protected read(name: string): unknown {
    return (this.record as unknown as Record<string, unknown>)[name];
  }
  get title(): ChartRecord['title'] {
    return this.record.title;
  }
  get legend(): ChartRecord['legend'] {
    return this.record.legend;
  }
  get axes(): ChartRecord['axes'] {
    return this.record.axes;
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.record.name = v;
    this.setLocal('name', v);
  }
  get top(): number {
    return this.get('top');
  }
  set top(v: number) {
    this.record.top = v;
    this.setLocal('top', v);
  }
  get left(): number {
    return this.get('left');
  }
  set left(v: number) {
    this.record.left = v;
    this.setLocal('left', v);
  }
  get width(): number {
    return this.get('width');
  }
  set width(v: number) {
    this.record.width = v;
    this.setLocal('width', v);
  }
  get height(): number {
    return this.get('height');
  }
  set height(v: number) {
    this.record.height = v;
    this.setLocal('height', v);
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const at = (c: Excel.Range | string): string => formatAddress(rectOf(c));
    this.record.position = {
      start: at(startCell),
      end: endCell === undefined ? undefined : at(endCell),
    };
    this.context.touch();
  }
  delete(): void {
    const i = this.sheet.charts.indexOf(this.record);
    if (i >= 0) this.sheet.charts.splice(i, 1);
    this.context.touch();
  }
}

export class FakeChartCollection
  extends FakeProxy
  implements Surface<Excel.ChartCollection, 'add' | 'getItemOrNullObject'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }

  add(type: string, sourceData: Excel.Range, seriesBy = 'Auto'): FakeChart {
    const record: ChartRecord = {
      type,
      source: fullAddress(sourceData),
      seriesBy,
      name: `Chart ${this.sheet.charts.length + 1}`,
      title: {},
      legend: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      series: [{ name: 'Series1' }],
    };
    this.sheet.charts.push(record);
    this.context.touch();
    return new FakeChart(this.context, this.sheet, record);
  }

  getItemOrNullObject(name: string): FakeChart {
    const record = this.sheet.charts.find((c) => c.name === name);
    return record
      ? new FakeChart(this.context, this.sheet, record)
      : new FakeChart(this.context, this.sheet, { series: [] } as unknown as ChartRecord, true);
  }
}

export class FakeHeaderFooter
  extends FakeProxy
  implements Surface<Excel.HeaderFooter, 'leftFooter' | 'centerFooter' | 'rightFooter'>
{
  protected readonly scalars = ['leftFooter', 'centerFooter', 'rightFooter'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly footer: PageLayoutRecord['footer']
  ) {
    super(context);
  }
  protected read(name: string): unknown {
    return this.footer[name.replace('Footer', '') as 'left'] ?? '';
  }
  private put(side: 'left' | 'center' | 'right', v: string): void {
    this.footer[side] = v;
    this.setLocal(`${side}Footer`, v);
  }
  get leftFooter(): string {
    return this.get('leftFooter');
  }
  set leftFooter(v: string) {
    this.put('left', v);
  }
  get centerFooter(): string {
    return this.get('centerFooter');
  }
  set centerFooter(v: string) {
    this.put('center', v);
  }
  get rightFooter(): string {
    return this.get('rightFooter');
  }
  set rightFooter(v: string) {
    this.put('right', v);
  }
}

/** Print setup; the footer set for all pages is the one kept. */
export class FakePageLayout
  extends FakeProxy
  implements
    Surface<
      Excel.PageLayout,
      | 'orientation'
      | 'zoom'
      | 'setPrintArea'
      | 'setPrintTitleRows'
      | 'setPrintMargins'
      | 'headersFooters'
    >
{
  protected readonly scalars = ['orientation', 'zoom'] as const;
  readonly headersFooters: { defaultForAllPages: FakeHeaderFooter };

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
    this.headersFooters = {
      defaultForAllPages: new FakeHeaderFooter(context, sheet.pageLayout.footer),
    };
  }
  protected read(name: string): unknown {
    return (this.sheet.pageLayout as unknown as Record<string, unknown>)[name];
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    if (v !== 'Portrait' && v !== 'Landscape')
      this.context.fail(new FakeOfficeError('InvalidArgument', `fake: orientation ${v}`));
    this.sheet.pageLayout.orientation = v;
    this.setLocal('orientation', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get('zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    if (v.scale !== undefined && (v.horizontalFitToPages ?? v.verticalFitToPages) !== undefined)
      this.context.fail(new FakeOfficeError('InvalidArgument', 'fake: scale and fit together'));
    this.sheet.pageLayout.zoom = v;
    this.setLocal('zoom', v);
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.sheet.pageLayout.printArea = formatAddress(rectOf(printArea as Excel.Range | string));
    this.context.touch();
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows === 'string' && !/^\$\d+:\$\d+$/.test(printTitleRows))
      this.context.fail(
        new FakeOfficeError('InvalidArgument', `fake: title rows ${printTitleRows}`)
      );
    this.sheet.pageLayout.printTitleRows =
      typeof printTitleRows === 'string' ? printTitleRows : formatAddress(rectOf(printTitleRows));
    this.context.touch();
  }
  setPrintMargins(unit: string, marginOptions: Excel.PageLayoutMarginOptions): void {
    this.sheet.pageLayout.margins = { unit, options: marginOptions };
    this.context.touch();
  }
}

export class FakeWorksheetProtection
  extends FakeProxy
  implements Surface<Excel.WorksheetProtection, 'protected' | 'protect' | 'unprotect'>
{
  protected readonly scalars = ['protected'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
  }
  protected read(): unknown {
    return this.sheet.protection !== undefined;
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (this.sheet.protection)
      this.context.fail(new FakeOfficeError('InvalidOperation', 'fake: sheet already protected'));
    else this.sheet.protection = { ...options };
    if (password !== undefined) throw new Error('fake: templates protect without a password');
    this.context.touch();
  }
  unprotect(): void {
    this.sheet.protection = undefined;
    this.context.touch();
  }
}

/** A1-like names ("AB12") and names with spaces are refused, as Excel does. */
const BAD_NAME = /^([A-Z]{1,3}\d+|[Rr]\d*[Cc]\d*)$|[\s,;:()'"!]|^\d/i;

export class FakeNamedItemCollection
  extends FakeProxy
  implements Surface<Excel.NamedItemCollection, 'add'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
  add(name: string, reference: Excel.Range | string, comment?: string): void {
    void comment;
    const key = name.toLowerCase();
    if (BAD_NAME.test(name) || name.length > 255)
      this.context.fail(new FakeOfficeError('InvalidArgument', `fake: bad name ${name}`));
    else if ([...this.sheet.names.keys()].some((n) => n.toLowerCase() === key))
      this.context.fail(new FakeOfficeError('ItemAlreadyExists', `fake: name ${name} exists`));
    else this.sheet.names.set(name, formatAddress(rectOf(reference)));
    this.context.touch();
  }
}

// ---------------------------------------------------------------------------------------------
// Comments (ExcelApi 1.10): one per cell, added on a single cell, looked up by cell

/** The sheet and key of the one cell a comment call names ("Sheet!A1" or a range). */
function commentCell(
  context: FakeRequestContext,
  at: Excel.Range | string
): { sheet: FakeSheet; key: number } {
  const named = typeof at === 'string' ? parseAddress(at) : undefined;
  const sheet = named ? context.model.sheet(named.sheet ?? '') : asFake(at as Excel.Range).sheet;
  const rect = named ? named.rect : asFake(at as Excel.Range).rect;
  if (rect.rows !== 1 || rect.cols !== 1)
    context.fail(new FakeOfficeError('InvalidArgument', 'fake: a comment goes on one cell'));
  return { sheet, key: cellKey(rect.row, rect.col) };
}

export class FakeCommentCollection
  extends FakeProxy
  implements Surface<Excel.CommentCollection, 'add' | 'getItemByCell'>
{
  protected readonly scalars = [] as const;

  protected read(): unknown {
    return undefined;
  }

  /** Adding on a cell that has a comment fails, as in Excel. */
  add(cellAddress: Excel.Range | string, content: string | Excel.CommentRichContent): FakeComment {
    const { sheet, key } = commentCell(this.context, cellAddress);
    const text = typeof content === 'string' ? content : content.richContent;
    if (sheet.comments.has(key))
      this.context.fail(new FakeOfficeError('InvalidArgument', 'fake: the cell has a comment'));
    else sheet.comments.set(key, text);
    return new FakeComment(this.context, sheet, key, false);
  }

  /** The cell's comment; a command on it fails at the next sync when there is none. */
  getItemByCell(cellAddress: Excel.Range | string): FakeComment {
    const { sheet, key } = commentCell(this.context, cellAddress);
    return new FakeComment(this.context, sheet, key, !sheet.comments.has(key));
  }
}

export class FakeComment extends FakeProxy implements Surface<Excel.Comment, 'content'> {
  protected readonly scalars = ['content'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly key: number,
    missing: boolean
  ) {
    super(context, missing);
  }

  protected read(): unknown {
    return this.sheet.comments.get(this.key);
  }

  get content(): string {
    return this.get('content');
  }
  set content(text: string) {
    if (this.exists('comment')) this.sheet.comments.set(this.key, text);
    this.setLocal('content', text);
  }
}
