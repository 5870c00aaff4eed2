/**
 * Apps Script template renderer: draws any core template spec into a new sheet with a constant
 * number of batched calls, whatever the number of rows: the whole block's values, number formats,
 * colours, fonts and validations are one matrix call each.
 */
import {
  blockOf,
  formatMatrix,
  inputMatrix,
  lookMatrix,
  uniqueSheetName,
  parseRange,
  widthPx,
  type ConditionalFormat,
  type SheetSpec,
  type ValidationRule,
} from '@boussole/core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Sheets' own default font size, for cells without a size of their own. */
const DEFAULT_FONT_SIZE = 10;

function validation(sheet: Sheet, r: ValidationRule): Rule {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  switch (r.kind) {
    case 'list':
      return b.requireValueInList([...r.values], true).build();
    case 'range':
      return b.requireValueInRange(sheet.getRange(r.source), true).build();
    case 'number':
      return (
        r.max === undefined
          ? b.requireNumberGreaterThanOrEqualTo(r.min)
          : b.requireNumberBetween(r.min, r.max)
      ).build();
  }
}

/** One matrix of validations (null where none) for the whole block. */
function validations(sheet: Sheet, spec: SheetSpec, rows: number, cols: number): (Rule | null)[][] {
  const out: (Rule | null)[][] = Array.from({ length: rows }, () =>
    Array<Rule | null>(cols).fill(null)
  );
  // Equal rules are built once.
  const built = new Map<string, Rule>();
  for (const v of spec.validations) {
    const key = JSON.stringify(v.rule);
    const rule = built.get(key) ?? built.set(key, validation(sheet, v.rule)).get(key)!;
    const a = parseRange(v.range);
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) out[r - 1][c - 1] = rule;
  }
  return out;
}

function conditional(
  range: GoogleAppsScript.Spreadsheet.Range,
  cf: ConditionalFormat
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const b = SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  if (cf.kind === 'formula') {
    b.whenFormulaSatisfied(cf.formula);
    if (cf.look.fill) b.setBackground(cf.look.fill);
    if (cf.look.color) b.setFontColor(cf.look.color);
    if (cf.look.bold) b.setBold(true);
    return b.build();
  }
  const NUMBER = SpreadsheetApp.InterpolationType.NUMBER;
  if (cf.min.value === undefined) b.setGradientMinpoint(cf.min.color);
  else b.setGradientMinpointWithValue(cf.min.color, NUMBER, String(cf.min.value));
  if (cf.mid?.value !== undefined)
    b.setGradientMidpointWithValue(cf.mid.color, NUMBER, String(cf.mid.value));
  if (cf.max.value === undefined) b.setGradientMaxpoint(cf.max.color);
  else b.setGradientMaxpointWithValue(cf.max.color, NUMBER, String(cf.max.value));
  return b.build();
}

/** Draws the spec on an empty sheet. */
export function drawSpec(sheet: Sheet, spec: SheetSpec): void {
  const { rows, cols } = blockOf(spec);
  const block = sheet.getRange(1, 1, rows, cols);
  const looks = lookMatrix(spec);
  const each = <T>(f: (l: (typeof looks)[number][number]) => T): T[][] =>
    looks.map((row) => row.map(f));
  block.setNumberFormats(formatMatrix(spec));
  // setValues parses like typing: formulas start with "=", text is made literal (core literalText).
  block.setValues(inputMatrix(spec));
  // null resets a cell to Sheets' default (no fill, default alignment).
  block.setBackgrounds(each((l) => l.fill ?? null) as string[][]);
  block.setFontColors(each((l) => l.color ?? null) as string[][]);
  block.setFontWeights(each((l) => (l.bold ? 'bold' : 'normal')));
  block.setFontStyles(each((l) => (l.italic ? 'italic' : 'normal')));
  block.setFontSizes(each((l) => l.size ?? DEFAULT_FONT_SIZE));
  block.setWraps(each((l) => l.wrap ?? false));
  block.setHorizontalAlignments(each((l) => l.align ?? null));
  block.setDataValidations(validations(sheet, spec, rows, cols));
  // Equal neighbouring widths in one call.
  for (let i = 0; i < spec.widths.length;) {
    let j = i;
    while (j + 1 < spec.widths.length && spec.widths[j + 1] === spec.widths[i]) j++;
    sheet.setColumnWidths(i + 1, j - i + 1, widthPx(spec.widths[i]));
    i = j + 1;
  }
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  for (const m of spec.merges) sheet.getRange(m).merge();
  if (spec.conditionalFormats.length > 0) {
    // Rules on the same cells share one range object.
    const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
    const rangeOf = (a1: string) => ranges.get(a1) ?? ranges.set(a1, sheet.getRange(a1)).get(a1)!;
    sheet.setConditionalFormatRules(
      spec.conditionalFormats.map((cf) => conditional(rangeOf(cf.range), cf))
    );
  }
}

/**
 * Inserts a resolved template spec as a new last sheet (never replacing one: a clash gets
 * "Name (2)"), activates it and returns its name.
 */
export function insertSheet(spec: SheetSpec): string {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const existing = book.getSheets().map((s) => s.getName());
  const name = uniqueSheetName(spec.name, existing);
  const sheet = book.insertSheet(name, existing.length);
  drawSpec(sheet, spec);
  sheet.activate();
  return name;
}
