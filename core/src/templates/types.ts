/**
 * A template is host-neutral data: the cells of one sheet (literal values or native formulas),
 * their number formats and styles, column widths, frozen rows, merges, data validations and
 * conditional formats. Each renderer (Office.js, Apps Script, ExcelJS) draws any SheetSpec.
 */
import type { Lang } from '../i18n';
import type { TemplateId } from './ids';

/** Named cell styles; styles.ts says what each looks like. */
export type StyleName =
  | 'title'
  | 'howTo'
  | 'section'
  | 'header'
  | 'label'
  | 'input'
  | 'output'
  | 'total'
  | 'note'
  | 'low'
  | 'medium'
  | 'high';

export interface CellSpec {
  /** "B5". */
  ref: string;
  /**
   * A literal value. Text is ALWAYS text, even when it starts with = + - @: renderers whose host
   * parses input write it through core `literalText`.
   */
  value?: string | number;
  /** A native formula starting with "=", English function names and "," separators. */
  formula?: string;
  /** A number format code in Excel syntax ("0.0%", '#,##0 "€"'), which all three hosts read. */
  format?: string;
  style?: StyleName;
  /** A stable name for a notable cell (golden figures, anchors); renderers ignore it. */
  name?: string;
}

/** The look of a style, or of a conditional-format match. Colours are "#RRGGBB". */
export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

export type ValidationRule =
  /** One of fixed values (none may contain a comma). */
  | { kind: 'list'; values: readonly string[] }
  /** One of the values of a range of the same sheet, e.g. "A40:A57". */
  | { kind: 'range'; source: string }
  /** A number within bounds; whole numbers only when `whole`. */
  | { kind: 'number'; min: number; max?: number; whole?: boolean };

/** A short title and a text, for a validation's input message or its error. */
export interface Message {
  title: string;
  text: string;
}

export interface Validation {
  /** "B6:E25". */
  range: string;
  rule: ValidationRule;
  /** Shown when a cell of the range is selected. */
  prompt?: Message;
  /** Shown when a typed value breaks the rule. */
  error?: Message;
}

/** A point of a colour scale: a fixed number, or the lowest/highest value of the range. */
export interface ScalePoint {
  value?: number;
  color: string;
}

export type ConditionalFormat =
  | { kind: 'scale'; range: string; min: ScalePoint; mid?: ScalePoint; max: ScalePoint }
  /**
   * The look applies where the formula is true; its references are relative to the range's
   * top-left cell, as in all three hosts.
   */
  | { kind: 'formula'; range: string; formula: string; look: Look };

export type ChartKind = 'scatter' | 'radar' | 'bar' | 'column' | 'line';

export interface ChartSeries {
  /** The legend entry, already in the sheet's language. */
  name: string;
  /**
   * A1 range of the same sheet: the category labels (bar, column, line, radar) or the X values
   * (scatter); same length as `values`.
   */
  categories: string;
  /** A1 range of the same sheet, one column or one row: the values (Y for a scatter). */
  values: string;
  /** Scatter only: join the points by a line without markers (a threshold drawn as a series). */
  line?: boolean;
  /** "#RRGGBB"; the host's palette when absent. */
  color?: string;
}

export interface ChartAxis {
  title?: string;
  min?: number;
  max?: number;
  /** Number format of the axis labels, an Excel code ("0%"). */
  format?: string;
}

/**
 * A native chart drawn from the sheet's cells. 'bar' is horizontal (attainment, tornado),
 * 'column' vertical. The chart floats over the cells from `anchor`, `size` cells wide and high.
 */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Top-left cell, e.g. "K4". */
  anchor: string;
  size: { cols: number; rows: number };
  series: readonly ChartSeries[];
  /** The category axis (X for a scatter). */
  x?: ChartAxis;
  /** The value axis. */
  y?: ChartAxis;
}

/**
 * Page setup. Renderers add the rest for every sheet: narrow margins and a footer with the sheet
 * name and "page n / N".
 */
export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  /** "A1:H230". */
  area: string;
  /**
   * Further ranges printed after `area`, each from a new page and one page wide too: a reference
   * block beside a list prints on its own page instead of shrinking the list's (docs/templates.md
   * "Print").
   */
  moreAreas?: readonly string[];
  /** Rows printed at the top of every page, 1-based, e.g. { first: 5, last: 5 }. */
  repeatRows?: { first: number; last: number };
  /** One page wide, as many pages tall as needed. */
  fitToWidth: boolean;
}

/** A named range, the same name in every language, e.g. { name: "PS_Threshold", ref: "B3" }. */
export interface NamedRange {
  name: string;
  /** A1 range of the same sheet. */
  ref: string;
}

export interface SheetSpec {
  id: TemplateId;
  lang: Lang;
  /** The localised sheet name, before any "(2)" suffix for a clash. */
  name: string;
  cells: readonly CellSpec[];
  /** Widths in characters, column A first. */
  widths: readonly number[];
  frozenRows: number;
  merges: readonly string[];
  validations: readonly Validation[];
  conditionalFormats: readonly ConditionalFormat[];
  charts?: readonly ChartSpec[];
  print?: PrintSpec;
  /** 1-based row → height in points (wrapped header rows). */
  rowHeights?: Readonly<Record<number, number>>;
  names?: readonly NamedRange[];
  /**
   * Protect the sheet without a password (Sheets: warning only): every cell is locked except the
   * cells styled 'input' and the `unlocked` ranges (cells the add-in or the user writes that are not
   * inputs, e.g. a column the panel fills).
   */
  protect?: boolean;
  unlocked?: readonly string[];
}

export interface BuildOptions {
  lang: Lang;
  examples: boolean;
}
