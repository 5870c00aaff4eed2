/**
 * Office.js template renderer: draws any core template spec into a new worksheet in two
 * context.sync() calls (read the sheet names; write everything), whatever the number of rows.
 * Whole-block values, formulas and number formats go in one assignment each.
 */
import {
  blockOf,
  formatMatrix,
  inputMatrix,
  STYLES,
  styleAreas,
  uniqueSheetName,
  widthPt,
  type ConditionalFormat,
  type Look,
  type SheetSpec,
  type ValidationRule,
} from '@boussole/core';
import { drawExtras } from './render-extras';

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Fill and font, which cell formats and conditional formats share. */
function applyColours(format: Excel.RangeFormat | Excel.ConditionalRangeFormat, look: Look): void {
  if (look.fill) format.fill.color = look.fill;
  if (look.color) format.font.color = look.color;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
}

function applyLook(format: Excel.RangeFormat, look: Look): void {
  applyColours(format, look);
  if (look.size) format.font.size = look.size;
  if (look.wrap) format.wrapText = true;
  if (look.align) format.horizontalAlignment = ALIGN[look.align];
}

function rule(r: ValidationRule): Excel.DataValidationRule {
  switch (r.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: r.values.join(',') } };
    case 'range':
      return { list: { inCellDropDown: true, source: `=${r.source}` } };
    case 'number': {
      const bounds: Excel.BasicDataValidation =
        r.max === undefined
          ? { formula1: r.min, operator: 'GreaterThanOrEqualTo' }
          : { formula1: r.min, formula2: r.max, operator: 'Between' };
      return r.whole ? { wholeNumber: bounds } : { decimal: bounds };
    }
  }
}

function addConditional(range: Excel.Range, cf: ConditionalFormat): void {
  if (cf.kind === 'formula') {
    const f = range.conditionalFormats.add('Custom');
    f.custom.rule.formula = cf.formula;
    applyColours(f.custom.format, cf.look);
    return;
  }
  const point = (
    p: { value?: number; color: string },
    otherwise: Excel.ConditionalColorScaleCriterion
  ): Excel.ConditionalColorScaleCriterion =>
    p.value === undefined
      ? { ...otherwise, color: p.color }
      : { type: 'Number', formula: String(p.value), color: p.color };
  const f = range.conditionalFormats.add('ColorScale');
  f.colorScale.criteria = {
    minimum: point(cf.min, { type: 'LowestValue' }),
    ...(cf.mid ? { midpoint: point(cf.mid, { type: 'Percentile', formula: '50' }) } : {}),
    maximum: point(cf.max, { type: 'HighestValue' }),
  };
}

/** Queues every command that draws the spec on an empty sheet (no sync here). */
export function drawSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const { rows, cols } = blockOf(spec);
  const block = sheet.getRangeByIndexes(0, 0, rows, cols);
  block.numberFormat = formatMatrix(spec);
  // Text is made literal (core literalText): a label starting with "=" stays text.
  block.formulas = inputMatrix(spec);
  for (const area of styleAreas(spec))
    applyLook(sheet.getRange(area.range).format, STYLES[area.style]);
  spec.widths.forEach(
    (w, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPt(w))
  );
  if (spec.frozenRows > 0) sheet.freezePanes.freezeRows(spec.frozenRows);
  for (const m of spec.merges) sheet.getRange(m).merge(false);
  for (const v of spec.validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.rule = rule(v.rule);
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
    if (v.error)
      dv.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: v.error.title,
        message: v.error.text,
      };
  }
  for (const cf of spec.conditionalFormats) addConditional(sheet.getRange(cf.range), cf);
  drawExtras(sheet, spec);
}

/**
 * Inserts a resolved template spec as a new sheet after the others (never replacing one: a clash
 * gets "Name (2)") and returns the created sheet's name. Two context.sync() calls.
 */
export async function insertSheet(spec: SheetSpec): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = uniqueSheetName(
      spec.name,
      sheets.items.map((s) => s.name)
    );
    const sheet = sheets.add(name);
    drawSpec(sheet, spec);
    sheet.activate();
    await context.sync();
    return name;
  });
}
