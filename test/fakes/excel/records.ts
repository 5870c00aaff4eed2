import type { Rect } from './address';

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
export interface Layer {
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
