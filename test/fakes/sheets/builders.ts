/** Builders of data validations, conditional format rules and text styles. */
import type { FakeRange } from './range';
import type { GRange, GDvBuilder, GCfBuilder, Faked } from './types';

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
    return this.set('bold', bold);
  }
  setItalic(italic: boolean): this {
    return this.set('italic', italic);
  }
  setFontSize(fontSize: number): this {
    return this.set('fontSize', fontSize);
  }
  setForegroundColor(cssString: string): this {
    return this.set('color', cssString);
  }
  private set<K extends keyof FakeTextStyle>(key: K, value: FakeTextStyle[K]): this {
    this.style[key] = value;
    return this;
  }
}
