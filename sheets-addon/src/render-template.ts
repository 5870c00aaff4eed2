/**
 * Apps Script template renderer: draws any core template spec into a new sheet with a constant
 * number of batched document calls (docs/performance.md), whatever the number of rows: the whole
 * block's values, number formats, fills, text styles and validations are one matrix call each.
 */
import {
  blockOf,
  formatMatrix,
  GENERAL,
  inputMatrix,
  lookMatrix,
  uniqueSheetName,
  parseRange,
  printBlock,
  rangeA1,
  widthPx,
  type ConditionalFormat,
  type Look,
  type SheetSpec,
  type Validation,
} from '@boussole/core';
import { drawExtras, extraRanges } from './render-extras';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
type RangeOf = (a1: string) => GoogleAppsScript.Spreadsheet.Range;

/** Every range the sheet needs, its whole block first, fetched in one call (a range list). */
function rangeList(sheet: Sheet, spec: SheetSpec, block: string): RangeOf {
  const wanted = [
    ...new Set([
      block,
      ...spec.merges,
      ...spec.conditionalFormats.map((cf) => cf.range),
      ...spec.validations.flatMap((v) => (v.rule.kind === 'range' ? [v.rule.source] : [])),
      ...extraRanges(spec),
    ]),
  ];
  const byA1 = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  sheet
    .getRangeList(wanted)
    .getRanges()
    .forEach((r, i) => byA1.set(wanted[i], r));
  return (a1) => byA1.get(a1)!;
}

/** Sheets' own default font size, for cells without a size of their own. */
const DEFAULT_FONT_SIZE = 10;

/**
 * Colour, weight, slant and size of every cell in one call; equal looks share one built style (a
 * builder assembles a value without touching the document). No colour means the default one.
 */
function textStyles(looks: Look[][]): TextStyle[][] {
  const built = new Map<string, TextStyle>();
  return looks.map((row) =>
    row.map((l) => {
      const key = JSON.stringify([l.color, l.bold, l.italic, l.size]);
      let style = built.get(key);
      if (!style) {
        const b = SpreadsheetApp.newTextStyle()
          .setBold(l.bold === true)
          .setItalic(l.italic === true)
          .setFontSize(l.size ?? DEFAULT_FONT_SIZE);
        style = (l.color ? b.setForegroundColor(l.color) : b).build();
        built.set(key, style);
      }
      return style;
    })
  );
}
/** Columns of a new sheet. */
const NEW_SHEET_COLUMNS = 26;

/** Sheets shows one help text, on selection and on a rejected value: the prompt, then the error. */
function helpText(v: Validation): string | undefined {
  const parts = [v.prompt && `${v.prompt.title} : ${v.prompt.text}`, v.error?.text];
  const text = parts.filter(Boolean).join(' — ');
  return text || undefined;
}

function validation(v: Validation, range: RangeOf): Rule {
  const r = v.rule;
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  const help = helpText(v);
  if (help) b.setHelpText(help);
  switch (r.kind) {
    case 'list':
      return b.requireValueInList([...r.values], true).build();
    case 'range':
      return b.requireValueInRange(range(r.source), true).build();
    case 'number':
      return (
        r.max === undefined
          ? b.requireNumberGreaterThanOrEqualTo(r.min)
          : b.requireNumberBetween(r.min, r.max)
      ).build();
  }
}

/** One matrix of validations (null where none) for the whole block. */
function validations(
  spec: SheetSpec,
  rows: number,
  cols: number,
  range: RangeOf
): (Rule | null)[][] {
  const out: (Rule | null)[][] = Array.from({ length: rows }, () =>
    Array<Rule | null>(cols).fill(null)
  );
  // Equal rules are built once.
  const built = new Map<string, Rule>();
  for (const v of spec.validations) {
    const key = JSON.stringify([v.rule, v.prompt, v.error]);
    const rule = built.get(key) ?? built.set(key, validation(v, range)).get(key)!;
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

/** Draws the spec on an empty, new sheet (`at`: the name it got, and its spreadsheet). */
export function drawSpec(
  sheet: Sheet,
  spec: SheetSpec,
  at: { name: string; book?: GoogleAppsScript.Spreadsheet.Spreadsheet } = { name: spec.name }
): void {
  const { rows, cols } = blockOf(spec);
  // A new sheet has 26 columns: wider blocks (or charts) need more before anything is written.
  const wide = printBlock(spec).cols;
  if (wide > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, wide - NEW_SHEET_COLUMNS);
  const whole = rangeA1(1, 1, rows, cols);
  const range = rangeList(sheet, spec, whole);
  const block = range(whole);
  const looks = lookMatrix(spec);
  const each = <T>(f: (l: (typeof looks)[number][number]) => T): T[][] =>
    looks.map((row) => row.map(f));
  // A new sheet already has the defaults: a matrix that only repeats them is not sent.
  const unlessDefault = <T>(m: T[][], dflt: T, set: (m: T[][]) => unknown): void => {
    if (m.some((row) => row.some((v) => v !== dflt))) set(m);
  };
  unlessDefault(formatMatrix(spec), GENERAL, (m) => block.setNumberFormats(m));
  // setValues parses like typing: formulas start with "=", text is made literal (core literalText).
  block.setValues(inputMatrix(spec));
  unlessDefault(
    each((l) => l.fill ?? null),
    null,
    (m) => block.setBackgrounds(m as string[][])
  );
  block.setTextStyles(textStyles(looks));
  unlessDefault(
    each((l) => l.wrap ?? false),
    false,
    (m) => block.setWraps(m)
  );
  unlessDefault(
    each((l) => l.align ?? null),
    null,
    (m) => block.setHorizontalAlignments(m)
  );
  unlessDefault(validations(spec, rows, cols, range), null, (m) => block.setDataValidations(m));
  // Equal neighbouring widths in one call.
  for (let i = 0; i < spec.widths.length;) {
    let j = i;
    while (j + 1 < spec.widths.length && spec.widths[j + 1] === spec.widths[i]) j++;
    sheet.setColumnWidths(i + 1, j - i + 1, widthPx(spec.widths[i]));
    i = j + 1;
  }
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  for (const m of spec.merges) range(m).merge();
  if (spec.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(
      spec.conditionalFormats.map((cf) => conditional(range(cf.range), cf))
    );
  }
  drawExtras(sheet, spec, at, range);
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
  // insertSheet makes the new sheet the active one.
  drawSpec(sheet, spec, { name, book });
  return name;
}
