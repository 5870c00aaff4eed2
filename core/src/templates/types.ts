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

export interface Validation {
  /** "B6:E25". */
  range: string;
  rule: ValidationRule;
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
}

export interface BuildOptions {
  lang: Lang;
  examples: boolean;
}
