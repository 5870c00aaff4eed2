/** ExcelJS renderer: draws any core template spec as a new worksheet of a workbook. */
import type { Cell, Fill, Font, Workbook, Worksheet } from 'exceljs';
import {
  PAGE,
  parseRange,
  printAreas,
  rangeNameFor,
  STYLES,
  uniqueSheetName,
  unlockedRanges,
  a1,
  rangeA1,
  type ConditionalFormat,
  type Look,
  type SheetSpec,
  type Validation,
} from '@boussole/core';

const argb = (hex: string): { argb: string } => ({
  argb: `FF${hex.replace('#', '').toUpperCase()}`,
});

function font(look: Look): Partial<Font> | undefined {
  if (!look.bold && !look.italic && !look.size && !look.color) return undefined;
  return {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.color ? { color: argb(look.color) } : {}),
  };
}

const solid = (hex: string): Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: argb(hex),
  bgColor: argb(hex),
});

function applyLook(cell: Cell, look: Look): void {
  const f = font(look);
  if (f) cell.font = f;
  if (look.fill) cell.fill = solid(look.fill);
  if (look.wrap || look.align) {
    cell.alignment = {
      ...(look.wrap ? { wrapText: true } : {}),
      ...(look.align ? { horizontal: look.align } : {}),
      vertical: 'middle',
    };
  }
}

function validation(v: Validation): NonNullable<Cell['dataValidation']> {
  const rule = v.rule;
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    ...(v.prompt
      ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text }
      : {}),
    ...(v.error ? { errorStyle: 'stop', errorTitle: v.error.title, error: v.error.text } : {}),
  };
  switch (rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
    case 'range':
      return { ...common, type: 'list', formulae: [rule.source] };
    case 'number':
      return rule.max === undefined
        ? {
            ...common,
            type: rule.whole ? 'whole' : 'decimal',
            operator: 'greaterThanOrEqual',
            formulae: [rule.min],
          }
        : {
            ...common,
            type: rule.whole ? 'whole' : 'decimal',
            operator: 'between',
            formulae: [rule.min, rule.max],
          };
  }
}

function conditional(
  cf: ConditionalFormat,
  priority: number
): Parameters<Worksheet['addConditionalFormatting']>[0] {
  if (cf.kind === 'formula') {
    const f = font(cf.look);
    return {
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority,
          formulae: [cf.formula.replace(/^=/, '')],
          style: {
            ...(f ? { font: f } : {}),
            ...(cf.look.fill ? { fill: solid(cf.look.fill) } : {}),
          },
        },
      ],
    };
  }
  const points = [cf.min, ...(cf.mid ? [cf.mid] : []), cf.max];
  return {
    ref: cf.range,
    rules: [
      {
        type: 'colorScale',
        priority,
        cfvo: points.map((p, i) =>
          p.value !== undefined
            ? { type: 'num' as const, value: p.value }
            : { type: i === 0 ? ('min' as const) : ('max' as const) }
        ),
        color: points.map((p) => argb(p.color)),
      },
    ],
  };
}

/** Adds the spec as a new sheet (a name clash gets "Name (2)") and returns it. */
export function drawSheet(workbook: Workbook, spec: SheetSpec): Worksheet {
  const name = uniqueSheetName(
    spec.name,
    workbook.worksheets.map((w) => w.name)
  );
  const ws = workbook.addWorksheet(name, {
    views: spec.frozenRows > 0 ? [{ state: 'frozen', ySplit: spec.frozenRows, xSplit: 0 }] : [],
  });
  spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.cells) {
    const cell = ws.getCell(c.ref);
    // ExcelJS stores a string as text whatever it starts with: no literalText needed here.
    if (c.formula !== undefined) cell.value = { formula: c.formula.replace(/^=/, '') };
    else if (c.value !== undefined) cell.value = c.value;
    if (c.format) cell.numFmt = c.format;
    if (c.style) applyLook(cell, STYLES[c.style]);
  }
  for (const m of spec.merges) ws.mergeCells(m);
  for (const v of spec.validations) {
    const area = parseRange(v.range);
    const dv = validation(v);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) ws.getCell(a1(r, c)).dataValidation = dv;
  }
  spec.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditional(cf, i + 1)));
  for (const [row, pt] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = pt;
  for (const n of spec.names ?? []) {
    const area = parseRange(n.ref);
    const ref = `${quoteSheet(ws.name)}!${rangeA1(area.top, area.left, area.bottom, area.right, true)}`;
    workbook.definedNames.add(ref, rangeNameFor(n.name, ws.name));
  }
  pageSetup(ws, spec);
  if (spec.protect) protect(ws, spec);
  return ws;
}

/** A sheet name as a formula reference needs it: quoted, inner quotes doubled. */
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The page's margins in inches, ExcelJS's unit. */
const MARGINS_IN = Object.fromEntries(
  Object.entries(PAGE.marginsCm).map(([k, cm]) => [k, Math.round((cm / 2.54) * 100) / 100])
) as Record<keyof typeof PAGE.marginsCm, number>;
/** A4 in the spreadsheet paper-size codes. */
const A4 = 9;

function pageSetup(ws: Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (!print) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    // ExcelJS writes each corner as "$" + corner: "A$1:T$47" becomes the absolute "$A$1:$T$47"
    // that a print area needs (LibreOffice ignores the "$A1:$T47" that "A1:T47" would give).
    // Several ranges are joined by ExcelJS's "&&" (one defined name each, merged in xlsx-names.ts).
    printArea: printAreas(print)
      .map((a) => a.replace(/([A-Z]+)(\d+)/g, '$1$$$2'))
      .join('&&'),
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}` }
      : {}),
    // One page wide; 0 pages tall means as many as the rows need.
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    margins: MARGINS_IN,
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddFooter: `&L${PAGE.footer.left}&R${PAGE.footer.right}`,
  };
}

/** Every cell locked (the default) but the inputs; the sheet protected without a password. */
function protect(ws: Worksheet, spec: SheetSpec): void {
  for (const range of unlockedRanges(spec)) {
    const area = parseRange(range);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        ws.getCell(a1(r, c)).protection = { locked: false };
  }
  // Synchronous in effect: without a password ExcelJS computes no hash.
  void ws.protect('', {
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
}
