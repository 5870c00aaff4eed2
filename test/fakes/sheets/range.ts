/** A range of a fake sheet: values, formulas, formats, notes, validation, as Sheets stores them. */
import { columnLetter, r1c1ToA1 } from '@boussole/core';
import { storeValue, type FakeCell } from './cells';
import type { FakeDataValidation, FakeTextStyle } from './builders';
import type { FakeSheet } from './sheet';
import type { GRange, Faked } from './types';

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
