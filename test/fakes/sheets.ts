/**
 * A fake Apps Script world (SpreadsheetApp, Session, HtmlService, ScriptApp) to run dist/sheets/Code.js
 * in node:vm. Every fake class is checked against @types/google-apps-script with `Faked<…>`, so a
 * method name cannot drift from the real API. Every call on every fake object is counted (through a
 * Proxy), so tests can require a constant number of batched range calls per user action.
 *
 * What it models of real Sheets: setValues with text starting "=" stores a formula, a leading "'"
 * keeps the rest as literal text; getValues returns "" for empty cells; formulas are NOT computed
 * (their value reads as ""); insertSheet refuses an existing name; AuthMode.NONE refuses every
 * document access; CUSTOM_FUNCTION refuses UI and writes.
 *
 * Other helpers may extend it additively (new methods, new options); keep existing behaviour.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { columnLetter, columnNumber, r1c1ToA1 } from '@boussole/core';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlService = GoogleAppsScript.HTML.HtmlService;
type GSession = GoogleAppsScript.Base.Session;
type GDvBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GCfBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Real return types swapped for the fake ones, so fakes can be typed against the real interfaces. */
type Swap<R> = R extends GRange
  ? FakeRange
  : R extends GSheet
    ? FakeSheet
    : R extends GSpreadsheet
      ? FakeSpreadsheet
      : R extends GMenu
        ? FakeMenu
        : R extends GHtmlOutput
          ? FakeHtmlOutput
          : R extends GoogleAppsScript.HTML.HtmlTemplate
            ? FakeHtmlTemplate
            : R extends GDvBuilder
              ? FakeDataValidationBuilder
              : R extends GCfBuilder
                ? FakeConditionalFormatRuleBuilder
                : R extends GChartBuilder
                  ? FakeChartBuilder
                  : R extends GoogleAppsScript.Spreadsheet.TextStyleBuilder
                    ? FakeTextStyleBuilder
                    : R extends GoogleAppsScript.Spreadsheet.RangeList
                      ? FakeRangeList
                      : R extends GoogleAppsScript.Spreadsheet.Protection
                        ? FakeProtection
                        : R extends GoogleAppsScript.Base.Ui
                          ? FakeUi
                          : R extends (infer E)[]
                            ? Swap<E>[]
                            : R extends null
                              ? null
                              : R;

/**
 * The named methods of a real Apps Script interface with fake return types. Overloaded methods are
 * checked against their last overload; the names are what this guards.
 */
export type Faked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Swap<R> : never;
};

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface FakeSheetsOptions {
  /**
   * What Session.getActiveUserLocale() returns ('' when Apps Script gives no locale); an Error is
   * thrown instead, in custom functions only (they run as an anonymous user).
   */
  userLocale?: string | Error;
  /** What Spreadsheet.getSpreadsheetLocale() returns. */
  spreadsheetLocale?: string;
  /** The mode services run in; see setAuthMode. Default FULL. */
  authMode?: AuthModeName;
  /**
   * HTML files of the project, by name without ".html", for createHtmlOutputFromFile and
   * createTemplateFromFile; a name not given is read from the built project (dist/sheets).
   */
  htmlFiles?: Record<string, string>;
  /** Sheets that exist before the test, by name, each as rows of values (text "=…" is a formula). */
  sheets?: Record<string, unknown[][]>;
}

/**
 * The most document calls (isDocumentCall) one template insertion may make: the target of
 * docs/performance.md, constant whatever the rows, with print setup, protection, names and charts.
 */
export const TEMPLATE_CALLS_CEILING = 40;

/** The document services, as call-name prefixes (protection and range lists change the document too). */
export const DOCUMENT_SERVICES = [
  'SpreadsheetApp.',
  'Spreadsheet.',
  'Sheet.',
  'Range.',
  'RangeList.',
  'Protection.',
] as const;

/**
 * Factories of builders (SpreadsheetApp.newDataValidation, newTextStyle…, Sheet.newChart): like the
 * builders' own methods they only assemble a value, without reading or writing the document.
 */
const BUILDER_FACTORY = /^(SpreadsheetApp\.new|Sheet\.newChart$)/;

/**
 * A document call (docs/performance.md): a method call on a document service, getRange included,
 * builder factories excepted. The one definition the tests and the bench count.
 */
export const isDocumentCall = (name: string): boolean =>
  DOCUMENT_SERVICES.some((p) => name.startsWith(p)) && !BUILDER_FACTORY.test(name);

/** A call that only assembles a rule, style or chart: a builder factory or a builder's method. */
export const isBuilderCall = (name: string): boolean =>
  BUILDER_FACTORY.test(name) || name.split('.')[0].endsWith('Builder');

/** Counts every method call on every fake object, as "Class.method". */
export class CallLog {
  readonly counts = new Map<string, number>();
  readonly order: string[] = [];

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.order.push(name);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Total calls whose name starts with the prefix, e.g. "Range." for every range call. */
  total(prefix = ''): number {
    return this.where((k) => k.startsWith(prefix));
  }

  /** Calls that keep a name, e.g. isDocumentCall. */
  where(keep: (name: string) => boolean): number {
    let n = 0;
    for (const [k, v] of this.counts) if (keep(k)) n += v;
    return n;
  }

  /** Document calls (isDocumentCall). */
  documentCalls(): number {
    return this.where(isDocumentCall);
  }

  /** Builder calls (isBuilderCall): rules, styles and charts assembled, the document untouched. */
  builderCalls(): number {
    return this.where(isBuilderCall);
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }
}

/** Wraps an object so that each call of one of its methods is logged as "<cls>.<method>". */
function counted<T extends object>(obj: T, cls: string, log: CallLog): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
      return function (this: unknown, ...args: unknown[]) {
        log.hit(`${cls}.${prop}`);
        return (v as (...a: unknown[]) => unknown).apply(this === receiver ? target : this, args);
      };
    },
  });
}

/** Thrown the way Apps Script refuses a service in the current authorization mode. */
export class FakePermissionError extends Error {}

// ---------------------------------------------------------------------------------------------
// Cells and A1 notation

export interface FakeCell {
  value: unknown;
  /** The formula text ("=…") when the cell holds a formula, else "". */
  formula: string;
  numberFormat?: string;
  background?: string | null;
  fontWeight?: string | null;
  fontColor?: string | null;
  fontStyle?: string | null;
  horizontalAlignment?: string | null;
  verticalAlignment?: string | null;
  wrap?: boolean;
  fontSize?: number;
  note?: string | null;
  validation?: FakeDataValidation | null;
}

const emptyCell = (): FakeCell => ({ value: '', formula: '' });

/** "B2", "B2:D10", "A:A" → 1-based row, column and size (open columns run to maxRows). */
export function parseA1(
  a1: string,
  maxRows: number,
  maxCols: number
): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/i.exec(a1.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${a1}`);
  const c1 = m[1] ? columnNumber(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const hasEnd = m[3] !== undefined || m[4] !== undefined;
  const c2 = hasEnd ? (m[3] ? columnNumber(m[3]) : maxCols) : m[1] ? c1 : maxCols;
  const r2 = hasEnd ? (m[4] ? Number(m[4]) : maxRows) : m[2] ? r1 : maxRows;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

// ---------------------------------------------------------------------------------------------
// Builders: data validation, conditional formats, charts

export interface FakeDataValidation {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidationBuilder implements Faked<
  GDvBuilder,
  | 'build'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireFormulaSatisfied'
  | 'setAllowInvalid'
  | 'setHelpText'
> {
  private rule: FakeDataValidation = {
    criteria: '',
    args: [],
    allowInvalid: true,
    helpText: null,
  };
  private set(criteria: string, args: unknown[]): this {
    this.rule = { ...this.rule, criteria, args };
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return { ...this.rule } as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
  requireValueInList(values: string[], showDropdown?: boolean): this {
    return this.set('VALUE_IN_LIST', [values, showDropdown ?? true]);
  }
  requireValueInRange(range: GRange, showDropdown?: boolean): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.set('CHECKBOX', checked === undefined ? [] : [checked, unchecked]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): this {
    this.rule = { ...this.rule, helpText: text };
    return this;
  }
}

export interface FakeConditionalFormatRule {
  condition?: { type: string; args: unknown[] };
  gradient?: {
    min?: [string, string?, string?];
    mid?: [string, string?, string?];
    max?: [string, string?, string?];
  };
  format: { background?: string | null; fontColor?: string | null; bold?: boolean | null };
  ranges: FakeRange[];
}

export class FakeConditionalFormatRuleBuilder implements Faked<
  GCfBuilder,
  | 'build'
  | 'setRanges'
  | 'setBackground'
  | 'setFontColor'
  | 'setBold'
  | 'whenFormulaSatisfied'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberBetween'
  | 'whenTextEqualTo'
  | 'whenTextContains'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'setGradientMinpoint'
  | 'setGradientMaxpoint'
  | 'setGradientMinpointWithValue'
  | 'setGradientMidpointWithValue'
  | 'setGradientMaxpointWithValue'
> {
  private rule: FakeConditionalFormatRule = { format: {}, ranges: [] };
  private when(type: string, args: unknown[]): this {
    this.rule.condition = { type, args };
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    const copy: FakeConditionalFormatRule = {
      ...this.rule,
      format: { ...this.rule.format },
      ranges: [...this.rule.ranges],
    };
    return copy as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
  setRanges(ranges: GRange[]): this {
    this.rule.ranges = ranges as unknown as FakeRange[];
    return this;
  }
  setBackground(color: string | null): this {
    this.rule.format.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.rule.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.rule.format.bold = bold;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  setGradientMinpoint(color: string): this {
    this.rule.gradient = { ...this.rule.gradient, min: [color] };
    return this;
  }
  setGradientMaxpoint(color: string): this {
    this.rule.gradient = { ...this.rule.gradient, max: [color] };
    return this;
  }
  setGradientMinpointWithValue(color: string, type: unknown, value: string): this {
    this.rule.gradient = { ...this.rule.gradient, min: [color, String(type), value] };
    return this;
  }
  setGradientMidpointWithValue(color: string, type: unknown, value: string): this {
    this.rule.gradient = { ...this.rule.gradient, mid: [color, String(type), value] };
    return this;
  }
  setGradientMaxpointWithValue(color: string, type: unknown, value: string): this {
    this.rule.gradient = { ...this.rule.gradient, max: [color, String(type), value] };
    return this;
  }
}

/** What a built text style sets; a property left out keeps the cell's own. */
export interface FakeTextStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  color?: string;
}

export class FakeTextStyleBuilder implements Faked<
  GoogleAppsScript.Spreadsheet.TextStyleBuilder,
  'build' | 'setBold' | 'setItalic' | 'setFontSize' | 'setForegroundColor'
> {
  private style: FakeTextStyle = {};
  build(): GoogleAppsScript.Spreadsheet.TextStyle {
    return { ...this.style } as unknown as GoogleAppsScript.Spreadsheet.TextStyle;
  }
  setBold(bold: boolean): this {
    this.style.bold = bold;
    return this;
  }
  setItalic(italic: boolean): this {
    this.style.italic = italic;
    return this;
  }
  setFontSize(fontSize: number): this {
    this.style.fontSize = fontSize;
    return this;
  }
  setForegroundColor(cssString: string): this {
    this.style.color = cssString;
    return this;
  }
}

export interface FakeChart {
  type: unknown;
  ranges: FakeRange[];
  position?: [number, number, number, number];
  options: Record<string, unknown>;
}

export class FakeChartBuilder implements Faked<
  GChartBuilder,
  'build' | 'addRange' | 'setChartType' | 'setPosition' | 'setOption'
> {
  private chart: FakeChart = { type: undefined, ranges: [], options: {} };
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return { ...this.chart } as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
  addRange(range: GRange): FakeChartBuilder {
    this.chart.ranges.push(range as unknown as FakeRange);
    return this;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeChartBuilder {
    this.chart.type = type;
    return this;
  }
  setPosition(
    anchorRow: number,
    anchorCol: number,
    offsetX: number,
    offsetY: number
  ): FakeChartBuilder {
    this.chart.position = [anchorRow, anchorCol, offsetX, offsetY];
    return this;
  }
  setOption(option: string, value: unknown): FakeChartBuilder {
    this.chart.options[option] = value;
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Range, Sheet, Spreadsheet

/** Reads what a setValues element becomes in Sheets: "=…" a formula, "'…" literal text. */
function storeValue(cell: FakeCell, v: unknown): void {
  if (typeof v === 'string' && v.startsWith('=')) {
    cell.formula = v;
    cell.value = '';
  } else if (typeof v === 'string' && v.startsWith("'")) {
    cell.formula = '';
    cell.value = v.slice(1);
  } else {
    cell.formula = '';
    cell.value = v === null || v === undefined ? '' : v;
  }
}

type RangeMethods =
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getFormulas'
  | 'getFormula'
  | 'getNumberFormats'
  | 'getBackgrounds'
  | 'setValues'
  | 'setValue'
  | 'setFormulas'
  | 'setFormula'
  | 'setNumberFormats'
  | 'setNumberFormat'
  | 'setBackgrounds'
  | 'setBackground'
  | 'setFontWeights'
  | 'setFontWeight'
  | 'setFontColors'
  | 'setFontColor'
  | 'setFontStyles'
  | 'setHorizontalAlignments'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps'
  | 'setFontSizes'
  | 'setTextStyles'
  | 'setNotes'
  | 'setNote'
  | 'setDataValidations'
  | 'setDataValidation'
  | 'clearContent'
  | 'merge'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getSheet'
  | 'getCell'
  | 'offset'
  | 'activate'
  | 'isBlank'
  | 'setFormulasR1C1';

export class FakeRange implements Faked<GRange, RangeMethods> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number
  ) {}

  private map<T>(f: (c: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: T[] = new Array(this.cols);
      for (let c = 0; c < this.cols; c++) line[c] = f(this.sheet.peek(this.row + r, this.col + c));
      out.push(line);
    }
    return out;
  }

  private each<T>(grid: T[][], what: string, f: (c: FakeCell, v: T) => void): this {
    this.sheet.world.requireWrite(`Range.${what}`);
    if (grid.length !== this.rows || grid.some((r) => r.length !== this.cols)) {
      const w = grid[0]?.length ?? 0;
      throw new Error(
        `The number of rows or columns in the data does not match the range: data ${grid.length}×${w}, range ${this.rows}×${this.cols} (${what})`
      );
    }
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++)
        f(this.sheet.cell(this.row + r, this.col + c), grid[r][c]);
    return this;
  }

  private fill<T>(v: T): T[][] {
    return Array.from({ length: this.rows }, () => new Array<T>(this.cols).fill(v));
  }

  getValues(): unknown[][] {
    return this.map((c) => c.value);
  }
  getValue(): unknown {
    return this.sheet.peek(this.row, this.col).value;
  }
  getDisplayValues(): string[][] {
    return this.map((c) => (c.value instanceof Date ? c.value.toISOString() : String(c.value)));
  }
  getFormulas(): string[][] {
    return this.map((c) => c.formula);
  }
  getFormula(): string {
    return this.sheet.peek(this.row, this.col).formula;
  }
  getNumberFormats(): string[][] {
    return this.map((c) => c.numberFormat ?? 'General');
  }
  getBackgrounds(): string[][] {
    return this.map((c) => c.background ?? '#ffffff');
  }
  setValues(values: unknown[][]): this {
    return this.each(values, 'setValues', storeValue);
  }
  setValue(value: unknown): this {
    return this.each(this.fill(value), 'setValue', storeValue);
  }
  setFormulas(formulas: string[][]): this {
    return this.each(formulas, 'setFormulas', (c, f) => {
      if (f !== '' && !f.startsWith('=')) throw new Error(`Not a formula: ${f}`);
      c.formula = f;
      c.value = '';
    });
  }
  setFormula(formula: string): this {
    return this.each(this.fill(formula), 'setFormula', (c, f) => {
      c.formula = f;
      c.value = '';
    });
  }
  setFormulasR1C1(formulas: string[][]): this {
    let r = 0;
    let c = 0;
    return this.each(formulas, 'setFormulasR1C1', (cell, f) => {
      cell.formula = f === '' ? '' : r1c1ToA1(f, this.row + r, this.col + c);
      cell.value = '';
      if (++c === this.cols) [r, c] = [r + 1, 0];
    });
  }
  setNumberFormats(formats: string[][]): this {
    return this.each(formats, 'setNumberFormats', (c, f) => (c.numberFormat = f));
  }
  setNumberFormat(format: string): this {
    return this.each(this.fill(format), 'setNumberFormat', (c, f) => (c.numberFormat = f));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.each(colors, 'setBackgrounds', (c, v) => (c.background = v));
  }
  setBackground(color: string | null): this {
    return this.each(this.fill(color), 'setBackground', (c, v) => (c.background = v));
  }
  setFontWeights(weights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): this {
    return this.each(weights, 'setFontWeights', (c, v) => (c.fontWeight = v));
  }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.each(this.fill(weight), 'setFontWeight', (c, v) => (c.fontWeight = v));
  }
  setFontColors(colors: unknown[][]): this {
    return this.each(colors, 'setFontColors', (c, v) => (c.fontColor = v as string | null));
  }
  setFontColor(color: string | null): this {
    return this.each(this.fill(color), 'setFontColor', (c, v) => (c.fontColor = v));
  }
  setFontStyles(styles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): this {
    return this.each(styles, 'setFontStyles', (c, v) => (c.fontStyle = v));
  }
  setHorizontalAlignments(a: ('left' | 'center' | 'normal' | 'right' | null)[][]): this {
    return this.each(a, 'setHorizontalAlignments', (c, v) => (c.horizontalAlignment = v));
  }
  setHorizontalAlignment(a: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this.each(this.fill(a), 'setHorizontalAlignment', (c, v) => (c.horizontalAlignment = v));
  }
  setVerticalAlignment(a: 'top' | 'middle' | 'bottom' | null): this {
    return this.each(this.fill(a), 'setVerticalAlignment', (c, v) => (c.verticalAlignment = v));
  }
  setWrap(wrap: boolean): this {
    return this.each(this.fill(wrap), 'setWrap', (c, v) => (c.wrap = v));
  }
  setWraps(wraps: boolean[][]): this {
    return this.each(wraps, 'setWraps', (c, v) => (c.wrap = v));
  }
  setFontSizes(sizes: number[][]): this {
    return this.each(sizes, 'setFontSizes', (c, v) => (c.fontSize = v));
  }
  setTextStyles(styles: GoogleAppsScript.Spreadsheet.TextStyle[][]): this {
    return this.each(styles, 'setTextStyles', (c, v) => {
      const t = v as unknown as FakeTextStyle;
      if (t.bold !== undefined) c.fontWeight = t.bold ? 'bold' : 'normal';
      if (t.italic !== undefined) c.fontStyle = t.italic ? 'italic' : 'normal';
      if (t.fontSize !== undefined) c.fontSize = t.fontSize;
      if (t.color !== undefined) c.fontColor = t.color;
    });
  }
  setNotes(notes: (string | null)[][]): this {
    return this.each(notes, 'setNotes', (c, v) => (c.note = v));
  }
  setNote(note: string | null): this {
    return this.each(this.fill(note), 'setNote', (c, v) => (c.note = v));
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    return this.each(rules, 'setDataValidations', (c, v) => {
      c.validation = v as unknown as FakeDataValidation | null;
    });
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    return this.each(this.fill(rule), 'setDataValidation', (c, v) => {
      c.validation = v as unknown as FakeDataValidation | null;
    });
  }
  clearContent(): this {
    return this.each(this.fill(''), 'clearContent', (c) => {
      c.value = '';
      c.formula = '';
    });
  }
  merge(): this {
    this.sheet.world.requireWrite('Range.merge');
    this.sheet.merges.push(this.getA1Notation());
    return this;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getLastColumn(): number {
    return this.col + this.cols - 1;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getA1Notation(): string {
    const tl = `${columnLetter(this.col)}${this.row}`;
    if (this.rows === 1 && this.cols === 1) return tl;
    return `${tl}:${columnLetter(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getSheet(): FakeSheet {
    return this.sheet.self;
  }
  getCell(row: number, column: number): FakeRange {
    return this.sheet.world.range(this.sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number
  ): FakeRange {
    return this.sheet.world.range(
      this.sheet,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.rows,
      numColumns ?? this.cols
    );
  }
  activate(): FakeRange {
    this.sheet.world.active = { sheet: this.sheet, a1: this.getA1Notation() };
    return this.sheet.world.range(this.sheet, this.row, this.col, this.rows, this.cols);
  }
  isBlank(): boolean {
    return this.map((c) => c.value === '' && c.formula === '').every((r) => r.every(Boolean));
  }
}

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

export class FakeRangeList implements Faked<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  constructor(readonly ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}

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

type SpreadsheetMethods =
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getRange'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getName'
  | 'getId'
  | 'toast'
  | 'setNamedRange';

export class FakeSpreadsheet implements Faked<GSpreadsheet, SpreadsheetMethods> {
  readonly toasts: string[] = [];
  /** Named ranges: name → the range (names are workbook-wide in Sheets). */
  readonly namedRanges = new Map<string, FakeRange>();
  constructor(readonly world: FakeSheetsWorld) {}

  /** Refuses a name already used: the renderer must give each copy of a template its own names. */
  setNamedRange(name: string, range: GRange): void {
    this.world.requireWrite('Spreadsheet.setNamedRange');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new Error(`Invalid named range name: ${name}`);
    if ([...this.namedRanges.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new Error(`fake: the named range ${name} already exists`);
    this.namedRanges.set(name, range as unknown as FakeRange);
  }

  getSheets(): FakeSheet[] {
    return this.world.sheets.map((s) => s.self);
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.world.sheets.find((s) => s.name === name)?.self ?? null;
  }
  insertSheet(a?: unknown, b?: unknown): FakeSheet {
    this.world.requireWrite('Spreadsheet.insertSheet');
    const name = typeof a === 'string' ? a : `Sheet${this.world.sheets.length + 1}`;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.world.sheets.length;
    return this.world.addSheet(name, index);
  }
  getActiveSheet(): FakeSheet {
    return (this.world.active?.sheet ?? this.world.sheets[0]).self;
  }
  /** The active sheet itself (uncounted, for other fakes). */
  activeSheet(): FakeSheet {
    return this.world.active?.sheet ?? this.world.sheets[0];
  }
  setActiveSheet(sheet: GSheet): FakeSheet {
    const s = sheet as unknown as FakeSheet;
    this.world.active = { sheet: this.world.sheets.find((x) => x.self === s) ?? s, a1: 'A1' };
    return s;
  }
  getActiveRange(): FakeRange | null {
    const a = this.world.active;
    return a ? a.sheet.getRange(a.a1) : null;
  }
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf('!');
    const sheetName =
      bang >= 0 ? a1.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
    const sheet =
      sheetName === undefined
        ? this.activeSheet()
        : this.world.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(bang >= 0 ? a1.slice(bang + 1) : a1);
  }
  getSpreadsheetLocale(): string {
    return this.world.options.spreadsheetLocale ?? 'fr_FR';
  }
  getSpreadsheetTimeZone(): string {
    return 'Europe/Paris';
  }
  getName(): string {
    return 'Fake spreadsheet';
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  toast(msg: string): void {
    this.toasts.push(msg);
  }
}

// ---------------------------------------------------------------------------------------------
// UI, HTML, Session

export interface FakeMenuItem {
  caption: string;
  functionName?: string;
  submenu?: FakeMenu;
  separator?: boolean;
}

export class FakeMenu implements Faked<
  GMenu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  readonly items: FakeMenuItem[] = [];
  constructor(
    readonly ui: FakeUi,
    /** null for the add-on menu (Sheets titles it with the add-on's name). */
    readonly caption: string | null
  ) {}
  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this.ui.world.proxyOf(this);
  }
  addSeparator(): FakeMenu {
    this.items.push({ caption: '', separator: true });
    return this.ui.world.proxyOf(this);
  }
  addSubMenu(menu: GMenu): FakeMenu {
    const m = menu as unknown as FakeMenu;
    this.items.push({ caption: m.caption ?? '', submenu: m });
    return this.ui.world.proxyOf(this);
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput implements Faked<
  GHtmlOutput,
  'getContent' | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight'
> {
  title = '';
  width = 300;
  height = 500;
  constructor(readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }
}

export class FakeUi implements Faked<
  GUi,
  'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'alert'
> {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  readonly alerts: string[] = [];
  constructor(readonly world: FakeSheetsWorld) {}
  createAddonMenu(): FakeMenu {
    return this.world.proxyOf(new FakeMenu(this, null), 'Menu');
  }
  createMenu(caption: string): FakeMenu {
    return this.world.proxyOf(new FakeMenu(this, caption), 'Menu');
  }
  showSidebar(output: GHtmlOutput): void {
    this.sidebars.push(output as unknown as FakeHtmlOutput);
  }
  showModalDialog(output: GHtmlOutput, title: string): void {
    this.dialogs.push({ output: output as unknown as FakeHtmlOutput, title });
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.alerts.push(args.filter((a) => typeof a === 'string').join(' — '));
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
}

/** HtmlTemplate as createTemplateFromFile gives it; only its raw text is read here. */
export class FakeHtmlTemplate implements Faked<
  GoogleAppsScript.HTML.HtmlTemplate,
  'getRawContent'
> {
  constructor(readonly content: string) {}
  getRawContent(): string {
    return this.content;
  }
}

/** The Apps Script project as `npm run build` writes it (npm test builds first). */
const BUILT_PROJECT = path.join(__dirname, '..', '..', 'dist', 'sheets');

export class FakeHtmlService implements Faked<
  GHtmlService,
  'createHtmlOutputFromFile' | 'createHtmlOutput' | 'createTemplateFromFile'
> {
  constructor(readonly world: FakeSheetsWorld) {}
  private file(filename: string): string {
    const name = filename.replace(/\.html$/, '');
    const built = path.join(BUILT_PROJECT, `${name}.html`);
    const html =
      this.world.options.htmlFiles?.[name] ??
      (existsSync(built) ? readFileSync(built, 'utf8') : undefined);
    if (html === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return html;
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return this.world.proxyOf(new FakeHtmlOutput(this.file(filename)), 'HtmlOutput');
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return this.world.proxyOf(new FakeHtmlTemplate(this.file(filename)), 'HtmlTemplate');
  }
  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    return this.world.proxyOf(
      new FakeHtmlOutput(typeof html === 'string' ? html : ''),
      'HtmlOutput'
    );
  }
}

export class FakeSession implements Faked<GSession, 'getActiveUserLocale' | 'getScriptTimeZone'> {
  constructor(readonly world: FakeSheetsWorld) {}
  getActiveUserLocale(): string {
    const locale = this.world.options.userLocale ?? 'fr';
    if (typeof locale === 'string') return locale;
    if (this.world.authMode === 'CUSTOM_FUNCTION') throw locale;
    return 'fr';
  }
  getScriptTimeZone(): string {
    return 'Europe/Paris';
  }
}

type AppMethods =
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getUi'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'newTextStyle'
  | 'flush';

export class FakeSpreadsheetApp implements Faked<GApp, AppMethods> {
  /** String stand-ins for the enums the add-on may read. */
  readonly InterpolationType = {
    NUMBER: 'NUMBER',
    PERCENT: 'PERCENT',
    PERCENTILE: 'PERCENTILE',
    MIN: 'MIN',
    MAX: 'MAX',
  };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly BorderStyle = { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', DOTTED: 'DOTTED' };
  readonly Dimension = { ROWS: 'ROWS', COLUMNS: 'COLUMNS' };
  constructor(readonly world: FakeSheetsWorld) {}
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.world.requireDocument('SpreadsheetApp.getActiveSpreadsheet');
    return this.world.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    this.world.requireDocument('SpreadsheetApp.getActive');
    return this.world.spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    this.world.requireDocument('SpreadsheetApp.getActiveSheet');
    return this.world.rawSpreadsheet.activeSheet().self;
  }
  getActiveRange(): FakeRange {
    this.world.requireDocument('SpreadsheetApp.getActiveRange');
    const a = this.world.active;
    const sheet = a?.sheet ?? this.world.rawSpreadsheet.activeSheet();
    return sheet.getRange(a?.a1 ?? 'A1');
  }
  getUi(): FakeUi {
    if (this.world.authMode === 'CUSTOM_FUNCTION')
      throw new FakePermissionError('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.world.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return this.world.proxyOf(new FakeDataValidationBuilder(), 'DataValidationBuilder');
  }
  newTextStyle(): FakeTextStyleBuilder {
    return this.world.proxyOf(new FakeTextStyleBuilder(), 'TextStyleBuilder');
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return this.world.proxyOf(
      new FakeConditionalFormatRuleBuilder(),
      'ConditionalFormatRuleBuilder'
    );
  }
  flush(): void {}
}

// ---------------------------------------------------------------------------------------------
// The world: one spreadsheet, its UI, the services, the call log

export class FakeSheetsWorld {
  readonly log = new CallLog();
  readonly sheets: FakeSheet[] = [];
  /** The counted spreadsheet the script sees, and the same object uncounted for the fakes. */
  readonly spreadsheet: FakeSpreadsheet;
  readonly rawSpreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly app: FakeSpreadsheetApp;
  readonly session: FakeSession;
  readonly html: FakeHtmlService;
  authMode: AuthModeName;
  active: { sheet: FakeSheet; a1: string } | undefined;
  private readonly proxies = new WeakMap<object, object>();

  constructor(readonly options: FakeSheetsOptions = {}) {
    this.authMode = options.authMode ?? 'FULL';
    this.rawSpreadsheet = new FakeSpreadsheet(this);
    this.spreadsheet = this.proxyOf(this.rawSpreadsheet, 'Spreadsheet');
    this.ui = this.proxyOf(new FakeUi(this), 'Ui');
    this.app = this.proxyOf(new FakeSpreadsheetApp(this), 'SpreadsheetApp');
    this.session = this.proxyOf(new FakeSession(this), 'Session');
    this.html = this.proxyOf(new FakeHtmlService(this), 'HtmlService');
    const initial = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(initial)) {
      // Sized like Sheets: at least 1000 × 26, and large enough for the data given.
      const width = Math.max(26, ...rows.map((line) => line.length));
      const sheet = this.addSheet(name, this.sheets.length, Math.max(1000, rows.length), width);
      rows.forEach((line, r) => line.forEach((v, c) => storeValue(sheet.cell(r + 1, c + 1), v)));
    }
    this.log.reset();
  }

  /** The counted proxy of a fake object (one per object, so identity holds). */
  proxyOf<T extends object>(obj: T, cls?: string): T {
    let p = this.proxies.get(obj);
    if (!p) {
      p = counted(obj, cls ?? obj.constructor.name.replace(/^Fake/, ''), this.log);
      this.proxies.set(obj, p);
    }
    return p as T;
  }

  range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): FakeRange {
    // Like Sheets: a range must fit the grid (a new sheet has 1000 rows × 26 columns).
    if (
      row < 1 ||
      col < 1 ||
      rows < 1 ||
      cols < 1 ||
      row + rows - 1 > sheet.maxRows ||
      col + cols - 1 > sheet.maxCols
    )
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
    return counted(new FakeRange(sheet, row, col, rows, cols), 'Range', this.log);
  }

  addSheet(name: string, index: number, rows = 1000, cols = 26): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, rows, cols);
    sheet.self = this.proxyOf(sheet, 'Sheet');
    this.sheets.splice(index, 0, sheet);
    this.active = { sheet, a1: 'A1' };
    return sheet.self;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }

  /** Selects a range as the user would (not counted). */
  select(sheetName: string, a1: string): void {
    this.active = { sheet: this.sheet(sheetName), a1 };
  }

  /** AuthMode.NONE: no access to the document at all (add-on onOpen before first use). */
  requireDocument(what: string): void {
    if (this.authMode === 'NONE')
      throw new FakePermissionError(
        `You do not have permission to call ${what} in AuthMode.NONE. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`
      );
  }

  /** Custom functions may read but never write. */
  requireWrite(what: string): void {
    this.requireDocument(what);
    if (this.authMode === 'CUSTOM_FUNCTION')
      throw new FakePermissionError(
        `You do not have permission to call ${what} from a custom function.`
      );
  }

  /** The globals Apps Script gives a script. */
  globals(): Record<string, unknown> {
    const AuthMode = {
      NONE: 'NONE',
      CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      LIMITED: 'LIMITED',
      FULL: 'FULL',
    };
    return {
      SpreadsheetApp: this.app,
      Session: this.session,
      HtmlService: this.html,
      ScriptApp: { AuthMode },
      Charts: {
        ChartType: {
          SCATTER: 'SCATTER',
          BAR: 'BAR',
          COLUMN: 'COLUMN',
          LINE: 'LINE',
          RADAR: 'RADAR',
        },
      },
      Logger: { log: () => undefined },
      console,
    };
  }
}

/** Loads a script (dist/sheets/Code.js) into a fresh node:vm context with the fake globals. */
export function loadAppsScript(
  code: string,
  world: FakeSheetsWorld,
  filename = 'Code.js'
): vm.Context {
  const context = vm.createContext({ ...world.globals() });
  vm.runInContext(code, context, { filename });
  return context;
}

/** Calls a top-level function of a loaded script with a given authorization mode. */
export function callAs<T = unknown>(
  context: vm.Context,
  world: FakeSheetsWorld,
  mode: AuthModeName,
  name: string,
  ...args: unknown[]
): T {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== 'function')
    throw new Error(`${name} is not a top-level function of the script`);
  const before = world.authMode;
  world.authMode = mode;
  try {
    return (fn as (...a: unknown[]) => T)(...args);
  } finally {
    world.authMode = before;
  }
}
